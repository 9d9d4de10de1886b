import { CheckCircle2, Clock, EyeOff, Lock, MessageSquareText, Star } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FeedbackForm } from '@/components/sessions/feedback-form';
import { PROGRESS_LABELS, RATING_LABELS } from '@/components/sessions/feedback-scales';
import { SessionsTabs } from '@/components/sessions/sessions-tabs';
import { BackLink } from '@/components/ui/back-link';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { requireTenant } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { listSkillChoices } from '@/lib/profiles';
import { GROUP_RATINGS_MIN, getSessionFeedback, type SessionFeedbackView } from '@/lib/sessions';
import { submitFeedbackAction } from './actions';

export const metadata: Metadata = { title: 'Session feedback' };

async function load(org: string, id: string) {
  const ctx = await requireTenant(org);
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  try {
    const [view, choices] = await Promise.all([getSessionFeedback(ctx, id), listSkillChoices(ctx)]);
    return { ctx, view, choices };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

function Stars({ rating, text }: { rating: number; text: string }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span className="inline-flex" aria-hidden>
        {[1, 2, 3, 4, 5].map((n) => (
          <Star key={n} className={`size-4 ${n <= rating ? 'fill-amber-400 text-amber-500' : 'text-slate-300'}`} />
        ))}
      </span>
      <span className="text-sm font-medium text-slate-900">
        {text}
      </span>
    </span>
  );
}

function OtherSide({ view, name, closes }: { view: SessionFeedbackView; name: string; closes: string }) {
  const other = view.otherSide!;
  const first = name.split(' ')[0];
  if (other.state === 'REVEALED') {
    return (
      <div className="flex flex-col gap-2" data-testid="other-feedback">
        <Stars rating={other.rating} text={`${other.rating} of 5 · ${RATING_LABELS[other.rating - 1]}`} />
        {other.comment ? <blockquote className="border-l-2 border-slate-200 pl-3 text-sm whitespace-pre-line text-slate-800">{other.comment}</blockquote> : <p className="text-sm text-slate-500">No comment.</p>}
      </div>
    );
  }
  const [Icon, text] =
    other.state === 'HIDDEN_UNTIL_YOU_SUBMIT'
      ? [EyeOff, `${first} has given feedback. You will see it once you submit yours, or on ${closes}.`]
      : other.state === 'WAITING'
        ? [Clock, `Waiting for ${first}. Both of you see each other’s rating and comment once ${first} submits too, or on ${closes} if they do not.`]
        : [MessageSquareText, other.noShow ? `${first} was marked as not attending, so there is no feedback from them.` : `${first} did not give feedback before the window closed.`];
  return (
    <p className="flex items-start gap-2 text-sm text-slate-700" data-testid="other-feedback">
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0 text-slate-500" /> {text}
    </p>
  );
}

function GroupSummary({ group, closes }: { group: NonNullable<SessionFeedbackView['group']>; closes: string }) {
  const { ratings } = group;
  return (
    <div className="flex flex-col gap-4" data-testid="group-feedback">
      <p className="text-sm text-slate-700">
        <span className="font-semibold tabular-nums text-slate-900">{ratings.count}</span> of {group.attendees} {group.attendees === 1 ? 'attendee has' : 'attendees have'} rated the session.
      </p>
      {ratings.visible ? (
        <>
          <Stars rating={Math.round(ratings.average)} text={`${ratings.average.toFixed(1)} average`} />
          <table className="w-full text-sm">
            <caption className="sr-only">How many attendees gave each rating</caption>
            <tbody>
              {[5, 4, 3, 2, 1].map((n) => {
                const count = ratings.distribution[n - 1]!;
                return (
                  <tr key={n}>
                    <th scope="row" className="w-28 py-0.5 pr-2 text-left font-normal whitespace-nowrap text-slate-600">
                      {n} · {RATING_LABELS[n - 1]}
                    </th>
                    <td className="py-0.5">
                      <div aria-hidden className="h-2 overflow-hidden rounded-full bg-slate-100">
                        <div className="h-full rounded-full bg-amber-400" style={{ width: `${(count / ratings.count) * 100}%` }} />
                      </div>
                    </td>
                    <td className="w-8 py-0.5 text-right tabular-nums text-slate-700">{count}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : (
        <p className="flex items-start gap-2 text-sm text-slate-600">
          <EyeOff aria-hidden className="mt-0.5 size-4 shrink-0 text-slate-500" />
          {ratings.reason === 'WINDOW_OPEN'
            ? `The average and spread appear on ${closes}, when the feedback window closes, if at least ${GROUP_RATINGS_MIN} attendees rated.`
            : `Fewer than ${GROUP_RATINGS_MIN} attendees rated, so no average is shown: with so few, it would give away each person’s rating.`}
        </p>
      )}
      {group.comments && (
        <div>
          <h3 className="text-sm font-semibold text-slate-900">Comments</h3>
          {group.comments.length ? (
            <ul className="mt-2 flex flex-col gap-2">
              {group.comments.map((c, i) => (
                <li key={i} className="rounded-md bg-slate-50 px-3 py-2 text-sm whitespace-pre-line text-slate-800">
                  {c}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-500">No attendee left a comment.</p>
          )}
          <p className="mt-2 text-xs text-slate-500">Shown without names, in alphabetical order.</p>
        </div>
      )}
    </div>
  );
}

export default async function SessionFeedbackPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const { ctx, view, choices } = await load(org, id);
  const { session: s, mine } = view;
  const zone = view.timeZone;
  const day = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: zone });
  const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: zone });
  const short = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: zone });
  const closes = short.format(view.window.closesAt);
  const isGroup = s.kind !== 'MENTORING';
  const isHost = view.myRole === 'HOST';
  const subjectName = view.subject?.name ?? null;
  const subjectFirst = subjectName?.split(' ')[0] ?? null;
  const hub = `/o/${ctx.orgSlug}/sessions/${s.id}`;
  const commentHint = isGroup
    ? `Shared with ${subjectFirst} without your name, once the feedback window closes on ${closes}.`
    : `Shared with ${subjectFirst} after both of you submit, or on ${closes}.`;

  return (
    <>
      <SessionsTabs orgSlug={ctx.orgSlug} current={null} />
      <BackLink href={hub}>{s.title}</BackLink>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Feedback</h1>
        <p className="mt-1 text-sm text-slate-600">
          {s.title} · {day.format(s.startsAt)} · {time.format(s.startsAt)} · {isGroup ? (isHost ? 'you hosted' : `hosted by ${s.host.name}`) : `with ${subjectName ?? 'your partner'}`}
        </p>
        <p className="mt-2 max-w-2xl text-sm text-slate-600">
          {isGroup
            ? isHost
              ? 'Attendees rate the session for you; you see their ratings only as an average of at least three, and their comments without names, once the window closes.'
              : 'Your rating reaches the host only inside an average of at least three attendees, and your comment without your name, once the window closes.'
            : 'Feedback is blind: neither of you sees the other’s rating or comment until both have submitted, or the 7-day window closes. That keeps ratings honest.'}
        </p>
      </div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex min-w-0 flex-col gap-6">
          {view.group && (
            <Card title="Attendees’ ratings">
              <GroupSummary group={view.group} closes={closes} />
            </Card>
          )}
          {mine && (
            <p role="status" className="flex items-start gap-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="my-feedback-state">
              <CheckCircle2 aria-hidden className="mt-0.5 size-4 shrink-0" />
              <span>
                You submitted feedback on {short.format(mine.submittedAt)}.{' '}
                {mine.revealed
                  ? `${subjectFirst} can see your rating and comment now.`
                  : view.refusal
                    ? ''
                    : isGroup
                      ? `You can change it until ${closes}.`
                      : `Waiting for ${subjectFirst}: you can change yours until they submit theirs.`}
              </span>
            </p>
          )}
          {view.refusal === null ? (
            <Card>
              <FeedbackForm
                orgSlug={ctx.orgSlug}
                sessionId={s.id}
                sessionSkills={view.sessionSkills}
                choices={choices}
                commentFor={isGroup && isHost ? null : subjectFirst}
                commentHint={commentHint}
                initial={{ rating: mine?.rating ?? null, progress: mine?.progress ?? null, skills: mine?.skillsPracticed ?? [], comment: mine?.comment ?? '', privateNote: mine?.privateNote ?? '' }}
                action={submitFeedbackAction}
              />
            </Card>
          ) : (
            <>
              {!mine && (
                <p className="rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700" data-testid="feedback-closed">
                  {view.refusal}
                </p>
              )}
              {mine && (
                <Card title="Your feedback">
                  <dl className="flex flex-col gap-3 text-sm">
                    <div>
                      <dt className="text-slate-500">Rating</dt>
                      <dd className="mt-0.5">
                        <Stars rating={mine.rating} text={`${mine.rating} of 5 · ${RATING_LABELS[mine.rating - 1]}`} />
                      </dd>
                    </div>
                    {mine.skillsPracticed.length > 0 && (
                      <div>
                        <dt className="text-slate-500">Skills practiced</dt>
                        <dd className="mt-1 flex flex-wrap gap-1.5">
                          {mine.skillsPracticed.map((skill) => (
                            <Badge key={skill.id} tone="brand">
                              {skill.name}
                            </Badge>
                          ))}
                        </dd>
                      </div>
                    )}
                    {mine.progress && (
                      <div>
                        <dt className="text-slate-500">Your progress</dt>
                        <dd className="mt-0.5 text-slate-900">
                          {mine.progress} of 5 · {PROGRESS_LABELS[mine.progress - 1]}
                        </dd>
                      </div>
                    )}
                    {mine.comment && (
                      <div>
                        <dt className="text-slate-500">Your comment{subjectFirst ? ` for ${subjectFirst}` : ''}</dt>
                        <dd className="mt-0.5 whitespace-pre-line text-slate-900">{mine.comment}</dd>
                      </div>
                    )}
                    {mine.privateNote && (
                      <div>
                        <dt className="inline-flex items-center gap-1 text-slate-500">
                          <Lock aria-hidden className="size-3.5" /> Private note (only you can see this)
                        </dt>
                        <dd className="mt-0.5 whitespace-pre-line text-slate-900">{mine.privateNote}</dd>
                      </div>
                    )}
                  </dl>
                </Card>
              )}
            </>
          )}
        </div>

        <div className="flex flex-col gap-6">
          {view.otherSide && subjectName && (
            <Card title={`${subjectFirst}’s feedback for you`}>
              <OtherSide view={view} name={subjectName} closes={closes} />
            </Card>
          )}
          <Card>
            <h2 className="text-sm font-semibold text-slate-900">Feedback window</h2>
            <p className="mt-1 text-sm text-slate-700">
              {view.window.state === 'CLOSED' ? `Closed on ${closes}.` : view.window.state === 'OPEN' ? `Open until ${closes}.` : `Opens when the session ends, and stays open until ${closes}.`}
            </p>
            {isHost && view.window.state !== 'NOT_YET' && s.status !== 'CANCELED' && (
              <Link href={`${hub}/attendance`} className="mt-3 inline-block text-sm font-medium text-brand-700 underline underline-offset-2">
                Mark attendance
              </Link>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
