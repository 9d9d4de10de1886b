import { z } from 'zod';
import type { TenantContext } from '../auth/tenant-context';
import { ArtifactKind } from '../db/generated/enums';
import { withTenant } from '../db/tenant';
import { notFound } from '../errors';
import { findSessionAccess } from '../sessions';

export const ARTIFACT_BODY_MAX = 50_000;

export const createArtifactInput = z
  .object({
    sessionId: z.uuid('That session was not found.'),
    kind: z.enum(ArtifactKind, 'Choose notes or a link.'),
    title: z.string().trim().min(1, 'Give it a title.').max(200, 'Keep the title under 200 characters.'),
    body: z.string().max(ARTIFACT_BODY_MAX, 'Keep the text under 50,000 characters.').optional().transform((v) => v ?? ''),
    url: z
      .string()
      .trim()
      .max(2000, 'Keep the link under 2,000 characters.')
      .optional()
      .transform((v) => v || undefined)
      .pipe(
        z
          .url({ protocol: /^https?$/, error: 'Use a web address starting with https:// or http://.' })
          .transform((v) => new URL(v).href)
          .optional(),
      ),
  })
  .superRefine((input, check) => {
    if (input.kind === 'LINK' && !input.url) check.addIssue({ code: 'custom', path: ['url'], message: 'Add the link.' });
    if (input.kind !== 'LINK' && !input.body.trim()) check.addIssue({ code: 'custom', path: ['body'], message: 'Write the notes.' });
  });

export type CreateArtifactInput = z.output<typeof createArtifactInput>;

/** The host or a booked participant adds notes, a link or outputs to a session's knowledge. */
export async function createArtifact(ctx: TenantContext, input: CreateArtifactInput): Promise<{ artifactId: string }> {
  return withTenant(ctx, async (db) => {
    if (!(await findSessionAccess(db, ctx, input.sessionId))) throw notFound('That session');
    const artifact = await db.knowledgeArtifact.create({
      data: { orgId: ctx.orgId, kind: input.kind, title: input.title, body: input.body, url: input.url, sessionId: input.sessionId, authorId: ctx.employeeId },
      select: { id: true },
    });
    return { artifactId: artifact.id };
  });
}
