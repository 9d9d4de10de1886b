'use client';

import { CalendarPlus, Check, Copy, Loader2, RefreshCw } from 'lucide-react';
import { useActionState, useState } from 'react';
import { FormFeedback } from '../profile/form-feedback';
import type { FormAction } from '../ui/action-types';
import { Button } from '../ui/button';
import { InlineActionForm } from '../ui/inline-action-form';

function CopyUrlButton({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      type="button"
      variant="secondary"
      className="shrink-0"
      onClick={async () => {
        await navigator.clipboard.writeText(url);
        setCopied(true);
      }}
    >
      {copied ? <Check aria-hidden className="size-4 text-emerald-700" /> : <Copy aria-hidden className="size-4" />}
      {copied ? 'Copied' : 'Copy URL'}
    </Button>
  );
}

/** The new feed URL, shown this once, and how to subscribe to it in the common calendar apps. */
function NewFeedUrl({ url }: { url: string }) {
  return (
    <section aria-labelledby="feed-url-title" className="rounded-lg border border-emerald-200 bg-emerald-50/60 p-4" data-testid="calendar-feed-url">
      <h3 id="feed-url-title" className="text-sm font-semibold text-emerald-900">
        Copy your feed URL now
      </h3>
      <p className="mt-1 text-sm text-emerald-900">It is shown only this once. Anyone with it can see your sessions, so keep it to yourself.</p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row sm:items-center">
        <input
          readOnly
          value={url}
          aria-label="Calendar feed URL"
          onFocus={(event) => event.currentTarget.select()}
          className="w-full min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs text-slate-900"
        />
        <CopyUrlButton url={url} />
      </div>
      <h4 className="mt-4 text-sm font-medium text-slate-900">Add it to your calendar</h4>
      <ul className="mt-1.5 flex flex-col gap-1.5 text-sm text-slate-700">
        <li>
          <span className="font-medium text-slate-900">Google Calendar:</span> Other calendars → + → From URL, paste the URL, Add calendar.
        </li>
        <li>
          <span className="font-medium text-slate-900">Outlook:</span> Add calendar → Subscribe from web, paste the URL, Import.
        </li>
        <li>
          <span className="font-medium text-slate-900">Apple Calendar:</span> File → New Calendar Subscription, paste the URL, Subscribe.
        </li>
      </ul>
      <p className="mt-2 text-xs text-slate-600">Calendar apps refresh subscriptions on their own schedule, from every few minutes to about a day.</p>
    </section>
  );
}

/** Create, replace or turn off the person's private calendar feed URL. */
export function CalendarFeedPanel({
  orgSlug,
  since,
  createAction,
  revokeAction,
}: {
  orgSlug: string;
  /** When the live feed was made, already formatted for the viewer; null when there is none. */
  since: string | null;
  createAction: FormAction<{ url: string }>;
  revokeAction: FormAction<{ revoked: true }>;
}) {
  const [state, formAction, pending] = useActionState(createAction, null);
  const fresh = state?.ok ? state.data.url : null;
  return (
    <div className="flex flex-col gap-4">
      {fresh && since ? (
        <NewFeedUrl url={fresh} />
      ) : since ? (
        <p className="text-sm text-slate-700" data-testid="calendar-feed-status">
          Your feed URL is on, since {since}. For your safety it was shown only when you made it: if you need it again, make a new one (the old one stops working).
        </p>
      ) : (
        <p className="text-sm text-slate-700" data-testid="calendar-feed-status">
          You have no feed URL. Make one to see your booked sessions in Google Calendar, Outlook or Apple Calendar.
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <form
          action={formAction}
          onSubmit={(event) => {
            if (since && !window.confirm('Make a new feed URL? Calendars subscribed to the current one stop getting updates.')) event.preventDefault();
          }}
        >
          <input type="hidden" name="orgSlug" value={orgSlug} />
          <Button type="submit" variant={since ? 'secondary' : 'primary'} disabled={pending}>
            {pending ? <Loader2 aria-hidden className="size-4 animate-spin" /> : since ? <RefreshCw aria-hidden className="size-4" /> : <CalendarPlus aria-hidden className="size-4" />}
            {since ? 'Make a new URL' : 'Create feed URL'}
          </Button>
        </form>
        {since && (
          <InlineActionForm
            action={revokeAction}
            fields={{ orgSlug }}
            label="Turn off feed"
            tone="danger"
            confirmText="Turn off your calendar feed? Subscribed calendars stop getting updates."
            className="[&>button]:h-9 [&>button]:px-3 [&>button]:text-sm"
          />
        )}
        {!state?.ok && <FormFeedback state={state} />}
      </div>
    </div>
  );
}
