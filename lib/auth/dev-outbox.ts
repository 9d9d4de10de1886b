import { listOutboxEmails, type OutboxEntry } from '../db/system';
import { isDemoMode } from './demo-mode';

export type { OutboxEntry };

/** The dev outbox (mail kept instead of sent when no SMTP server is configured); null outside demo mode. */
export async function listDevOutbox(limit = 50): Promise<OutboxEntry[] | null> {
  if (!isDemoMode()) return null;
  return listOutboxEmails(limit);
}
