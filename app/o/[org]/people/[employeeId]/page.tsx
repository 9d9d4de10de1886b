import { Clock, Languages, MapPin, Pencil, UserPlus } from 'lucide-react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AvailabilityCard } from '@/components/people/availability-card';
import { SkillsByLevel } from '@/components/people/skills-by-level';
import { BackLink } from '@/components/ui/back-link';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { requireTenant } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { getPersonProfile, type PersonProfile } from '@/lib/people';
import { levelName } from '@/lib/skills';

export const metadata: Metadata = { title: 'Profile' };

const dueFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

async function loadProfile(org: string, employeeId: string) {
  const ctx = await requireTenant(org);
  try {
    return { ctx, person: await getPersonProfile(ctx, employeeId) };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export default async function PersonPage({ params }: { params: Promise<{ org: string; employeeId: string }> }) {
  const { org, employeeId } = await params;
  const { ctx, person } = await loadProfile(org, employeeId);
  const base = `/o/${ctx.orgSlug}`;
  const localTime = new Intl.DateTimeFormat('en-GB', { timeZone: person.timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date());
  const initials = person.name.split(/\s+/).map((w) => w[0]).slice(0, 2).join('');

  return (
    <>
      <BackLink href={`${base}/people`}>People</BackLink>

      <div className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex min-w-0 gap-4">
          <span aria-hidden className="flex size-14 shrink-0 items-center justify-center rounded-full bg-brand-50 text-lg font-semibold text-brand-700">{initials}</span>
          <div className="min-w-0">
            <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{person.name}</h1>
            <p className="text-sm text-slate-700">{[person.title, person.department].filter(Boolean).join(' · ') || '—'}</p>
            <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
              {person.location && (
                <span className="inline-flex items-center gap-1">
                  <MapPin aria-hidden className="size-4 text-slate-400" /> {person.location} · {person.region}
                </span>
              )}
              <span className="inline-flex items-center gap-1">
                <Clock aria-hidden className="size-4 text-slate-400" /> {localTime} local time
              </span>
            </p>
          </div>
        </div>
        <div className="flex shrink-0 gap-2">
          {person.isMe ? (
            <ButtonLink href={`${base}/profile`} variant="secondary">
              <Pencil aria-hidden className="size-4" /> Edit my profile
            </ButtonLink>
          ) : (
            <ButtonLink href={`${base}/mentors/new?mentor=${person.id}`}>
              <UserPlus aria-hidden className="size-4" /> Request mentoring
            </ButtonLink>
          )}
        </div>
      </div>

      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-5">
          {(person.headline || person.bio || person.languages.length > 0) && (
            <Card>
              {person.headline && <p className="text-base font-medium text-slate-900">{person.headline}</p>}
              {person.bio && <p className="mt-2 whitespace-pre-line text-sm text-slate-700">{person.bio}</p>}
              {person.languages.length > 0 && (
                <p className="mt-3 flex items-center gap-2 text-sm text-slate-600">
                  <Languages aria-hidden className="size-4 text-slate-400" />
                  <span className="sr-only">Languages:</span> {person.languages.join(', ')}
                </p>
              )}
            </Card>
          )}
          <Card title="Skills">
            {person.skills.length === 0 ? <p className="text-sm text-slate-600">{person.isMe ? 'You have not added skills yet.' : 'No skills added yet.'}</p> : <SkillsByLevel skills={person.skills} />}
          </Card>
          <Card title="Wants to learn">
            <LearningList person={person} />
          </Card>
        </div>
        <div className="space-y-5">
          <AvailabilityCard name={person.name} availability={person.availability} place={person.place} viewerTimeZone={person.viewerTimeZone} timeOff={person.timeOff} />
          <Card title="Mentoring">
            {person.mentoringCapacity > 0 ? (
              <p className="text-sm text-slate-700">
                Takes up to <span className="font-medium text-slate-900">{person.mentoringCapacity}</span> {person.mentoringCapacity === 1 ? 'mentee' : 'mentees'} at a time and up to {person.sessionsPerWeek} peer {person.sessionsPerWeek === 1 ? 'session' : 'sessions'} a week.
              </p>
            ) : (
              <p className="text-sm text-slate-700">Not taking mentees at the moment.</p>
            )}
            {!person.isMe && person.skills.some((s) => s.canTeach) && (
              <p className="mt-2 text-sm text-slate-600">Teaches {person.skills.filter((s) => s.canTeach).map((s) => s.name).join(', ')}.</p>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}

function LearningList({ person }: { person: PersonProfile }) {
  if (person.learning.length === 0 && person.goals.length === 0) return <p className="text-sm text-slate-600">Nothing listed yet.</p>;
  return (
    <div className="space-y-3 text-sm">
      {person.learning.length > 0 && (
        <ul className="flex flex-wrap gap-2">
          {person.learning.map((s) => (
            <li key={s.id} className="inline-flex items-center gap-1.5 rounded-md border border-slate-200 bg-white px-2.5 py-1 text-slate-800">
              {s.name}
              <span className="text-xs text-slate-500">
                {levelName(s.level)}
                {s.targetLevel && ` → ${levelName(s.targetLevel)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {person.goals.length > 0 && (
        <div>
          <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-500">Learning goals</h3>
          <ul className="mt-1.5 space-y-1 text-slate-800">
            {person.goals.map((g) => (
              <li key={g.id} className="flex flex-wrap items-center gap-2">
                <span>
                  {g.skill} to {levelName(g.targetLevel)}
                </span>
                {g.dueDate && <Badge>by {dueFormat.format(g.dueDate)}</Badge>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
