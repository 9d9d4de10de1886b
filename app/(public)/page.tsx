import { ArrowRight, BookOpen, Network, ShieldCheck, Sparkles } from 'lucide-react';
import { redirect } from 'next/navigation';
import { ButtonLink } from '@/components/ui/button';
import { Logo } from '@/components/ui/logo';
import { getMyMemberships, getSessionUserId } from '@/lib/auth/session';

export const dynamic = 'force-dynamic';

const FEATURES = [
  { icon: Sparkles, title: 'Map expertise', text: 'Skills, what people can teach and want to learn, and when they are free — in their own time zone.' },
  { icon: Network, title: 'Match peers', text: 'Explainable mentor suggestions that spread load and build bridges across teams and regions.' },
  { icon: BookOpen, title: 'Run peer sessions', text: 'Mentoring, workshops, design-thinking and skill sprints, booked without double-booking.' },
  { icon: ShieldCheck, title: 'Measure with care', text: 'Engagement and equity dashboards for HR that show groups, never individuals.' },
];

export default async function LandingPage() {
  if (await getSessionUserId()) {
    const [first] = await getMyMemberships();
    redirect(first ? `/o/${first.orgSlug}` : '/orgs/new');
  }
  return (
    <div className="min-h-dvh bg-white">
      <header className="mx-auto flex max-w-5xl items-center justify-between px-4 py-5 sm:px-6">
        <Logo />
        <ButtonLink href="/sign-in" variant="secondary">
          Sign in
        </ButtonLink>
      </header>
      <main className="mx-auto max-w-5xl px-4 pb-16 pt-10 sm:px-6 sm:pt-16">
        <h1 className="max-w-3xl text-4xl font-semibold tracking-tight text-slate-900 sm:text-5xl">The peer-learning network for your whole company.</h1>
        <p className="mt-5 max-w-2xl text-lg text-slate-600">
          Peerbridge turns the informal way colleagues teach each other into a managed, measurable network — so skill gaps close where classroom training does not reach.
        </p>
        <div className="mt-8">
          <ButtonLink href="/sign-in">
            Get started <ArrowRight aria-hidden className="size-4" />
          </ButtonLink>
        </div>
        <ul className="mt-16 grid gap-6 sm:grid-cols-2">
          {FEATURES.map(({ icon: Icon, title, text }) => (
            <li key={title} className="rounded-lg border border-slate-200 p-5">
              <Icon aria-hidden className="size-5 text-brand-600" />
              <h2 className="mt-3 font-semibold text-slate-900">{title}</h2>
              <p className="mt-1 text-sm text-slate-600">{text}</p>
            </li>
          ))}
        </ul>
      </main>
    </div>
  );
}
