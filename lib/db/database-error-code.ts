/**
 * The code of a failed query: the PostgreSQL SQLSTATE when the driver adapter passes it on (23P01 for an
 * exclusion violation, 23505 for a unique one), else Prisma's own code (e.g. P2002).
 */
export function databaseErrorCode(error: unknown): string | undefined {
  const e = error as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string; code?: string } } } } | null;
  const cause = e?.meta?.driverAdapterError?.cause;
  return cause?.originalCode ?? cause?.code ?? e?.code;
}
