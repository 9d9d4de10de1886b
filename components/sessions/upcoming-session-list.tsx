import Link from 'next/link';

/** A pair's booked sessions as one line each: when (linking to the session's page), how long, and the agenda. */
export function UpcomingSessionList({ orgSlug, sessions, when, testId }: { orgSlug: string; sessions: readonly { id: string; startsAt: Date; endsAt: Date; agenda: string | null }[]; when: Intl.DateTimeFormat; testId: string }) {
  return (
    <ul className="flex flex-col gap-1.5 text-sm" data-testid={testId}>
      {sessions.map((s) => (
        <li key={s.id}>
          <Link href={`/o/${orgSlug}/sessions/${s.id}`} className="rounded-sm font-medium text-slate-900 underline decoration-slate-300 underline-offset-2 hover:decoration-slate-900">
            {when.format(s.startsAt)}
          </Link>
          <span className="text-slate-500"> · {Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60_000)} min</span>
          {s.agenda ? <span className="text-slate-600"> · {s.agenda}</span> : null}
        </li>
      ))}
    </ul>
  );
}
