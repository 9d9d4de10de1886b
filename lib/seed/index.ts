export { isDatabaseEmpty, seedDemo } from './demo';
export { PERSONAS, PERSONA_EMAILS } from './personas';
export { SCALE_ORG_SLUG, seedScale } from './scale';
