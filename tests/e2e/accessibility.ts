import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Every page gets an axe scan; serious and critical violations fail the test, and each one is printed
// with the rule, its help link and the offending elements so the failure says what to fix.

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);

type Violation = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

function describe(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `      - ${n.target.join(' ')}\n        ${n.failureSummary?.replaceAll('\n', '\n        ') ?? ''}`)
        .join('\n');
      const more = v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '';
      return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
}

/** Scans the page as it is now. Fails on serious/critical violations; lists milder ones as an annotation. */
export async function expectNoSeriousA11yViolations(page: Page, label = page.url()): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const failing = violations.filter((v) => FAILING_IMPACTS.has(v.impact ?? ''));
  const minor = violations.filter((v) => !FAILING_IMPACTS.has(v.impact ?? ''));
  if (minor.length) {
    test.info().annotations.push({ type: 'a11y (minor)', description: `${label}: ${minor.map((v) => `${v.id} (${v.impact})`).join(', ')}` });
  }
  if (failing.length) console.log(`\nAccessibility violations on ${label}:\n${describe(failing)}\n`);
  expect(failing.map((v) => `${v.impact}: ${v.id} (${v.nodes.length} element(s))`), `Serious or critical accessibility violations on ${label}:\n${describe(failing)}`).toEqual([]);
}
