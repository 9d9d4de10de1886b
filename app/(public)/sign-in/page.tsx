import { Inbox } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { EmailSignInForm } from '@/components/auth/email-sign-in-form';
import { NoOrganization } from '@/components/auth/no-organization';
import { PersonaPicker, type PersonaOption } from '@/components/auth/persona-picker';
import { SsoButton } from '@/components/auth/sso-button';
import { ROLE_LABELS } from '@/lib/auth';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { listDemoPersonas } from '@/lib/auth/demo-personas';
import { getMyMemberships, getSessionUserId } from '@/lib/auth/session';
import { signInErrorCode, signInErrorMessage } from '@/lib/auth/sign-in-errors';
import { signInMethods } from '@/lib/auth/sign-in-methods';
import { getSignedInUser } from '@/lib/auth/signed-in-user';
import { PublicPage } from '@/components/shell/public-page';

export const metadata: Metadata = { title: 'Sign in' };
export const dynamic = 'force-dynamic';

const ROLE_BLURBS = {
  EMPLOYEE: 'Keeps a skill profile, finds mentors, books sessions.',
  STEWARD: 'Curates communities and skills, runs matching cycles.',
  HR_ADMIN: 'Sees privacy-safe engagement dashboards.',
  ADMIN: 'Manages the org, its members and settings.',
} as const;

type SearchParams = { callbackUrl?: string; error?: string; retryAfter?: string };

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { callbackUrl, error, retryAfter } = await searchParams;
  const callback = safeCallbackPath(callbackUrl);

  if (await getSessionUserId()) {
    const [first] = await getMyMemberships();
    if (first) redirect(callback ?? `/o/${first.orgSlug}`);
    // Signed in without an org: an invitation link (say) still works; org pages would only be "not found".
    if (callback && !callback.startsWith('/o/') && !callback.startsWith('/sign-in')) redirect(callback);
    const user = await getSignedInUser();
    return (
      <PublicPage title="No organization yet">
        <NoOrganization email={user?.email ?? null} />
      </PublicPage>
    );
  }

  const methods = signInMethods();
  const errorCode = signInErrorCode(error);
  const errorMessage = errorCode && signInErrorMessage(errorCode, { ssoName: methods.sso?.name, retryAfterMinutes: Number(retryAfter) || undefined });
  // After an email link or SSO: back to where the visitor was going, else here, which sends members to their org.
  const afterSignIn = callback ?? '/sign-in';
  const personas: PersonaOption[] = (await listDemoPersonas()).map((p) => ({ ...p, roleLabel: ROLE_LABELS[p.role], blurb: ROLE_BLURBS[p.role] }));

  return (
    <PublicPage title="Sign in to Peerbridge">
      {errorMessage && (
        <p role="alert" className="mt-4 max-w-xl rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {errorMessage}
        </p>
      )}
      {methods.email || methods.sso ? (
        <div className="mt-6 flex max-w-md flex-col gap-4 rounded-lg border border-slate-200 bg-white p-5 shadow-xs">
          {methods.sso && <SsoButton providerId={methods.sso.providerId} name={methods.sso.name} callbackUrl={afterSignIn} />}
          {methods.sso && methods.email && (
            <div className="flex items-center gap-3 text-xs uppercase tracking-wide text-slate-500" aria-hidden>
              <span className="h-px flex-1 bg-slate-200" />
              or
              <span className="h-px flex-1 bg-slate-200" />
            </div>
          )}
          {methods.email && <EmailSignInForm callbackUrl={afterSignIn} demo={methods.demo} />}
        </div>
      ) : (
        <p className="mt-6 max-w-xl rounded-lg border border-slate-200 bg-white p-5 text-sm text-slate-700">
          Sign-in with an email link or your company’s single sign-on is set up by your administrator. If you were expecting to sign in here, ask them for an invitation.
        </p>
      )}
      {methods.demo && (
        <div className="mt-10 border-t border-slate-200 pt-8">
          <p className="text-sm text-slate-600">This is a demo. Pick a persona to explore Peerbridge as that person — no password needed.</p>
          {personas.length ? (
            <PersonaPicker personas={personas} callbackUrl={callback} />
          ) : (
            <p className="mt-6 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              The demo organizations have not been seeded yet. Run <code className="font-mono">npm run cli -- seed:demo</code> and reload.
            </p>
          )}
          <p className="mt-8 text-sm text-slate-600">
            <Inbox aria-hidden className="mr-1.5 inline size-4 align-[-3px] text-slate-500" />
            Sign-in links and invitations in this demo are not emailed: they wait in the{' '}
            <Link href="/dev/outbox" className="font-medium text-brand-700 underline underline-offset-2">
              dev outbox
            </Link>
            .
          </p>
        </div>
      )}
    </PublicPage>
  );
}
