'use client';

import { CheckCircle2, FileUp, Loader2, TriangleAlert } from 'lucide-react';
import { useActionState, useState } from 'react';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import type { EmployeeImportReport } from '@/lib/people/import';
import { CsvFileField } from '../ui/csv-file-field';
import { submitWithoutReset } from '../ui/submit-without-reset';

type ImportReportView = EmployeeImportReport;

const SHOWN_ERRORS = 50;

/** A row can have several errors; people count rows. */
function errorLineCount(report: ImportReportView): number {
  return new Set(report.errors.map((e) => e.line)).size;
}

/** Why a report was not applied, and what to do about it. */
function notAppliedReason(report: ImportReportView): string {
  if (report.errors.some((e) => !e.line)) return 'the file itself has a problem (see below). Fix it and import it again.';
  const lines = errorLineCount(report);
  if (report.rows > 0 && lines >= report.rows) return 'every row has errors. Fix the file and import it again.';
  return `${lines === 1 ? '1 row has errors' : `${lines} rows have errors`}. Fix the file, or tick “Import the valid rows”.`;
}

/** "2 added, 1 updated" — only the counts that are not zero. */
function countsSummary(report: ImportReportView): string {
  const parts = [
    [report.created, 'added'],
    [report.updated, 'updated'],
    [report.unchanged, 'unchanged'],
    [report.skipped, 'skipped'],
  ] as const;
  return parts
    .filter(([count]) => count > 0)
    .map(([count, label]) => `${count} ${label}`)
    .join(', ');
}

/**
 * CSV import on the members page: the file is read in the browser and sent as text with the form. Submitted
 * through onSubmit rather than `action`, so React does not reset the form afterwards: the chosen file and the
 * "import the valid rows" box stay as they were, ready for a second try.
 */
export function ImportEmployeesForm<R extends ImportReportView>({ orgSlug, action }: { orgSlug: string; action: FormAction<R> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [csv, setCsv] = useState('');
  const report = state?.ok ? state.data : null;
  const failed = state && !state.ok ? state : null;

  return (
    <div className="flex flex-col gap-4">
      <form
        onSubmit={submitWithoutReset(formAction)}
        className="flex flex-col gap-3"
      >
        <input type="hidden" name="orgSlug" value={orgSlug} />
        <input type="hidden" name="csv" value={csv} />
        <CsvFileField
          id="import-file"
          hint="Columns: name, email, title, department, location, region, manager email, time zone. Re-importing a file updates people instead of duplicating them."
          onFile={(text) => setCsv(text)}
        />
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="skipInvalid" className="size-4 accent-brand-600" />
          Import the valid rows even if some rows have errors
        </label>
        <div>
          <Button type="submit" variant="secondary" disabled={pending || !csv}>
            {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : <FileUp aria-hidden className="size-4" />}
            {pending ? 'Importing…' : 'Import'}
          </Button>
        </div>
      </form>
      <div role="status" aria-live="polite" className="text-sm empty:sr-only" data-testid="import-result">
        {failed && <p className="text-red-700">{failed.fieldErrors.csv?.[0] ?? failed.error}</p>}
        {report?.applied && (
          <p className="flex items-start gap-1.5 text-emerald-800">
            <CheckCircle2 aria-hidden className="mt-0.5 size-4 shrink-0" />
            <span>
              Imported {report.rows === 1 ? '1 row' : `${report.rows} rows`}
              {countsSummary(report) ? `: ${countsSummary(report)}.` : '.'}
              {report.departmentsCreated.length > 0 && ` New departments: ${report.departmentsCreated.join(', ')}.`}
              {report.locationsCreated.length > 0 && ` New locations: ${report.locationsCreated.join(', ')}.`}
            </span>
          </p>
        )}
        {report && !report.applied && (
          <p className="flex items-start gap-1.5 text-amber-800">
            <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
            <span>Nothing was imported: {notAppliedReason(report)}</span>
          </p>
        )}
        {report && report.ignoredColumns.length > 0 && (
          <p className="mt-1 pl-5.5 text-xs text-slate-600">Ignored columns: {report.ignoredColumns.join(', ')}.</p>
        )}
      </div>
      {report && report.errors.length > 0 && (
        <div className="overflow-x-auto rounded-md border border-slate-200">
          <table className="w-full text-left text-sm" data-testid="import-errors">
            <caption className="sr-only">Rows with errors</caption>
            <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-3 py-2 font-semibold">Line</th>
                <th scope="col" className="px-3 py-2 font-semibold">Problem</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {report.errors.slice(0, SHOWN_ERRORS).map((error, index) => (
                <tr key={`${error.line}-${index}`}>
                  <td className="px-3 py-1.5 align-top tabular-nums text-slate-600">{error.line || 'file'}</td>
                  <td className="px-3 py-1.5 align-top text-slate-800 wrap-anywhere">{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.errors.length > SHOWN_ERRORS && <p className="px-3 py-2 text-xs text-slate-500">…and {report.errors.length - SHOWN_ERRORS} more. Fix these first and import again.</p>}
        </div>
      )}
    </div>
  );
}
