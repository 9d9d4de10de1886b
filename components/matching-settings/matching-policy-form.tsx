'use client';

import { Eye, Loader2, RotateCcw } from 'lucide-react';
import { startTransition, useActionState, useEffect, useRef, useState } from 'react';
import type { MatchingPolicy, ScoreTermKey } from '@/lib/matching/matching-policy';
import type { PolicyPreview } from '@/lib/mentoring/preview-matching-policy';
import { Button } from '../ui/button';
import type { FormAction } from '../ui/action-types';
import { Field, describedBy, inputClass } from '../ui/field';
import { SuccessNotice } from '../ui/success-notice';
import { PolicyPreviewPanel } from './policy-preview-panel';

type Values = Record<string, string>;

const RULES = [
  { name: 'minOverlapHours', label: 'Minimum shared hours', hint: 'Weekly hours a pair needs in common, unless the learner is fine with async.', unit: 'h', step: 0.25, min: 0, max: 10 },
  { name: 'requestExpiryDays', label: 'Days to answer a request', hint: 'Then an unanswered request expires and the learner can ask the next person.', unit: 'days', step: 1, min: 1, max: 30 },
  { name: 'declineCooldownDays', label: 'Cooldown after a decline', hint: 'Days before a mentor who declined (or let a request expire) is suggested to that learner again.', unit: 'days', step: 1, min: 0, max: 365 },
  { name: 'loadSpreading', label: 'Load spreading in rounds', hint: 'In matching rounds, each extra mentee of one mentor costs more: 0, 1×, 3×, 6× this value…', unit: 'points', step: 1, min: 0, max: 30 },
] as const;

