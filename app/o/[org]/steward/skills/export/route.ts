import { getSessionUserId } from '@/lib/auth/session';
import { resolveTenantContext } from '@/lib/auth/tenant-context';
import { DomainError } from '@/lib/errors';
import { exportTaxonomyCsv } from '@/lib/skills';

// The taxonomy as a CSV download, for stewards and admins. Anyone else (signed out, not a member, or an
// employee) gets a plain 404, which says nothing about the org.
export async function GET(_request: Request, { params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const userId = await getSessionUserId();
  const ctx = userId ? await resolveTenantContext(userId, org) : null;
  if (!ctx) return new Response('Not found', { status: 404 });
  try {
    const csv = await exportTaxonomyCsv(ctx);
    const day = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${ctx.orgSlug}-skill-taxonomy-${day}.csv"`,
        'cache-control': 'no-store',
      },
    });
  } catch (error) {
    if (error instanceof DomainError) return new Response('Not found', { status: 404 });
    throw error;
  }
}
