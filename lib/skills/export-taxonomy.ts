import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { formatTaxonomyCsv } from './format-taxonomy-csv';
import { loadTaxonomy } from './load-taxonomy';

/** The org's live taxonomy as a CSV file (stewards only), in the format the import reads. */
export async function exportTaxonomyCsv(ctx: TenantContext): Promise<string> {
  requireRole(ctx, 'STEWARD');
  return formatTaxonomyCsv(await withTenant(ctx, (db) => loadTaxonomy(db, ctx.orgId)));
}
