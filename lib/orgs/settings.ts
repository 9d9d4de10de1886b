import { z } from 'zod';
import { isTimeZone } from './time-zones';

// Organization.settings (a JSON column) and the admin form that edits it share these rules.

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{3,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/, { error: (issue) => `“${String(issue.input)}” is not a domain like example.com` });

export const organizationSettingsSchema = z.object({
  allowedEmailDomains: z.array(domain).max(20, 'At most 20 domains').default([]),
  minGroupSize: z.coerce.number().int('Use a whole number').min(3, 'At least 3').max(50, 'At most 50').default(5),
  defaultTimeZone: z.string().refine(isTimeZone, 'Choose a time zone from the list').default('UTC'),
  /** People with a verified address on an allowed domain may join as employees without an invitation. */
  allowDomainJoin: z.boolean().default(true),
});

export type OrganizationSettings = z.infer<typeof organizationSettingsSchema>;

/** Reads stored settings leniently: unknown or broken values fall back to the defaults. */
export function readOrganizationSettings(stored: unknown): OrganizationSettings {
  const parsed = organizationSettingsSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : organizationSettingsSchema.parse({});
}
