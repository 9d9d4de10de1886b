import { CalendarDays, Download } from 'lucide-react';

// The calendar invite a dev-outbox mail carried (what a mail app would offer to add): its method, sequence
// and UID at a glance, the raw text on demand, and a download to try it in a calendar app.

function property(ics: string, name: string): string | undefined {
  return ics.replace(/\r\n[ \t]/g, '').match(new RegExp(`^${name}:(.*)$`, 'm'))?.[1]?.trim();
}

export function OutboxInvite({ id, ics }: { id: string; ics: string }) {
  const method = property(ics, 'METHOD') ?? 'REQUEST';
  const facts = [
    ['Method', method],
    ['Sequence', property(ics, 'SEQUENCE') ?? '0'],
    ['UID', property(ics, 'UID') ?? ''],
  ];
  return (
    <section aria-labelledby={`invite-${id}`} className="mt-4 rounded-md border border-slate-200 bg-slate-50 p-3" data-testid="outbox-invite">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`invite-${id}`} className="flex items-center gap-1.5 text-sm font-semibold text-slate-900">
          <CalendarDays aria-hidden className="size-4 text-slate-500" />
          {method === 'CANCEL' ? 'Calendar cancellation' : 'Calendar invite'} (invite.ics)
        </h3>
        <a
          href={`data:text/calendar;charset=utf-8;method=${method},${encodeURIComponent(ics)}`}
          download="invite.ics"
          className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
        >
          <Download aria-hidden className="size-3.5" /> Download<span className="sr-only"> the invite</span>
        </a>
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-500">{term}</dt>
            <dd className="break-all font-mono text-slate-800">{value}</dd>
          </div>
        ))}
      </dl>
      <details className="mt-2 text-xs">
        <summary className="cursor-pointer font-medium text-slate-700">Show the iCalendar text</summary>
        <pre tabIndex={0} aria-label="iCalendar text" className="mt-2 max-h-72 overflow-auto whitespace-pre rounded bg-white p-2 font-mono text-[11px] leading-snug text-slate-800">{ics}</pre>
      </details>
    </section>
  );
}
