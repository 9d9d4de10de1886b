// Typed domain errors. Routes and actions turn them into a form message or an HTTP status; a row the
// caller may not see is NotFound, never Forbidden, so nothing reveals that it exists.

export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'INVALID',
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what = 'That page') => new DomainError('NOT_FOUND', `${what} was not found.`);
export const forbidden = (message = 'You do not have permission to do that.') => new DomainError('FORBIDDEN', message);
export const conflict = (message: string) => new DomainError('CONFLICT', message);
export const invalid = (message: string, fieldErrors: FieldErrors = {}) => new DomainError('INVALID', message, fieldErrors);
