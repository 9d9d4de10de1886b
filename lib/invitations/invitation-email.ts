import { ROLE_LABELS } from '../auth/sections';
import type { Role } from '../db/generated/enums';
import { appUrl, type Mail } from '../mail';
import { INVITATION_TTL_DAYS } from './token';

export function invitationEmail({ to, token, orgName, inviterName, role }: { to: string; token: string; orgName: string; inviterName: string; role: Role }): Mail {
  const link = appUrl(`/invite/${token}`);
  const roleLabel = ROLE_LABELS[role].toLowerCase();
  const text = [
    `${inviterName} invited you to join ${orgName} on Peerbridge as ${roleLabel === 'employee' ? 'a member' : `${roleLabel}`}.`,
    '',
    'Peerbridge is where colleagues find mentors, share skills and run peer sessions.',
    '',
    `Accept the invitation: ${link}`,
    '',
    `The link works once and expires in ${INVITATION_TTL_DAYS} days. If you did not expect this, you can ignore this email.`,
  ].join('\n');
  const html = `<p>${escapeHtml(inviterName)} invited you to join <strong>${escapeHtml(orgName)}</strong> on Peerbridge.</p>
<p><a href="${link}">Accept the invitation</a></p>
<p style="color:#64748b">The link works once and expires in ${INVITATION_TTL_DAYS} days. If you did not expect this, you can ignore this email.</p>`;
  return { to, subject: `Join ${orgName} on Peerbridge`, text, html };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
