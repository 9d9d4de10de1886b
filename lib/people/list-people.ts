import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { pageParam, pageWindow } from '../pagination';

export const PEOPLE_PAGE_SIZE = 25;

/** The directory's search box and pager (from the URL). */
export const listPeopleInput = z.object({
  q: z.string().trim().max(100, 'Use at most 100 characters').catch(''),
  page: pageParam,
});

export type ListPeopleInput = z.output<typeof listPeopleInput>;

export interface PersonRow {
  id: string;
  name: string;
  title: string | null;
  department: string | null;
  location: string | null;
  region: string | null;
}

export interface PeoplePage {
  rows: PersonRow[];
  total: number;
  page: number;
  pageCount: number;
}

/** Active colleagues in the caller's org, matched on name, title or department, by name. */
export async function listPeople(ctx: TenantContext, input: ListPeopleInput): Promise<PeoplePage> {
  return withTenant(ctx, async (db) => {
    const text = input.q ? { contains: input.q, mode: 'insensitive' as const } : undefined;
    const where = {
      orgId: ctx.orgId,
      status: 'ACTIVE' as const,
      ...(text ? { OR: [{ name: text }, { title: text }, { department: { name: text } }] } : {}),
    };
    const total = await db.employee.count({ where });
    const { page, pageCount, skip, take } = pageWindow(total, input.page, PEOPLE_PAGE_SIZE);
    const rows = await db.employee.findMany({
      where,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      skip,
      take,
      select: { id: true, name: true, title: true, department: { select: { name: true } }, location: { select: { name: true, region: true } } },
    });
    return {
      rows: rows.map((r) => ({ id: r.id, name: r.name, title: r.title, department: r.department?.name ?? null, location: r.location?.name ?? null, region: r.location?.region ?? null })),
      total,
      page,
      pageCount,
    };
  });
}
