import { z } from 'zod';

// Offset pagination and URL filters shared by the list pages (people, members, audit log).

/** A page number from the URL: anything unusable means the first page. */
export const pageParam = z.coerce.number().int().min(1).catch(1);

/** An optional filter from the URL: empty means "no filter", and an invalid value is ignored. */
export function optionalParam<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional()).catch(undefined);
}

export interface PageWindow {
  page: number;
  pageCount: number;
  skip: number;
  take: number;
}

/** The requested page clamped to the pages that exist (a page past the end shows the last one). */
export function pageWindow(total: number, requested: number, pageSize: number): PageWindow {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, requested), pageCount);
  return { page, pageCount, skip: (page - 1) * pageSize, take: pageSize };
}

/** The URL of another page of a filtered list: filters kept, empty ones and "page=1" left out. */
export function pageHref(base: string, filters: Record<string, string | number | undefined>, page: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, page })) {
    if (value === undefined || String(value) === '' || (key === 'page' && value === 1)) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
