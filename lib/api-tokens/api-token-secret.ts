import { createHash, randomBytes } from 'node:crypto';

// A token is "pb_" and 32 random bytes (base64url). Only its SHA-256 hash is stored, plus the first few
// characters so people can tell their tokens apart.

export const API_TOKEN_PREFIX = 'pb_';
const SHOWN_CHARACTERS = 8;

export function newApiTokenSecret(): { token: string; tokenHash: string; prefix: string } {
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, API_TOKEN_PREFIX.length + SHOWN_CHARACTERS) };
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Cheap shape check before any database work: "pb_" and 43 base64url characters. */
export function looksLikeApiToken(value: string): boolean {
  return /^pb_[A-Za-z0-9_-]{43}$/.test(value);
}
