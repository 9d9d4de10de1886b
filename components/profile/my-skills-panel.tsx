'use client';

import { GraduationCap, Pencil } from 'lucide-react';
import { useState } from 'react';
import type { MySkill } from '@/lib/profiles/get-my-profile';
import type { SkillChoice } from '@/lib/profiles/list-skill-choices';
import { SKILL_LEVELS, levelName } from '@/lib/skills/levels';
import type { FormAction } from '../ui/action-types';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { EmptyState } from '../ui/empty-state';
import { InlineActionForm } from '../ui/inline-action-form';
import { ProposeSkillForm } from './propose-skill-form';
import { EMPTY_DRAFT, SkillDetailsForm, type SkillDraft } from './skill-details-form';
import { SkillPicker } from './skill-picker';
import { SuccessNotice } from '../ui/success-notice';

interface Actions {
  save: FormAction<{ skillId: string; name: string }>;
  remove: FormAction<void>;
  propose: FormAction<{ id: string; name: string }>;
}

const draftOf = (skill: MySkill): SkillDraft => ({
  level: skill.level === null ? 'new' : String(skill.level),
  canTeach: skill.canTeach,
  wantsToLearn: skill.wantsToLearn,
  targetLevel: skill.targetLevel === null ? '' : String(skill.targetLevel),
});

const GROUPS = [...SKILL_LEVELS.map((l) => ({ level: l.level as number | null, title: `${l.level} · ${l.name}` })).reverse(), { level: null, title: 'New to it' }];

/** The Skills section: add (pick or propose), then the list grouped by level with edit and remove. */
export function MySkillsPanel({ orgSlug, skills, choices, actions }: { orgSlug: string; skills: MySkill[]; choices: SkillChoice[]; actions: Actions }) {
  const [adding, setAdding] = useState<{ id: string; name: string; categoryPath: string; proposed: boolean } | null>(null);
  const [proposing, setProposing] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const mine = new Map(skills.map((s) => [s.skillId, s]));

  function pick(choice: SkillChoice) {
    setProposing(null);
    setNotice(null);
    setAdding({ id: choice.id, name: choice.name, categoryPath: choice.categoryPath, proposed: choice.proposed });
  }

  function saved(message: string) {
    setAdding(null);
    setEditing(null);
    setNotice(message);
  }

  const addingExisting = adding ? mine.get(adding.id) : undefined;
  return (
    <div className="flex flex-col gap-5">
      <div className="rounded-md border border-slate-200 p-4">
        {adding ? (
          <div className="flex flex-col gap-3">
            <p className="text-sm">
              <span className="font-semibold text-slate-900">{adding.name}</span>
              {adding.categoryPath && <span className="text-slate-600"> · {adding.categoryPath}</span>}
              {adding.proposed && <span className="ml-2"><Badge tone="amber">Proposed</Badge></span>}
              {addingExisting && <span className="block text-slate-600">Already on your profile; saving updates it.</span>}
            </p>
            <SkillDetailsForm
              key={adding.id}
              idPrefix="add-skill"
              orgSlug={orgSlug}
              skill={adding}
              initial={addingExisting ? draftOf(addingExisting) : EMPTY_DRAFT}
              action={actions.save}
              submitLabel={addingExisting ? 'Save changes' : 'Add to my profile'}
              onSaved={saved}
              onCancel={() => setAdding(null)}
            />
          </div>
        ) : proposing !== null ? (
          <ProposeSkillForm
            orgSlug={orgSlug}
            name={proposing}
            choices={choices}
            action={actions.propose}
            onProposed={(skill) => {
              setProposing(null);
              setNotice(`“${skill.name}” proposed. Set your level and add it to your profile.`);
              setAdding({ ...skill, categoryPath: '', proposed: true });
            }}
            onUseExisting={pick}
            onCancel={() => setProposing(null)}
          />
        ) : (
          <SkillPicker
            id="add-skill-search"
            label="Add a skill"
            hint={
              choices.some((c) => !c.proposed)
                ? 'Search by name or another name for it. Can’t find it? Type it and propose it.'
                : 'Your organization’s skill list is still empty. Type a skill’s name to propose it; a steward reviews it.'
            }
            choices={choices}
            onPick={pick}
            onPropose={(name) => {
              setNotice(null);
              setProposing(name);
            }}
            note={(choice) => (mine.has(choice.id) ? 'on your profile' : null)}
          />
        )}
      </div>

      <SuccessNotice message={notice} />

      {skills.length === 0 ? (
        <EmptyState icon={GraduationCap} title="No skills yet" headingLevel={3} compact>
          Add what you know and what you want to learn, so colleagues can find you and matching can suggest mentors.
        </EmptyState>
      ) : (
        <div className="flex flex-col gap-4" data-testid="my-skills">
          {GROUPS.map((group) => {
            const rows = skills.filter((s) => s.level === group.level);
            if (!rows.length) return null;
            return (
              <section key={group.title} aria-labelledby={`skills-level-${group.level ?? 'new'}`}>
                <h3 id={`skills-level-${group.level ?? 'new'}`} className="text-xs font-semibold tracking-wide text-slate-500 uppercase">
                  {group.title}
                </h3>
                <ul className="mt-1.5 divide-y divide-slate-100 rounded-md border border-slate-200">
                  {rows.map((skill) =>
                    editing === skill.skillId ? (
                      <li key={skill.skillId} className="bg-slate-50 p-4">
                        <p className="mb-3 text-sm font-semibold text-slate-900">Edit {skill.name}</p>
                        <SkillDetailsForm
                          idPrefix={`edit-${skill.skillId}`}
                          orgSlug={orgSlug}
                          skill={{ id: skill.skillId, name: skill.name }}
                          initial={draftOf(skill)}
                          action={actions.save}
                          submitLabel="Save changes"
                          onSaved={saved}
                          onCancel={() => setEditing(null)}
                        />
                      </li>
                    ) : (
                      <li key={skill.skillId} data-testid={`my-skill-${skill.name}`} className="flex items-start justify-between gap-3 px-3 py-2.5 sm:items-center">
                        <div className="min-w-0">
                          <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                            <span className="font-medium text-slate-900">{skill.name}</span>
                            {skill.status === 'PROPOSED' && <Badge tone="amber">Proposed</Badge>}
                            {skill.canTeach && <Badge tone="green">Can teach</Badge>}
                            {skill.wantsToLearn && <Badge tone="brand"><span className="whitespace-nowrap">{skill.targetLevel ? `Learning → ${skill.targetLevel} · ${levelName(skill.targetLevel)}` : 'Wants to learn'}</span></Badge>}
                          </p>
                          {skill.categoryPath && <p className="text-xs text-slate-600">{skill.categoryPath}</p>}
                        </div>
                        <div className="flex shrink-0 flex-wrap items-center justify-end gap-2">
                          <Button
                            type="button"
                            variant="secondary"
                            className="h-7 px-2.5 py-0 text-xs"
                            onClick={() => {
                              setNotice(null);
                              setEditing(skill.skillId);
                            }}
                            aria-label={`Edit ${skill.name}`}
                          >
                            <Pencil aria-hidden className="size-3" /> Edit
                          </Button>
                          <InlineActionForm action={actions.remove} fields={{ orgSlug, skillId: skill.skillId }} label="Remove" tone="danger" confirmText={`Remove ${skill.name} from your profile?`} />
                        </div>
                      </li>
                    ),
                  )}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </div>
  );
}
