'use client';

import { Loader2, Send, Star, X } from 'lucide-react';
import { useActionState, useState } from 'react';
import type { SkillChoice } from '@/lib/profiles/list-skill-choices';
import { FEEDBACK_COMMENT_MAX, PRIVATE_NOTE_MAX, SKILLS_PRACTICED_MAX } from '@/lib/sessions/feedback-visibility';
import { FormFeedback, formErrors } from '../profile/form-feedback';
import { SkillPicker } from '../profile/skill-picker';
import { PROGRESS_LABELS, RATING_LABELS } from './feedback-scales';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { submitWithoutReset } from '../ui/submit-without-reset';

interface Skill {
  id: string;
  name: string;
}

export interface FeedbackFormValues {
  rating: number | null;
  progress: number | null;
  skills: Skill[];
  comment: string;
  privateNote: string;
}

function ErrorText({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={id} className="text-xs font-medium text-red-700">
      {errors.join(' ')}
    </p>
  ) : null;
}

/**
 * The feedback form: a 1–5 rating (stars drawn over a native radio group, so arrow keys and screen readers
 * work as usual), the skills practiced (the session's, plus any other from the taxonomy), self-assessed
 * progress, a comment for `commentFor` (none for a group's host: nobody would read it) and a private note.
 */
export function FeedbackForm({
  orgSlug,
  sessionId,
  initial,
  sessionSkills,
  choices,
  commentFor,
  commentHint,
  action,
}: {
  orgSlug: string;
  sessionId: string;
  initial: FeedbackFormValues;
  sessionSkills: Skill[];
  choices: readonly SkillChoice[];
  /** Whom the comment goes to; null hides the comment. */
  commentFor: string | null;
  commentHint: string;
  action: FormAction<{ created: boolean }>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const { errors, value } = formErrors(state);
  const [rating, setRating] = useState(initial.rating);
  const [progress, setProgress] = useState(initial.progress);
  const [extraSkills, setExtraSkills] = useState(() => initial.skills.filter((s) => !sessionSkills.some((t) => t.id === s.id)));
  const [checked, setChecked] = useState(() => new Set(initial.skills.map((s) => s.id)));
  const offered = [...sessionSkills, ...extraSkills];

  function toggle(id: string, on: boolean) {
    setChecked((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  return (
    <form
      onSubmit={submitWithoutReset(formAction)}
      className="flex flex-col gap-6"
      noValidate
    >
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="skillsPracticed" value={offered.filter((s) => checked.has(s.id)).map((s) => s.id).join(',')} />

      <fieldset className="flex flex-col gap-2" aria-describedby={errors('rating') ? 'rating-error' : 'rating-hint'}>
        <legend className="mb-1 text-sm font-medium text-slate-800">Overall rating</legend>
        <div className="grid grid-cols-5 gap-1.5 sm:flex">
          {RATING_LABELS.map((label, index) => {
            const n = index + 1;
            const lit = rating !== null && n <= rating;
            return (
              <label
                key={n}
                className="flex min-w-0 cursor-pointer flex-col items-center gap-1 rounded-md border border-slate-200 bg-white px-1 py-2 text-center text-slate-700 hover:border-slate-300 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600 sm:w-24"
              >
                <input type="radio" name="rating" value={n} checked={rating === n} onChange={() => setRating(n)} aria-label={`${n} of 5: ${label}`} className="sr-only" />
                <Star aria-hidden className={`size-6 ${lit ? 'fill-amber-400 text-amber-500' : 'text-slate-300'}`} />
                <span aria-hidden className="text-[11px] leading-tight font-medium sm:text-xs">{label}</span>
              </label>
            );
          })}
        </div>
        {errors('rating') ? <ErrorText id="rating-error" errors={errors('rating')} /> : (
          <p id="rating-hint" className="text-xs text-slate-500">
            Required. {commentFor ? `How the session with ${commentFor} went for you.` : 'How the session went overall.'}
          </p>
        )}
      </fieldset>

      <fieldset className="flex flex-col gap-2" aria-describedby={errors('skillsPracticed') ? 'skillsPracticed-error' : undefined}>
        <legend className="mb-1 text-sm font-medium text-slate-800">Skills practiced</legend>
        {offered.length > 0 ? (
          <ul className="flex flex-wrap gap-2">
            {offered.map((skill) => (
              <li key={skill.id}>
                <label className="inline-flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 bg-white px-2.5 py-1.5 text-sm text-slate-800 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                  <input type="checkbox" checked={checked.has(skill.id)} onChange={(e) => toggle(skill.id, e.target.checked)} className="size-4 accent-brand-600" />
                  {skill.name}
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">This session has no skills tagged; add the ones you practiced below.</p>
        )}
        <ErrorText id="skillsPracticed-error" errors={errors('skillsPracticed')} />
        {checked.size < SKILLS_PRACTICED_MAX && (
          <div className="max-w-sm">
            <SkillPicker
              id="add-skill"
              label="Add another skill"
              hint="Practiced something the session was not tagged with? Pick it here."
              choices={choices.filter((c) => !offered.some((s) => s.id === c.id))}
              onPick={(choice) => {
                setExtraSkills((prev) => [...prev, { id: choice.id, name: choice.name }]);
                toggle(choice.id, true);
              }}
            />
          </div>
        )}
        {extraSkills.length > 0 && (
          <p className="text-xs text-slate-500">
            Added:{' '}
            {extraSkills.map((s, i) => (
              <span key={s.id}>
                {i > 0 && ', '}
                <button
                  type="button"
                  onClick={() => {
                    setExtraSkills((prev) => prev.filter((p) => p.id !== s.id));
                    toggle(s.id, false);
                  }}
                  className="inline-flex items-center gap-0.5 rounded-sm text-slate-600 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-brand-600"
                >
                  {s.name} <X aria-hidden className="size-3" />
                  <span className="sr-only">(remove)</span>
                </button>
              </span>
            ))}
          </p>
        )}
      </fieldset>

      <fieldset className="flex flex-col gap-2" aria-describedby={errors('progress') ? 'progress-error' : 'progress-hint'}>
        <legend className="mb-1 text-sm font-medium text-slate-800">Your progress (optional)</legend>
        <div className="grid grid-cols-5 overflow-hidden rounded-md border border-slate-300 sm:inline-grid sm:w-fit">
          {PROGRESS_LABELS.map((label, index) => {
            const n = index + 1;
            return (
              <label
                key={n}
                className="flex cursor-pointer flex-col items-center border-l border-slate-200 bg-white px-1 py-1.5 text-center text-xs text-slate-700 first:border-l-0 has-[:checked]:bg-brand-600 has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:-outline-offset-2 has-[:focus-visible]:outline-brand-800 sm:px-3"
              >
                <input type="radio" name="progress" value={n} checked={progress === n} onChange={() => setProgress(n)} aria-label={`${n} of 5: ${label}`} className="sr-only" />
                <span className="font-semibold tabular-nums">{n}</span>
                <span>{label}</span>
              </label>
            );
          })}
        </div>
        {errors('progress') ? <ErrorText id="progress-error" errors={errors('progress')} /> : (
          <p id="progress-hint" className="text-xs text-slate-500">
            How much you moved forward in what you practiced. Only you see this.
          </p>
        )}
      </fieldset>

      {commentFor && (
        <Field id="comment" label={`Comment for ${commentFor} (optional)`} hint={commentHint} errors={errors('comment')}>
          <textarea id="comment" name="comment" rows={4} maxLength={FEEDBACK_COMMENT_MAX} defaultValue={value('comment', initial.comment)} className={inputClass} {...describedBy('comment', errors('comment'))} />
        </Field>
      )}

      <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
        <Field id="privateNote" label="Private note (optional)" hint="Only you can see this: not the other side, not the host." errors={errors('privateNote')}>
          <textarea id="privateNote" name="privateNote" rows={3} maxLength={PRIVATE_NOTE_MAX} defaultValue={value('privateNote', initial.privateNote)} className={inputClass} {...describedBy('privateNote', errors('privateNote'))} />
        </Field>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <Send aria-hidden className="size-4" />}
          {initial.rating === null ? 'Submit feedback' : 'Update feedback'}
        </Button>
        <FormFeedback state={state} />
      </div>
    </form>
  );
}
