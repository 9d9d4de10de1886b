import type { z } from 'zod';
import { DomainError, type FieldErrors } from '../errors';
import { getSessionUserId } from './session';
import { resolveTenantContext, type TenantContext } from './tenant-context';

// Every server action is a public POST endpoint, so each one is built with one of these wrappers:
// - tenantAction: resolves the caller's TenantContext from the session and the form's org (a non-member
//   gets "not found"), for everything inside an org;
// - userAction: only needs a signed-in user, for the few actions before a membership exists (creating an
//   org, joining one by email domain).
// Both parse the form with the input's zod schema, run one domain function, and map domain errors to a
// form result that keeps what the user typed.

export type ActionResult<T = unknown> =
  | { ok: true; data: T; message: string }
  | { ok: false; error: string; fieldErrors: FieldErrors; values: Record<string, string> };

type Action<R> = (previous: ActionResult<R> | null, formData: FormData) => Promise<ActionResult<R>>;

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  return values;
}

/** Typed values go back to the form on failure, except bulky ones (a CSV file) that the browser still has. */
const ECHO_LIMIT = 4_000;

function failure<R>(values: Record<string, string>, error: string, fieldErrors: FieldErrors = {}): ActionResult<R> {
  const echoed = Object.fromEntries(Object.entries(values).filter(([, v]) => v.length <= ECHO_LIMIT));
  return { ok: false, error, fieldErrors, values: echoed };
}

async function parseAndRun<S extends z.ZodType, R>(
  schema: S,
  values: Record<string, string>,
  run: (input: z.output<S>) => Promise<R>,
  successMessage: string,
): Promise<ActionResult<R>> {
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: FieldErrors = {};
    for (const issue of parsed.error.issues) {
      const messages = (fieldErrors[String(issue.path[0] ?? 'form')] ??= []);
      if (!messages.includes(issue.message)) messages.push(issue.message);
    }
    return failure(values, 'Please correct the highlighted fields.', fieldErrors);
  }
  try {
    return { ok: true, data: await run(parsed.data), message: successMessage };
  } catch (error) {
    if (error instanceof DomainError) return failure(values, error.message, error.fieldErrors);
    console.error(error);
    return failure(values, 'Something went wrong on our side. Nothing was changed; please try again.');
  }
}

const SIGNED_OUT = 'Your session has ended. Sign in again to continue.';

export function tenantAction<S extends z.ZodType, R>(schema: S, run: (ctx: TenantContext, input: z.output<S>) => Promise<R>, successMessage: string): Action<R> {
  return async (_previous, formData) => {
    const values = formValues(formData);
    const userId = await getSessionUserId();
    if (!userId) return failure(values, SIGNED_OUT);
    const ctx = await resolveTenantContext(userId, values.orgSlug ?? '');
    if (!ctx) return failure(values, 'That organization was not found.');
    return parseAndRun(schema, values, (input) => run(ctx, input), successMessage);
  };
}

export function userAction<S extends z.ZodType, R>(schema: S, run: (userId: string, input: z.output<S>) => Promise<R>, successMessage: string): Action<R> {
  return async (_previous, formData) => {
    const values = formValues(formData);
    const userId = await getSessionUserId();
    if (!userId) return failure(values, SIGNED_OUT);
    return parseAndRun(schema, values, (input) => run(userId, input), successMessage);
  };
}
