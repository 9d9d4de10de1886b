import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/knowledge/render-markdown';

// Markdown → HTML that is safe to put in a page, whatever people type.

const REL = 'rel="noopener noreferrer nofollow"';

describe('renderMarkdown: normal markdown', () => {
  it('renders headings, emphasis, lists, code, quotes and GFM tables, task lists and strikethrough', () => {
    expect(renderMarkdown('## Ideas\n\n**Bold**, _italic_ and ~~gone~~\n\n- one\n- two\n\n1. first\n\n> quoted\n\n`code`\n\n```ts\nconst a = 1;\n```')).toBe(
      '<h2>Ideas</h2>\n<p><strong>Bold</strong>, <em>italic</em> and <del>gone</del></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol>\n<li>first</li>\n</ol>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n<p><code>code</code></p>\n<pre><code class="language-ts">const a = 1;\n</code></pre>',
    );
    expect(renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |')).toBe('<table>\n<thead>\n<tr>\n<th>a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>');
    expect(renderMarkdown('- [x] done\n- [ ] open')).toBe('<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" checked disabled> done</li>\n<li class="task-list-item"><input type="checkbox" disabled> open</li>\n</ul>');
  });

  it('keeps http(s) and mailto links (autolinks too) and gives every link rel="noopener noreferrer nofollow"', () => {
    expect(renderMarkdown('[Board](https://miro.example/b) and http://x.example and mail@acme.example and [Mail](mailto:a@acme.example)')).toBe(
      `<p><a href="https://miro.example/b" ${REL}>Board</a> and <a href="http://x.example" ${REL}>http://x.example</a> and <a href="mailto:mail@acme.example" ${REL}>mail@acme.example</a> and <a href="mailto:a@acme.example" ${REL}>Mail</a></p>`,
    );
  });

  it('turns images into links to them (nothing is fetched when the page opens)', () => {
    expect(renderMarkdown('![Journey map](https://img.example/map.png)')).toBe(`<p><a href="https://img.example/map.png" ${REL}>Journey map</a></p>`);
    expect(renderMarkdown('![x](javascript:alert(1))')).toBe('<p><a>x</a></p>');
  });

  it('prefixes footnote ids and their links with the document’s prefix, so two documents on a page do not clash', () => {
    const html = renderMarkdown('Claim[^1]\n\n[^1]: Source', 'a7-');
    expect(html).toContain(`<a href="#a7-fn-1" id="a7-fnref-1" data-footnote-ref aria-describedby="a7-footnote-label" ${REL}>1</a>`);
    expect(html).toContain('<li id="a7-fn-1">');
    expect(html).toContain('id="a7-footnote-label"');
  });
});

describe('renderMarkdown: XSS vectors', () => {
  const vectors: [string, string][] = [
    ['<script>alert(1)</script>', ''],
    ['before <script>alert(1)</script> after', '<p>before alert(1) after</p>'],
    ['<img src=x onerror=alert(1)>', ''],
    ['<iframe src="https://evil.example"></iframe>', ''],
    ['<style>body { display: none }</style>', ''],
    ['<div onclick="alert(1)">click</div>', ''],
    ['<a href="https://ok.example" onmouseover="alert(1)">hover</a>', '<p>hover</p>'],
    ['<svg onload=alert(1)><circle r=5 /></svg>', '<p></p>'],
    ['<object data="x.swf"></object><embed src="x.swf">', '<p></p>'],
    ['<form action="https://evil.example"><input name=q></form>', ''],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', ''],
    ['[x](javascript:alert(1))', '<p><a>x</a></p>'],
    ['[x](JaVaScRiPt:alert(1))', '<p><a>x</a></p>'],
    ['[x](  javascript:alert(1))', '<p><a>x</a></p>'],
    ['[x](java\tscript:alert(1))', '<p>[x](java\tscript:alert(1))</p>'],
    ['[x](&#106;avascript:alert(1))', '<p><a>x</a></p>'],
    ['[x](vbscript:msgbox(1))', '<p><a>x</a></p>'],
    ['[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)', '<p><a>x</a></p>'],
    ['[x](//evil.example/path)', '<p><a>x</a></p>'],
    ['[x](/o/acme/settings)', '<p><a>x</a></p>'],
    ['<javascript:alert(1)>', '<p><a>javascript:alert(1)</a></p>'],
    ['[x](https://ok.example "title\\" onmouseover=\\"alert(1)")', `<p><a href="https://ok.example" title="title&#x22; onmouseover=&#x22;alert(1)" ${REL}>x</a></p>`],
  ];

  it.each(vectors)('%j', (markdown, expected) => {
    const html = renderMarkdown(markdown);
    expect(html).toBe(expected);
  });

  it('leaves no script, style, iframe, event handler or dangerous URL in any vector', () => {
    for (const [markdown] of vectors) {
      const html = renderMarkdown(markdown);
      expect(html).not.toMatch(/<(script|style|iframe|img|svg|object|embed|form|meta|input name)/i);
      // Attribute values are quoted with their quotes escaped, so an "onx=" inside a value is only text.
      expect(html.replace(/"[^"]*"/g, '""')).not.toMatch(/\son\w+=/i);
      expect(html).not.toMatch(/href="(?!https?:|mailto:|#)/i);
    }
  });
});
