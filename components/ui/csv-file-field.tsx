'use client';

import type { ReactNode } from 'react';

/** A labelled CSV file picker that hands the file's text (and name) to the form, with a hint on its columns. */
export function CsvFileField({ id, hint, onFile }: { id: string; hint: ReactNode; onFile: (text: string, fileName: string) => void }) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        CSV file
      </label>
      <input
        id={id}
        type="file"
        accept=".csv,text/csv"
        aria-describedby={`${id}-hint`}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          onFile(file ? await file.text() : '', file?.name ?? '');
        }}
        className="max-w-full text-sm text-slate-700 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-medium file:text-slate-800 hover:file:bg-slate-50"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {hint}
      </p>
    </div>
  );
}
