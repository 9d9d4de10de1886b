import type { TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';

export interface ProfileChecklistItem {
  key: 'skills' | 'goal' | 'hours' | 'headline';
  label: string;
  done: boolean;
  /** The section of the profile page that completes it. */
  anchor: string;
}

/** Skills a profile needs before matching has something to go on. */
export const CHECKLIST_MIN_SKILLS = 3;

/** What the home page asks the caller to fill in so colleagues and matching can find them. */
export async function getProfileChecklist(ctx: TenantContext): Promise<ProfileChecklistItem[]> {
  return withTenant(ctx, async (db) => {
    const mine = { orgId: ctx.orgId, employeeId: ctx.employeeId };
    const skills = await db.employeeSkill.count({ where: mine });
    const goals = await db.learningGoal.count({ where: { ...mine, status: 'ACTIVE' } });
    const windows = await db.availabilityWindow.count({ where: mine });
    const me = await db.employee.findUnique({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { headline: true } });
    return [
      { key: 'skills', label: `Add at least ${CHECKLIST_MIN_SKILLS} skills with your level`, done: skills >= CHECKLIST_MIN_SKILLS, anchor: 'skills' },
      { key: 'goal', label: 'Set a learning goal', done: goals > 0, anchor: 'goals' },
      { key: 'hours', label: 'Add the weekly hours you are free for peer sessions', done: windows > 0, anchor: 'availability' },
      { key: 'headline', label: 'Write a one-line headline', done: Boolean(me?.headline?.trim()), anchor: 'about' },
    ];
  });
}
