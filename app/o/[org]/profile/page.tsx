import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AboutForm } from '@/components/profile/about-form';
import { AvailabilityPanel } from '@/components/profile/availability-panel';
import { LearningGoalsPanel } from '@/components/profile/learning-goals-panel';
import { MentoringCapacityForm } from '@/components/profile/mentoring-capacity-form';
import { MySkillsPanel } from '@/components/profile/my-skills-panel';
import { TimeOffPanel } from '@/components/profile/time-off-panel';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { requireTenant } from '@/lib/auth/session';
import { TIME_ZONES } from '@/lib/orgs';
import { getMyProfile, listSkillChoices } from '@/lib/profiles';
import {
  addAvailabilityWindowAction,
  addTimeOffAction,
  deleteLearningGoalAction,
  proposeSkillAction,
  removeAvailabilityWindowAction,
  removeMySkillAction,
  removeTimeOffAction,
  saveAboutAction,
  saveLearningGoalAction,
  saveMentoringCapacityAction,
  saveMySkillAction,
  setGoalStatusAction,
  updateAvailabilityWindowAction,
} from './actions';

export const metadata: Metadata = { title: 'My profile' };

const SECTIONS = [
  { id: 'about', label: 'About' },
  { id: 'skills', label: 'Skills' },
  { id: 'goals', label: 'Learning goals' },
  { id: 'availability', label: 'Availability' },
  { id: 'mentoring', label: 'Mentoring' },
] as const;

function Section({ id, title, description, children }: { id: (typeof SECTIONS)[number]['id']; title: string; description: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="scroll-mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-xs">
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mt-1 text-sm text-slate-600">{description}</p>
      <div className="mt-4">{children}</div>
    </section>
  );
}

export default async function MyProfilePage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireTenant((await params).org);
  const [profile, choices] = await Promise.all([getMyProfile(ctx), listSkillChoices(ctx)]);
  const orgSlug = ctx.orgSlug;
  return (
    <>
      <PageHeader
        title="My profile"
        description="What you know, what you want to learn and when you are free. Colleagues see this on your profile and in the expert finder; matching uses it to suggest mentors."
        actions={
          <ButtonLink href={`/o/${orgSlug}/people/${ctx.employeeId}`} variant="secondary">
            See it as colleagues do
          </ButtonLink>
        }
      />
      <nav aria-label="Profile sections" className="-mx-1 mb-5 overflow-x-auto">
        <ul className="flex gap-1 px-1 text-sm">
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`} className="block rounded-md px-2.5 py-1.5 font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 hover:text-slate-900">
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex flex-col gap-6">
        <Section id="about" title="About" description="How you introduce yourself, and where in the world you are.">
          <AboutForm orgSlug={orgSlug} current={{ headline: profile.headline, bio: profile.bio, languages: profile.languages, timeZone: profile.timeZone }} timeZones={TIME_ZONES} action={saveAboutAction} />
        </Section>
        <Section id="skills" title="Skills" description="Your level in each skill, what you can teach and what you want to learn.">
          <MySkillsPanel orgSlug={orgSlug} skills={profile.skills} choices={choices} actions={{ save: saveMySkillAction, remove: removeMySkillAction, propose: proposeSkillAction }} />
        </Section>
        <Section id="goals" title="Learning goals" description="Skills you are working towards, with a target level and, if you like, a date.">
          <LearningGoalsPanel orgSlug={orgSlug} goals={profile.goals} choices={choices} mySkills={profile.skills} today={profile.today} actions={{ save: saveLearningGoalAction, setStatus: setGoalStatusAction, remove: deleteLearningGoalAction }} />
        </Section>
        <Section id="availability" title="Availability" description="When you are usually free for peer sessions each week, and when you are away.">
          <AvailabilityPanel orgSlug={orgSlug} timeZone={profile.timeZone} windows={profile.windows} actions={{ add: addAvailabilityWindowAction, update: updateAvailabilityWindowAction, remove: removeAvailabilityWindowAction }} />
          <h3 className="mt-6 mb-3 border-t border-slate-100 pt-5 text-sm font-semibold text-slate-900">Time off</h3>
          <TimeOffPanel orgSlug={orgSlug} timeOff={profile.timeOff} today={profile.today} actions={{ add: addTimeOffAction, remove: removeTimeOffAction }} />
        </Section>
        <Section id="mentoring" title="Mentoring capacity" description="Matching suggests you as a mentor only while you have fewer mentees than this, and proposes sessions up to your weekly number.">
          <MentoringCapacityForm orgSlug={orgSlug} current={{ mentoringCapacity: profile.mentoringCapacity, sessionsPerWeek: profile.sessionsPerWeek }} action={saveMentoringCapacityAction} />
        </Section>
      </div>
    </>
  );
}
