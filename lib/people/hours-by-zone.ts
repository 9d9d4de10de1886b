import { convertWeekRanges, toMultirangeLiteral, type WeekRange } from '../availability';
import type { TenantDb } from '../db/tenant';
import { isTimeZone } from '../orgs';

/**
 * Someone's weekly hours as they fall on each colleague's clock this week, one multirange per time zone in
 * use (an org has few), so SQL can intersect them with each person's own-zone hours. Used by the expert
 * finder ("overlaps my hours") and by matching (shared hours with a learner).
 */
export interface HoursByZone {
  zones: string[];
  ranges: string[];
}

export async function hoursByZone(db: TenantDb, orgId: string, fromZone: string, hours: readonly WeekRange[], now: Date): Promise<HoursByZone> {
  // A skip scan over the ("orgId", "timeZone") index: one probe per zone instead of reading every person.
  const zones = (
    await db.$queryRaw<{ timeZone: string }[]>`
      WITH RECURSIVE z("timeZone") AS (
        (SELECT "timeZone" FROM "Employee" WHERE "orgId" = ${orgId}::uuid ORDER BY "timeZone" LIMIT 1)
        UNION ALL
        SELECT (SELECT e."timeZone" FROM "Employee" e WHERE e."orgId" = ${orgId}::uuid AND e."timeZone" > z."timeZone" ORDER BY e."timeZone" LIMIT 1)
          FROM z WHERE z."timeZone" IS NOT NULL
      )
      SELECT "timeZone" FROM z WHERE "timeZone" IS NOT NULL`
  )
    .map((z) => z.timeZone)
    .filter(isTimeZone);
  return { zones, ranges: zones.map((zone) => toMultirangeLiteral(convertWeekRanges(hours, fromZone, zone, now))) };
}
