'use server';

import { revalidatePath } from 'next/cache';
import { tenantAction } from '@/lib/auth/tenant-action';
import { createArtifact, createArtifactInput, previewMarkdownInput, publishArtifact, publishArtifactInput, renderMarkdown, unpublishArtifact, unpublishArtifactInput } from '@/lib/knowledge';

export const createArtifactAction = tenantAction(createArtifactInput, async (ctx, input) => {
  const result = await createArtifact(ctx, input);
  revalidatePath(`/o/${ctx.orgSlug}/sessions/${input.sessionId}/artifacts`);
  return result;
}, 'Added to the session’s knowledge.');

export const publishArtifactAction = tenantAction(publishArtifactInput, async (ctx, input) => {
  const result = await publishArtifact(ctx, input);
  revalidatePath(`/o/${ctx.orgSlug}`, 'layout');
  return result;
}, 'Published.');

export const unpublishArtifactAction = tenantAction(unpublishArtifactInput, async (ctx, input) => {
  await unpublishArtifact(ctx, input);
  revalidatePath(`/o/${ctx.orgSlug}`, 'layout');
}, 'Unpublished; it stays with the session.');

/** The Preview tab of a markdown editor: the same sanitized HTML the page will show. */
export const previewMarkdownAction = tenantAction(previewMarkdownInput, async (_ctx, input) => ({ html: renderMarkdown(input.markdown, 'preview-') }), 'Preview ready.');
