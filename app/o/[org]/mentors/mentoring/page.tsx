import { ChevronRight, Clock, GraduationCap, Inbox } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { CapacityMeter } from '@/components/mentoring/capacity-meter';
import { MentoringTabs } from '@/components/mentoring/mentoring-tabs';
import { fromNow } from '@/components/mentoring/proposal-state';
import { ProposalResponseForm, ProposalResponses } from '@/components/mentoring/proposal-responses';
import { ScoreTerms } from '@/components/mentoring/score-terms';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { InlineActionForm } from '@/components/ui/inline-action-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireTenant } from '@/lib/auth/session';
import type { MatchStatus } from '@/lib/db/generated/enums';
import { getMyMentoring, type MenteeMatch, type WaitingProposal } from '@/lib/mentoring';
import { levelName } from '@/lib/skills';
import { respondToProposalAction, unblockFromMatchingAction } from './actions';

export const metadata: Metadata = { title: 'Mentoring others' };

const PAST_LABELS: Partial<Record<MatchStatus, { label: string; tone: 'slate' | 'green' | 'amber' }>> = {
  ENDED: { label: 'Ended', tone: 'slate' },
  DECLINED: { label: 'Declined', tone: 'slate' },
  EXPIRED: { label: 'Not answered', tone: 'amber' },
  WITHDRAWN: { label: 'Withdrawn', tone: 'slate' },
};

const listFormat = new Intl.ListFormat('en', { type: 'conjunction' });
const SHOWN_SKILLS = 6;

/** "Kubernetes, AWS and Terraform", or the first few "… and 4 more". */
function listNames(names: string[]): string {
  if (names.length <= SHOWN_SKILLS) return listFormat.format(names);
  return `${names.slice(0, SHOWN_SKILLS).join(', ')} and ${names.length - SHOWN_SKILLS} more`;
}

const initials = (name: string) => name.split(/\s+/).map((w) => w[0]).slice(0, 2).join('');

function Section({ id, title, count, children }: { id: string; title: string; count?: number; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <h2 id={id} className="flex items-baseline gap-2 text-base font-semibold text-slate-900">
        {title}
        {count ? <span className="text-sm font-normal text-slate-500">{count}</span> : null}
      </h2>
      {children}
    </section>
  );
}

export default async function MentoringOthersPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireTenant((await params).org);
  const now = new Date();
  const mine = await getMyMentoring(ctx, now);
  const base = `/o/${ctx.orgSlug}`;
  const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: mine.timeZone });
  const nothingYet = mine.teaches.length === 0 && mine.waiting.length === 0 && mine.mentees.length === 0 && mine.past.length === 0;

  return (
    <>
      <MentoringTabs orgSlug={ctx.orgSlug} current="mentor" waiting={mine.waitingCount} />
      <PageHeader title="Mentoring others" description="Colleagues who asked you for mentoring, the people you mentor now, and how much room you have for more." />
      {nothingYet ? (
        <EmptyState
          icon={GraduationCap}
          title="You do not teach any skills yet"
          action={
            <ButtonLink href={`${base}/profile#skills`}>Mark skills you can teach</ButtonLink>
          }
        >
          On your profile, tick “I can teach this” on skills you know at level 3 or above. Colleagues who want to learn them can then ask you for mentoring, and their requests show here.
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-8">
          <div className="flex flex-col gap-2">
            <CapacityMeter active={mine.active} waiting={mine.waitingCount} capacity={mine.capacity} profileHref={`${base}/profile#mentoring`} />
            <p className="text-sm text-slate-600" data-testid="teaches">
              {mine.teaches.length > 0 ? (
                <>
                  Learners can find you for <span className="font-medium text-slate-800">{listNames(mine.teaches)}</span>.{' '}
                </>
              ) : (
                'You no longer mark any skill as one you can teach, so you are not suggested to learners. '
              )}
              <Link href={`${base}/profile#skills`} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
                Edit your skills
              </Link>
            </p>
          </div>

          <Section id="waiting-title" title="Waiting for your answer" count={mine.waiting.length}>
            {mine.waiting.length === 0 ? (
              <p className="flex items-center gap-2 rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-sm text-slate-600">
                <Inbox aria-hidden className="size-5 shrink-0 text-slate-400" />
                Nothing is waiting for you. When a colleague asks you for mentoring, you get an email and the request shows here.
              </p>
            ) : null}
            <ProposalResponses orgSlug={ctx.orgSlug} action={respondToProposalAction}>
              {mine.waiting.length > 0 && (
                <ul className="flex flex-col gap-4" data-testid="waiting-proposals">
                  {mine.waiting.map((p) => (
                    <WaitingCard key={p.id} proposal={p} now={now} day={day} peopleHref={`${base}/people`} />
                  ))}
                </ul>
              )}
            </ProposalResponses>
          </Section>

          <Section id="mentees-title" title="Your mentees" count={mine.mentees.length}>
            {mine.mentees.length === 0 ? (
              <p className="text-sm text-slate-600">No active mentees. When you accept a request, the match shows here.</p>
            ) : (
              <MatchList base={base} matches={mine.mentees} testId="active-mentees" describe={(m) => `since ${day.format(m.since)}`} />
            )}
          </Section>

          {mine.past.length > 0 && (
            <Section id="past-title" title="Past requests and matches" count={mine.past.length}>
              <MatchList base={base} matches={mine.past} testId="past-mentees" describe={(m) => day.format(m.since)} />
            </Section>
          )}

          {mine.blocked.length > 0 && (
            <Section id="blocked-title" title="Not suggested to you">
              <p className="-mt-1 text-sm text-slate-600">You asked matching not to suggest these people and you to each other.</p>
              <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="blocked-people">
                {mine.blocked.map((b) => (
                  <li key={b.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2.5 text-sm">
                    <span>
                      <span className="font-medium text-slate-900">{b.name}</span> <span className="text-slate-500">since {day.format(b.since)}</span>
                    </span>
                    <InlineActionForm action={unblockFromMatchingAction} fields={{ orgSlug: ctx.orgSlug, employeeId: b.id }} label="Allow again" />
                  </li>
                ))}
              </ul>
            </Section>
          )}
        </div>
      )}
    </>
  );
}

