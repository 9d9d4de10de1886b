export { isDatabaseEmpty, seedDemo } from './demo';
export { PERSONAS, PERSONA_EMAILS } from './personas';
export { SCALE_ORG_SLUG, seedScale } from './scale';
export { ACME_TAXONOMY, GLOBEX_TAXONOMY, type Taxonomy, type TaxonomySkill } from './taxonomy';
