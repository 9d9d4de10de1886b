'use client';

import { Loader2, Pencil, Plus, Target, UserPlus } from 'lucide-react';
import Link from 'next/link';
import { useActionState, useState } from 'react';
import type { ActionResult } from '@/lib/auth/tenant-action';
import type { MyLearningGoal, MySkill } from '@/lib/profiles/get-my-profile';
import type { SkillChoice } from '@/lib/profiles/list-skill-choices';
import { SKILL_LEVELS, levelName } from '@/lib/skills/levels';
import type { FormAction } from '../ui/action-types';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { EmptyState } from '../ui/empty-state';
import { Field, describedBy, inputClass } from '../ui/field';
import { InlineActionForm } from '../ui/inline-action-form';
import { FormFeedback, formErrors } from './form-feedback';
import { SkillPicker } from './skill-picker';
import { SuccessNotice } from '../ui/success-notice';

interface Actions {
  save: FormAction<{ id: string }>;
  setStatus: FormAction<void>;
  remove: FormAction<void>;
}

const STATUS = {
  ACTIVE: { label: 'Active', tone: 'brand' },
  ACHIEVED: { label: 'Achieved', tone: 'green' },
  PAUSED: { label: 'Paused', tone: 'amber' },
  ABANDONED: { label: 'Abandoned', tone: 'slate' },
} as const;

const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const formatDay = (value: string) => day.format(new Date(`${value}T00:00:00Z`));

function GoalForm({
  idPrefix,
  orgSlug,
  goal,
  choices,
  mySkills,
  today,
  action,
  onSaved,
  onCancel,
}: {
  idPrefix: string;
  orgSlug: string;
  goal?: MyLearningGoal;
  choices: SkillChoice[];
  mySkills: Map<string, MySkill>;
  today: string;
  action: Actions['save'];
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const [skill, setSkill] = useState<{ id: string; name: string } | null>(goal ? { id: goal.skillId, name: goal.skillName } : null);
  const [state, formAction, pending] = useActionState(async (previous: ActionResult<{ id: string }> | null, formData: FormData) => {
    const result = await action(previous, formData);
    if (result.ok) onSaved(goal ? 'Learning goal saved.' : `Learning goal for ${formData.get('skillName')} added.`);
    return result;
  }, null);
  const { errors, value } = formErrors(state);
  const id = (name: string) => `${idPrefix}-${name}`;
  const current = skill ? mySkills.get(skill.id)?.level : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="goalId" value={goal?.id ?? ''} />
      <input type="hidden" name="skillId" value={skill?.id ?? ''} />
      <input type="hidden" name="skillName" value={skill?.name ?? ''} />
      {skill ? (
        <div className="flex flex-col gap-1.5">
          <span className="text-sm font-medium text-slate-800">Skill</span>
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-semibold text-slate-900">{skill.name}</span>
            {current ? <span className="text-slate-600">· you are at {current} · {levelName(current)}</span> : null}
            <button type="button" onClick={() => setSkill(null)} className="text-sm font-medium text-brand-700 underline underline-offset-2">
              Change<span className="sr-only"> skill</span>
            </button>
          </p>
          {errors('skillId') && <p className="text-xs font-medium text-red-700">{errors('skillId')!.join(' ')}</p>}
        </div>
      ) : (
        <SkillPicker id={id('skill')} label="Skill" hint="The skill you want to grow." choices={choices} onPick={(c) => setSkill({ id: c.id, name: c.name })} errors={errors('skillId')} />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id('targetLevel')} label="Target level" errors={errors('targetLevel')}>
          <select key={value('targetLevel', goal ? String(goal.targetLevel) : '')} id={id('targetLevel')} name="targetLevel" defaultValue={value('targetLevel', goal ? String(goal.targetLevel) : '')} className={inputClass} {...describedBy(id('targetLevel'), errors('targetLevel'), false)}>
            <option value="" disabled>
              Choose a level
            </option>
            {SKILL_LEVELS.map((l) => (
              <option key={l.level} value={l.level}>
                {l.level} · {l.name} — {l.description}
              </option>
            ))}
          </select>
        </Field>
        <Field id={id('dueDate')} label="Due date (optional)" errors={errors('dueDate')}>
          <input id={id('dueDate')} name="dueDate" type="date" min={today} defaultValue={value('dueDate', goal?.dueDate ?? '')} className={inputClass} {...describedBy(id('dueDate'), errors('dueDate'), false)} />
        </Field>
      </div>
      <Field id={id('why')} label="Why (optional)" hint="What reaching it would let you do, up to 500 characters." errors={errors('why')}>
        <textarea id={id('why')} name="why" rows={2} maxLength={500} defaultValue={value('why', goal?.why ?? '')} className={inputClass} {...describedBy(id('why'), errors('why'))} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending && <Loader2 aria-hidden className="size-4 animate-spin" />}
          {goal ? 'Save goal' : 'Add goal'}
        </Button>
        <Button type="button" variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <FormFeedback state={state?.ok ? null : state} />
      </div>
    </form>
  );
}

