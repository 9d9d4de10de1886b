import { DomainError, type FieldErrors } from '../errors';

// The JSON API's errors: { "error": { "code", "message", "fields"? } } with a stable code and its HTTP status.
// Domain errors map onto them; anything else is a 500 that says nothing about what failed.

export const API_ERROR_STATUS = {
  invalid_request: 400,
  unauthorized: 401,
  insufficient_scope: 403,
  forbidden: 403,
  not_found: 404,
  slot_taken: 409,
  conflict: 409,
  idempotency_mismatch: 422,
  internal_error: 500,
} as const;

export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const FROM_DOMAIN: Record<DomainError['code'], ApiErrorCode> = { NOT_FOUND: 'not_found', FORBIDDEN: 'forbidden', CONFLICT: 'conflict', INVALID: 'invalid_request' };

export function apiErrorResponse(error: unknown): Response {
  const known =
    error instanceof ApiError
      ? error
      : error instanceof DomainError
        ? new ApiError(FROM_DOMAIN[error.code], error.message, Object.keys(error.fieldErrors).length ? error.fieldErrors : undefined)
        : null;
  if (!known) console.error(error);
  const { code, message, fields, headers } = known ?? new ApiError('internal_error', 'Something went wrong on our side. Nothing was changed; please try again.');
  return Response.json({ error: { code, message, ...(fields ? { fields } : {}) } }, { status: API_ERROR_STATUS[code], headers: { 'Cache-Control': 'no-store', ...headers } });
}
