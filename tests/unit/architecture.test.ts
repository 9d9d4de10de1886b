import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Guards on the shape DESIGN.md describes, checked on the source itself.

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((entry) => {
    const path = join(dir, entry);
    if (entry === 'generated') return [];
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry) ? [path] : [];
  });
}

const files = [...sourceFiles('app'), ...sourceFiles('components'), ...sourceFiles('lib')];
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const imports = (path: string) => [...read(path).matchAll(/from '([^']+)'/g)].map((m) => m[1]!);

describe('architecture', () => {
  it('lets only reviewed modules bypass withTenant (lib/db/system.ts and its callers)', () => {
    const systemCallers = ['lib/auth/', 'lib/seed/', 'lib/mail/', 'lib/invitations/accept-invitation.ts', 'lib/orgs/create-organization.ts', 'lib/orgs/join-by-domain.ts', 'lib/calendar-feed/read-calendar-feed.ts'];
    for (const file of files) {
      const uses = imports(file);
      if (!file.startsWith('lib/db/')) expect(uses.some((u) => /db\/client$/.test(u)), `${file} imports the raw client`).toBe(false);
      if (uses.some((u) => /db\/system$/.test(u))) expect(systemCallers.some((p) => file.startsWith(p)), `${file} imports lib/db/system`).toBe(true);
    }
  });

  it('keeps lib free of app and components imports', () => {
    for (const file of files.filter((f) => f.startsWith('lib/'))) {
      expect(imports(file).filter((u) => u.startsWith('@/app') || u.startsWith('@/components') || /\.\.\/(app|components)\//.test(u)), file).toEqual([]);
    }
  });

  it('builds every exported server action with tenantAction or userAction', () => {
    const actionFiles = files.filter((f) => read(f).startsWith("'use server'"));
    expect(actionFiles.length).toBeGreaterThan(0);
    for (const file of actionFiles) {
      const exports = [...read(file).matchAll(/^export (const|async function|function) (\w+)(.*)$/gm)];
      for (const [, kind, name, rest] of exports) expect(kind === 'const' && /(tenantAction|userAction)\(/.test(rest!), `${relative(ROOT, file)}: ${name}`).toBe(true);
    }
  });
});
