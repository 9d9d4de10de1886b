import type { Metadata } from 'next';
import { MatchingPolicyForm } from '@/components/matching-settings/matching-policy-form';
import { AccessDenied } from '@/components/shell/access-denied';
import { StewardTabs } from '@/components/taxonomy/steward-tabs';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { ROLE_LABELS, hasRole } from '@/lib/auth';
import { requireTenant } from '@/lib/auth/session';
import { DEFAULT_MATCHING_POLICY, SCORE_TERM_NAMES } from '@/lib/matching';
import { PREVIEW_SAMPLE_SIZE, getMatchingPolicySettings, matchingPolicyFormValues } from '@/lib/mentoring';
import { previewMatchingPolicyAction, saveMatchingPolicyAction } from './actions';

export const metadata: Metadata = { title: 'Scoring weights' };

const when = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

export default async function MatchingSettingsPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireTenant((await params).org);
  if (!hasRole(ctx.role, 'STEWARD')) return <AccessDenied area="Scoring weights" neededRole={ROLE_LABELS.STEWARD.toLowerCase()} homeHref={`/o/${ctx.orgSlug}`} />;
  const { policy, savedAt } = await getMatchingPolicySettings(ctx);

  return (
    <>
      <BackLink href={`/o/${ctx.orgSlug}/steward/matching`}>Matching rounds</BackLink>
      <PageHeader
        title="Scoring weights and rules"
        description={`How mentor suggestions and matching rounds score each pair. Preview the effect on ${PREVIEW_SAMPLE_SIZE} open requests before you save.`}
      />
      <StewardTabs orgSlug={ctx.orgSlug} current="matching" />
      <p className="-mt-2 mb-4 text-sm text-slate-600" data-testid="policy-saved-at">
        {savedAt ? <>Last saved <time dateTime={savedAt.toISOString()}>{when.format(savedAt)} UTC</time>.</> : 'Your org uses the default weights; nothing has been saved yet.'}
      </p>
      <MatchingPolicyForm
        orgSlug={ctx.orgSlug}
        current={matchingPolicyFormValues(policy)}
        defaults={matchingPolicyFormValues(DEFAULT_MATCHING_POLICY)}
        terms={SCORE_TERM_NAMES}
        saveAction={saveMatchingPolicyAction}
        previewAction={previewMatchingPolicyAction}
      />
    </>
  );
}
