import { Users } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { CreateOrganizationForm } from '@/components/orgs/create-organization-form';
import { JoinOrganizationButton } from '@/components/orgs/join-organization-button';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { Card } from '@/components/ui/card';
import { Logo } from '@/components/ui/logo';
import { getMyMemberships, getSessionEmail, getSessionUserId } from '@/lib/auth/session';
import { listJoinableOrganizations } from '@/lib/orgs';
import { createOrganizationAction, joinOrganizationAction } from './actions';

const PUBLIC_MAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com', 'proton.me', 'protonmail.com', 'gmx.de', 'web.de']);

/** The signed-in person's email domain, unless it is a public mailbox provider. */
function companyDomain(email: string | null): string {
  const domain = email?.split('@')[1]?.toLowerCase() ?? '';
  return PUBLIC_MAIL_DOMAINS.has(domain) ? '' : domain;
}

export const metadata: Metadata = { title: 'Get started' };
export const dynamic = 'force-dynamic';

export default async function NewOrganizationPage() {
  const userId = await getSessionUserId();
  if (!userId) redirect('/sign-in?callbackUrl=%2Forgs%2Fnew');
  const memberships = await getMyMemberships();
  const joinable = await listJoinableOrganizations(userId, memberships.map((m) => m.orgSlug));
  const email = await getSessionEmail();
  const emailDomain = email?.split('@')[1]?.toLowerCase();
  return (
    <div className="min-h-dvh bg-slate-50">
      <header className="mx-auto flex max-w-3xl items-center justify-between px-4 py-5">
        <Link href="/">
          <Logo />
        </Link>
        <SignOutButton />
      </header>
      <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 pb-16">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{memberships.length ? 'Add an organization' : 'Welcome to Peerbridge'}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {memberships.length ? (
              <>
                You are a member of {memberships.map((m) => m.orgName).join(', ')}.{' '}
                <Link href={`/o/${memberships[0]!.orgSlug}`} className="font-medium text-brand-700 hover:underline">
                  Back to {memberships[0]!.orgName}
                </Link>
              </>
            ) : (
              'You are not in an organization yet. Join your colleagues, or set one up for your company.'
            )}
          </p>
        </div>
        {joinable.length > 0 && (
          <Card
            title="Join your colleagues"
            description={emailDomain ? `People with a verified @${emailDomain} address can join these organizations without an invitation.` : 'Your email domain lets you join these organizations without an invitation.'}
          >
            <ul className="divide-y divide-slate-100">
              {joinable.map((org) => (
                <li key={org.slug} className="flex items-center justify-between gap-3 py-3">
                  <span className="flex min-w-0 items-center gap-2.5 text-sm font-medium text-slate-900">
                    <Users aria-hidden className="size-4 shrink-0 text-brand-600" />
                    {org.name}
                  </span>
                  <JoinOrganizationButton orgSlug={org.slug} orgName={org.name} action={joinOrganizationAction} />
                </li>
              ))}
            </ul>
          </Card>
        )}
        <Card
          title={joinable.length ? 'Or create a new organization' : 'Create an organization'}
          description="You become its admin and can invite your colleagues next."
        >
          {/* No suggested domain when the company is already here: a second org should not claim it by default. */}
          <CreateOrganizationForm action={createOrganizationAction} suggestedDomain={joinable.length ? '' : companyDomain(email)} />
        </Card>
      </main>
    </div>
  );
}
