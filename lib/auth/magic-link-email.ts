import { sendMail, type Mail } from '../mail';
import { MAGIC_LINK_MAX_AGE_MINUTES } from './magic-link-lifetime';

// The sign-in email. Sent over SMTP_URL, or kept in the dev outbox when no SMTP server is configured.

export function magicLinkEmail({ to, url }: { to: string; url: string }): Mail {
  const minutes = MAGIC_LINK_MAX_AGE_MINUTES;
  const text = [
    'Hi,',
    '',
    'Use this link to sign in to Peerbridge:',
    '',
    url,
    '',
    `The link works once and expires in ${minutes} minutes. If it has expired, ask for a new one on the sign-in page.`,
    '',
    'If you did not ask to sign in, you can ignore this email: nobody can sign in without the link.',
  ].join('\n');
  const href = escapeHtml(url);
  const html = `<div style="font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:15px;line-height:1.5;color:#0f172a;max-width:480px">
<p>Hi,</p>
<p>Use this button to sign in to Peerbridge:</p>
<p><a href="${href}" style="display:inline-block;background:#4f46e5;color:#ffffff;text-decoration:none;font-weight:600;padding:10px 18px;border-radius:6px">Sign in to Peerbridge</a></p>
<p style="color:#475569">The link works once and expires in ${minutes} minutes. If the button does not work, paste this address into your browser:<br><span style="word-break:break-all">${href}</span></p>
<p style="color:#475569">If you did not ask to sign in, you can ignore this email: nobody can sign in without the link.</p>
</div>`;
  return { to, subject: 'Your Peerbridge sign-in link', text, html };
}

export async function sendMagicLink({ identifier, url }: { identifier: string; url: string }): Promise<void> {
  await sendMail(magicLinkEmail({ to: identifier, url }));
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
