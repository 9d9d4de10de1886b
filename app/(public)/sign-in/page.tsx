import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PersonaPicker, type PersonaOption } from '@/components/auth/persona-picker';
import { Logo } from '@/components/ui/logo';
import { ROLE_LABELS, isDemoMode } from '@/lib/auth';
import { getMyMemberships, getSessionUserId } from '@/lib/auth/session';
import { listDemoPersonas } from '@/lib/auth/demo-personas';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

const ROLE_BLURBS = {
  EMPLOYEE: 'Keeps a skill profile, finds mentors, books sessions.',
  STEWARD: 'Curates communities and skills, runs matching cycles.',
  HR_ADMIN: 'Sees privacy-safe engagement dashboards.',
  ADMIN: 'Manages the org, its members and settings.',
} as const;

function safeCallback(value: string | undefined): string | undefined {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : undefined;
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  if (await getSessionUserId()) {
    const [first] = await getMyMemberships();
    if (first) redirect(safeCallback(callbackUrl) ?? `/o/${first.orgSlug}`);
  }
  const demo = isDemoMode();
  const personas: PersonaOption[] = (await listDemoPersonas()).map((p) => ({ ...p, roleLabel: ROLE_LABELS[p.role], blurb: ROLE_BLURBS[p.role] }));
  return (
    <div className="min-h-dvh bg-slate-50 px-4 py-10 sm:py-16">
      <main className="mx-auto max-w-3xl">
        <Link href="/" className="inline-block">
          <Logo />
        </Link>
        <h1 className="mt-8 text-2xl font-semibold tracking-tight text-slate-900">Sign in to Peerbridge</h1>
        {error && (
          <p role="alert" className="mt-4 rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            We could not sign you in. Please try again.
          </p>
        )}
        {demo ? (
          <>
            <p className="mt-2 text-sm text-slate-600">This is a demo. Pick a persona to explore Peerbridge as that person — no password needed.</p>
            {personas.length ? (
              <PersonaPicker personas={personas} callbackUrl={safeCallback(callbackUrl)} />
            ) : (
              <p className="mt-6 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                The demo organizations have not been seeded yet. Run <code className="font-mono">npm run cli -- seed:demo</code> and reload.
              </p>
            )}
          </>
        ) : (
          <p className="mt-4 rounded-lg border border-slate-200 bg-white p-5 text-sm text-slate-700">
            Sign-in with an email link or your company’s single sign-on is set up by your administrator. If you were expecting to sign in here, ask them for an invitation.
          </p>
        )}
      </main>
    </div>
  );
}
