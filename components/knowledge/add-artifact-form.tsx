'use client';

import { Link2, Loader2, NotebookPen, Plus } from 'lucide-react';
import { useActionState, useEffect, useState } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { Field, describedBy, inputClass } from '../ui/field';
import { submitWithoutReset } from '../ui/submit-without-reset';
import { FormFeedback, formErrors } from '../profile/form-feedback';
import { MarkdownEditor, type PreviewAction } from './markdown-editor';

const KINDS = [
  { value: 'NOTES', label: 'Notes', icon: NotebookPen },
  { value: 'LINK', label: 'Link', icon: Link2 },
] as const;

/** Adds notes (markdown) or a link (with an optional markdown description) to the session's knowledge. */
export function AddArtifactForm({ orgSlug, sessionId, bodyMax, action, previewAction }: { orgSlug: string; sessionId: string; bodyMax: number; action: FormAction<{ artifactId: string }>; previewAction: PreviewAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { errors } = formErrors(state);
  // Controlled fields: what was typed stays after a refusal, and clears after an add.
  const [kind, setKind] = useState<'NOTES' | 'LINK'>('NOTES');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  const [body, setBody] = useState('');

  useEffect(() => {
    if (!state?.ok) return;
    setTitle('');
    setUrl('');
    setBody('');
  }, [state]);

  return (
    <form
      onSubmit={submitWithoutReset(formAction)}
      className="flex flex-col gap-4"
      noValidate
    >
      <input type="hidden" name="orgSlug" value={orgSlug} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <fieldset>
        <legend className="mb-1.5 text-sm font-medium text-slate-800">Kind</legend>
        <div className="inline-flex gap-0.5 rounded-md bg-slate-100 p-0.5">
          {KINDS.map((k) => (
            <label
              key={k.value}
              className="inline-flex cursor-pointer items-center gap-1.5 rounded-md px-3 py-1 text-sm font-medium text-slate-600 has-[:checked]:bg-white has-[:checked]:text-slate-900 has-[:checked]:shadow-xs has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600"
            >
              <input type="radio" name="kind" value={k.value} checked={kind === k.value} onChange={() => setKind(k.value)} className="sr-only" />
              <k.icon aria-hidden className="size-4" /> {k.label}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="artifact-title" label="Title" errors={errors('title')}>
        <input id="artifact-title" name="title" maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} className={inputClass} {...describedBy('artifact-title', errors('title'), false)} />
      </Field>
      {kind === 'LINK' && (
        <Field id="artifact-url" label="Link" hint="A web address, e.g. the board or the recording." errors={errors('url')}>
          <input id="artifact-url" name="url" type="url" inputMode="url" maxLength={2000} placeholder="https://" value={url} onChange={(e) => setUrl(e.target.value)} className={inputClass} {...describedBy('artifact-url', errors('url'))} />
        </Field>
      )}
      <MarkdownEditor
        id="artifact-body"
        name="body"
        label={kind === 'LINK' ? 'Description (optional)' : 'Notes'}
        value={body}
        onChange={setBody}
        orgSlug={orgSlug}
        previewAction={previewAction}
        maxLength={bodyMax}
        rows={kind === 'LINK' ? 3 : 7}
        hint="Markdown: headings, lists, **bold**, links."
        errors={errors('body')}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <Plus aria-hidden className="size-4" />}
          Add to the session
        </Button>
        <FormFeedback state={state} />
      </div>
    </form>
  );
}
