import { ChevronRight, GraduationCap, Plus, Target } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { MentoringTabs } from '@/components/mentoring/mentoring-tabs';
import { ProposalState } from '@/components/mentoring/proposal-state';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { requireTenant } from '@/lib/auth/session';
import { countProposalsWaitingForMe, getMyLearning, type MyLearning, type MyMatch } from '@/lib/mentoring';
import { levelName } from '@/lib/skills';

export const metadata: Metadata = { title: 'Find a mentor' };

function Section({ id, title, count, children }: { id: string; title: string; count?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="flex items-baseline gap-2 text-base font-semibold text-slate-900">
        {title}
        {count !== undefined && <span className="text-sm font-normal text-slate-500">{count}</span>}
      </h2>
      {children}
    </section>
  );
}

const rowLink = 'group flex items-center gap-3 px-4 py-3 hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600';

export default async function MentorsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireTenant((await params).org);
  const now = new Date();
  const [learning, waiting] = await Promise.all([getMyLearning(ctx, now), countProposalsWaitingForMe(ctx, now)]);
  const base = `/o/${ctx.orgSlug}/mentors`;
  const nothingYet = learning.openRequests.length === 0 && learning.active.length === 0 && learning.pastCount === 0;

  return (
    <>
      <MentoringTabs orgSlug={ctx.orgSlug} current="learn" waiting={waiting} />
      <PageHeader
        title="Find a mentor"
        description="Ask for mentoring on a skill you want to grow. You get colleagues who could help, with the reasons each one fits, and choose whom to ask."
        actions={
          !nothingYet && (
            <ButtonLink href={`${base}/new`}>
              <Plus aria-hidden className="size-4" /> Ask for a mentor
            </ButtonLink>
          )
        }
      />
      {nothingYet ? <FirstTime base={base} goals={learning.goalsWithoutMentor} /> : <Overview base={base} learning={learning} now={now} />}
    </>
  );
}

function GoalMentorLink({ base, goal }: { base: string; goal: MyLearning['goalsWithoutMentor'][number] }) {
  return (
    <Link href={`${base}/new?goal=${goal.id}`} className="inline-flex items-center gap-1.5 font-medium text-brand-700 underline underline-offset-2">
      <Target aria-hidden className="size-4 shrink-0" /> Find a mentor for {goal.skillName}
    </Link>
  );
}

function FirstTime({ base, goals }: { base: string; goals: MyLearning['goalsWithoutMentor'] }) {
  return (
    <EmptyState
      icon={GraduationCap}
      title="Learn from a colleague who knows it well"
      action={
        <ButtonLink href={`${base}/new`}>
          <Plus aria-hidden className="size-4" /> Ask for a mentor
        </ButtonLink>
      }
    >
      <p>Pick a skill and the level you want to reach. Matching looks at who teaches it, shared hours, time zones and free slots, and explains every suggestion.</p>
      {goals.length > 0 && (
        <ul className="mt-4 flex flex-col items-center gap-1.5" aria-label="From your learning goals">
          {goals.map((g) => (
            <li key={g.id}>
              <GoalMentorLink base={base} goal={g} />
            </li>
          ))}
        </ul>
      )}
    </EmptyState>
  );
}

function Overview({ base, learning, now }: { base: string; learning: MyLearning; now: Date }) {
  const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: learning.timeZone });
  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
      <div className="flex min-w-0 flex-col gap-8">
        <Section id="requests-title" title="Looking for a mentor" count={learning.openRequests.length || undefined}>
          {learning.openRequests.length === 0 ? (
            <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">No open requests. Ask for a mentor when you want to grow another skill.</p>
          ) : (
            <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="open-requests">
              {learning.openRequests.map((r) => (
                <li key={r.id}>
                  <Link href={`${base}/requests/${r.id}`} className={rowLink}>
                    <div className="min-w-0 flex-1 text-sm">
                      <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                        <span className="font-medium text-slate-900">{r.skillName}</span>
                        <span className="text-slate-600">
                          to {r.targetLevel} · {levelName(r.targetLevel)}
                        </span>
                        {r.cycle && <Badge tone="brand">{r.cycle.name}</Badge>}
                      </p>
                      <p className="mt-1">
                        {r.pending ? (
                          <ProposalState status="PROPOSED" mentorName={r.pending.mentor.name} expiresAt={r.pending.expiresAt} now={now} />
                        ) : r.lastOutcome ? (
                          <ProposalState status={r.lastOutcome.status} mentorName={r.lastOutcome.mentor.name} at={r.lastOutcome.at} now={now} />
                        ) : r.cycle ? (
                          <span className="text-slate-600">Signed up for the matching round; you can also ask someone directly.</span>
                        ) : (
                          <span className="text-slate-600">Asked {day.format(r.createdAt)} — open it to see who could mentor you</span>
                        )}
                      </p>
                    </div>
                    <ChevronRight aria-hidden className="size-4 shrink-0 text-slate-400 group-hover:text-slate-600" />
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Section>

        <Section id="active-title" title="Your mentors" count={learning.active.length || undefined}>
          {learning.active.length === 0 ? (
            <p className="text-sm text-slate-600">No active mentorships yet. When a mentor accepts your request, it shows here.</p>
          ) : (
            <MatchList base={base} matches={learning.active} testId="active-matches" describe={(m) => `since ${day.format(m.since)}`} />
          )}
        </Section>

        {learning.pastCount > 0 && (
          <Section id="past-title" title="Past mentorships" count={learning.pastCount > learning.past.length ? `latest ${learning.past.length} of ${learning.pastCount}` : learning.pastCount}>
            <MatchList base={base} matches={learning.past} testId="past-matches" describe={(m) => `ended ${day.format(m.since)}${m.endReason ? ` · ${m.endReason}` : ''}`} />
          </Section>
        )}
      </div>

      {learning.goalsWithoutMentor.length > 0 && (
        <aside aria-labelledby="goals-title" className="h-fit rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="goals-title" className="text-sm font-semibold text-slate-900">
            Goals without a mentor
          </h2>
          <ul className="mt-2 flex flex-col gap-1.5 text-sm">
            {learning.goalsWithoutMentor.map((g) => (
              <li key={g.id}>
                <GoalMentorLink base={base} goal={g} />
              </li>
            ))}
          </ul>
        </aside>
      )}
    </div>
  );
}

function MatchList({ base, matches, testId, describe }: { base: string; matches: MyMatch[]; testId: string; describe: (m: MyMatch) => string }) {
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid={testId}>
      {matches.map((m) => (
        <li key={m.id}>
          <Link href={`${base}/matches/${m.id}`} className={rowLink}>
            <span aria-hidden className="flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-50 text-sm font-semibold text-brand-700">
              {m.mentor.name.split(/\s+/).map((w) => w[0]).slice(0, 2).join('')}
            </span>
            <div className="min-w-0 flex-1 text-sm">
              <p className="font-medium text-slate-900">
                {m.mentor.name} <span className="font-normal text-slate-600">· {m.skillName}</span>
              </p>
              <p className="truncate text-slate-600">
                {m.mentor.title ? `${m.mentor.title} · ` : ''}
                {describe(m)}
              </p>
            </div>
            <ChevronRight aria-hidden className="size-4 shrink-0 text-slate-400 group-hover:text-slate-600" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
