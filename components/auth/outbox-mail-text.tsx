import type { ReactNode } from 'react';

// A dev-outbox mail's plain text with its http(s) addresses as links. Text only: the HTML version of a mail is
// never rendered, so nothing in a mail can run script or restyle the page.

const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;

export function OutboxMailText({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    const start = match.index;
    if (start > last) parts.push(text.slice(last, start));
    parts.push(
      <a key={start} href={url} className="break-all font-medium text-brand-700 underline underline-offset-2">
        {url}
      </a>,
    );
    last = start + url.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <div className="whitespace-pre-wrap break-words text-sm leading-relaxed text-slate-800">{parts}</div>;
}
