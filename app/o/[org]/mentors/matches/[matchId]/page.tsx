import { CalendarClock, Clock } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { EndMatchForm } from '@/components/mentoring/end-match-form';
import { MentoringTabs } from '@/components/mentoring/mentoring-tabs';
import { fromNow } from '@/components/mentoring/proposal-state';
import { ProposalResponseForm, ProposalResponses } from '@/components/mentoring/proposal-responses';
import { ScoreTerms } from '@/components/mentoring/score-terms';
import { UpcomingSessionList } from '@/components/sessions/upcoming-session-list';
import { BackLink } from '@/components/ui/back-link';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { requireTenant } from '@/lib/auth/session';
import type { MatchStatus } from '@/lib/db/generated/enums';
import { DomainError } from '@/lib/errors';
import { countProposalsWaitingForMe, getMatch, type MatchDetails, type MatchPerson } from '@/lib/mentoring';
import { levelName } from '@/lib/skills';
import { respondToProposalAction } from '../../mentoring/actions';
import { endMatchAction } from './actions';

export const metadata: Metadata = { title: 'Mentoring match' };

const STATUS: Record<MatchStatus, { label: string; tone: 'slate' | 'brand' | 'green' | 'amber' }> = {
  PROPOSED: { label: 'Waiting for an answer', tone: 'amber' },
  ACCEPTED: { label: 'Active', tone: 'green' },
  DECLINED: { label: 'Declined', tone: 'slate' },
  EXPIRED: { label: 'Not answered in time', tone: 'amber' },
  WITHDRAWN: { label: 'Withdrawn', tone: 'slate' },
  ENDED: { label: 'Ended', tone: 'slate' },
};

async function loadMatch(org: string, matchId: string) {
  const ctx = await requireTenant(org);
  try {
    const [match, waiting] = await Promise.all([getMatch(ctx, matchId), countProposalsWaitingForMe(ctx)]);
    return { ctx, match, waiting };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export default async function MatchPage({ params }: { params: Promise<{ org: string; matchId: string }> }) {
  const { org, matchId } = await params;
  const { ctx, match, waiting } = await loadMatch(org, matchId);
  const now = new Date();
  const base = `/o/${ctx.orgSlug}`;
  const isMentor = match.viewerSide === 'mentor';
  const other = isMentor ? match.learner : match.mentor;
  const status = STATUS[match.status];
  const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: match.viewerTimeZone });

  return (
    <>
      <MentoringTabs orgSlug={ctx.orgSlug} current={isMentor ? 'mentor' : 'learn'} waiting={waiting} />
      <BackLink href={isMentor ? `${base}/mentors/mentoring` : `${base}/mentors`}>{isMentor ? 'Mentoring others' : 'Find a mentor'}</BackLink>
      <div className="mb-6">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{match.skill.name} mentoring</h1>
          <Badge tone={status.tone}>{status.label}</Badge>
        </div>
        <p className="mt-1 text-sm text-slate-600">
          {isMentor ? (
            <>
              You are mentoring <span className="font-medium text-slate-800">{match.learner.name}</span>
            </>
          ) : (
            <>
              <span className="font-medium text-slate-800">{match.mentor.name}</span> is mentoring you
            </>
          )}
          {match.cycleName ? ` · from the matching round “${match.cycleName}”` : ''}
        </p>
      </div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex min-w-0 flex-col gap-6">
          {match.status === 'PROPOSED' &&
            (isMentor ? (
              <Card title="Your answer" description={match.expiresAt ? `${match.learner.name} asked you; the request expires ${fromNow(match.expiresAt, now)} (${when.format(match.expiresAt)}).` : undefined}>
                <ProposalResponses orgSlug={ctx.orgSlug} action={respondToProposalAction}>
                  <ProposalResponseForm matchId={match.id} learnerName={match.learner.name} />
                </ProposalResponses>
              </Card>
            ) : (
              <p className="flex items-center gap-2 rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
                <Clock aria-hidden className="size-4 shrink-0" />
                Waiting for {match.mentor.name}’s answer{match.expiresAt ? ` — the request expires ${fromNow(match.expiresAt, now)}` : ''}.
              </p>
            ))}

          <Card title="The goal">
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
              <Fact term="Skill">{match.skill.name}</Fact>
              <Fact term="Level">
                {match.request.currentLevel === null ? 'New to it' : `${match.request.currentLevel} · ${levelName(match.request.currentLevel)}`} → {match.request.targetLevel} · {levelName(match.request.targetLevel)}
              </Fact>
              <Fact term="Format">
                {match.request.format === 'ONE_TO_ONE' ? '1:1' : 'Small group'}
                {match.request.acceptsAsync ? ', mostly asynchronous is fine' : ''}
              </Fact>
              {match.goal?.dueDate && <Fact term="Learning goal due">{new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(match.goal.dueDate)}</Fact>}
              <Fact term="What the learner wants to achieve" className="sm:col-span-2">
                {match.request.outcome ?? match.goal?.why ?? <span className="text-slate-500">Not said</span>}
              </Fact>
            </dl>
          </Card>

          <Card title="Timeline">
            <Timeline match={match} when={when} />
          </Card>

          {(match.status === 'ACCEPTED' || match.status === 'ENDED') && (
            <>
              {match.status === 'ACCEPTED' && (
                <Card title="Sessions" description={isMentor ? `${other.name.split(' ')[0]} books sessions from your free weekly hours; you find them under Sessions too.` : undefined}>
                  {match.upcomingSessions.length === 0 ? (
                    <p className="text-sm text-slate-600" data-testid="match-sessions">No session booked yet.</p>
                  ) : (
                    <UpcomingSessionList orgSlug={ctx.orgSlug} sessions={match.upcomingSessions} when={when} testId="match-sessions" />
                  )}
                  {!isMentor && (
                    <ButtonLink href={`${base}/mentors/matches/${match.id}/book`} className="mt-3">
                      <CalendarClock aria-hidden className="size-4" /> Book a session
                    </ButtonLink>
                  )}
                </Card>
              )}
              <EndMatchForm orgSlug={ctx.orgSlug} matchId={match.id} otherName={other.name} canRate={!isMentor} open={match.status === 'ACCEPTED'} action={endMatchAction} />
            </>
          )}
        </div>

        <aside className="flex flex-col gap-6">
          <Card title="People">
            <ul className="flex flex-col gap-4">
              <PersonRow person={match.learner} role="Learner" href={`${base}/people/${match.learner.id}`} />
              <PersonRow person={match.mentor} role="Mentor" href={`${base}/people/${match.mentor.id}`} />
            </ul>
          </Card>
          {match.terms.length > 0 && (
            <Card title="Why it was suggested" description={match.source === 'CYCLE' ? 'The matching round’s score for this pair, term by term.' : 'The score when the request was sent, term by term.'}>
              <ScoreTerms terms={match.terms} />
              <p className="mt-3 flex justify-between border-t border-slate-100 pt-2 text-sm font-semibold text-slate-900">
                <span>Total</span>
                <span className="tabular-nums">{Math.round(match.score * 10) / 10}</span>
              </p>
            </Card>
          )}
        </aside>
      </div>
    </>
  );
}