const STATUS_CHANGES: Record<MyLearningGoal['status'], { status: MyLearningGoal['status']; label: string }[]> = {
  ACTIVE: [
    { status: 'ACHIEVED', label: 'Mark achieved' },
    { status: 'PAUSED', label: 'Pause' },
    { status: 'ABANDONED', label: 'Abandon' },
  ],
  PAUSED: [
    { status: 'ACTIVE', label: 'Resume' },
    { status: 'ABANDONED', label: 'Abandon' },
  ],
  ACHIEVED: [{ status: 'ACTIVE', label: 'Reopen' }],
  ABANDONED: [{ status: 'ACTIVE', label: 'Reopen' }],
};

export function LearningGoalsPanel({ orgSlug, goals, choices, mySkills, today, actions }: { orgSlug: string; goals: MyLearningGoal[]; choices: SkillChoice[]; mySkills: MySkill[]; today: string; actions: Actions }) {
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const skillsById = new Map(mySkills.map((s) => [s.skillId, s]));
  const saved = (message: string) => {
    setAdding(false);
    setEditing(null);
    setNotice(message);
  };
  const formProps = { orgSlug, choices, mySkills: skillsById, today, action: actions.save, onSaved: saved };

  return (
    <div className="flex flex-col gap-4">
      {adding ? (
        <div className="rounded-md border border-slate-200 p-4">
          <GoalForm idPrefix="new-goal" {...formProps} onCancel={() => setAdding(false)} />
        </div>
      ) : (
        <div>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setNotice(null);
              setAdding(true);
            }}
          >
            <Plus aria-hidden className="size-4" /> Add a learning goal
          </Button>
        </div>
      )}
      <SuccessNotice message={notice} />
      {goals.length === 0 ? (
        !adding && (
          <EmptyState icon={Target} title="No learning goals yet" headingLevel={3} compact>
            A goal names a skill, the level you are aiming for and, if you like, when. Mentors see your active goals.
          </EmptyState>
        )
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="learning-goals">
          {goals.map((goal) => {
            const overdue = goal.status === 'ACTIVE' && goal.dueDate !== null && goal.dueDate < today;
            if (editing === goal.id)
              return (
                <li key={goal.id} className="p-4">
                  <GoalForm idPrefix={`goal-${goal.id}`} goal={goal} {...formProps} onCancel={() => setEditing(null)} />
                </li>
              );
            return (
              <li key={goal.id} data-testid={`goal-${goal.skillName}`} className="flex flex-col gap-2 px-3 py-3 md:flex-row md:items-start md:justify-between">
                <div className="min-w-0 text-sm">
                  <p className="flex flex-wrap items-center gap-2">
                    <span className="font-medium text-slate-900">{goal.skillName}</span>
                    <span className="text-slate-600">
                      to {goal.targetLevel} · {levelName(goal.targetLevel)}
                    </span>
                    <Badge tone={STATUS[goal.status].tone}>{STATUS[goal.status].label}</Badge>
                  </p>
                  <p className={overdue ? 'font-medium text-amber-800' : 'text-slate-600'}>
                    {goal.status === 'ACHIEVED' && goal.completedAt
                      ? `Achieved ${day.format(goal.completedAt)}`
                      : goal.dueDate
                        ? `${overdue ? 'Overdue since' : 'Due'} ${formatDay(goal.dueDate)}`
                        : 'No due date'}
                  </p>
                  {goal.why && <p className="mt-1 text-slate-700">{goal.why}</p>}
                </div>
                <div className="flex shrink-0 flex-wrap items-center gap-2">
                  {goal.status === 'ACTIVE' && (
                    <Link
                      href={`/o/${orgSlug}/mentors/new?goal=${goal.id}`}
                      aria-label={`Find a mentor for ${goal.skillName}`}
                      className="inline-flex h-7 items-center gap-1.5 rounded-md border border-brand-100 bg-brand-50 px-2.5 text-xs font-medium text-brand-700 hover:bg-brand-100 focus-visible:outline-2 focus-visible:outline-brand-600"
                    >
                      <UserPlus aria-hidden className="size-3" /> Find a mentor
                    </Link>
                  )}
                  {STATUS_CHANGES[goal.status].map((change) => (
                    <InlineActionForm key={change.status} action={actions.setStatus} fields={{ orgSlug, goalId: goal.id, status: change.status }} label={change.label} />
                  ))}
                  <Button
                    type="button"
                    variant="secondary"
                    className="h-7 px-2.5 py-0 text-xs"
                    aria-label={`Edit the goal for ${goal.skillName}`}
                    onClick={() => {
                      setNotice(null);
                      setEditing(goal.id);
                    }}
                  >
                    <Pencil aria-hidden className="size-3" /> Edit
                  </Button>
                  <InlineActionForm action={actions.remove} fields={{ orgSlug, goalId: goal.id }} label="Delete" tone="danger" confirmText={`Delete your goal for ${goal.skillName}?`} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
