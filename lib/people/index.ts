export { BROAD_SKILL_SEARCH, BROAD_TEXT_SEARCH, MIN_OVERLAP_MINUTES, PEOPLE_PAGE_SIZE, findExperts, findExpertsInput, type BroadSkillSearch, type BroadTextSearch, type ExpertRow, type ExpertSearch, type FindExpertsInput } from './find-experts';
export { getPersonProfile, type PersonProfile } from './get-person-profile';
export { getFinderOptions, type FinderOptions } from './get-finder-options';
export { hoursByZone, type HoursByZone } from './hours-by-zone';
