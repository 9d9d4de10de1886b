import { describe, expect, it } from 'vitest';
import type { TaxonomyEntry } from '../../lib/skills/check-taxonomy';
import { formatTaxonomyCsv } from '../../lib/skills/format-taxonomy-csv';
import { planTaxonomyImport } from '../../lib/skills/plan-taxonomy-import';
import { parseTaxonomyCsv } from '../../lib/skills/taxonomy-csv';

const entry = (id: string, name: string, fields: Partial<TaxonomyEntry> = {}): TaxonomyEntry => ({
  id, name, kind: 'SKILL', status: 'APPROVED', parentId: null, description: null, synonyms: [], related: [], ...fields,
});

const existing = [
  entry('a-eng', 'Engineering', { kind: 'CATEGORY' }),
  entry('b-k8s', 'Kubernetes', { parentId: 'a-eng', synonyms: ['K8s'], related: ['c-docker'], description: 'Runs containers, "at scale", everywhere' }),
  entry('c-docker', 'Docker', { parentId: 'a-eng', related: ['b-k8s'] }),
  entry('d-flash', 'Flash', { parentId: 'a-eng', status: 'RETIRED' }),
  entry('e-data', 'Data', { kind: 'CATEGORY' }),
];

let counter = 0;
const makeId = () => `z-new-${++counter}`;
const plan = (csv: string, taxonomy = existing) => planTaxonomyImport(parseTaxonomyCsv(csv), taxonomy, makeId);

describe('taxonomy CSV', () => {
  it('writes parents before children, lists with ";", and quotes what needs it', () => {
    const csv = formatTaxonomyCsv(existing);
    expect(csv.split('\r\n')).toEqual([
      'name,kind,parent,description,synonyms,related,status',
      'Data,category,,,,,approved',
      'Engineering,category,,,,,approved',
      'Docker,skill,Engineering,,,Kubernetes,approved',
      'Flash,skill,Engineering,,,,retired',
      'Kubernetes,skill,Engineering,"Runs containers, ""at scale"", everywhere",K8s,Docker,approved',
      '',
    ]);
  });

  it('reads its own export back as unchanged', () => {
    const result = plan(formatTaxonomyCsv(existing));
    expect(result.errors).toEqual([]);
    expect(result.lines.map((l) => l.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
    expect(result.creates).toEqual([]);
    expect(result.updates).toEqual([]);
  });

  it('reports new, changed and unchanged rows by line, matching names ignoring case', () => {
    const result = plan(
      'Name,Kind,Parent,Synonyms,Related\n' +
        'kubernetes,skill,Data,K8s; kube,\n' +
        'Helm,skill,Engineering,,kubernetes\n' +
        'Docker,,Engineering,,\n',
    );
    expect(result.errors).toEqual([]);
    expect(result.lines).toEqual([
      { line: 2, name: 'kubernetes', outcome: 'changed', changes: ['name: Kubernetes → kubernetes', 'parent: Engineering → Data', 'synonyms: K8s → K8s; kube', 'related: Docker → Helm'], errors: [] },
      { line: 3, name: 'Helm', outcome: 'new', changes: [], errors: [] },
      { line: 4, name: 'Docker', outcome: 'changed', changes: ['related: Kubernetes → —'], errors: [] },
    ]);
    expect(result.creates.map((c) => c.name)).toEqual(['Helm']);
    expect(result.updates.map((u) => u.name).sort()).toEqual(['Docker', 'kubernetes']);
  });

  it('leaves columns that are not in the file alone', () => {
    const result = plan('name,status\nKubernetes,retired\n');
    expect(result.lines[0]).toMatchObject({ outcome: 'changed', changes: ['status: approved → retired'] });
    expect(result.updates[0]).toMatchObject({ parentId: 'a-eng', synonyms: ['K8s'], related: ['c-docker'] });
  });

  it('gives every problem with its line and blocks the import', () => {
    const result = plan(
      'name,kind,parent,synonyms,related,status\n' +
        'Vue,skill,Frontend,,,\n' + // unknown parent
        ',skill,,,,\n' + // no name
        'Terraform,widget,,,,\n' + // bad kind
        'Container tools,skill,Engineering,k8s,,\n' + // synonym taken
        'Engineering,skill,,,,\n' + // kind change
        'Kubectl,skill,Engineering,,Nope,proposed\n' + // unknown related, new as proposed
        'vue,skill,,,,\n', // duplicate in file
    );
    expect(result.blocked).toBe(true);
    expect(result.errors).toEqual([
      { line: 2, message: 'Parent “Frontend” is not in the file or the taxonomy' },
      { line: 3, message: 'Name is missing' },
      { line: 4, message: 'Kind “widget” must be “category” or “skill”' },
      { line: 5, message: '“k8s” is already a synonym of Kubernetes' },
      { line: 6, message: '“Engineering” is a category in the taxonomy; its kind cannot change' },
      { line: 7, message: 'A new skill cannot be imported as proposed; use “approved”' },
      { line: 7, message: 'Related skill “Nope” is not in the file or the taxonomy' },
      { line: 8, message: '“vue” is already on line 2' },
    ]);
    expect(result.lines.map((l) => `${l.line}:${l.outcome}`)).toEqual(['2:error', '3:error', '4:error', '5:error', '6:error', '7:error', '8:error']);
  });

  it('refuses a parent cycle made inside the file', () => {
    const result = plan('name,parent\nDocker,Kubernetes\nKubernetes,Docker\n');
    expect(result.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(result.errors[0]!.message).toMatch(/would create a cycle/);
  });

  it('creates a whole taxonomy in an empty org, children after parents in any order', () => {
    const result = plan('name,kind,parent,related\nReact,skill,Frontend,Vue\nFrontend,skill,Engineering,\nEngineering,category,,\nVue,skill,Frontend,\n', []);
    expect(result.errors).toEqual([]);
    expect(result.creates.map((c) => c.name)).toEqual(['React', 'Frontend', 'Engineering', 'Vue']);
    const byName = new Map(result.creates.map((c) => [c.name, c]));
    expect(byName.get('React')!.parentId).toBe(byName.get('Frontend')!.id);
    expect(byName.get('Vue')!.related).toEqual([byName.get('React')!.id]);
  });

  it('rejects a file without a name column or without rows', () => {
    expect(parseTaxonomyCsv('skill;kind\nReact;skill\n')).toMatchObject({ fatal: true, errors: [{ line: 1, message: expect.stringMatching(/no “name” column/) }] });
    expect(parseTaxonomyCsv('name\n')).toMatchObject({ fatal: true, errors: [{ line: 0, message: 'The file has a header but no rows.' }] });
    expect(parseTaxonomyCsv('name,colour\nReact,blue\n').ignoredColumns).toEqual(['colour']);
  });
});
