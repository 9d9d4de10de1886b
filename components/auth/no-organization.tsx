import { Building2, CirclePlus } from 'lucide-react';
import { SignOutButton } from '@/components/shell/sign-out-button';
import { ButtonLink } from '@/components/ui/button';

/** After signing in by email or SSO as someone who belongs to no organization yet. */
export function NoOrganization({ email }: { email: string | null }) {
  return (
    <div className="mt-6 max-w-xl rounded-lg border border-slate-200 bg-white p-5 shadow-xs">
      <p className="text-sm text-slate-700">
        You are signed in{email ? (
          <>
            {' '}as <strong className="text-slate-900 wrap-break-word">{email}</strong>
          </>
        ) : null}
        , but that account is not a member of any organization on Peerbridge yet.
      </p>
      <ul className="mt-4 flex flex-col gap-4 text-sm text-slate-700">
        <li className="flex gap-3">
          <Building2 aria-hidden className="mt-0.5 size-5 shrink-0 text-brand-600" />
          <span>
            <strong className="block text-slate-900">Your company already uses Peerbridge?</strong>
            If it lets everyone with your email domain in, you can join it on the next page. Otherwise ask one of its admins to invite this address: the invitation email has a
            link that adds you.
          </span>
        </li>
        <li className="flex gap-3">
          <CirclePlus aria-hidden className="mt-0.5 size-5 shrink-0 text-brand-600" />
          <span>
            <strong className="block text-slate-900">Starting out?</strong>
            Create an organization for your company and invite your colleagues.
          </span>
        </li>
      </ul>
      <div className="mt-5">
        <ButtonLink href="/orgs/new">Join or create an organization</ButtonLink>
      </div>
      <div className="mt-5 flex items-center gap-2 border-t border-slate-100 pt-4 text-sm text-slate-600">
        Wrong account?
        <SignOutButton />
      </div>
    </div>
  );
}
