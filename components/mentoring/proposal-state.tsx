import { CheckCircle2, Clock, XCircle } from 'lucide-react';
import type { MatchStatus } from '@/lib/db/generated/enums';

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "in 2 days", "in 5 hours", "3 days ago": the coarsest unit that is at least one. */
export function fromNow(at: Date, now: Date): string {
  const minutes = Math.round((at.getTime() - now.getTime()) / 60_000);
  const abs = Math.abs(minutes);
  if (abs >= 1440) return relative.format(Math.round(minutes / 1440), 'day');
  if (abs >= 60) return relative.format(Math.round(minutes / 60), 'hour');
  return relative.format(minutes, 'minute');
}

const ENDED: Partial<Record<MatchStatus, string>> = { DECLINED: 'Declined by', EXPIRED: 'No answer in time from', WITHDRAWN: 'You took it back from' };

/**
 * Where a request stands, in one line: waiting for a mentor's answer (with the deadline), or what happened
 * to the last proposal and what to do next.
 */
export function ProposalState({
  status,
  mentorName,
  expiresAt,
  at,
  now,
}: {
  status: MatchStatus;
  mentorName: string;
  expiresAt?: Date | null;
  at?: Date;
  now: Date;
}) {
  if (status === 'PROPOSED')
    return (
      <span className="inline-flex items-center gap-1.5 text-amber-800">
        <Clock aria-hidden className="size-4 shrink-0" />
        <span>
          Waiting for <span className="font-medium">{mentorName}</span>
          {expiresAt ? ` — expires ${fromNow(expiresAt, now)}` : ''}
        </span>
      </span>
    );
  if (status === 'ACCEPTED')
    return (
      <span className="inline-flex items-center gap-1.5 text-emerald-800">
        <CheckCircle2 aria-hidden className="size-4 shrink-0" />
        <span>
          <span className="font-medium">{mentorName}</span> is your mentor
        </span>
      </span>
    );
  return (
    <span className="inline-flex items-center gap-1.5 text-slate-700">
      <XCircle aria-hidden className="size-4 shrink-0 text-slate-500" />
      <span>
        {ENDED[status] ?? 'Ended with'} <span className="font-medium">{mentorName}</span>
        {at ? ` ${fromNow(at, now)}` : ''} — choose the next suggestion
      </span>
    </span>
  );
}
