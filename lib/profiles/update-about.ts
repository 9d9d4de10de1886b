import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { isTimeZone } from '../orgs';
import { optionalText } from './form-fields';

const MAX_LANGUAGES = 10;
const MAX_LANGUAGE_LENGTH = 40;

/** "English, Portuguese" (commas or new lines) → ["English", "Portuguese"], without repeats. */
const languageList = z.preprocess(
  (value) => {
    if (typeof value !== 'string') return value;
    const seen = new Set<string>();
    return value
      .split(/[\n,;]+/)
      .map((l) => l.trim().replace(/\s+/g, ' '))
      .filter((l) => l && !seen.has(l.toLowerCase()) && seen.add(l.toLowerCase()));
  },
  z
    .array(z.string().max(MAX_LANGUAGE_LENGTH, { error: (issue) => `“${String(issue.input)}” is longer than ${MAX_LANGUAGE_LENGTH} characters` }))
    .max(MAX_LANGUAGES, `List at most ${MAX_LANGUAGES} languages`)
    .default([]),
);

export const updateAboutInput = z.object({
  headline: optionalText(120),
  bio: optionalText(1000),
  languages: languageList,
  timeZone: z.string('Choose a time zone from the list').refine(isTimeZone, 'Choose a time zone from the list'),
});

export type UpdateAboutInput = z.output<typeof updateAboutInput>;

/** The caller's own headline, bio, languages and time zone. */
export async function updateAbout(ctx: TenantContext, input: UpdateAboutInput): Promise<UpdateAboutInput> {
  await withTenant(ctx, (db) => db.employee.update({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, data: input }));
  return input;
}
