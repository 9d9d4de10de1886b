import { z } from 'zod';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import type { Prisma } from '../db/generated/client';
import { withTenant } from '../db/tenant';
import { optionalParam, pageParam, pageWindow } from '../pagination';

export const AUDIT_PAGE_SIZE = 30;

const day = optionalParam(z.iso.date());

/** The audit log page's filters, from the URL. `action` matches a prefix such as "member." */
export const listAuditEventsInput = z.object({
  action: optionalParam(z.string().trim().max(60)),
  from: day,
  to: day,
  page: pageParam,
});

export type ListAuditEventsInput = z.output<typeof listAuditEventsInput>;

export interface AuditEventRow {
  id: string;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  actorName: string | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
}

export interface AuditEventsPage {
  rows: AuditEventRow[];
  total: number;
  page: number;
  pageCount: number;
  actions: string[];
}

/** Newest first, for admins only. Dates are whole UTC days, `to` inclusive. */
export async function listAuditEvents(ctx: TenantContext, input: ListAuditEventsInput = listAuditEventsInput.parse({})): Promise<AuditEventsPage> {
  requireRole(ctx, 'ADMIN');
  return withTenant(ctx, async (db) => {
    const at: Prisma.DateTimeFilter = {};
    if (input.from) at.gte = new Date(`${input.from}T00:00:00Z`);
    if (input.to) at.lt = new Date(new Date(`${input.to}T00:00:00Z`).getTime() + 24 * 60 * 60 * 1000);
    const where: Prisma.AuditEventWhereInput = {
      orgId: ctx.orgId,
      ...(input.action ? { action: { startsWith: input.action } } : {}),
      ...(input.from || input.to ? { at } : {}),
    };
    const total = await db.auditEvent.count({ where });
    const { page, pageCount, skip, take } = pageWindow(total, input.page, AUDIT_PAGE_SIZE);
    const rows = await db.auditEvent.findMany({
      where,
      orderBy: [{ at: 'desc' }, { id: 'desc' }],
      skip,
      take,
      select: { id: true, at: true, action: true, entityType: true, entityId: true, before: true, after: true, actor: { select: { name: true } } },
    });
    const actions = (await db.auditEvent.findMany({ where: { orgId: ctx.orgId }, distinct: ['action'], orderBy: { action: 'asc' }, select: { action: true } })).map((a) => a.action);
    return { rows: rows.map(({ actor, ...row }) => ({ ...row, actorName: actor?.name ?? null })), total, page, pageCount, actions };
  });
}
