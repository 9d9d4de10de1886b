import { CalendarClock, Shuffle } from 'lucide-react';
import type { Metadata } from 'next';
import { CycleAskForm } from '@/components/matching-cycles/cycle-ask-form';
import { CycleCapacityForm } from '@/components/matching-cycles/cycle-capacity-form';
import { MentoringTabs } from '@/components/mentoring/mentoring-tabs';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { InlineActionForm } from '@/components/ui/inline-action-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireTenant } from '@/lib/auth/session';
import { countProposalsWaitingForMe, listOpenCycles } from '@/lib/mentoring';
import { listSkillChoices } from '@/lib/profiles';
import { levelName } from '@/lib/skills/levels';
import { askInCycleAction, confirmCycleCapacityAction, withdrawCycleRequestAction } from './actions';

export const metadata: Metadata = { title: 'Matching rounds' };

export default async function MatchingRoundsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireTenant((await params).org);
  const [{ cycles, canTeach, zone }, choices, waiting] = await Promise.all([listOpenCycles(ctx), listSkillChoices(ctx), countProposalsWaitingForMe(ctx)]);
  const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: zone });
  const skills = choices.map((c) => ({ id: c.id, name: c.name, group: c.categoryPath || 'Other skills' })).sort((a, b) => a.group.localeCompare(b.group) || a.name.localeCompare(b.name));

  return (
    <>
      <MentoringTabs orgSlug={ctx.orgSlug} current="cycles" waiting={waiting} />
      <PageHeader title="Matching rounds" description="In a round, everyone who wants a mentor signs up at once; when sign-up closes, a steward pairs learners and mentors so the whole round fits best, and you hear back by email." />

      {cycles.length === 0 ? (
        <EmptyState icon={Shuffle} title="No round is open right now">
          When a steward opens a matching round, you can sign up here to find a mentor or offer to mentor others. Meanwhile, ask for a mentor directly under Find a mentor.
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-6">
          {cycles.map((cycle) => (
            <section key={cycle.id} aria-labelledby={`round-${cycle.id}`} className="rounded-lg border border-slate-200 bg-white shadow-xs" data-testid="open-round">
              <header className="border-b border-slate-100 px-5 py-4">
                <div className="flex flex-wrap items-center gap-2">
                  <h2 id={`round-${cycle.id}`} className="text-base font-semibold text-slate-900">
                    {cycle.name}
                  </h2>
                  {cycle.signupOpen ? <Badge tone="green">Sign-up open</Badge> : <Badge tone="amber">Sign-up not open</Badge>}
                </div>
                <p className="mt-1 flex items-center gap-1.5 text-sm text-slate-600">
                  <CalendarClock aria-hidden className="size-4 shrink-0 text-slate-400" />
                  {cycle.programName ?? 'Whole organization'} · sign-up {when.format(cycle.signupOpensAt)} – {when.format(cycle.signupClosesAt)}
                </p>
                {cycle.description && <p className="mt-2 max-w-2xl text-sm text-slate-700">{cycle.description}</p>}
              </header>

              {(cycle.myRequests.length > 0 || cycle.myCapacity) && (
                <div className="border-b border-slate-100 px-5 py-4">
                  <h3 className="text-sm font-semibold text-slate-900">My entries</h3>
                  <ul className="mt-2 flex flex-col gap-2 text-sm" data-testid="my-entries">
                    {cycle.myRequests.map((r) => (
                      <li key={r.id} className="flex flex-wrap items-center justify-between gap-2">
                        <span className="text-slate-800">
                          Learning <span className="font-medium">{r.skillName}</span> to level {r.targetLevel} ({levelName(r.targetLevel)})
                        </span>
                        {cycle.signupOpen && r.status === 'OPEN' && (
                          <InlineActionForm action={withdrawCycleRequestAction} fields={{ orgSlug: ctx.orgSlug, requestId: r.id }} label="Withdraw" tone="danger" confirmText={`Withdraw your request for ${r.skillName} from ${cycle.name}?`} />
                        )}
                      </li>
                    ))}
                    {cycle.myCapacity && (
                      <li className="text-slate-800">
                        Mentoring up to <span className="font-medium">{cycle.myCapacity}</span> {cycle.myCapacity === 1 ? 'learner' : 'learners'}
                      </li>
                    )}
                  </ul>
                </div>
              )}

              {cycle.signupOpen ? (
                <div className="grid gap-6 px-5 py-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
                  <div>
                    <h3 className="mb-3 text-sm font-semibold text-slate-900">Ask for a mentor in this round</h3>
                    <CycleAskForm orgSlug={ctx.orgSlug} cycleId={cycle.id} skills={skills} action={askInCycleAction} />
                  </div>
                  <div className="border-t border-slate-100 pt-5 lg:border-t-0 lg:border-l lg:pt-0 lg:pl-6">
                    <h3 className="mb-3 text-sm font-semibold text-slate-900">Offer to mentor in this round</h3>
                    {canTeach ? (
                      <CycleCapacityForm orgSlug={ctx.orgSlug} cycleId={cycle.id} current={cycle.myCapacity} action={confirmCycleCapacityAction} />
                    ) : (
                      <p className="text-sm text-slate-600">Mark a skill on your profile as one you can teach, and you can offer to mentor in rounds like this one.</p>
                    )}
                  </div>
                </div>
              ) : (
                <p className="px-5 py-4 text-sm text-slate-600">Sign-up opens {when.format(cycle.signupOpensAt)}.</p>
              )}
            </section>
          ))}
        </div>
      )}
    </>
  );
}
