import { CalendarClock, CalendarSearch, Users } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { SESSION_KIND_LABELS, SessionKindBadge } from '@/components/sessions/session-kind';
import { SessionsTabs } from '@/components/sessions/sessions-tabs';
import { ViewerStatusBadge } from '@/components/sessions/viewer-status-badge';
import { Badge } from '@/components/ui/badge';
import { Button, ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { inputClass } from '@/components/ui/field';
import { PageHeader } from '@/components/ui/page-header';
import { Pager } from '@/components/ui/pager';
import { requireTenant } from '@/lib/auth/session';
import { zoneCity } from '@/lib/availability';
import { pageHref } from '@/lib/pagination';
import { GROUP_SESSION_KINDS, groupSessionsQuery, listGroupSessions, listSessionCommunities, listSessionSkillFilter, type GroupSessionRow } from '@/lib/sessions';

export const metadata: Metadata = { title: 'Browse sessions' };

function seatsText(s: GroupSessionRow): string {
  const left = s.capacity - s.seatsTaken;
  if (left > 0) return `${left} of ${s.capacity} seats left`;
  return s.waitlistCount > 0 ? `Full · ${s.waitlistCount} waiting` : 'Full';
}

function callToAction(s: GroupSessionRow): { label: string; primary: boolean } {
  if (s.viewerStatus !== 'NONE') return { label: 'View', primary: false };
  return s.seatsTaken < s.capacity ? { label: 'Book a seat', primary: true } : { label: 'Full — join waitlist', primary: false };
}

export default async function BrowseSessionsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const ctx = await requireTenant((await params).org);
  const query = groupSessionsQuery.parse(await searchParams);
  const now = new Date();
  const [result, skills, communities] = await Promise.all([listGroupSessions(ctx, query, now), listSessionSkillFilter(ctx, now), listSessionCommunities(ctx)]);
  const base = `/o/${ctx.orgSlug}/sessions/browse`;
  const zone = result.timeZone;
  const day = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: zone });
  const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: zone });
  const filters = { skill: query.skill, kind: query.kind, community: query.community, from: query.from, to: query.to, fits: query.fits ? '1' : undefined };
  const filtered = Object.values(filters).some((v) => v !== undefined);
  const labelClass = 'text-xs font-medium text-slate-600';

  return (
    <>
      <SessionsTabs orgSlug={ctx.orgSlug} current="browse" />
      <PageHeader
        title="Browse sessions"
        description={`Upcoming workshops, design-thinking sessions and sprint check-ins across the org, in your time zone (${zoneCity(zone)}).`}
        actions={<ButtonLink href={`/o/${ctx.orgSlug}/sessions/new`}>Host a session</ButtonLink>}
      />

      <form method="get" action={base} className="mb-6 grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-xs lg:grid-cols-[minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1fr)_auto_auto]" aria-label="Filter sessions">
        <div className="col-span-2 flex flex-col gap-1 lg:col-span-1">
          <label htmlFor="filter-skill" className={labelClass}>
            Skill
          </label>
          <select id="filter-skill" name="skill" defaultValue={query.skill ?? ''} className={inputClass}>
            <option value="">Any skill</option>
            {skills.map((s) => (
              <option key={s.id} value={s.id}>
                {`${'\u2003'.repeat(s.depth)}${s.name}`}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-kind" className={labelClass}>
            Kind
          </label>
          <select id="filter-kind" name="kind" defaultValue={query.kind ?? ''} className={inputClass}>
            <option value="">Any kind</option>
            {GROUP_SESSION_KINDS.map((k) => (
              <option key={k} value={k}>
                {SESSION_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-community" className={labelClass}>
            Community
          </label>
          <select id="filter-community" name="community" defaultValue={query.community ?? ''} className={inputClass} disabled={communities.length === 0}>
            <option value="">{communities.length === 0 ? 'No communities yet' : 'Any community'}</option>
            {communities.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-from" className={labelClass}>
            From
          </label>
          <input id="filter-from" type="date" name="from" defaultValue={query.from ?? ''} className={inputClass} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-to" className={labelClass}>
            To
          </label>
          <input id="filter-to" type="date" name="to" defaultValue={query.to ?? ''} className={inputClass} />
        </div>
        <div className="col-span-2 flex flex-wrap items-center justify-between gap-3 lg:col-span-5">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
              <input type="checkbox" name="fits" value="1" defaultChecked={query.fits} aria-describedby="filter-fits-hint" className="size-4 accent-brand-600" />
              Fits my availability
            </label>
            <span id="filter-fits-hint" className="text-xs text-slate-600">
              {result.hasWeeklyHours ? 'The whole session inside your weekly hours.' : 'You have not set weekly hours, so 9–5 on weekdays is assumed.'}
            </span>
          </div>
          <div className="flex items-center gap-2">
            {filtered && (
              <Link href={base} className="rounded-sm px-2 text-sm font-medium text-slate-600 underline underline-offset-2 hover:text-slate-900">
                Clear filters
              </Link>
            )}
            <Button type="submit" variant="secondary">
              Apply filters
            </Button>
          </div>
        </div>
      </form>

      {result.sessions.length === 0 ? (
        <EmptyState
          icon={CalendarSearch}
          title={filtered ? 'No upcoming sessions match these filters' : 'No upcoming group sessions yet'}
          action={<ButtonLink href={`/o/${ctx.orgSlug}/sessions/new`}>Host a session</ButtonLink>}
        >
          <p>{filtered ? 'Try fewer filters or a wider date range, or host the session you are looking for.' : 'Be the first: share what you know in a workshop, or solve a problem together in a design-thinking session.'}</p>
        </EmptyState>
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white shadow-xs">
          <ul className="divide-y divide-slate-100" data-testid="group-sessions">
            {result.sessions.map((s) => {
              const cta = callToAction(s);
              const full = s.seatsTaken >= s.capacity;
              return (
                <li key={s.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
                  <div className="min-w-0">
                    <div className="flex flex-wrap items-center gap-2">
                      <h2 className="text-base font-semibold text-slate-900">
                        <Link href={`/o/${ctx.orgSlug}/sessions/${s.id}`} className="hover:underline">
                          {s.title}
                        </Link>
                      </h2>
                      <SessionKindBadge kind={s.kind} />
                      <ViewerStatusBadge status={s.viewerStatus} />
                    </div>
                    <p className="mt-1 flex items-center gap-1.5 text-sm text-slate-700">
                      <CalendarClock aria-hidden className="size-4 shrink-0 text-slate-500" />
                      {day.format(s.startsAt)} · {time.format(s.startsAt)}–{time.format(s.endsAt)}
                    </p>
                    <p className="mt-1 flex items-center gap-1.5 text-sm text-slate-600">
                      <Users aria-hidden className="size-4 shrink-0 text-slate-500" />
                      <span>
                        Hosted by {s.viewerStatus === 'HOST' ? 'you' : s.host.name}
                        {s.community && ` · ${s.community.name}`}
                      </span>
                    </p>
                    {s.skills.length > 0 && (
                      <ul className="mt-2 flex flex-wrap gap-1.5" aria-label={`Skills of ${s.title}`}>
                        {s.skills.map((k) => (
                          <li key={k.id}>
                            <Badge tone="brand">{k.name}</Badge>
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                  <div className="flex shrink-0 items-center justify-between gap-3 sm:flex-col sm:items-end">
                    <p className={`text-sm tabular-nums ${full ? 'font-medium text-amber-800' : 'text-slate-700'}`} data-testid="seats-left">
                      {seatsText(s)}
                    </p>
                    <ButtonLink href={`/o/${ctx.orgSlug}/sessions/${s.id}`} variant={cta.primary ? 'primary' : 'secondary'}>
                      {cta.label}
                      <span className="sr-only">: {s.title}</span>
                    </ButtonLink>
                  </div>
                </li>
              );
            })}
          </ul>
          <Pager
            summary={`${result.total.toLocaleString('en-US')} ${result.total === 1 ? 'session' : 'sessions'} · page ${result.page} of ${result.pageCount}`}
            page={result.page}
            pageCount={result.pageCount}
            href={(page) => pageHref(base, filters, page)}
          />
        </div>
      )}
    </>
  );
}
