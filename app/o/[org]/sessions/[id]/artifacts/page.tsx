import { ExternalLink, FileText, Lightbulb } from 'lucide-react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AddArtifactForm } from '@/components/knowledge/add-artifact-form';
import { MarkdownContent } from '@/components/knowledge/markdown-content';
import { PublishArtifactForm } from '@/components/knowledge/publish-artifact-form';
import { SessionsTabs } from '@/components/sessions/sessions-tabs';
import { BackLink } from '@/components/ui/back-link';
import { Badge } from '@/components/ui/badge';
import { ButtonLink } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { InlineActionForm } from '@/components/ui/inline-action-form';
import { PageHeader } from '@/components/ui/page-header';
import { requireTenant } from '@/lib/auth/session';
import type { ArtifactKind } from '@/lib/db/generated/enums';
import { DomainError } from '@/lib/errors';
import { ARTIFACT_BODY_MAX, listSessionArtifacts, renderMarkdown } from '@/lib/knowledge';
import { createArtifactAction, previewMarkdownAction, publishArtifactAction, unpublishArtifactAction } from './actions';

export const metadata: Metadata = { title: 'Notes & artifacts' };

const KIND_LABELS: Record<ArtifactKind, string> = { NOTES: 'Notes', LINK: 'Link', DESIGN_OUTPUTS: 'Design-thinking outputs' };

async function load(org: string, id: string) {
  const ctx = await requireTenant(org);
  try {
    return { ctx, view: await listSessionArtifacts(ctx, id) };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'NOT_FOUND') notFound();
    throw error;
  }
}

export default async function SessionArtifactsPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const { ctx, view } = await load(org, id);
  const { session, artifacts, isHost, communities } = view;
  const base = `/o/${ctx.orgSlug}/sessions/${session.id}`;
  const when = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: view.viewerTimeZone });

  return (
    <>
      <SessionsTabs orgSlug={ctx.orgSlug} current={null} />
      <BackLink href={base}>{session.title}</BackLink>
      <PageHeader
        title="Notes & artifacts"
        description={`What “${session.title}” produced: notes, links and design-thinking outputs, kept with the session. ${isHost ? 'You decide what is published to a community’s library.' : 'The host decides what is published to a community’s library.'}`}
        actions={
          session.kind === 'DESIGN_THINKING' ? (
            <ButtonLink href={`${base}/facilitate`} variant="secondary">
              <Lightbulb aria-hidden className="size-4" /> Design-thinking phases
            </ButtonLink>
          ) : undefined
        }
      />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0">
          {artifacts.length === 0 ? (
            <EmptyState icon={FileText} title="No notes or artifacts yet">
              <p>
                Add the notes you took, a link to the board or recording{session.kind === 'DESIGN_THINKING' ? ', or save the design-thinking outputs from the phases page' : ''}. Everyone in the session
                sees them here.
              </p>
            </EmptyState>
          ) : (
            <ul className="flex flex-col gap-4" data-testid="artifacts">
              {artifacts.map((a) => (
                <li key={a.id}>
                  <article aria-labelledby={`artifact-${a.id}`} className="rounded-lg border border-slate-200 bg-white p-4 shadow-xs sm:p-5">
                    <div className="flex flex-wrap items-center gap-2">
                      <Badge tone={a.kind === 'DESIGN_OUTPUTS' ? 'brand' : 'slate'}>{KIND_LABELS[a.kind]}</Badge>
                      {a.community && <Badge tone="green">Published to {a.community.name}</Badge>}
                    </div>
                    <h2 id={`artifact-${a.id}`} className="mt-2 text-base font-semibold text-slate-900">
                      {a.title}
                    </h2>
                    <p className="mt-0.5 text-xs text-slate-500">
                      {a.author.id === ctx.employeeId ? 'Added by you' : `Added by ${a.author.name}`} · {when.format(a.createdAt)}
                      {a.updatedAt.getTime() - a.createdAt.getTime() > 60_000 && ` · updated ${when.format(a.updatedAt)}`}
                    </p>
                    {a.url && (
                      <a href={a.url} target="_blank" rel="noopener noreferrer nofollow" className="mt-3 inline-flex max-w-full items-center gap-1.5 text-sm font-medium text-brand-700 underline underline-offset-2">
                        <ExternalLink aria-hidden className="size-4 shrink-0" />
                        <span className="truncate">{a.url}</span>
                        <span className="sr-only">(opens in a new tab)</span>
                      </a>
                    )}
                    {a.body.trim() && <MarkdownContent html={renderMarkdown(a.body, `a-${a.id.slice(0, 8)}-`)} className="mt-3" testId="artifact-body" />}
                    {isHost && (
                      <div className="mt-4 flex flex-wrap items-end gap-3 border-t border-slate-100 pt-4">
                        {communities.length > 0 ? (
                          <PublishArtifactForm orgSlug={ctx.orgSlug} artifactId={a.id} title={a.title} communities={communities} currentCommunityId={a.community?.id ?? null} action={publishArtifactAction} />
                        ) : (
                          !a.community && <p className="text-xs text-slate-500">No active community to publish to yet.</p>
                        )}
                        {a.community && <InlineActionForm action={unpublishArtifactAction} fields={{ orgSlug: ctx.orgSlug, artifactId: a.id }} label="Unpublish" context={a.title} className="pb-1" />}
                      </div>
                    )}
                  </article>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <Card title="Add notes or a link">
            <AddArtifactForm orgSlug={ctx.orgSlug} sessionId={session.id} bodyMax={ARTIFACT_BODY_MAX} action={createArtifactAction} previewAction={previewMarkdownAction} />
          </Card>
        </div>
      </div>
    </>
  );
}
