// Styles for HTML made by renderMarkdown (already sanitized on the server): a calm, compact type scale.
const PROSE = [
  'text-sm leading-6 text-slate-800 break-words',
  '[&>*+*]:mt-3 [&_h1]:text-base [&_h1]:font-semibold [&_h2]:text-base [&_h2]:font-semibold [&_h3]:font-semibold [&_h4]:font-semibold',
  '[&_h1]:text-slate-900 [&_h2]:text-slate-900 [&_h3]:text-slate-900',
  '[&_ul]:list-disc [&_ol]:list-decimal [&_ul]:pl-5 [&_ol]:pl-5 [&_li+li]:mt-1 [&_ul.contains-task-list]:list-none [&_ul.contains-task-list]:pl-0 [&_input]:mr-1.5 [&_input]:align-middle',
  // Only real links look like links: the sanitizer leaves an unsafe link as plain text without its href.
  '[&_a[href]]:font-medium [&_a[href]]:text-brand-700 [&_a[href]]:underline [&_a[href]]:underline-offset-2',
  '[&_blockquote]:border-l-2 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_blockquote]:text-slate-600',
  '[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:py-0.5 [&_code]:text-[0.8125rem] [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-slate-50 [&_pre]:p-3 [&_pre_code]:bg-transparent [&_pre_code]:p-0',
  '[&_table]:block [&_table]:overflow-x-auto [&_table]:text-left [&_th]:border-b [&_th]:border-slate-200 [&_th]:px-2 [&_th]:py-1 [&_th]:font-semibold [&_td]:border-b [&_td]:border-slate-100 [&_td]:px-2 [&_td]:py-1',
  '[&_hr]:border-slate-200 [&_.footnotes]:text-xs [&_.footnotes]:text-slate-600',
].join(' ');

/** Sanitized markdown HTML (from renderMarkdown) in the app's type scale. */
export function MarkdownContent({ html, className = '', testId }: { html: string; className?: string; testId?: string }) {
  return <div className={`${PROSE} ${className}`} data-testid={testId} dangerouslySetInnerHTML={{ __html: html }} />;
}
