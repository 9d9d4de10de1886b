'use client';

import { Check, Copy, KeyRound } from 'lucide-react';
import { useState } from 'react';
import type { CreatedApiToken } from '@/lib/api-tokens';

function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={async () => {
        await navigator.clipboard.writeText(text);
        setCopied(true);
      }}
      className="inline-flex h-8 shrink-0 items-center gap-1.5 rounded-md border border-slate-300 bg-white px-2.5 text-xs font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      {copied ? <Check aria-hidden className="size-3.5 text-emerald-700" /> : <Copy aria-hidden className="size-3.5" />}
      {copied ? 'Copied' : label}
    </button>
  );
}

/** The just-created token, shown this once, with a ready-to-run request. */
export function NewApiToken({ token, apiBase }: { token: CreatedApiToken; apiBase: string }) {
  const curl = `curl -H "Authorization: Bearer ${token.token}" ${apiBase}/sessions`;
  return (
    <section aria-labelledby="new-token-title" className="rounded-lg border border-emerald-200 bg-emerald-50/60 p-4" data-testid="new-api-token">
      <h3 id="new-token-title" className="flex items-center gap-2 text-sm font-semibold text-emerald-900">
        <KeyRound aria-hidden className="size-4" /> Copy your new token “{token.name}” now
      </h3>
      <p role="status" className="mt-1 text-sm text-emerald-900">
        It will not be shown again. Keep it like a password: anyone with it can act as you within its permissions.
      </p>
      <div className="mt-3 flex flex-col items-start gap-2 sm:flex-row">
        <code className="w-full min-w-0 flex-1 select-all break-all rounded-md border border-slate-300 bg-white px-3 py-1.5 font-mono text-xs text-slate-900" data-testid="new-api-token-value">
          {token.token}
        </code>
        <CopyButton text={token.token} label="Copy token" />
      </div>
      <p className="mt-3 text-xs font-medium text-slate-700">Try it:</p>
      <div className="mt-1 flex flex-col items-start gap-2 sm:flex-row">
        <pre className="w-full min-w-0 flex-1 whitespace-pre-wrap break-all rounded-md bg-slate-900 px-3 py-2 font-mono text-xs text-slate-100">
          <code>{curl}</code>
        </pre>
        <CopyButton text={curl} label="Copy command" />
      </div>
    </section>
  );
}
