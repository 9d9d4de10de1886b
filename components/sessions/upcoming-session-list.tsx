/** A pair's booked sessions as one line each: when, how long, and the agenda. */
export function UpcomingSessionList({ sessions, when, testId }: { sessions: readonly { id: string; startsAt: Date; endsAt: Date; agenda: string | null }[]; when: Intl.DateTimeFormat; testId: string }) {
  return (
    <ul className="flex flex-col gap-1.5 text-sm" data-testid={testId}>
      {sessions.map((s) => (
        <li key={s.id}>
          <span className="font-medium text-slate-900">{when.format(s.startsAt)}</span>
          <span className="text-slate-500"> · {Math.round((s.endsAt.getTime() - s.startsAt.getTime()) / 60_000)} min</span>
          {s.agenda ? <span className="text-slate-600"> · {s.agenda}</span> : null}
        </li>
      ))}
    </ul>
  );
}
