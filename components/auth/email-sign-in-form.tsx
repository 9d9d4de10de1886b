'use client';

import { Loader2, MailCheck } from 'lucide-react';
import Link from 'next/link';
import { getCsrfToken } from 'next-auth/react';
import { useRef, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Field, describedBy, inputClass } from '@/components/ui/field';
import { EMAIL_ADDRESS_MESSAGE, emailAddressSchema } from '@/lib/auth/email-address';
import { MAGIC_LINK_MAX_AGE_MINUTES } from '@/lib/auth/magic-link-lifetime';
import { signInErrorCode, signInErrorMessage, tooManyAttempts } from '@/lib/auth/sign-in-errors';

type Outcome = { ok: true } | { ok: false; error: string | null; retryAfterMinutes: number | undefined };

/**
 * Asks next-auth's email provider for a link: the same request next-auth's signIn() sends, read here directly
 * so a refusal can say how long to wait (signIn() keeps only the error code).
 */
async function requestMagicLink(email: string, callbackUrl: string): Promise<Outcome> {
  const csrfToken = (await getCsrfToken()) ?? '';
  const response = await fetch('/api/auth/signin/email', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, callbackUrl, csrfToken, json: 'true' }),
  });
  const data = (await response.json()) as { url?: string };
  const url = new URL(data.url ?? '/', window.location.href);
  if (response.ok && url.pathname.endsWith('/verify-request')) return { ok: true };
  const retryAfter = Number(url.searchParams.get('retryAfter'));
  return { ok: false, error: url.searchParams.get('error'), retryAfterMinutes: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined };
}

export function EmailSignInForm({ callbackUrl, demo }: { callbackUrl: string; demo: boolean }) {
  const [email, setEmail] = useState('');
  const [fieldErrors, setFieldErrors] = useState<string[] | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const confirmationRef = useRef<HTMLHeadingElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = emailAddressSchema.safeParse(email);
    if (!parsed.success) {
      setFieldErrors([EMAIL_ADDRESS_MESSAGE]);
      setFormError(null);
      inputRef.current?.focus();
      return;
    }
    setFieldErrors(undefined);
    setFormError(null);
    setPending(true);
    try {
      const outcome = await requestMagicLink(parsed.data, callbackUrl);
      if (outcome.ok) {
        setSentTo(parsed.data);
        requestAnimationFrame(() => confirmationRef.current?.focus());
      } else if (outcome.error === 'RateLimited') {
        setFormError(tooManyAttempts(outcome.retryAfterMinutes));
      } else {
        setFormError(signInErrorMessage(signInErrorCode(outcome.error) ?? 'Default'));
      }
    } catch {
      setFormError('We could not reach Peerbridge. Check your connection and try again.');
    } finally {
      setPending(false);
    }
  }

  if (sentTo) {
    return (
      <div role="status" className="flex gap-3 text-sm text-slate-700">
        <span className="flex size-9 shrink-0 items-center justify-center rounded-full bg-emerald-50 text-emerald-700">
          <MailCheck aria-hidden className="size-5" />
        </span>
        <div className="min-w-0">
          <h2 ref={confirmationRef} tabIndex={-1} className="text-base font-semibold text-slate-900 focus:outline-none">
            Check your email
          </h2>
          <p className="mt-1">
            We sent a sign-in link to <strong className="font-medium text-slate-900 wrap-break-word">{sentTo}</strong>. It works once and expires in {MAGIC_LINK_MAX_AGE_MINUTES} minutes. Nothing
            there? Check your spam folder.
          </p>
          {demo && (
            <p className="mt-2">
              This demo sends no real mail: open the{' '}
              <Link href="/dev/outbox" className="font-medium text-brand-700 underline underline-offset-2">
                dev outbox
              </Link>{' '}
              to find the link.
            </p>
          )}
          <button
            type="button"
            onClick={() => {
              setSentTo(null);
              requestAnimationFrame(() => inputRef.current?.focus());
            }}
            className="mt-3 font-medium text-brand-700 underline underline-offset-2"
          >
            Use a different address
          </button>
        </div>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={submit} className="flex flex-col gap-3" aria-label="Sign in with an email link">
      {formError && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      )}
      <Field id="sign-in-email" label="Work email" hint="We’ll email you a link that signs you in. No password needed." errors={fieldErrors}>
        <input
          ref={inputRef}
          id="sign-in-email"
          name="email"
          type="email"
          autoComplete="email"
          inputMode="email"
          spellCheck={false}
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          placeholder="name@company.com"
          className={inputClass}
          {...describedBy('sign-in-email', fieldErrors)}
        />
      </Field>
      <Button type="submit" disabled={pending} className="w-full">
        {pending && <Loader2 aria-hidden className="size-4 animate-spin" />}
        {pending ? 'Sending…' : 'Email me a sign-in link'}
      </Button>
    </form>
  );
}
