import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import type { Prisma } from '../db/generated/client';
import { withTenant } from '../db/tenant';
import { conflict } from '../errors';
import { appUrl, sendMail, type Mail } from '../mail';
import type { CycleRunResult } from '../matching';
import { cycleChangedSince } from './cycle-changed-since';
import { findUnpublishedCycle } from './find-matching-cycle';
import { getMatchingPolicy } from './get-matching-policy';
import { CYCLE_RUN_TIMEOUT_MS } from './get-matching-cycle';

export const cycleIdInput = z.object({ cycleId: z.uuid('That matching round was not found.') });

const DAY_MS = 86_400_000;
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

const list = (lines: string[]) => lines.map((l) => `- ${l}`).join('\n');

/**
 * Sends the latest finished run out: each assignment becomes a PROPOSED match (source CYCLE) that the
 * mentor accepts or declines like any request, and the round becomes PUBLISHED. Refused without a finished
 * run, while one runs, or when requests, mentors or rules changed after it (re-run first). Publishing
 * twice is refused. Every learner and mentor with a proposal gets one email.
 */
export async function publishCycle(ctx: TenantContext, input: z.output<typeof cycleIdInput>, now = new Date()): Promise<{ proposals: number; emails: number }> {
  requireRole(ctx, 'STEWARD');
  const { proposals, mails } = await withTenant(ctx, async (db) => {
    const cycle = await findUnpublishedCycle(db, ctx, input.cycleId);
    // Two publishes at once: the second waits here, then finds the round published.
    await db.$queryRaw`SELECT 1 FROM "MatchingCycle" WHERE "orgId" = ${ctx.orgId}::uuid AND "id" = ${cycle.id}::uuid FOR UPDATE`;
    const current = await findUnpublishedCycle(db, ctx, cycle.id);
    if (current.status !== 'CLOSED') throw conflict('Close sign-up and run the optimizer before publishing.');
    const running = await db.cycleRun.count({ where: { orgId: ctx.orgId, cycleId: cycle.id, status: 'RUNNING', startedAt: { gte: new Date(now.getTime() - CYCLE_RUN_TIMEOUT_MS) } } });
    if (running > 0) throw conflict('The optimizer is still running for this round. Publish when it has finished.');
    const run = await db.cycleRun.findFirst({ where: { orgId: ctx.orgId, cycleId: cycle.id, status: 'DONE' }, orderBy: { startedAt: 'desc' }, select: { id: true, startedAt: true, result: true } });
    if (!run) throw conflict('Run the optimizer first: there is no finished run to publish.');
    if (await cycleChangedSince(db, ctx.orgId, cycle.id, run.startedAt)) throw conflict('Requests, mentors or pair rules changed after the last run. Re-run first, then publish.');

    const result = run.result as unknown as CycleRunResult;
    const requestIds = result.assignments.map((a) => a.requestId);
    const [requests, taken, policy] = await Promise.all([
      db.mentorRequest.findMany({ where: { orgId: ctx.orgId, id: { in: requestIds }, cycleId: cycle.id, status: 'OPEN' }, select: { id: true, skillId: true, goalId: true } }),
      db.match.findMany({ where: { orgId: ctx.orgId, requestId: { in: requestIds }, status: { in: ['PROPOSED', 'ACCEPTED'] } }, select: { requestId: true } }),
      getMatchingPolicy(db, ctx.orgId),
    ]);
    const open = new Map(requests.map((r) => [r.id, r]));
    const busy = new Set(taken.map((t) => t.requestId));
    const expiresAt = new Date(now.getTime() + policy.requestExpiryDays * DAY_MS);
    const published = result.assignments.filter((a) => open.has(a.requestId) && !busy.has(a.requestId));
    await db.match.createMany({
      data: published.map((a) => ({
        orgId: ctx.orgId,
        requestId: a.requestId,
        learnerId: a.learnerId,
        mentorId: a.mentorId,
        skillId: open.get(a.requestId)!.skillId,
        goalId: open.get(a.requestId)!.goalId,
        cycleId: cycle.id,
        source: 'CYCLE' as const,
        score: a.score,
        explanation: a.terms as unknown as Prisma.InputJsonValue,
        expiresAt,
        createdAt: now,
      })),
    });
    await db.matchingCycle.update({ where: { orgId_id: { orgId: ctx.orgId, id: cycle.id } }, data: { status: 'PUBLISHED', publishedAt: now } });
    await recordAuditEvent(db, ctx, { action: 'matching_cycle.published', entityType: 'MatchingCycle', entityId: cycle.id, before: { status: 'CLOSED' }, after: { status: 'PUBLISHED', runId: run.id, proposals: published.length } });

    const people = await db.employee.findMany({ where: { orgId: ctx.orgId, id: { in: [...new Set(published.flatMap((a) => [a.learnerId, a.mentorId]))] } }, select: { id: true, email: true, name: true } });
    const person = new Map(people.map((p) => [p.id, p]));
    const byLearner = groupBy(published, (a) => a.learnerId);
    const byMentor = groupBy(published, (a) => a.mentorId);
    const deadline = expiresAt.toISOString().slice(0, 10);
    const mails: Mail[] = [
      ...[...byLearner].map(([learnerId, pairs]) => ({
        to: person.get(learnerId)!.email,
        subject: `${cycle.name}: ${pairs.length === 1 ? 'a mentor was' : 'mentors were'} proposed for you`,
        text: `Hi ${person.get(learnerId)!.name},\n\nThe matching round “${cycle.name}” in ${ctx.orgName} proposed:\n${list(pairs.map((p) => `${p.mentorName} for ${p.skillName}`))}\n\nEach mentor has until ${deadline} to accept. See your proposals: ${appUrl(`/o/${ctx.orgSlug}/mentors`)}\n`,
      })),
      ...[...byMentor].map(([mentorId, pairs]) => ({
        to: person.get(mentorId)!.email,
        subject: `${cycle.name}: ${pairs.length === 1 ? 'a learner was' : `${pairs.length} learners were`} matched with you`,
        text: `Hi ${person.get(mentorId)!.name},\n\nThe matching round “${cycle.name}” in ${ctx.orgName} proposed you as mentor for:\n${list(pairs.map((p) => `${p.learnerName} (${p.skillName})`))}\n\nPlease accept or decline by ${deadline}: ${appUrl(`/o/${ctx.orgSlug}/mentors/mentoring`)}\n`,
      })),
    ];
    return { proposals: published.length, mails };
  });
  for (const mail of mails) await sendMail(mail);
  return { proposals, emails: mails.length };
}
