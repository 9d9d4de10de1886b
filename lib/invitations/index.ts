export { acceptInvitation, inspectInvitation, invitationStateMessage, type InvitationState } from './accept-invitation';
export {
  ROLES,
  invitationIdInput,
  inviteMember,
  inviteMemberInput,
  listInvitations,
  resendInvitation,
  revokeInvitation,
  type InvitationRow,
} from './manage-invitations';
export { INVITATION_TTL_DAYS, hashInvitationToken } from './token';