function Fact({ term, className = '', children }: { term: string; className?: string; children: ReactNode }) {
  return (
    <div className={className}>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{term}</dt>
      <dd className="mt-0.5 whitespace-pre-line text-slate-800">{children}</dd>
    </div>
  );
}

function PersonRow({ person, role, href }: { person: MatchPerson; role: string; href: string }) {
  return (
    <li className="flex gap-3">
      <span aria-hidden className="flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-50 text-sm font-semibold text-brand-700">
        {person.name.split(/\s+/).map((w) => w[0]).slice(0, 2).join('')}
      </span>
      <div className="min-w-0 text-sm">
        <p className="text-xs font-medium uppercase tracking-wide text-slate-500">{role}</p>
        <Link href={href} className="font-medium text-slate-900 hover:underline">
          {person.name}
        </Link>
        <p className="text-slate-600">{[person.title, person.department].filter(Boolean).join(' · ') || '—'}</p>
      </div>
    </li>
  );
}

function Timeline({ match, when }: { match: MatchDetails; when: Intl.DateTimeFormat }) {
  const events: { at: Date; title: string; text?: string | null }[] = [
    {
      at: match.proposedAt,
      title: match.source === 'CYCLE' ? `Proposed by the matching round${match.cycleName ? ` “${match.cycleName}”` : ''}` : `${match.learner.name} asked ${match.mentor.name}`,
      text: match.message,
    },
  ];
  if (match.respondedAt) {
    events.push({ at: match.respondedAt, title: `${match.mentor.name} ${match.status === 'DECLINED' ? 'declined' : 'accepted'}`, text: match.responseMessage });
  }
  if (match.status === 'EXPIRED' && match.expiresAt) events.push({ at: match.expiresAt, title: `Expired: ${match.mentor.name} did not answer in time` });
  if (match.withdrawnAt) events.push({ at: match.withdrawnAt, title: `${match.learner.name} withdrew the request` });
  if (match.endedAt) events.push({ at: match.endedAt, title: `Ended by ${match.endedByName ?? 'a former member'}`, text: match.endReason });
  return (
    <>
      <ol className="flex flex-col gap-4 border-l border-slate-200 pl-4" data-testid="match-timeline">
        {events.map((e) => (
          <li key={e.title} className="relative text-sm">
            <span aria-hidden className="absolute top-1.5 -left-[1.3rem] size-2 rounded-full bg-brand-600 ring-4 ring-white" />
            <p className="font-medium text-slate-900">{e.title}</p>
            <p className="text-xs text-slate-500">
              <time dateTime={e.at.toISOString()}>{when.format(e.at)}</time>
            </p>
            {e.text && <p className="mt-1 whitespace-pre-line border-l-2 border-slate-200 pl-3 text-slate-700">{e.text}</p>}
          </li>
        ))}
      </ol>
      {match.learnerRating !== null && <p className="mt-4 text-sm text-slate-700">You rated this mentorship {match.learnerRating} of 5.</p>}
    </>
  );
}
