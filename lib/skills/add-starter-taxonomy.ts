import { z } from 'zod';
import { recordAuditEvent } from '../audit/record-audit-event';
import { requireRole, type TenantContext } from '../auth/tenant-context';
import { withTenant } from '../db/tenant';
import { conflict } from '../errors';
import type { TaxonomyEntry } from './check-taxonomy';
import { loadTaxonomy } from './load-taxonomy';
import { STARTER_TAXONOMY } from './starter-taxonomy';
import { writeTaxonomyChanges } from './write-taxonomy-changes';

/** The form sends only the org. */
export const addStarterTaxonomyInput = z.object({});

export interface StarterTaxonomyResult {
  skills: number;
  categories: number;
}

/**
 * A steward fills an empty taxonomy with the starter taxonomy (approved skills with their synonyms and
 * relations) in one go. Refused once the org has any live skill, a proposal included: the starter is a
 * beginning, not something to mix into a taxonomy that already exists.
 */
export async function addStarterTaxonomy(ctx: TenantContext): Promise<StarterTaxonomyResult> {
  requireRole(ctx, 'STEWARD');
  return withTenant(ctx, async (db) => {
    if ((await loadTaxonomy(db, ctx.orgId, { forUpdate: true })).length > 0) {
      throw conflict('The taxonomy already has skills, so the starter taxonomy was not added. Add skills one by one or import a CSV file instead.');
    }
    const ids = new Map(STARTER_TAXONOMY.skills.map((s) => [s.name, crypto.randomUUID()]));
    const idOf = (name: string) => ids.get(name)!;
    const entries = new Map<string, TaxonomyEntry>(
      STARTER_TAXONOMY.skills.map((s) => [
        s.name,
        { id: idOf(s.name), name: s.name, kind: s.kind, status: 'APPROVED', parentId: s.parent ? idOf(s.parent) : null, description: s.description, synonyms: [...s.synonyms], related: [] },
      ]),
    );
    // Each pair once, from one side: writeTaxonomyChanges stores a relation per listed pair.
    for (const [a, b] of STARTER_TAXONOMY.related) entries.get(a)!.related.push(idOf(b));
    await writeTaxonomyChanges(db, ctx.orgId, [...entries.values()], []);

    const result = {
      skills: STARTER_TAXONOMY.skills.filter((s) => s.kind === 'SKILL').length,
      categories: STARTER_TAXONOMY.skills.filter((s) => s.kind === 'CATEGORY').length,
    };
    await recordAuditEvent(db, ctx, {
      action: 'skills.starter_added',
      entityType: 'Organization',
      entityId: ctx.orgId,
      after: { ...result, synonyms: STARTER_TAXONOMY.skills.reduce((n, s) => n + s.synonyms.length, 0), relations: STARTER_TAXONOMY.related.length },
    });
    return result;
  });
}
