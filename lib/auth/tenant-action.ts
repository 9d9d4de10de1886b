import type { z } from 'zod';
import { DomainError, type FieldErrors } from '../errors';
import { getSessionUserId } from './session';
import { resolveTenantContext, type TenantContext } from './tenant-context';

// Every server action is a public POST endpoint, so each one is built with this wrapper: it resolves the
// caller's TenantContext from the session and the form's org (a non-member gets "not found"), parses the
// form with the input's zod schema, runs one domain function, and maps domain errors to a form result.

export type ActionResult<T = unknown> =
  | { ok: true; data: T; message: string }
  | { ok: false; error: string; fieldErrors: FieldErrors; values: Record<string, string> };

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  return values;
}

export function tenantAction<S extends z.ZodType, R>(
  schema: S,
  run: (ctx: TenantContext, input: z.output<S>) => Promise<R>,
  successMessage: string,
) {
  return async (_previous: ActionResult<R> | null, formData: FormData): Promise<ActionResult<R>> => {
    const values = formValues(formData);
    const fail = (error: string, fieldErrors: FieldErrors = {}): ActionResult<R> => ({ ok: false, error, fieldErrors, values });
    const userId = await getSessionUserId();
    if (!userId) return fail('Your session has ended. Sign in again to continue.');
    const ctx = await resolveTenantContext(userId, values.orgSlug ?? '');
    if (!ctx) return fail('That organization was not found.');
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const fieldErrors: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? 'form');
        const messages = (fieldErrors[key] ??= []);
        if (!messages.includes(issue.message)) messages.push(issue.message);
      }
      return fail('Please correct the highlighted fields.', fieldErrors);
    }
    try {
      return { ok: true, data: await run(ctx, parsed.data), message: successMessage };
    } catch (error) {
      if (error instanceof DomainError) return fail(error.message, error.fieldErrors);
      console.error(error);
      return fail('Something went wrong on our side. Nothing was changed; please try again.');
    }
  };
}
