'use client';

import { AlertTriangle, Loader2, Save } from 'lucide-react';
import { useActionState, useEffect, useState } from 'react';
import type { SavePhaseOutputsResult } from '@/lib/sessions';
import { MarkdownEditor, type PreviewAction } from '../knowledge/markdown-editor';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { SuccessNotice } from '../ui/success-notice';

/**
 * Records one phase's outputs. The save carries the version this editor last saw; when someone else saved in
 * between, nothing is overwritten: their version is shown beside the text typed here (which stays in the
 * editor), and the next save, made after seeing theirs, goes through.
 */
export function PhaseOutputsEditor({
  orgSlug,
  sessionId,
  phase,
  label,
  outputs,
  updatedAt,
  maxLength,
  timeZone,
  rows,
  outputsHtml,
  action,
  previewAction,
}: {
  orgSlug: string;
  sessionId: string;
  phase: string;
  label: string;
  outputs: string;
  updatedAt: string;
  maxLength: number;
  timeZone: string;
  rows: number;
  /** The saved outputs rendered, to open on Preview (a finished phase); omitted to open on Write. */
  outputsHtml?: string;
  action: FormAction<SavePhaseOutputsResult>;
  previewAction: PreviewAction;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const [text, setText] = useState(outputs);
  const [base, setBase] = useState(updatedAt);
  const [theirs, setTheirs] = useState<{ outputs: string; updatedAt: Date } | null>(null);
  const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit', second: '2-digit', timeZone });

  useEffect(() => {
    if (!state?.ok) return;
    if (state.data.status === 'SAVED') {
      setBase(new Date(state.data.updatedAt).toISOString());
      setTheirs(null);
    } else {
      setBase(new Date(state.data.theirs.updatedAt).toISOString());
      setTheirs(state.data.theirs);
    }
  }, [state]);

  const saved = state?.ok && state.data.status === 'SAVED' ? `Saved at ${time.format(new Date(state.data.updatedAt))}.` : null;
  const id = `${phase.toLowerCase()}-outputs`;
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="phase" value={phase} />
      <input type="hidden" name="baseUpdatedAt" value={base} />
      <MarkdownEditor
        id={id}
        name="outputs"
        label={`Outputs of ${label}`}
        value={text}
        onChange={setText}
        orgSlug={orgSlug}
        previewAction={previewAction}
        maxLength={maxLength}
        rows={rows}
        initialHtml={outputsHtml}
        hint="Markdown: lists, **bold**, links. Everyone in the session can add to it."
        errors={state?.ok === false ? state.fieldErrors.outputs : undefined}
        placeholder="- What we heard…"
      />
      {theirs && (
        <div role="alert" className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid={`${id}-conflict`}>
          <p className="flex items-start gap-2 font-medium">
            <AlertTriangle aria-hidden className="mt-0.5 size-4 shrink-0" />
            Someone else saved these outputs at {time.format(new Date(theirs.updatedAt))} while you were writing. Nothing was saved from here yet, and nothing is lost: your text is still in the editor, theirs is below.
          </p>
          <p>Merge what you need into the editor and save again; that save replaces their version.</p>
          <pre className="max-h-60 overflow-auto whitespace-pre-wrap rounded border border-amber-200 bg-white p-2 font-mono text-xs text-slate-800" aria-label="Their version">
            {theirs.outputs || '(empty)'}
          </pre>
          <div>
            <Button type="button" variant="secondary" onClick={() => setText(theirs.outputs)}>
              Replace my text with theirs
            </Button>
          </div>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <Save aria-hidden className="size-4" />}
          {theirs ? 'Save merged outputs' : 'Save outputs'}
          <span className="sr-only"> of {label}</span>
        </Button>
        <SuccessNotice message={saved} />
        {state?.ok === false && !state.fieldErrors.outputs && (
          <p role="alert" className="text-sm text-red-700">
            {state.error}
          </p>
        )}
      </div>
    </form>
  );
}
