/** The SQLSTATE (e.g. 23P01 for an exclusion violation) or Prisma code of a failed query. */
export function databaseCode(error: unknown): string | undefined {
  const e = error as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string; code?: string } } } } | null;
  const cause = e?.meta?.driverAdapterError?.cause;
  return cause?.originalCode ?? cause?.code ?? e?.code;
}
