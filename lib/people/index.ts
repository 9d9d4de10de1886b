export { listPeople, listPeopleInput, PEOPLE_PAGE_SIZE, type ListPeopleInput, type PeoplePage, type PersonRow } from './list-people';
