import { UserRound } from 'lucide-react';
import type { Metadata } from 'next';
import { MentorRequestForm, type AskedAboutMentor } from '@/components/mentoring/mentor-request-form';
import { MentoringTabs } from '@/components/mentoring/mentoring-tabs';
import { BackLink } from '@/components/ui/back-link';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { requireTenant } from '@/lib/auth/session';
import type { TenantContext } from '@/lib/auth/tenant-context';
import { DomainError } from '@/lib/errors';
import { countProposalsWaitingForMe, getMyLearning } from '@/lib/mentoring';
import { getPersonProfile } from '@/lib/people';
import { getMyProfile, listSkillChoices } from '@/lib/profiles';
import { createMentorRequestAction } from '../actions';

export const metadata: Metadata = { title: 'Ask for a mentor' };

const param = (value: string | string[] | undefined) => (typeof value === 'string' && value ? value : null);

/** The colleague a learner came from ("Request mentoring" on a profile), or null for an unknown id or oneself. */
async function askedAboutMentor(ctx: TenantContext, mentorId: string | null): Promise<AskedAboutMentor | null> {
  if (!mentorId || mentorId === ctx.employeeId) return null;
  try {
    const person = await getPersonProfile(ctx, mentorId);
    return { id: person.id, name: person.name, teaches: person.skills.filter((s) => s.canTeach).map((s) => ({ id: s.id, name: s.name, level: s.level })) };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

export default async function NewMentorRequestPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireTenant((await params).org);
  const query = await searchParams;
  const mentorId = param(query.mentor);
  const [profile, choices, askedAbout, waiting, learning] = await Promise.all([getMyProfile(ctx), listSkillChoices(ctx), askedAboutMentor(ctx, mentorId), countProposalsWaitingForMe(ctx), getMyLearning(ctx)]);

  const goals = profile.goals.filter((g) => g.status === 'ACTIVE').map((g) => ({ id: g.id, skillId: g.skillId, skillName: g.skillName, targetLevel: g.targetLevel }));
  const fromGoal = goals.find((g) => g.id === param(query.goal)) ?? null;
  const skillId = fromGoal?.skillId ?? param(query.skill);
  const chosen = choices.find((c) => c.id === skillId) ?? null;
  const myLevels = Object.fromEntries(profile.skills.filter((s) => s.level !== null).map((s) => [s.skillId, s.level!]));
  const base = `/o/${ctx.orgSlug}/mentors`;
  // Back to where the learner came from: the colleague's profile, or the mentoring overview.
  const back = askedAbout ? { href: `/o/${ctx.orgSlug}/people/${mentorId}`, label: askedAbout.name } : { href: base, label: 'Find a mentor' };

  return (
    <>
      <MentoringTabs orgSlug={ctx.orgSlug} current="learn" waiting={waiting} />
      <BackLink href={back.href}>{back.label}</BackLink>
      <PageHeader title="Ask for a mentor" description="Say what you want to learn. You get up to ten colleagues who could mentor you, each with the reasons they fit, and choose whom to ask." />
      {askedAbout && (
        <p className="mb-4 flex items-start gap-2 rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-slate-800" data-testid="asked-about">
          <UserRound aria-hidden className="mt-0.5 size-4 shrink-0 text-brand-600" />
          <span>
            You asked about <span className="font-medium">{askedAbout.name}</span>.{' '}
            {askedAbout.teaches.length > 0
              ? `Pick one of the skills they teach; if they can take you on, they are shown first among your suggestions.`
              : 'They have not listed any skill they teach yet, so pick a skill and see who else could help.'}
          </span>
        </p>
      )}
      <div className="max-w-3xl">
        <Card>
          <MentorRequestForm
            orgSlug={ctx.orgSlug}
            choices={choices}
            myLevels={myLevels}
            goals={goals}
            goalsWithoutMentor={learning.goalsWithoutMentor}
            initialSkill={chosen && { id: chosen.id, name: chosen.name }}
            initialGoalId={fromGoal?.id ?? null}
            askedAbout={askedAbout}
            openRequests={learning.openRequests.map((r) => ({ id: r.id, skillId: r.skillId }))}
            action={createMentorRequestAction}
          />
        </Card>
      </div>
    </>
  );
}
