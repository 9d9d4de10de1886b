import { z } from 'zod';
import { resolveApiTokenCaller } from '../auth/api-token-caller';
import type { TenantContext } from '../auth/tenant-context';
import type { ApiTokenScope } from '../api-tokens';
import type { FieldErrors } from '../errors';
import { ApiError, apiErrorResponse } from './api-error';

// Every /api/v1 route handler is built with apiRoute(scope, handle): it authenticates the bearer token
// (its org and person become the TenantContext), checks the scope, and turns whatever the handler throws
// into a JSON error. Handlers parse their input with parseApiInput and call one domain function.

type Handle<P> = (call: { request: Request; ctx: TenantContext; params: P }) => Promise<Response>;

const REALM = 'Bearer realm="peerbridge"';

async function caller(request: Request) {
  const header = request.headers.get('authorization') ?? '';
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1];
  if (!token) throw new ApiError('unauthorized', 'Send a personal API token: "Authorization: Bearer <token>".', undefined, { 'WWW-Authenticate': REALM });
  const found = await resolveApiTokenCaller(token);
  if (!found) throw new ApiError('unauthorized', 'This token is not valid: it may be mistyped, revoked or expired.', undefined, { 'WWW-Authenticate': `${REALM}, error="invalid_token"` });
  return found;
}

export function apiRoute<P = Record<string, never>>(scope: ApiTokenScope, handle: Handle<P>) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    try {
      const { ctx, scopes } = await caller(request);
      if (!scopes.includes(scope)) {
        throw new ApiError('insufficient_scope', `This token lacks the "${scope}" scope. Create a token with it under My settings → API tokens.`, undefined, {
          'WWW-Authenticate': `${REALM}, error="insufficient_scope", scope="${scope}"`,
        });
      }
      return await handle({ request, ctx, params: await context.params });
    } catch (error) {
      return apiErrorResponse(error);
    }
  };
}

/** `schema` applied to `value`; a failure is invalid_request with messages per field (renamed where given). */
export function parseApiInput<S extends z.ZodType>(schema: S, value: unknown, fieldNames: Record<string, string> = {}): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0] ?? 'body');
    const messages = (fields[fieldNames[key] ?? key] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  throw new ApiError('invalid_request', 'Some fields are missing or invalid.', fields);
}

/** The request's JSON object body. */
export async function readJsonBody(request: Request): Promise<Record<string, unknown>> {
  const body: unknown = await request.json().catch(() => undefined);
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ApiError('invalid_request', 'Send a JSON object as the request body (Content-Type: application/json).');
  return body as Record<string, unknown>;
}

/** An id from the path: anything that is not a UUID cannot name a row, so it is simply not found. */
export function pathId(value: string, what: string): string {
  if (!z.uuid().safeParse(value).success) throw new ApiError('not_found', `${what} was not found.`);
  return value;
}

export function apiJson(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
