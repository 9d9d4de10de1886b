import { Card } from '@/components/ui/card';
import { formatDayRange, formatWeeklyHours, type AvailabilitySummary } from '@/lib/availability';

/** A colleague's weekly hours on the viewer's clock, their own clock beside it, and time off ahead. */
export function AvailabilityCard({ name, availability, place, viewerTimeZone, timeOff }: { name: string; availability: AvailabilitySummary; place: string; viewerTimeZone: string; timeOff: { startDate: Date; endDate: Date }[] }) {
  const first = name.split(' ')[0];
  return (
    <Card title="Availability" description={availability.lines.length > 0 ? `${formatWeeklyHours(availability.weeklyMinutes)} for peer sessions, in your time (${viewerTimeZone}).` : undefined}>
      {availability.lines.length === 0 ? (
        <p className="text-sm text-slate-600">{first} has not set weekly hours yet.</p>
      ) : (
        <dl className="divide-y divide-slate-100 text-sm" data-testid="availability">
          {availability.lines.map((line) => (
            <div key={`${line.days}-${line.times}`} className="grid grid-cols-[5.5rem_minmax(0,1fr)] gap-x-3 py-2 first:pt-0 last:pb-0">
              <dt className="font-medium text-slate-900">{line.days}</dt>
              <dd>
                <span className="text-slate-900">{line.times}</span>
                {line.theirs && <span className="block text-xs text-slate-500">{line.theirs} in {place}</span>}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {timeOff.length > 0 && (
        <div className="mt-4 border-t border-slate-100 pt-3">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Time off</h3>
          <ul className="mt-1.5 space-y-1 text-sm text-slate-800">
            {timeOff.map((t) => <li key={t.startDate.toISOString()}>Away {formatDayRange(t.startDate, t.endDate)}</li>)}
          </ul>
        </div>
      )}
    </Card>
  );
}
