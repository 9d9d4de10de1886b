import { MailCheck, MailX } from 'lucide-react';
import type { Metadata } from 'next';
import { AcceptInvitationButton } from '@/components/auth/accept-invitation-button';
import { ButtonLink } from '@/components/ui/button';
import { PublicPage } from '@/components/shell/public-page';
import type { ROLE_LABELS } from '@/lib/auth';
import { inspectInvitation, type InvitationState } from '@/lib/invitations';

export const metadata: Metadata = { title: 'Invitation', referrer: 'no-referrer' };
export const dynamic = 'force-dynamic';

const TITLES = {
  invalid: 'This invitation link is not valid',
  expired: 'This invitation has expired',
  revoked: 'This invitation was withdrawn',
  accepted: 'This invitation was already used',
} as const;

// What to do next; the titles above already say what is wrong.
function nextStep(state: Exclude<InvitationState, { kind: 'pending' }>): string {
  switch (state.kind) {
    case 'invalid':
      return 'Check that you opened the whole link from the invitation email. If it still does not work, ask an admin of your organization for a new invitation.';
    case 'expired':
      return `Ask an admin of ${state.orgName} to send you a new one.`;
    case 'revoked':
      return `An admin of ${state.orgName} withdrew it. If you still need access, ask them to invite you again.`;
    case 'accepted':
      return `It was used to join ${state.orgName}. If that was you, sign in with the invited address to continue.`;
  }
}

// "…to join as a network steward": the role with its article ("an HR admin", not "a hr admin").
const AS_ROLE: Record<keyof typeof ROLE_LABELS, string> = {
  EMPLOYEE: 'an employee',
  STEWARD: 'a network steward',
  HR_ADMIN: 'an HR admin',
  ADMIN: 'an org admin',
};

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const state = await inspectInvitation(token);
  return (
    <PublicPage width="narrow">
        <div className="mt-8 rounded-lg border border-slate-200 bg-white p-6 shadow-xs">
          {state.kind === 'pending' ? (
            <>
              <MailCheck aria-hidden className="size-8 text-brand-600" />
              <h1 className="mt-4 text-xl font-semibold text-slate-900">Join {state.orgName} on Peerbridge</h1>
              <p className="mt-2 text-sm text-slate-600">
                <strong className="font-medium text-slate-900 wrap-break-word">{state.email}</strong> is invited to join as {AS_ROLE[state.role]}. Accepting signs you in with that
                address.
              </p>
              <div className="mt-6">
                <AcceptInvitationButton token={token} orgSlug={state.orgSlug} orgName={state.orgName} />
              </div>
            </>
          ) : (
            <>
              <MailX aria-hidden className="size-8 text-amber-600" />
              <h1 className="mt-4 text-xl font-semibold text-slate-900">{TITLES[state.kind]}</h1>
              <p className="mt-2 text-sm text-slate-600">{nextStep(state)}</p>
              <div className="mt-6">
                <ButtonLink href="/sign-in" variant="secondary">
                  Go to sign-in
                </ButtonLink>
              </div>
            </>
          )}
        </div>
    </PublicPage>
  );
}
