import nodemailer, { type Transporter } from 'nodemailer';
import { recordOutboxEmail } from '../db/system';

// Outgoing mail. With SMTP_URL set (e.g. smtps://user:pass@smtp.example.com:465) mail goes through that
// server; without it, mail is kept in the dev outbox (shown at /dev/outbox in demo mode only).

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** A calendar invite (lib/calendar): sent as a text/calendar alternative that mail apps offer to add. */
  ics?: { method: 'REQUEST' | 'CANCEL'; content: string };
}

let transport: Transporter | null | undefined;

function smtpTransport(): Transporter | null {
  if (transport === undefined) transport = process.env.SMTP_URL ? nodemailer.createTransport(process.env.SMTP_URL) : null;
  return transport;
}

export function mailFrom(): string {
  return process.env.EMAIL_FROM ?? 'Peerbridge <no-reply@peerbridge.local>';
}

export async function sendMail(mail: Mail): Promise<void> {
  const smtp = smtpTransport();
  const { ics, ...message } = mail;
  if (smtp) await smtp.sendMail({ from: mailFrom(), ...message, icalEvent: ics && { method: ics.method, content: ics.content, filename: 'invite.ics' } });
  else await recordOutboxEmail({ ...message, ics: ics?.content });
}
