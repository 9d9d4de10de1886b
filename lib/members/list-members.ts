import { z } from 'zod';
import { hasRole, type TenantContext } from '../auth/tenant-context';
import type { Prisma } from '../db/generated/client';
import type { EmployeeStatus, Role } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { optionalParam, pageParam, pageWindow } from '../pagination';
import { forbidden } from '../errors';

export const MEMBERS_PAGE_SIZE = 25;

/** The members page's filters, from the URL; unknown values are ignored rather than erroring. */
export const listMembersInput = z.object({
  q: z.string().trim().max(100).catch(''),
  role: optionalParam(z.enum(['EMPLOYEE', 'STEWARD', 'HR_ADMIN', 'ADMIN'])),
  status: optionalParam(z.enum(['ACTIVE', 'DEACTIVATED'])),
  departmentId: optionalParam(z.uuid()),
  region: optionalParam(z.string().max(60)),
  page: pageParam,
});

export type ListMembersInput = z.output<typeof listMembersInput>;

export interface MemberRow {
  id: string;
  name: string;
  email: string;
  title: string | null;
  role: Role;
  status: EmployeeStatus;
  department: string | null;
  location: string | null;
  region: string | null;
  hasSignedIn: boolean;
}

export interface MembersPage {
  rows: MemberRow[];
  total: number;
  page: number;
  pageCount: number;
  departments: { id: string; name: string }[];
  regions: string[];
}

export function canViewMembers(ctx: TenantContext): boolean {
  return hasRole(ctx.role, 'HR_ADMIN');
}

/** Admins and HR admins (who import employees) see every member, including deactivated ones. */
export async function listMembers(ctx: TenantContext, input: ListMembersInput): Promise<MembersPage> {
  if (!canViewMembers(ctx)) throw forbidden();
  return withTenant(ctx, async (db) => {
    const text = input.q ? { contains: input.q, mode: 'insensitive' as const } : undefined;
    const where: Prisma.EmployeeWhereInput = {
      orgId: ctx.orgId,
      ...(input.role ? { role: input.role } : {}),
      ...(input.status ? { status: input.status } : {}),
      ...(input.departmentId ? { departmentId: input.departmentId } : {}),
      ...(input.region ? { location: { region: input.region } } : {}),
      ...(text ? { OR: [{ name: text }, { email: text }, { title: text }] } : {}),
    };
    const total = await db.employee.count({ where });
    const { page, pageCount, skip, take } = pageWindow(total, input.page, MEMBERS_PAGE_SIZE);
    const rows = await db.employee.findMany({
      where,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      skip,
      take,
      select: {
        id: true, name: true, email: true, title: true, role: true, status: true, userId: true,
        department: { select: { name: true } },
        location: { select: { name: true, region: true } },
      },
    });
    const departments = await db.department.findMany({ where: { orgId: ctx.orgId }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
    const regions = (await db.location.findMany({ where: { orgId: ctx.orgId }, distinct: ['region'], orderBy: { region: 'asc' }, select: { region: true } })).map((l) => l.region);
    return {
      rows: rows.map((r) => ({
        id: r.id, name: r.name, email: r.email, title: r.title, role: r.role, status: r.status, hasSignedIn: r.userId !== null,
        department: r.department?.name ?? null, location: r.location?.name ?? null, region: r.location?.region ?? null,
      })),
      total, page, pageCount, departments, regions,
    };
  });
}
