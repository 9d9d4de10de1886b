'use client';

import { Loader2 } from 'lucide-react';
import { Tabs } from 'radix-ui';
import { useState, useTransition } from 'react';
import type { FormAction } from '../ui/action-types';
import { FieldMessages, describedBy, inputClass } from '../ui/field';
import { MarkdownContent } from './markdown-content';

export type PreviewAction = FormAction<{ html: string }>;

const tabClass =
  'rounded-md px-2.5 py-1 text-xs font-medium text-slate-600 hover:text-slate-900 data-[state=active]:bg-white data-[state=active]:text-slate-900 data-[state=active]:shadow-xs focus-visible:outline-2 focus-visible:outline-brand-600';

/**
 * A markdown textarea with Write and Preview tabs. The preview is rendered on the server by the same
 * sanitizing renderer the page uses, so what you see is what others will see. The textarea stays in the
 * form while Preview is open (hidden, not removed), so submitting from either tab sends the text. Given the
 * server-rendered HTML of the starting text, it opens on Preview: finished work reads as a document.
 */
export function MarkdownEditor({
  id,
  name,
  label,
  value,
  onChange,
  orgSlug,
  previewAction,
  maxLength,
  rows = 8,
  hint,
  errors,
  placeholder,
  initialHtml,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  orgSlug: string;
  previewAction: PreviewAction;
  maxLength: number;
  rows?: number;
  hint?: string;
  errors?: string[];
  placeholder?: string;
  initialHtml?: string;
}) {
  const [tab, setTab] = useState(initialHtml ? 'preview' : 'write');
  const [preview, setPreview] = useState<{ source: string; html: string; error?: string } | null>(initialHtml ? { source: value, html: initialHtml } : null);
  const [loading, startLoading] = useTransition();

  function showPreview() {
    if (preview?.source === value) return;
    startLoading(async () => {
      const data = new FormData();
      data.set('orgSlug', orgSlug);
      data.set('markdown', value);
      const result = await previewAction(null, data);
      setPreview(result.ok ? { source: value, html: result.data.html } : { source: value, html: '', error: result.error });
    });
  }

  return (
    <div className="flex flex-col gap-1.5">
      <Tabs.Root
        value={tab}
        onValueChange={(next) => {
          setTab(next);
          if (next === 'preview') showPreview();
        }}
      >
        <div className="flex flex-wrap items-end justify-between gap-2">
          <label htmlFor={id} className="text-sm font-medium text-slate-800">
            {label}
          </label>
          <Tabs.List aria-label={`${label}: write or preview`} className="inline-flex gap-0.5 rounded-md bg-slate-100 p-0.5">
            <Tabs.Trigger value="write" className={tabClass}>
              Write
            </Tabs.Trigger>
            <Tabs.Trigger value="preview" className={tabClass}>
              Preview
            </Tabs.Trigger>
          </Tabs.List>
        </div>
        <Tabs.Content value="write" forceMount className="mt-1.5 data-[state=inactive]:hidden">
          <textarea
            id={id}
            name={name}
            rows={rows}
            maxLength={maxLength}
            value={value}
            placeholder={placeholder}
            onChange={(event) => onChange(event.target.value)}
            className={`${inputClass} font-mono text-[0.8125rem] leading-5`}
            {...describedBy(id, errors, Boolean(hint))}
          />
        </Tabs.Content>
        <Tabs.Content value="preview" className="mt-1.5 min-h-24 rounded-md border border-slate-200 bg-white p-3 focus-visible:outline-2 focus-visible:outline-brand-600">
          {loading || preview?.source !== value ? (
            <p className="flex items-center gap-2 text-sm text-slate-500">
              <Loader2 aria-hidden className="size-4 animate-spin" /> Rendering the preview…
            </p>
          ) : preview.error ? (
            <p className="text-sm text-red-700">{preview.error}</p>
          ) : preview.html ? (
            <MarkdownContent html={preview.html} testId={`${id}-preview`} />
          ) : (
            <p className="text-sm text-slate-500">Nothing to preview yet.</p>
          )}
        </Tabs.Content>
      </Tabs.Root>
      <FieldMessages id={id} hint={hint} errors={errors} />
    </div>
  );
}
