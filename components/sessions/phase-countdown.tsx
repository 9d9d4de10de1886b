'use client';

import { useEffect, useRef, useState } from 'react';

/** Moments worth saying out loud (seconds left); the ticking clock itself is not announced. */
const ANNOUNCE_AT = [5 * 60, 2 * 60, 60, 0];

function clock(seconds: number): string {
  const s = Math.abs(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function announcement(threshold: number): string {
  if (threshold === 0) return 'Time is up for this phase.';
  return threshold === 60 ? '1 minute left.' : `${threshold / 60} minutes left.`;
}

/**
 * Time left in the running phase (startedAt + timebox), counting on past zero as time over. Screen readers
 * hear it only when it crosses 5, 2 and 1 minutes left and when time is up, not every second.
 */
export function PhaseCountdown({ startedAt, timeboxMinutes, serverNow }: { startedAt: string; timeboxMinutes: number; serverNow: string }) {
  const endsAt = new Date(startedAt).getTime() + timeboxMinutes * 60_000;
  // The first render uses the server's clock so the server and browser agree; the browser's clock takes over.
  const [now, setNow] = useState(() => new Date(serverNow).getTime());
  const [said, setSaid] = useState('');
  const lastLeft = useRef<number | null>(null);

  useEffect(() => {
    const tick = () => setNow(Date.now());
    tick();
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, []);

  const left = Math.ceil((endsAt - now) / 1000);
  useEffect(() => {
    const before = lastLeft.current;
    lastLeft.current = left;
    if (before === null) return;
    const crossed = ANNOUNCE_AT.find((t) => before > t && left <= t);
    if (crossed !== undefined) setSaid(announcement(crossed));
  }, [left]);

  const over = left < 0;
  const fraction = Math.min(1, Math.max(0, 1 - (endsAt - now) / (timeboxMinutes * 60_000)));
  return (
    <div className="flex flex-col gap-1.5">
      <p className="flex items-baseline gap-2">
        <span role="timer" className={`text-2xl font-semibold tabular-nums ${over ? 'text-red-700' : left <= 120 ? 'text-amber-700' : 'text-slate-900'}`} data-testid="phase-countdown">
          {over ? `+${clock(left)}` : clock(left)}
        </span>
        <span className="text-sm text-slate-600">{over ? 'over the timebox' : `left of ${timeboxMinutes} min`}</span>
      </p>
      <div aria-hidden className="h-1.5 w-full overflow-hidden rounded-full bg-slate-100">
        <div className={`h-full rounded-full ${over ? 'bg-red-500' : left <= 120 ? 'bg-amber-500' : 'bg-brand-600'}`} style={{ width: `${fraction * 100}%` }} />
      </div>
      <p role="status" aria-live="polite" className="sr-only">
        {said}
      </p>
    </div>
  );
}
