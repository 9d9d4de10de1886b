import { Lock, UserCheck, Users } from 'lucide-react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AttendanceMarkForm } from '@/components/sessions/attendance-mark-form';
import { SessionsTabs } from '@/components/sessions/sessions-tabs';
import { BackLink } from '@/components/ui/back-link';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { requireTenant } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { listAttendance } from '@/lib/sessions';
import { markAttendanceAction } from './actions';

export const metadata: Metadata = { title: 'Attendance' };

async function load(org: string, id: string) {
  const ctx = await requireTenant(org);
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  try {
    return { ctx, sheet: await listAttendance(ctx, id) };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') notFound();
    if (error instanceof DomainError && error.code === 'FORBIDDEN') return { ctx, sheet: null };
    throw error;
  }
}

export default async function AttendancePage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const { ctx, sheet } = await load(org, id);
  const hub = `/o/${ctx.orgSlug}/sessions/${id}`;
  const back = (title: string) => (
    <BackLink href={hub}>{title}</BackLink>
  );
  if (!sheet) {
    return (
      <>
        <SessionsTabs orgSlug={ctx.orgSlug} current={null} />
        {back('The session')}
        <EmptyState icon={Lock} headingLevel={1} title="Only the host marks attendance" action={<ButtonLink href={hub} variant="secondary">Back to the session</ButtonLink>}>
          You can see the session and give feedback on it once it has ended.
        </EmptyState>
      </>
    );
  }
  const { session: s } = sheet;
  const day = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: sheet.timeZone });
  const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', timeZone: sheet.timeZone });
  const marked = sheet.attendees.filter((a) => a.attendance).length;

  return (
    <>
      <SessionsTabs orgSlug={ctx.orgSlug} current={null} />
      {back(s.title)}
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Attendance</h1>
        <p className="mt-1 text-sm text-slate-600">
          {s.title} · {day.format(s.startsAt)} · {time.format(s.startsAt)}
        </p>
        <p className="mt-2 max-w-2xl text-sm text-slate-600">Mark who came. Someone marked as a no-show cannot give feedback on the session; someone who already gave feedback was there.</p>
      </div>
      {!sheet.open ? (
        <EmptyState icon={UserCheck} title={s.status === 'CANCELED' ? 'This session was canceled' : 'Not started yet'}>
          {s.status === 'CANCELED' ? 'There is no attendance to mark.' : 'You can mark attendance once the session has started.'}
        </EmptyState>
      ) : sheet.attendees.length === 0 ? (
        <EmptyState icon={Users} title="Nobody booked a seat">
          There is no one to mark.
        </EmptyState>
      ) : (
        <section aria-labelledby="attendees-heading" className="rounded-lg border border-slate-200 bg-white shadow-xs">
          <div className="flex items-center justify-between gap-3 border-b border-slate-100 px-4 py-3">
            <h2 id="attendees-heading" className="text-sm font-semibold text-slate-900">
              {sheet.attendees.length === 1 ? '1 attendee' : `${sheet.attendees.length} attendees`}
            </h2>
            <p className="text-xs text-slate-600 tabular-nums">{marked} marked</p>
          </div>
          <ul className="divide-y divide-slate-100" data-testid="attendance-list">
            {sheet.attendees.map((a) => (
              <li key={a.id} className="flex flex-col gap-2 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2 text-sm font-medium text-slate-900">
                    {a.name}
                    {a.gaveFeedback && <Badge tone="green">Gave feedback</Badge>}
                  </p>
                  {a.title && <p className="text-xs text-slate-600">{a.title}</p>}
                </div>
                <AttendanceMarkForm orgSlug={ctx.orgSlug} sessionId={s.id} employeeId={a.id} name={a.name} attendance={a.attendance} noShowBlocked={a.gaveFeedback} action={markAttendanceAction} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