export function MatchingPolicyForm({
  orgSlug,
  current,
  defaults,
  terms,
  saveAction,
  previewAction,
}: {
  orgSlug: string;
  current: Values;
  defaults: Values;
  terms: Record<ScoreTermKey, { name: string; help: string }>;
  saveAction: FormAction<MatchingPolicy>;
  previewAction: FormAction<PolicyPreview>;
}) {
  const [saved, save, saving] = useActionState(saveAction, null);
  const [preview, runPreview, previewing] = useActionState(previewAction, null);
  // Which button was used last decides whose validation messages show.
  const [last, setLast] = useState<'save' | 'preview' | null>(null);
  const [changedSincePreview, setChangedSincePreview] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);

  // A fresh preview appears below the form: bring it into view and move focus to its heading.
  useEffect(() => {
    if (!preview?.ok || !previewRef.current) return;
    previewRef.current.scrollIntoView({ block: 'start', behavior: 'smooth' });
    previewRef.current.focus({ preventScroll: true });
  }, [preview]);

  const latest = last === 'preview' ? preview : last === 'save' ? saved : null;
  const failed = latest && !latest.ok ? latest : null;
  const value = (name: string) => (saved && !saved.ok ? saved.values[name] : undefined) ?? current[name] ?? '';
  const errors = (name: string) => failed?.fieldErrors[name];

  const startPreview = () => {
    if (!formRef.current) return;
    const data = new FormData(formRef.current);
    setLast('preview');
    setChangedSincePreview(false);
    startTransition(() => runPreview(data));
  };

  const resetToDefaults = () => {
    const form = formRef.current;
    if (!form) return;
    for (const [name, fallback] of Object.entries(defaults)) {
      const input = form.elements.namedItem(name);
      if (!(input instanceof HTMLInputElement)) continue;
      if (input.type === 'checkbox') input.checked = fallback === 'on';
      else input.value = fallback;
    }
    setChangedSincePreview(true);
  };

  const number = (name: string, props: { min: number; max: number; step: number; unit: string }, describe = true) => (
    <div className="flex items-center gap-2">
      <input
        id={name}
        name={name}
        type="number"
        inputMode="decimal"
        required
        min={props.min}
        max={props.max}
        step={props.step}
        defaultValue={value(name)}
        className={`${inputClass} max-w-28 tabular-nums`}
        {...describedBy(name, errors(name), describe)}
      />
      <span className="text-sm text-slate-500">{props.unit}</span>
    </div>
  );

  return (
    <div className="flex flex-col gap-6">
      <form
        ref={formRef}
        action={save}
        onSubmit={() => setLast('save')}
        onChange={() => setChangedSincePreview(true)}
        className="flex flex-col gap-6"
        noValidate
        data-testid="policy-form"
      >
        <input type="hidden" name="orgSlug" value={orgSlug} />
        <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-xs" aria-labelledby="weights-heading">
          <h2 id="weights-heading" className="text-base font-semibold text-slate-900">
            Score weights
          </h2>
          <p className="mt-1 max-w-2xl text-sm text-slate-600">
            The most points each reason can add to a suggestion’s score (0–50). People see every reason with its points; a weight of 0 turns a reason off.
          </p>
          <div className="mt-4 grid gap-x-6 gap-y-5 sm:grid-cols-2 xl:grid-cols-4">
            {(Object.keys(terms) as ScoreTermKey[]).map((key) => (
              <Field key={key} id={key} label={terms[key].name} hint={`${terms[key].help} Default ${defaults[key]}.`} errors={errors(key)}>
                {number(key, { min: 0, max: 50, step: 1, unit: key === 'relatedSkill' ? 'points off' : 'points' })}
              </Field>
            ))}
          </div>
        </section>

        <section className="rounded-lg border border-slate-200 bg-white p-5 shadow-xs" aria-labelledby="rules-heading">
          <h2 id="rules-heading" className="text-base font-semibold text-slate-900">
            Rules
          </h2>
          <p className="mt-1 max-w-2xl text-sm text-slate-600">Hard limits: a pair that breaks one is never suggested or matched.</p>
          <div className="mt-4 grid gap-x-6 gap-y-5 sm:grid-cols-2 xl:grid-cols-4">
            {RULES.map((rule) => (
              <Field key={rule.name} id={rule.name} label={rule.label} hint={`${rule.hint} Default ${defaults[rule.name]}.`} errors={errors(rule.name)}>
                {number(rule.name, rule)}
              </Field>
            ))}
          </div>
          <div className="mt-5 flex items-start gap-2.5">
            <input
              id="allowManagementChain"
              name="allowManagementChain"
              type="checkbox"
              defaultChecked={value('allowManagementChain') === 'on'}
              className="mt-0.5 size-4 shrink-0 rounded border-slate-300 accent-brand-600"
              aria-describedby="allowManagementChain-hint"
            />
            <div>
              <label htmlFor="allowManagementChain" className="text-sm font-medium text-slate-800">
                Let managers mentor their direct reports (and the other way round)
              </label>
              <p id="allowManagementChain-hint" className="mt-0.5 text-xs text-slate-500">
                Off by default: mentoring works best outside the reporting line.
              </p>
            </div>
          </div>
        </section>

        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" variant="secondary" onClick={startPreview} disabled={previewing || saving} data-testid="preview-policy">
            {previewing ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <Eye aria-hidden className="size-4" />}
            {previewing ? 'Previewing…' : 'Preview changes'}
          </Button>
          <Button type="submit" disabled={saving || previewing}>
            {saving && <Loader2 aria-hidden className="size-4 animate-spin" />}
            {saving ? 'Saving…' : 'Save weights and rules'}
          </Button>
          <Button type="button" variant="ghost" onClick={resetToDefaults}>
            <RotateCcw aria-hidden className="size-4" /> Fill in the defaults
          </Button>
          <SuccessNotice message={last === 'save' && saved?.ok ? saved.message : null} />
        </div>
        {failed && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {failed.error}
          </p>
        )}
      </form>

      {preview?.ok && last === 'preview' && <PolicyPreviewPanel preview={preview.data} stale={changedSincePreview} headingRef={previewRef} />}
    </div>
  );
}
