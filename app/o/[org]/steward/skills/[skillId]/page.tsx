import { CheckCircle2, ChevronLeft } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { AccessDenied } from '@/components/shell/access-denied';
import { MergeSkillForm } from '@/components/taxonomy/merge-skill-form';
import { SkillForm } from '@/components/taxonomy/skill-form';
import { StewardTabs } from '@/components/taxonomy/steward-tabs';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { InlineActionForm } from '@/components/ui/inline-action-form';
import { PageHeader } from '@/components/ui/page-header';
import { ROLE_LABELS, hasRole } from '@/lib/auth';
import { requireTenant } from '@/lib/auth/session';
import { listTaxonomy, taxonomyChoices } from '@/lib/skills';
import { mergeSkillsAction, restoreSkillAction, retireSkillAction, updateSkillAction } from '../actions';

export const metadata: Metadata = { title: 'Edit skill' };

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export default async function SkillPage({ params, searchParams }: { params: Promise<{ org: string; skillId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { org, skillId } = await params;
  const ctx = await requireTenant(org);
  if (!hasRole(ctx.role, 'STEWARD')) return <AccessDenied area="The skill taxonomy" neededRole={ROLE_LABELS.STEWARD.toLowerCase()} homeHref={`/o/${ctx.orgSlug}`} />;
  if (!z.uuid().safeParse(skillId).success) notFound();
  const skills = await listTaxonomy(ctx);
  const skill = skills.find((s) => s.id === skillId);
  if (!skill) notFound();
  const merged = (await searchParams).merged;
  const base = `/o/${ctx.orgSlug}/steward/skills`;
  const choices = taxonomyChoices(skills, skill.id);
  const byId = new Map(skills.map((s) => [s.id, s]));
  const path: string[] = [];
  for (let up = skill.parentId ? byId.get(skill.parentId) : undefined; up && path.length < 10; up = up.parentId ? byId.get(up.parentId) : undefined) path.unshift(up.name);
  const word = skill.kind === 'CATEGORY' ? 'category' : 'skill';
  const children = skills.filter((s) => s.parentId === skill.id).length;

  return (
    <>
      <Link href={base} className="mb-2 inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
        <ChevronLeft aria-hidden className="size-4" /> Skill taxonomy
      </Link>
      <PageHeader title={skill.name} description={path.length ? path.join(' › ') : skill.kind === 'CATEGORY' ? 'Top-level category' : 'Not in a category'} />
      <StewardTabs orgSlug={ctx.orgSlug} current="skills" pending={skills.filter((s) => s.status === 'PROPOSED').length} />
      {merged && (
        <p role="status" className="mb-4 flex items-center gap-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" data-testid="merged-banner">
          <CheckCircle2 aria-hidden className="size-4" /> Merged “{merged}” into {skill.name}. Its people, goals and synonyms are here now.
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={`About this ${word}`} className="lg:col-span-2">
          <SkillForm
            orgSlug={ctx.orgSlug}
            action={updateSkillAction}
            skill={{ id: skill.id, name: skill.name, kind: skill.kind, parentId: skill.parentId, description: skill.description, synonyms: skill.synonyms, related: skill.related }}
            parents={choices.parents}
            relatedOptions={choices.related}
            skillHref={base}
          />
        </Card>
        <div className="flex flex-col gap-6">
          <Card title="Usage and status">
            <dl className="grid grid-cols-2 gap-3 text-sm" data-testid="skill-usage">
              <div>
                <dt className="text-slate-600">On profiles</dt>
                <dd className="text-lg font-semibold tabular-nums text-slate-900">{skill.people.toLocaleString('en-US')}</dd>
              </div>
              <div>
                <dt className="text-slate-600">Active goals</dt>
                <dd className="text-lg font-semibold tabular-nums text-slate-900">{skill.activeGoals.toLocaleString('en-US')}</dd>
              </div>
            </dl>
            <div className="mt-4 flex flex-col gap-2 border-t border-slate-100 pt-4 text-sm">
              <p className="flex items-center gap-2">
                Status:{' '}
                {skill.status === 'APPROVED' ? <Badge tone="green">Approved</Badge> : skill.status === 'RETIRED' ? <Badge>Retired</Badge> : <Badge tone="amber">Proposed</Badge>}
              </p>
              {skill.status === 'APPROVED' && (
                <>
                  <p className="text-slate-600">Retiring hides it from pickers and the finder’s suggestions. People who have it keep it, and you can restore it.</p>
                  <InlineActionForm action={retireSkillAction} fields={{ orgSlug: ctx.orgSlug, skillId: skill.id }} label={`Retire ${word}`} tone="danger" confirmText={`Retire “${skill.name}”? It stays on ${plural(skill.people, 'profile')}.`} />
                </>
              )}
              {skill.status === 'RETIRED' && (
                <>
                  <p className="text-slate-600">Hidden from pickers and suggestions; kept on {plural(skill.people, 'profile')}.</p>
                  <InlineActionForm action={restoreSkillAction} fields={{ orgSlug: ctx.orgSlug, skillId: skill.id }} label={`Restore ${word}`} />
                </>
              )}
              {skill.status === 'PROPOSED' && (
                <p className="text-slate-600">
                  Waiting for review. <Link href={`${base}/review`} className="font-medium text-brand-700 hover:underline">Open the review queue</Link>
                </p>
              )}
            </div>
          </Card>
          <Card title={`Merge into another ${word}`} description={`For duplicates: everything on “${skill.name}” moves to the ${word} you keep, and nothing is lost.`}>
            {choices.mergeTargets.length ? (
              <MergeSkillForm
                orgSlug={ctx.orgSlug}
                action={mergeSkillsAction}
                source={{ id: skill.id, name: skill.name, people: skill.people, goals: skill.goals, synonyms: skill.synonyms, related: skill.related, children }}
                targets={choices.mergeTargets}
                skillHref={base}
              />
            ) : (
              <p className="text-sm text-slate-600">There is no other approved {word} to merge into.</p>
            )}
          </Card>
        </div>
      </div>
    </>
  );
}
