import { ArrowLeft, Inbox } from 'lucide-react';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OutboxInvite } from '@/components/auth/outbox-invite';
import { OutboxMailText } from '@/components/auth/outbox-mail-text';
import { EmptyState } from '@/components/ui/empty-state';
import { PublicPage } from '@/components/shell/public-page';
import { listDevOutbox } from '@/lib/auth/dev-outbox';

// Demo mode only (404 otherwise): mail Peerbridge kept instead of sending because no SMTP server is set up.

export const metadata: Metadata = { title: 'Dev outbox', robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';

const SHOWN = 50;
const sentAt = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });

export default async function DevOutboxPage() {
  const mails = await listDevOutbox(SHOWN);
  if (!mails) notFound();
  return (
    <PublicPage title="Dev outbox">
        <p className="mt-2 text-sm text-slate-600">
          This demo has no mail server (<code className="font-mono">SMTP_URL</code> is not set), so Peerbridge keeps outgoing mail here instead of sending it. Newest first; the latest{' '}
          {SHOWN}. Only demo mode shows this page.
        </p>
        <Link href="/sign-in" className="mt-4 inline-flex items-center gap-1.5 text-sm font-medium text-brand-700 underline underline-offset-2">
          <ArrowLeft aria-hidden className="size-4" />
          Back to sign-in
        </Link>
        {mails.length === 0 ? (
          <div className="mt-6">
            <EmptyState icon={Inbox} title="No mail yet">
              Ask for a sign-in link on the sign-in page, and it shows up here.
            </EmptyState>
          </div>
        ) : (
          <ol className="mt-6 flex flex-col gap-4" aria-label="Mails, newest first">
            {mails.map((mail) => (
              <li key={mail.id}>
                <article aria-labelledby={`mail-${mail.id}`} className="rounded-lg border border-slate-200 bg-white p-5 shadow-xs" data-testid="outbox-mail">
                  <h2 id={`mail-${mail.id}`} className="text-base font-semibold text-slate-900">
                    {mail.subject}
                  </h2>
                  <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                    <dt className="text-slate-500">To</dt>
                    <dd className="break-all text-slate-900">{mail.to}</dd>
                    <dt className="text-slate-500">Sent</dt>
                    <dd className="text-slate-900">
                      <time dateTime={mail.createdAt.toISOString()}>{sentAt.format(mail.createdAt)} UTC</time>
                    </dd>
                  </dl>
                  <div className="mt-4 border-t border-slate-100 pt-4">
                    <OutboxMailText text={mail.text} />
                    {mail.ics && <OutboxInvite id={mail.id} ics={mail.ics} />}
                  </div>
                </article>
              </li>
            ))}
          </ol>
        )}
    </PublicPage>
  );
}
