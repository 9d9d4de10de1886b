import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { loadTaxonomy } from './load-taxonomy';
import { planTaxonomyImport, type TaxonomyImportLine } from './plan-taxonomy-import';
import { TAXONOMY_IMPORT_LIMITS, parseTaxonomyCsv, type TaxonomyCsvError } from './taxonomy-csv';
import { writeTaxonomyChanges } from './write-taxonomy-changes';

export const importTaxonomyInput = z.object({
  csv: z
    .string({ error: 'Choose a CSV file to import' })
    .min(1, 'Choose a CSV file to import')
    .max(TAXONOMY_IMPORT_LIMITS.maxBytes, 'The file is larger than 1 MB.'),
  /** "preview" only reports; "apply" writes, if the file has no errors. */
  mode: z.enum(['preview', 'apply']).default('preview'),
});

export type ImportTaxonomyInput = z.output<typeof importTaxonomyInput>;

export interface TaxonomyImportReport {
  mode: 'preview' | 'apply';
  /** True when the taxonomy was changed (apply, without errors). */
  applied: boolean;
  lines: TaxonomyImportLine[];
  created: number;
  updated: number;
  unchanged: number;
  /** Existing skills not in the file whose relations change because a row lists them. */
  alsoUpdated: number;
  ignoredColumns: string[];
  errors: TaxonomyCsvError[];
}

/**
 * The taxonomy CSV import (stewards): a preview of every line's outcome, then the same file applied in one
 * transaction. Apply re-plans against the taxonomy as it is then and writes nothing if any line has an error.
 */
export async function importTaxonomy(ctx: TenantContext, input: ImportTaxonomyInput): Promise<TaxonomyImportReport> {
  requireRole(ctx, 'STEWARD');
  const parsed = parseTaxonomyCsv(input.csv);
  return withTenant(ctx, async (db) => {
    const orgId = ctx.orgId;
    const plan = planTaxonomyImport(parsed, await loadTaxonomy(db, orgId, { forUpdate: input.mode === 'apply' }));
    const fileRows = new Set(plan.lines.map((l) => l.name.toLowerCase()));
    const report: TaxonomyImportReport = {
      mode: input.mode,
      applied: false,
      lines: plan.lines,
      created: plan.creates.length,
      updated: plan.lines.filter((l) => l.outcome === 'changed').length,
      unchanged: plan.lines.filter((l) => l.outcome === 'unchanged').length,
      alsoUpdated: plan.updates.filter((u) => !fileRows.has(u.name.toLowerCase())).length,
      ignoredColumns: parsed.ignoredColumns,
      errors: plan.errors,
    };
    if (input.mode === 'preview' || plan.blocked || plan.creates.length + plan.updates.length === 0) return report;

    await writeTaxonomyChanges(db, orgId, plan.creates, plan.updates);

    await recordAuditEvent(db, ctx, {
      action: 'skills.imported',
      entityType: 'Organization',
      entityId: orgId,
      after: { rows: plan.lines.length, created: report.created, updated: report.updated, unchanged: report.unchanged, alsoUpdated: report.alsoUpdated },
    });
    return { ...report, applied: true };
  });
}
