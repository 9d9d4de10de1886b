import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { DEFAULT_WORKING_HOURS, MINUTES_PER_WEEK, instantOfWallClock, toMultirangeLiteral } from '../availability';
import { Prisma } from '../db/generated/client';
import type { SessionKind } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { optionalParam, pageParam, pageWindow } from '../pagination';
import { GROUP_SESSION_KINDS } from './create-group-session';
import type { ViewerStatus } from './get-session';

export const GROUP_SESSIONS_PAGE_SIZE = 20;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)));

/** The browse page's filters, as they come from the URL: anything unusable is ignored. */
export const groupSessionsQuery = z.object({
  skill: optionalParam(z.uuid()),
  kind: optionalParam(z.enum(GROUP_SESSION_KINDS)),
  community: optionalParam(z.uuid()),
  /** First and last day to show (inclusive), on the viewer's calendar. */
  from: optionalParam(isoDay),
  to: optionalParam(isoDay),
  fits: z.preprocess((v) => v === '1' || v === 'on' || v === 'true', z.boolean()).catch(false),
  page: pageParam,
});

export type GroupSessionsQuery = z.output<typeof groupSessionsQuery>;

export interface GroupSessionRow {
  id: string;
  kind: SessionKind;
  title: string;
  host: { id: string; name: string; timeZone: string };
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  seatsTaken: number;
  waitlistCount: number;
  skills: { id: string; name: string }[];
  community: { id: string; name: string } | null;
  viewerStatus: ViewerStatus;
}

/** Local midnight of a calendar day in `zone`, `plusDays` later. */
function dayStart(day: string, zone: string, plusDays = 0): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(instantOfWallClock(Date.UTC(y, m - 1, d + plusDays), zone));
}

/**
 * Upcoming group sessions of the org (scheduled, not started), soonest first, with the viewer's own place
 * in each. Filters: a skill (its sub-skills included), kind, community, a range of the viewer's days, and
 * "fits my availability": the whole session lies inside one of the viewer's weekly windows, read on the
 * viewer's clock at the session's own date (so a DST change between now and then is accounted for). Someone
 * who has not set weekly hours is taken to work 09:00–17:00, Monday to Friday.
 */
export async function listGroupSessions(ctx: TenantContext, query: GroupSessionsQuery, now: Date = new Date()) {
  return withTenant(ctx, async (db) => {
    const me = await db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } });
    const from = query.from ? dayStart(query.from, me.timeZone) : null;
    const until = query.to ? dayStart(query.to, me.timeZone, 1) : null;
    const startsAt = { gt: now, ...(from ? { gte: from } : {}), ...(until ? { lt: until } : {}) };

    let skillIds: string[] | undefined;
    if (query.skill) {
      const tree = await db.$queryRaw<{ id: string }[]>`
        WITH RECURSIVE tree AS (
          SELECT "id" FROM "Skill" WHERE "orgId" = ${ctx.orgId}::uuid AND "id" = ${query.skill}::uuid
          UNION SELECT s."id" FROM "Skill" s JOIN tree t ON s."parentId" = t."id" WHERE s."orgId" = ${ctx.orgId}::uuid)
        SELECT "id" FROM tree`;
      skillIds = tree.map((t) => t.id);
    }

    const [hours] = await db.$queryRaw<{ set: boolean }[]>`SELECT "weeklyAvailability" IS NOT NULL AS "set" FROM "Employee" WHERE "orgId" = ${ctx.orgId}::uuid AND "id" = ${ctx.employeeId}::uuid`;
    let fittingIds: string[] | undefined;
    if (query.fits) {
      const defaultHours = toMultirangeLiteral(DEFAULT_WORKING_HOURS);
      // Minutes of the week on the viewer's clock at the session's start and end (Monday 00:00 = 0); a
      // session that runs over Sunday midnight has to fit both pieces.
      const rows = await db.$queryRaw<{ id: string }[]>`
        WITH me AS (SELECT coalesce("weeklyAvailability", ${defaultHours}::int4multirange) AS "hours" FROM "Employee" WHERE "orgId" = ${ctx.orgId}::uuid AND "id" = ${ctx.employeeId}::uuid),
        s AS (SELECT "id",
                     ((extract(isodow FROM "startsAt" AT TIME ZONE ${me.timeZone})::int - 1) * 1440 + floor(extract(epoch FROM ("startsAt" AT TIME ZONE ${me.timeZone})::time) / 60)::int) AS "a",
                     ((extract(isodow FROM "endsAt" AT TIME ZONE ${me.timeZone})::int - 1) * 1440 + ceil(extract(epoch FROM ("endsAt" AT TIME ZONE ${me.timeZone})::time) / 60)::int) AS "b"
                FROM "PeerSession"
               WHERE "orgId" = ${ctx.orgId}::uuid AND "status" = 'SCHEDULED' AND "kind" <> 'MENTORING' AND "startsAt" > ${now}
                 ${from ? Prisma.sql`AND "startsAt" >= ${from}` : Prisma.empty} ${until ? Prisma.sql`AND "startsAt" < ${until}` : Prisma.empty})
        SELECT s."id" FROM s, me
         WHERE CASE WHEN s."b" > s."a" THEN me."hours" @> int4range(s."a", s."b")
                    ELSE me."hours" @> int4range(s."a", ${MINUTES_PER_WEEK}) AND me."hours" @> int4range(0, s."b") END`;
      fittingIds = rows.map((r) => r.id);
    }

    const where: Prisma.PeerSessionWhereInput = {
      orgId: ctx.orgId,
      status: 'SCHEDULED',
      kind: query.kind ?? { in: [...GROUP_SESSION_KINDS] },
      startsAt,
      ...(query.community ? { communityId: query.community } : {}),
      ...(skillIds ? { skills: { some: { skillId: { in: skillIds } } } } : {}),
      ...(fittingIds ? { id: { in: fittingIds } } : {}),
    };
    const total = await db.peerSession.count({ where });
    const window = pageWindow(total, query.page, GROUP_SESSIONS_PAGE_SIZE);
    const rows = await db.peerSession.findMany({
      where,
      orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
      skip: window.skip,
      take: window.take,
      select: {
        id: true, kind: true, title: true, startsAt: true, endsAt: true, capacity: true, seatsTaken: true, hostId: true,
        host: { select: { id: true, name: true, timeZone: true } },
        community: { select: { id: true, name: true } },
        skills: { select: { skill: { select: { id: true, name: true } } }, orderBy: { skill: { name: 'asc' } } },
        participants: { where: { employeeId: ctx.employeeId, status: { in: ['BOOKED', 'WAITLISTED'] } }, select: { status: true } },
        _count: { select: { participants: { where: { status: 'WAITLISTED' } } } },
      },
    });
    const sessions: GroupSessionRow[] = rows.map(({ participants, _count, skills, hostId, ...s }) => ({
      ...s,
      skills: skills.map((k) => k.skill),
      waitlistCount: _count.participants,
      viewerStatus: hostId === ctx.employeeId ? 'HOST' : ((participants[0]?.status as 'BOOKED' | 'WAITLISTED' | undefined) ?? 'NONE'),
    }));
    return { sessions, total, timeZone: me.timeZone, hasWeeklyHours: hours?.set ?? false, ...window };
  });
}
