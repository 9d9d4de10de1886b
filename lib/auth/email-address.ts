import { z } from 'zod';

// One spelling per address: sign-in links, user lookups and rate-limit keys all go through here, so
// " Tom.Becker@Globex.example" and "tom.becker@globex.example" are the same person everywhere.
// Pure (no server imports): the sign-in form uses the same schema for its client-side message.

export const EMAIL_ADDRESS_MESSAGE = 'Enter an email address like name@company.com';

export function normalizeEmail(value: string): string {
  return value.normalize('NFKC').trim().toLowerCase();
}

export const emailAddressSchema = z
  .string()
  .transform(normalizeEmail)
  .pipe(z.email(EMAIL_ADDRESS_MESSAGE).max(254, EMAIL_ADDRESS_MESSAGE));

/** next-auth's normalizeIdentifier: throws on an invalid address (next-auth then reports EmailSignin). */
export function normalizeEmailIdentifier(value: string): string {
  const parsed = emailAddressSchema.safeParse(value);
  if (!parsed.success) throw new Error('Invalid email address');
  return parsed.data;
}

/** "ana.lima@x.com" → "Ana Lima", until the person sets their name. */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email;
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ') || email;
}
