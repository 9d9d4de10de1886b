'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import type { TenantContext } from '@/lib/auth/tenant-context';
import { invitationIdInput, inviteMember, inviteMemberInput, resendInvitation, revokeInvitation } from '@/lib/invitations';
import { changeMemberRole, changeMemberRoleInput, memberIdInput, setMemberActive } from '@/lib/members';
import { importEmployees, importEmployeesInput } from '@/lib/people/import';

const refresh = (ctx: TenantContext) => revalidatePath(`/o/${ctx.orgSlug}/settings`, 'layout');

export const inviteMemberAction = tenantAction(inviteMemberInput, async (ctx, input) => {
  const result = await inviteMember(ctx, input);
  refresh(ctx);
  return result;
}, 'Invitation sent.');

export const resendInvitationAction = tenantAction(invitationIdInput, async (ctx, input) => {
  await resendInvitation(ctx, input);
  refresh(ctx);
}, 'Invitation resent with a new link.');

export const revokeInvitationAction = tenantAction(invitationIdInput, async (ctx, input) => {
  await revokeInvitation(ctx, input);
  refresh(ctx);
}, 'Invitation revoked.');

export const changeMemberRoleAction = tenantAction(changeMemberRoleInput, async (ctx, input) => {
  const result = await changeMemberRole(ctx, input);
  refresh(ctx);
  return result;
}, 'Role updated.');

export const deactivateMemberAction = tenantAction(memberIdInput, async (ctx, input) => {
  await setMemberActive(ctx, input, false);
  refresh(ctx);
}, 'Member deactivated.');

export const reactivateMemberAction = tenantAction(memberIdInput, async (ctx, input) => {
  await setMemberActive(ctx, input, true);
  refresh(ctx);
}, 'Member reactivated.');

export const importEmployeesAction = tenantAction(importEmployeesInput, async (ctx, input) => {
  const report = await importEmployees(ctx, input, { source: 'app' });
  if (report.applied) refresh(ctx);
  return report;
}, 'Import finished.');
