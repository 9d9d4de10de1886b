'use client';

import { CheckCircle2, Eye, FileUp, Loader2, TriangleAlert } from 'lucide-react';
import { useActionState, useState } from 'react';
import type { TaxonomyImportReport } from '@/lib/skills';
import type { FormAction } from '../ui/action-types';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { CsvFileField } from '../ui/csv-file-field';
import { submitWithoutReset } from '../ui/submit-without-reset';

const SHOWN_LINES = 200;

const OUTCOME = {
  new: { label: 'New', tone: 'brand' },
  changed: { label: 'Changed', tone: 'amber' },
  unchanged: { label: 'Unchanged', tone: 'slate' },
} as const;

/**
 * The taxonomy import: choose a file, preview what each line would do, then apply. The file is read in the
 * browser and sent as text; apply sends the same text again and is refused if any line has an error.
 */
export function ImportTaxonomyForm<R extends TaxonomyImportReport>({ orgSlug, action }: { orgSlug: string; action: FormAction<R> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState('');
  const report = state?.ok ? state.data : null;
  const failed = state && !state.ok ? state : null;
  const canApply = report && report.mode === 'preview' && report.errors.length === 0 && report.created + report.updated + report.alsoUpdated > 0;
  const shown = report ? report.lines.filter((l) => l.outcome !== 'unchanged') : [];

  return (
    <div className="flex flex-col gap-4">
      <form
        onSubmit={submitWithoutReset(formAction)}
        className="flex flex-col gap-3"
      >
        <input type="hidden" name="orgSlug" value={orgSlug} />
        <input type="hidden" name="csv" value={csv} />
        <CsvFileField
          id="taxonomy-file"
          hint="Columns: name, kind (category or skill), parent, description, synonyms and related (each separated by “;”), status (approved, retired). Rows match skills by name; nothing is deleted. A column left out of the file leaves that field alone."
          onFile={(text, name) => {
            setFileName(name);
            setCsv(text);
          }}
        />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" name="mode" value="preview" variant="secondary" disabled={pending || !csv}>
            {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <Eye aria-hidden className="size-4" />}
            Preview
          </Button>
          {canApply && (
            <Button type="submit" name="mode" value="apply" disabled={pending}>
              <FileUp aria-hidden className="size-4" />
              Apply {report.created + report.updated + report.alsoUpdated} {report.created + report.updated + report.alsoUpdated === 1 ? 'change' : 'changes'}
            </Button>
          )}
        </div>
      </form>

      <div role="status" aria-live="polite" className="text-sm empty:sr-only" data-testid="import-result">
        {failed && <p className="text-red-700">{failed.fieldErrors.csv?.[0] ?? failed.error}</p>}
        {report?.applied && (
          <p className="flex items-start gap-1.5 text-emerald-800">
            <CheckCircle2 aria-hidden className="mt-0.5 size-4 shrink-0" />
            Imported {fileName || 'the file'}: {report.created} new, {report.updated} changed, {report.unchanged} unchanged.
          </p>
        )}
        {report && !report.applied && report.errors.length > 0 && (
          <p className="flex items-start gap-1.5 text-amber-800">
            <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
            {report.mode === 'apply' ? 'Nothing was imported: ' : ''}
            {new Set(report.errors.map((e) => e.line)).size === 1 ? '1 line has' : `${new Set(report.errors.map((e) => e.line)).size} lines have`} errors. Fix the file and preview it again; nothing is applied until every line is fine.
          </p>
        )}
        {report && report.mode === 'preview' && report.errors.length === 0 && (
          <p className="text-slate-700">
            Preview: {report.created} new, {report.updated} changed, {report.unchanged} unchanged
            {report.alsoUpdated > 0 ? `, and ${report.alsoUpdated} other ${report.alsoUpdated === 1 ? 'skill gets' : 'skills get'} a changed relation` : ''}.
            {canApply ? ' Nothing is saved until you apply.' : ' There is nothing to apply.'}
          </p>
        )}
        {report && report.ignoredColumns.length > 0 && <p className="mt-1 text-xs text-slate-600">Ignored columns: {report.ignoredColumns.join(', ')}.</p>}
      </div>

      {report && report.errors.some((e) => e.line === 0) && (
        <ul className="list-disc pl-5 text-sm text-red-700">
          {report.errors.filter((e) => e.line === 0).map((e) => <li key={e.message}>{e.message}</li>)}
        </ul>
      )}
      {shown.length > 0 && (
        <div className="overflow-x-auto rounded-md border border-slate-200">
          <table className="w-full text-left text-sm" data-testid="import-lines">
            <caption className="sr-only">What each line of the file does</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">Line</th>
                <th scope="col" className="px-3 py-2 font-semibold">Name</th>
                <th scope="col" className="px-3 py-2 font-semibold">Result</th>
                <th scope="col" className="px-3 py-2 font-semibold">Details</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {shown.slice(0, SHOWN_LINES).map((line) => (
                <tr key={line.line} data-testid={`import-line-${line.line}`}>
                  <td className="px-3 py-1.5 align-top tabular-nums text-slate-600">{line.line}</td>
                  <td className="px-3 py-1.5 align-top font-medium text-slate-900">{line.name || '—'}</td>
                  <td className="px-3 py-1.5 align-top">
                    {line.outcome === 'error' ? (
                      <span className="inline-flex items-center rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800">Error</span>
                    ) : (
                      <Badge tone={OUTCOME[line.outcome].tone}>{OUTCOME[line.outcome].label}</Badge>
                    )}
                  </td>
                  <td className="px-3 py-1.5 align-top text-slate-700 wrap-anywhere">
                    {[...line.errors, ...line.changes].map((text) => (
                      <span key={text} className={`block ${line.errors.includes(text) ? 'text-red-700' : ''}`}>
                        {text}
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {shown.length > SHOWN_LINES && <p className="px-3 py-2 text-xs text-slate-500">…and {shown.length - SHOWN_LINES} more lines.</p>}
          {report && report.unchanged > 0 && <p className="border-t border-slate-100 px-3 py-2 text-xs text-slate-500">{report.unchanged} unchanged {report.unchanged === 1 ? 'line is' : 'lines are'} not listed.</p>}
        </div>
      )}
    </div>
  );
}
