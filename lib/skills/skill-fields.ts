import { z } from 'zod';

// The form fields a steward fills in for a skill, shared by the create, edit, review and merge inputs
// (and mirrored by the CSV import's column rules).

export const SKILL_NAME_MAX = 80;
export const SKILL_DESCRIPTION_MAX = 500;
export const SKILL_SYNONYM_MAX = 80;
export const SKILL_SYNONYMS_MAX = 20;
export const REVIEW_NOTE_MAX = 500;

const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();

export const skillIdField = (message = 'That skill was not found.') => z.uuid(message);

export const skillNameField = z
  .string({ error: 'Enter a name' })
  .transform(collapse)
  .pipe(
    z
      .string()
      .min(1, 'Enter a name')
      .max(SKILL_NAME_MAX, `Use at most ${SKILL_NAME_MAX} characters`)
      // ";" separates lists in the taxonomy CSV file.
      .refine((name) => !name.includes(';'), 'A name cannot contain “;”'),
  );

/** Empty means "no description". */
export const skillDescriptionField = z
  .string()
  .optional()
  .transform((value) => (value ? value.trim() : ''))
  .pipe(z.string().max(SKILL_DESCRIPTION_MAX, `Use at most ${SKILL_DESCRIPTION_MAX} characters`))
  .transform((value) => value || null);

/** "K8s, kube" → ["K8s", "kube"]: trimmed, empty entries dropped, repeats (ignoring case) once. */
export function splitNameList(value: string, separator: string | RegExp): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of value.split(separator)) {
    const name = collapse(part);
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    names.push(name);
  }
  return names;
}

export const synonymListField = z
  .string()
  .optional()
  .transform((value) => splitNameList(value ?? '', ','))
  .pipe(
    z
      .array(
        z
          .string()
          .max(SKILL_SYNONYM_MAX, `Each synonym may have at most ${SKILL_SYNONYM_MAX} characters`)
          .refine((name) => !name.includes(';'), 'A synonym cannot contain “;”'),
      )
      .max(SKILL_SYNONYMS_MAX, `Use at most ${SKILL_SYNONYMS_MAX} synonyms`),
  );

/** Comma-separated skill ids from the related-skills picker. */
export const skillIdListField = z
  .string()
  .optional()
  .transform((value) => [...new Set((value ?? '').split(',').map((id) => id.trim()).filter(Boolean))])
  .pipe(z.array(z.uuid('Choose related skills from the list')).max(50, 'Choose at most 50 related skills'));

/** An optional parent chosen from a select: empty means top level. */
export const parentIdField = z
  .string()
  .optional()
  .transform((value) => value || null)
  .pipe(z.uuid('Choose a parent from the list').nullable());
