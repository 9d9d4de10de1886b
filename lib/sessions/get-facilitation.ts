import type { TenantContext } from '../auth/tenant-context';
import type { DesignPhase, SessionStatus } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';
import { designPhaseLabel } from './design-thinking-template';
import { findSessionAccess } from './session-access';

export type PhaseState = 'UPCOMING' | 'RUNNING' | 'DONE';

export interface FacilitationPhase {
  phase: DesignPhase;
  position: number;
  label: string;
  timeboxMinutes: number;
  prompt: string;
  outputs: string;
  startedAt: Date | null;
  completedAt: Date | null;
  /** The version of the outputs: an editor sends it back when saving, so a save never overwrites unseen work. */
  updatedAt: Date;
  state: PhaseState;
}

export interface Facilitation {
  session: { id: string; title: string; status: SessionStatus; startsAt: Date; endsAt: Date; host: { id: string; name: string } };
  viewerTimeZone: string;
  phases: FacilitationPhase[];
  running: DesignPhase | null;
  /** Who may edit what: the host runs the phases and edits the plan; host and booked participants record outputs. */
  can: { run: boolean; editPlan: boolean; editOutputs: boolean };
}

/** A design-thinking session's five phases in order, for its host and booked participants; anyone else gets "not found". */
export async function getFacilitation(ctx: TenantContext, sessionId: string): Promise<Facilitation> {
  return withTenant(ctx, async (db) => {
    const access = await findSessionAccess(db, ctx, sessionId);
    if (!access || access.session.kind !== 'DESIGN_THINKING') throw notFound('That session');
    const rows = await db.designThinkingPhase.findMany({ where: { orgId: ctx.orgId, sessionId }, orderBy: { position: 'asc' } });
    const host = await db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: access.session.hostId } }, select: { id: true, name: true } });
    const me = await db.employee.findUniqueOrThrow({ where: { orgId_id: { orgId: ctx.orgId, id: ctx.employeeId } }, select: { timeZone: true } });
    const phases = rows.map(
      (row): FacilitationPhase => ({
        phase: row.phase,
        position: row.position,
        label: designPhaseLabel(row.phase),
        timeboxMinutes: row.timeboxMinutes,
        prompt: row.prompt,
        outputs: row.outputs,
        startedAt: row.startedAt,
        completedAt: row.completedAt,
        updatedAt: row.updatedAt,
        state: row.completedAt ? 'DONE' : row.startedAt ? 'RUNNING' : 'UPCOMING',
      }),
    );
    const open = access.session.status !== 'CANCELED';
    return {
      session: { id: access.session.id, title: access.session.title, status: access.session.status, startsAt: access.session.startsAt, endsAt: access.session.endsAt, host },
      viewerTimeZone: me.timeZone,
      phases,
      running: phases.find((p) => p.state === 'RUNNING')?.phase ?? null,
      can: { run: open && access.isHost, editPlan: open && access.isHost, editOutputs: open },
    };
  });
}