function WaitingCard({ proposal: p, now, day, peopleHref }: { proposal: WaitingProposal; now: Date; day: Intl.DateTimeFormat; peopleHref: string }) {
  const titleId = `proposal-${p.id}`;
  return (
    <li aria-labelledby={titleId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-xs sm:p-5" data-testid={`proposal-${p.learner.name}`}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 gap-3">
          <span aria-hidden className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-50 text-sm font-semibold text-brand-700">
            {initials(p.learner.name)}
          </span>
          <div className="min-w-0">
            <h3 id={titleId} className="font-semibold text-slate-900">
              <Link href={`${peopleHref}/${p.learner.id}`} className="hover:underline">
                {p.learner.name}
              </Link>
            </h3>
            <p className="text-sm text-slate-600">{[p.learner.title, p.learner.department].filter(Boolean).join(' · ') || '—'}</p>
          </div>
        </div>
        {p.expiresAt && (
          <span className="inline-flex items-center gap-1 rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800" title={`Expires ${day.format(p.expiresAt)}`}>
            <Clock aria-hidden className="size-3.5" /> Expires {fromNow(p.expiresAt, now)}
          </span>
        )}
      </div>

      <div className="mt-4 grid gap-4 lg:grid-cols-[minmax(0,1fr)_17rem] lg:gap-6">
        <div className="flex min-w-0 flex-col gap-3 text-sm">
          <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="font-medium text-slate-900">{p.skillName}</span>
            <span className="text-slate-600">
              {p.currentLevel === null ? 'New to it' : `Now ${p.currentLevel} · ${levelName(p.currentLevel)}`} → wants {p.targetLevel} · {levelName(p.targetLevel)} ·{' '}
              {p.format === 'ONE_TO_ONE' ? '1:1' : 'small group'}
            </span>
            {p.cycleName && <Badge tone="brand">{p.cycleName}</Badge>}
          </p>
          {p.outcome && (
            <div>
              <p className="text-xs font-medium uppercase tracking-wide text-slate-500">What they want to achieve</p>
              <p className="mt-0.5 whitespace-pre-line text-slate-800">{p.outcome}</p>
            </div>
          )}
          {p.message && (
            <div>
              <p className="text-xs font-medium uppercase tracking-wide text-slate-500">Their message</p>
              <p className="mt-0.5 whitespace-pre-line border-l-2 border-slate-200 pl-3 text-slate-800">{p.message}</p>
            </div>
          )}
          <p className="text-xs text-slate-500">
            {p.cycleName ? `Proposed by the matching round on ${day.format(p.proposedAt)}` : `Asked ${day.format(p.proposedAt)}`}
          </p>
        </div>
        {p.terms.length > 0 && (
          <div className="h-fit rounded-md bg-slate-50 p-3">
            <p className="mb-2 text-xs font-medium uppercase tracking-wide text-slate-500">Why you were suggested</p>
            <ScoreTerms terms={p.terms} />
          </div>
        )}
      </div>
      <div className="mt-4 border-t border-slate-100 pt-4">
        <div className="max-w-2xl">
          <ProposalResponseForm matchId={p.id} learnerName={p.learner.name} />
        </div>
      </div>
    </li>
  );
}

const rowLink = 'group flex items-center gap-3 px-4 py-3 hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-brand-600';

function MatchList({ base, matches, testId, describe }: { base: string; matches: MenteeMatch[]; testId: string; describe: (m: MenteeMatch) => string }) {
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid={testId}>
      {matches.map((m) => {
        const past = PAST_LABELS[m.status];
        return (
          <li key={m.id}>
            <Link href={`${base}/mentors/matches/${m.id}`} className={rowLink}>
              <span aria-hidden className="flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-50 text-sm font-semibold text-brand-700">
                {initials(m.learnerName)}
              </span>
              <div className="min-w-0 flex-1 text-sm">
                <p className="font-medium text-slate-900">
                  {m.learnerName} <span className="font-normal text-slate-600">· {m.skillName}</span>
                </p>
                <p className="truncate text-slate-600">{describe(m)}</p>
              </div>
              {past && <Badge tone={past.tone}>{past.label}</Badge>}
              <ChevronRight aria-hidden className="size-4 shrink-0 text-slate-400 group-hover:text-slate-600" />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
