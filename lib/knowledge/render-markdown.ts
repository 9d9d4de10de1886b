import type { Element, ElementContent, Root } from 'hast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { z } from 'zod';

// Markdown written by people (artifacts, design-thinking outputs) → HTML that is safe to put in a page.
// Safe by construction: remark-rehype drops raw HTML (allowDangerousHtml stays off), and the sanitizer then
// allows only GitHub's list of tags and attributes (no script/style/iframe, no on* handlers, no style) with
// links limited to http(s), mailto and fragments within the document. Images become links to the image: the
// page's CSP loads no outside images, and a link does not fetch anything when the page is opened.

const LINK_REL = ['noopener', 'noreferrer', 'nofollow'];
const SAFE_HREF = /^(https?:|mailto:)/i;

function imagesToLinks() {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      node.children = node.children.map((child): ElementContent => {
        if (child.type !== 'element') return child as ElementContent;
        if (child.tagName !== 'img') {
          visit(child);
          return child;
        }
        const text = String(child.properties.alt ?? '') || 'Image';
        return { type: 'element', tagName: 'a', properties: { href: child.properties.src }, children: [{ type: 'text', value: text }] };
      }) as typeof node.children;
    };
    visit(tree);
  };
}

/**
 * Relative and protocol-relative links go (only http(s) and mailto leave the document); fragment links get
 * the document's id prefix, like the ids the sanitizer prefixed (footnotes); every link gets rel.
 */
function finishLinks(idPrefix: string) {
  return (tree: Root) => {
    const visit = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const href = child.tagName === 'a' ? child.properties.href : undefined;
        if (typeof href === 'string' && href.startsWith('#')) child.properties.href = `#${idPrefix}${href.slice(1)}`;
        else if (typeof href === 'string' && !SAFE_HREF.test(href)) delete child.properties.href;
        if (child.properties.href) child.properties.rel = LINK_REL;
        visit(child);
      }
    };
    visit(tree);
  };
}

/**
 * Sanitized HTML for a markdown text (GitHub-flavoured: tables, task lists, strikethrough, autolinks).
 * `idPrefix` keeps the ids of several documents on one page apart (footnotes).
 */
export function renderMarkdown(markdown: string, idPrefix = 'md-'): string {
  const schema: SanitizeSchema = {
    ...defaultSchema,
    tagNames: (defaultSchema.tagNames ?? []).filter((tag) => tag !== 'img'),
    protocols: { href: ['http', 'https', 'mailto'], cite: ['http', 'https'] },
    clobberPrefix: idPrefix,
  };
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { clobberPrefix: '' })
    .use(imagesToLinks)
    .use(rehypeSanitize, schema)
    .use(finishLinks, idPrefix)
    .use(rehypeStringify);
  return String(processor.processSync(markdown));
}

export const previewMarkdownInput = z.object({ markdown: z.string().max(50_000, 'Keep the text under 50,000 characters.') });

export type PreviewMarkdownInput = z.output<typeof previewMarkdownInput>;
