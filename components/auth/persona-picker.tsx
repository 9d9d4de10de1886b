'use client';

import { Loader2 } from 'lucide-react';
import { signIn } from 'next-auth/react';
import { useState } from 'react';

export interface PersonaOption {
  userId: string;
  name: string;
  orgSlug: string;
  orgName: string;
  roleLabel: string;
  blurb: string;
  alsoIn: string[];
}

export function PersonaPicker({ personas, callbackUrl }: { personas: PersonaOption[]; callbackUrl?: string }) {
  const [pending, setPending] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const orgs = [...new Map(personas.map((p) => [p.orgSlug, p.orgName]))];

  async function choose(persona: PersonaOption) {
    setPending(`${persona.orgSlug}:${persona.userId}`);
    setFailed(false);
    const result = await signIn('demo', { userId: persona.userId, callbackUrl: callbackUrl ?? `/o/${persona.orgSlug}`, redirect: false });
    if (result?.ok && result.url) {
      window.location.assign(result.url);
    } else {
      setPending(null);
      setFailed(true);
    }
  }

  return (
    <div className="mt-6 flex flex-col gap-8">
      {failed && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          That persona could not sign in. Reseed the demo (<code className="font-mono">npm run cli -- seed:demo</code>) and try again.
        </p>
      )}
      {orgs.map(([slug, orgName]) => (
        <section key={slug} aria-labelledby={`org-${slug}`}>
          <h2 id={`org-${slug}`} className="text-sm font-semibold uppercase tracking-wide text-slate-500">
            {orgName}
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {personas
              .filter((p) => p.orgSlug === slug)
              .map((persona) => {
                const key = `${persona.orgSlug}:${persona.userId}`;
                return (
                  <li key={key}>
                    <button
                      type="button"
                      disabled={pending !== null}
                      onClick={() => choose(persona)}
                      className="flex h-full w-full flex-col items-start rounded-lg border border-slate-200 bg-white p-4 text-left shadow-xs transition hover:border-brand-500 hover:shadow-sm disabled:opacity-60"
                    >
                      <span className="flex w-full items-center justify-between gap-2">
                        <span className="font-semibold text-slate-900">{persona.name}</span>
                        <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">{persona.roleLabel}</span>
                      </span>
                      <span className="mt-1 text-sm text-slate-600">{persona.blurb}</span>
                      {persona.alsoIn.length > 0 && <span className="mt-2 text-xs text-slate-500">Also a member of {persona.alsoIn.join(', ')}</span>}
                      {pending === key && (
                        <span className="mt-2 inline-flex items-center gap-1.5 text-xs text-brand-700">
                          <Loader2 aria-hidden className="size-3.5 animate-spin" /> Signing in…
                        </span>
                      )}
                    </button>
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}
