import { createHash, randomBytes } from 'node:crypto';

/** A fresh feed token (256 bits, URL-safe) and the hash we store; the token itself is shown once, never stored. */
export function newCalendarFeedToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashCalendarFeedToken(token) };
}

export function hashCalendarFeedToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
