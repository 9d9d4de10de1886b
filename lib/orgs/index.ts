export { ORG_SLUG_TAKEN, RESERVED_ORG_SLUGS, createOrganization, createOrganizationInput, type CreateOrganizationInput, type CreatedOrganization } from './create-organization';
export { getOrgOverview, type OrgOverview } from './org-overview';
export { organizationSettingsSchema, readOrganizationSettings, type OrganizationSettings } from './settings';
export { TIME_ZONES, isTimeZone } from './time-zones';
export {
  getOrganizationProfile,
  updateOrganizationSettings,
  updateOrganizationSettingsInput,
  type OrganizationProfile,
  type UpdateOrganizationSettingsInput,
} from './update-organization-settings';
export { joinOrganizationByDomain, joinOrganizationInput, listJoinableOrganizations, type JoinableOrganization } from './join-by-domain';
