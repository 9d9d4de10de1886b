import { Clock, MessageSquare, SearchX, Sparkles, Star, Users } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MentoringTabs } from '@/components/mentoring/mentoring-tabs';
import { ProposalState, fromNow } from '@/components/mentoring/proposal-state';
import { ScoreBar, ScoreTerms } from '@/components/mentoring/score-terms';
import { SendRequestForm } from '@/components/mentoring/send-request-form';
import { BackLink } from '@/components/ui/back-link';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { InlineActionForm } from '@/components/ui/inline-action-form';
import { requireTenant } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { SUGGESTION_COUNT, countProposalsWaitingForMe, suggestMentors, type AskedAboutWhyNot, type MentorSuggestions, type ScoredMentor } from '@/lib/mentoring';
import { levelName } from '@/lib/skills';
import { sendMentorRequestAction, withdrawMentorRequestAction, withdrawProposalAction } from '../../actions';

export const metadata: Metadata = { title: 'Mentor suggestions' };

async function load(org: string, requestId: string, askedAbout: string | undefined) {
  const ctx = await requireTenant(org);
  const now = new Date();
  try {
    const [view, waiting] = await Promise.all([suggestMentors(ctx, requestId, now, { askedAbout }), countProposalsWaitingForMe(ctx, now)]);
    return { ctx, now, view, waiting };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export default async function MentorRequestPage({ params, searchParams }: { params: Promise<{ org: string; requestId: string }>; searchParams: Promise<{ mentor?: string | string[] }> }) {
  const { org, requestId } = await params;
  const mentorParam = (await searchParams).mentor;
  const { ctx, now, view, waiting } = await load(org, requestId, typeof mentorParam === 'string' ? mentorParam : undefined);
  const { request, liveProposal } = view;
  const base = `/o/${ctx.orgSlug}`;
  const open = request.status === 'OPEN';
  const highlighted = view.askedAbout?.suggestion ?? null;
  const others = highlighted ? view.mentors.filter((m) => m.id !== highlighted.id) : view.mentors;
  const canSend = open && !liveProposal;
  const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: view.timeZone });

  const card = (mentor: ScoredMentor, highlight = false) => (
    <SuggestionCard key={mentor.id} mentor={mentor} maxScore={view.maxScore} highlight={highlight} orgSlug={ctx.orgSlug} requestId={request.id} canSend={canSend} liveMentorId={liveProposal?.mentor.id ?? null} />
  );

  return (
    <>
      <MentoringTabs orgSlug={ctx.orgSlug} current="learn" waiting={waiting} />
      <BackLink href={`${base}/mentors`}>Find a mentor</BackLink>

      <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Mentor for {request.skillName}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {request.currentLevel ? `Level ${request.currentLevel} (${levelName(request.currentLevel)})` : 'New to it'} → level {request.targetLevel} ({levelName(request.targetLevel)}) ·{' '}
            {request.format === 'ONE_TO_ONE' ? '1:1' : 'Small group'}
            {request.preferOutsideTeam ? ' · prefers someone outside the team' : ''}
            {request.acceptsAsync ? ' · fine with async' : ''} · asked {day.format(request.createdAt)}
            {request.cycle ? ` · in ${request.cycle.name}` : ''}
          </p>
          {request.outcome && <p className="mt-2 max-w-2xl text-sm whitespace-pre-line text-slate-800">“{request.outcome}”</p>}
        </div>
        <div className="flex shrink-0 items-center gap-2">
          {request.status === 'OPEN' ? (
            <InlineActionForm action={withdrawMentorRequestAction} fields={{ orgSlug: ctx.orgSlug, requestId: request.id }} label="Close request" tone="danger" confirmText={`Close your request for ${request.skillName}?${liveProposal ? ' The request waiting for an answer is taken back too.' : ''}`} />
          ) : (
            <Badge tone={request.status === 'MATCHED' ? 'green' : 'slate'}>{request.status === 'MATCHED' ? 'Matched' : 'Closed'}</Badge>
          )}
        </div>
      </div>

      {liveProposal && (
        <section aria-labelledby="live-title" className="mb-6 rounded-lg border border-amber-200 bg-amber-50/60 p-4" data-testid="live-proposal">
          <h2 id="live-title" className="sr-only">
            Your request
          </h2>
          <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <p className="text-sm" role="status">
              <ProposalState status={liveProposal.status} mentorName={liveProposal.mentor.name} expiresAt={liveProposal.expiresAt} now={now} />
              <span className="mt-0.5 block text-xs text-slate-600">Sent {day.format(liveProposal.sentAt)} · score {liveProposal.score}</span>
            </p>
            {liveProposal.status === 'PROPOSED' ? (
              <InlineActionForm action={withdrawProposalAction} fields={{ orgSlug: ctx.orgSlug, matchId: liveProposal.id }} label="Take it back" confirmText={`Take back your request to ${liveProposal.mentor.name}?`} />
            ) : (
              <ButtonLink href={`${base}/mentors/matches/${liveProposal.id}`} variant="secondary">
                Open the mentorship
              </ButtonLink>
            )}
          </div>
          {liveProposal.message && <p className="mt-2 border-l-2 border-amber-300 pl-3 text-sm text-slate-700">{liveProposal.message}</p>}
          {liveProposal.status === 'PROPOSED' && <p className="mt-2 text-xs text-slate-600">You can ask one mentor at a time. If they decline or do not answer in time, choose the next suggestion below.</p>}
        </section>
      )}

      {view.askedAbout && !highlighted && open && view.askedAbout.id !== liveProposal?.mentor.id && (
        <p className="mb-4 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700" data-testid="asked-about-unavailable">
          You asked about <span className="font-medium">{view.askedAbout.name}</span>, but they cannot mentor this request right now: {whyNotWords(view.askedAbout.whyNot, request)}
          {view.askedAbout.whyNot === 'NO_OVERLAP' && (
            <>
              {' '}
              <Link href={`${base}/profile#availability`} className="font-medium text-brand-700 underline underline-offset-2">
                Add weekly hours
              </Link>
              , or close this request and ask again with “Fine with async” ticked.
            </>
          )}
          {view.mentors.length > 0 && ' Here are others who can.'}
        </p>
      )}

      {open && view.nobody && <NobodyYet view={view} orgSlug={ctx.orgSlug} />}

      {open && view.mentors.length > 0 && (
        <section aria-labelledby="suggestions-title">
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="suggestions-title" className="text-base font-semibold text-slate-900">
              {view.mentors.length === 1 ? 'One colleague could mentor you' : `${view.mentors.length === SUGGESTION_COUNT ? 'Top ' : ''}${view.mentors.length} colleagues who could mentor you`}
            </h2>
            <p className="text-xs text-slate-600">
              {liveProposal?.status === 'PROPOSED' ? `Who you could ask next, if ${liveProposal.mentor.name.split(' ')[0]} cannot take you on.` : 'Scores add up the reasons beside each person; the best fit comes first.'}
            </p>
          </div>
          <ol className="flex flex-col gap-3" data-testid="suggestions">
            {highlighted && card(highlighted, true)}
            {others.map((m) => card(m))}
          </ol>
        </section>
      )}

      {!open && (
        <Card>
          <p className="text-sm text-slate-700">
            {request.status === 'MATCHED' ? 'This request found its mentor.' : 'You closed this request.'}{' '}
            <Link href={`${base}/mentors/new?skill=${request.skillId}`} className="font-medium text-brand-700 underline underline-offset-2">
              Ask again for {request.skillName}
            </Link>
          </p>
        </Card>
      )}

      {view.pastProposals.length > 0 && (
        <section aria-labelledby="past-title" className="mt-8">
          <h2 id="past-title" className="mb-3 text-base font-semibold text-slate-900">
            Earlier requests
          </h2>
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {view.pastProposals.map((p) => (
              <li key={p.id} className="flex flex-col gap-1 px-4 py-3 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-slate-900">{p.mentor.name}</span>
                  <Badge tone={p.status === 'DECLINED' ? 'amber' : 'slate'}>{PAST_LABEL[p.status] ?? p.status}</Badge>
                  <span className="text-xs text-slate-600">{fromNow(p.updatedAt, now)}</span>
                </p>
                {p.responseMessage && (
                  <p className="flex items-start gap-1.5 text-slate-700">
                    <MessageSquare aria-hidden className="mt-0.5 size-3.5 shrink-0 text-slate-400" />
                    <span>
                      <span className="sr-only">Their message: </span>
                      {p.responseMessage}
                    </span>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

function whyNotWords(whyNot: AskedAboutWhyNot | null, request: MentorSuggestions['request']): string {
  const minLevel = Math.max(request.targetLevel, (request.currentLevel ?? 0) + 1);
  switch (whyNot) {
    case 'NO_OVERLAP':
      return 'your weekly hours and theirs overlap too little.';
    case 'FULL':
      return 'all their mentoring slots are taken.';
    case 'NO_CAPACITY':
      return 'they are not taking mentees at the moment.';
    case 'MANAGEMENT_CHAIN':
      return 'one of you is in the other’s reporting line.';
    case 'LEVEL':
    case 'NOT_TEACHING':
      return `they do not teach ${request.skillName} (or a related skill) at level ${minLevel} or above.`;
    default:
      return 'they are not available for this request.';
  }
}

const PAST_LABEL: Record<string, string> = { DECLINED: 'Declined', EXPIRED: 'No answer in time', WITHDRAWN: 'Taken back', ENDED: 'Ended' };

function SuggestionCard({
  mentor,
  maxScore,
  highlight,
  orgSlug,
  requestId,
  canSend,
  liveMentorId,
}: {
  mentor: ScoredMentor;
  maxScore: number;
  highlight: boolean;
  orgSlug: string;
  requestId: string;
  canSend: boolean;
  liveMentorId: string | null;
}) {
  const where = [mentor.department, mentor.region].filter(Boolean).join(' · ');
  return (
    <li
      className={`rounded-lg border bg-white p-4 shadow-xs ${highlight ? 'border-brand-500 ring-1 ring-brand-100' : 'border-slate-200'}`}
      data-testid="suggestion"
      aria-label={`${mentor.name}, score ${mentor.score}`}
    >
      <div className="flex flex-col gap-4 md:flex-row md:gap-6">
        <div className="min-w-0 md:w-64 md:shrink-0">
          {highlight && (
            <p className="mb-1 inline-flex items-center gap-1 text-xs font-medium text-brand-700">
              <Star aria-hidden className="size-3.5" /> The colleague you asked about
            </p>
          )}
          <p className="font-semibold text-slate-900">
            <Link href={`/o/${orgSlug}/people/${mentor.id}`} className="rounded-sm hover:underline focus-visible:outline-2 focus-visible:outline-brand-600">
              {mentor.name}
            </Link>
          </p>
          <p className="text-sm text-slate-700">{mentor.title ?? '—'}</p>
          {where && <p className="text-xs text-slate-600">{where}</p>}
          <div className="mt-2 flex items-center gap-3">
            <ScoreBar score={mentor.score} max={maxScore} />
            <span className="inline-flex items-center gap-1 text-xs text-slate-600">
              <Users aria-hidden className="size-3.5" /> {mentor.capacity - mentor.load} of {mentor.capacity} free
            </span>
          </div>
        </div>
        <div className="min-w-0 flex-1">
          <ScoreTerms terms={mentor.terms} />
        </div>
      </div>
      {canSend ? (
        <div className="mt-3 flex flex-wrap items-center gap-2 border-t border-slate-100 pt-3">
          <SendRequestForm orgSlug={orgSlug} requestId={requestId} mentor={{ id: mentor.id, name: mentor.name }} action={sendMentorRequestAction} />
        </div>
      ) : liveMentorId === mentor.id ? (
        <p className="mt-3 flex items-center gap-1.5 border-t border-slate-100 pt-3 text-sm text-amber-800">
          <Clock aria-hidden className="size-4" /> Your request is with them
        </p>
      ) : null}
    </li>
  );
}

function NobodyYet({ view, orgSlug }: { view: MentorSuggestions; orgSlug: string }) {
  const nobody = view.nobody!;
  const { request } = view;
  const reasons = nobody.reasons;
  const onlyHours = reasons.length > 0 && reasons.every((r) => r.reason === 'NO_OVERLAP');
  const hoursMatter = reasons.some((r) => r.reason === 'NO_OVERLAP');
  return (
    <section aria-labelledby="nobody-title" className="rounded-lg border border-dashed border-slate-300 bg-white p-6" data-testid="nobody">
      <div className="flex items-start gap-3">
        <span className="hidden size-10 shrink-0 items-center justify-center rounded-full bg-brand-50 text-brand-600 sm:flex">
          <SearchX aria-hidden className="size-5" />
        </span>
        <div className="min-w-0">
          <h2 id="nobody-title" className="text-base font-semibold text-slate-900">
            Nobody can mentor {request.skillName} yet
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            {nobody.teachers === 0
              ? `Nobody in the organization has said they teach ${request.skillName}.`
              : `${nobody.teachers === 1 ? 'One person teaches' : `${nobody.teachers} people teach`} ${request.skillName} (or a related skill), but none of them fits right now:`}
          </p>
          {reasons.length > 0 && (
            <ul className="mt-2 list-disc space-y-0.5 pl-5 text-sm text-slate-700">
              {reasons.map((r) => (
                <li key={r.reason}>
                  {r.count} {r.words}
                </li>
              ))}
            </ul>
          )}
          <h3 className="mt-4 text-sm font-semibold text-slate-900">What you can do</h3>
          <ul className="mt-1 flex flex-col gap-1.5 text-sm text-slate-700">
            {hoursMatter && (
              <li>
                {onlyHours ? 'Shared hours are what is missing. ' : ''}
                <Link href={`/o/${orgSlug}/profile#availability`} className="font-medium text-brand-700 underline underline-offset-2">
                  {nobody.usesDefaultHours ? 'Set your weekly hours' : 'Add more weekly hours'}
                </Link>
                {nobody.usesDefaultHours ? ' (you have none set, so 09:00–17:00 on weekdays is assumed)' : ''}, or close this request and ask again with “Fine with async” ticked.
              </li>
            )}
            {nobody.relatedSkills.length > 0 && (
              <li>
                Ask for a related skill:{' '}
                {nobody.relatedSkills.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 && ', '}
                    <Link href={`/o/${orgSlug}/mentors/new?skill=${s.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                      {s.name}
                    </Link>
                  </span>
                ))}
              </li>
            )}
            <li>
              <Link href={`/o/${orgSlug}/people?skill=${encodeURIComponent(request.skillName)}`} className="font-medium text-brand-700 underline underline-offset-2">
                See who knows {request.skillName}
              </Link>{' '}
              in the people finder: someone may know it without having offered to teach it yet.
            </li>
            <li className="flex items-start gap-1.5 text-slate-500">
              <Sparkles aria-hidden className="mt-0.5 size-3.5 shrink-0" /> Post the need to a community — coming with communities.
            </li>
          </ul>
          <p className="mt-4 text-xs text-slate-600">Your request stays open: check back in a few days, as people add skills and free up slots.</p>
        </div>
      </div>
    </section>
  );
}
