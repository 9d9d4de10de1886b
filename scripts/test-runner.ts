import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

// `npm test`: Vitest (unit + integration on real PostgreSQL), then Playwright (e2e in Chromium against the
// production build). Ends with one line "N passed, N failed, N skipped" over all suites, which CI reads.

type Run = (command: string, args: string[], env?: NodeJS.ProcessEnv) => Promise<number>;

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
}

const REPORTS = '.data/reports';

function readJson<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
}

async function runVitest(run: Run, projects: string[]): Promise<Totals> {
  const output = `${REPORTS}/vitest.json`;
  rmSync(output, { force: true });
  const code = await run('node_modules/.bin/vitest', ['run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]);
  const report = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number; testResults: { status: string; assertionResults: unknown[] }[] }>(output);
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  const brokenFiles = report.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  const failed = report.numFailedTests + brokenFiles;
  return { passed: report.numPassedTests, failed: failed || (code === 0 ? 0 : 1), skipped: report.numPendingTests + report.numTodoTests };
}

async function runPlaywright(run: Run): Promise<Totals> {
  const output = `${REPORTS}/playwright.json`;
  rmSync(output, { force: true });
  const code = await run('node_modules/.bin/playwright', ['test', '--reporter=list,json'], { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: output });
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(output);
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  const { expected, unexpected, flaky, skipped } = report.stats;
  return { passed: expected + flaky, failed: unexpected || (code === 0 ? 0 : 1), skipped };
}

export async function runTests(suite: string | undefined, { run }: { run: Run }): Promise<number> {
  mkdirSync(REPORTS, { recursive: true });
  const wanted = suite ? [suite] : ['unit', 'integration', 'e2e'];
  const unknown = wanted.filter((s) => !['unit', 'integration', 'e2e'].includes(s));
  if (unknown.length) {
    console.error(`Unknown test suite "${unknown.join(', ')}": use unit, integration or e2e.`);
    return 2;
  }
  const totals: Totals = { passed: 0, failed: 0, skipped: 0 };
  const add = (t: Totals) => {
    totals.passed += t.passed;
    totals.failed += t.failed;
    totals.skipped += t.skipped;
  };
  const vitestProjects = wanted.filter((s) => s !== 'e2e');
  if (vitestProjects.length) add(await runVitest(run, vitestProjects));
  if (wanted.includes('e2e')) add(await runPlaywright(run));
  const summary = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
  writeFileSync(`${REPORTS}/summary.txt`, `${summary}\n`);
  console.log(summary);
  return totals.failed === 0 ? 0 : 1;
}
