import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { loadTaxonomy } from './load-taxonomy';
import { planTaxonomyImport, type TaxonomyImportLine } from './plan-taxonomy-import';
import { TAXONOMY_IMPORT_LIMITS, parseTaxonomyCsv, type TaxonomyCsvError } from './taxonomy-csv';

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

    const changed = [...plan.creates, ...plan.updates];
    const changedIds = changed.map((e) => e.id);
    // Links first go from every changed skill, so a synonym may move from one skill to another.
    await db.skillSynonym.deleteMany({ where: { orgId, skillId: { in: changedIds } } });
    await db.skillRelation.deleteMany({ where: { orgId, OR: [{ fromSkillId: { in: changedIds } }, { toSkillId: { in: changedIds } }] } });
    await db.skill.createMany({ data: plan.creates.map((e) => ({ orgId, id: e.id, name: e.name, kind: e.kind, status: e.status, description: e.description })) });
    for (const entry of changed) {
      await db.skill.update({ where: { orgId_id: { orgId, id: entry.id } }, data: { name: entry.name, status: entry.status, parentId: entry.parentId, description: entry.description } });
    }
    const synonyms = changed.flatMap((e) => e.synonyms.map((name) => ({ orgId, skillId: e.id, name })));
    if (synonyms.length) await db.skillSynonym.createMany({ data: synonyms });
    const relations = changed.flatMap((e) => e.related.map((other) => (e.id < other ? { orgId, fromSkillId: e.id, toSkillId: other } : { orgId, fromSkillId: other, toSkillId: e.id })));
    if (relations.length) await db.skillRelation.createMany({ data: relations, skipDuplicates: true });

    await recordAuditEvent(db, ctx, {
      action: 'skills.imported',
      entityType: 'Organization',
      entityId: orgId,
      after: { rows: plan.lines.length, created: report.created, updated: report.updated, unchanged: report.unchanged, alsoUpdated: report.alsoUpdated },
    });
    return { ...report, applied: true };
  });
}
