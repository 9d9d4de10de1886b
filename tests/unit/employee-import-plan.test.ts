import { describe, expect, it } from 'vitest';
import { parseEmployeeCsv, planEmployeeImport, type ImportSnapshot } from '../../lib/people/import';

// The org-aware planning step, on a hand-made snapshot of an org: no database.

const HEADER = 'name,email,title,department,location,region,manager email,time zone';

function ids() {
  let n = 0;
  return () => `new-${++n}`;
}

const existing = (id: string, email: string, managerId: string | null = null, extra: Partial<ImportSnapshot['employees'][number]> = {}) => ({
  id, email, name: id, title: null, departmentId: null, locationId: null, managerId, timeZone: 'UTC', ...extra,
});

const snapshot: ImportSnapshot = {
  defaultTimeZone: 'America/Chicago',
  employees: [existing('ceo', 'ceo@x.example'), existing('vp', 'vp@x.example', 'ceo', { name: 'VP', title: 'VP', departmentId: 'dep-eng', locationId: 'loc-lon', timeZone: 'Europe/London' })],
  departments: [{ id: 'dep-eng', name: 'Engineering' }],
  locations: [{ id: 'loc-lon', name: 'London', region: 'EMEA', timeZone: 'Europe/London' }],
};

function plan(csv: string, skipInvalid = false, snap = snapshot) {
  return planEmployeeImport(parseEmployeeCsv(csv), snap, { skipInvalid, makeId: ids() });
}

describe('planEmployeeImport', () => {
  it('creates new people, links managers in either order, and updates or leaves existing people', () => {
    const result = plan(`${HEADER}
Report,report@x.example,Engineer,engineering,London,,lead@x.example,
Lead,lead@x.example,Lead,Design,Lisbon,EMEA,vp@x.example,Europe/Lisbon
VP,vp@x.example,VP,Engineering,London,,ceo@x.example,Europe/London
CEO,CEO@x.example,Chief,,,,,UTC
`);
    expect(result.errors).toEqual([]);
    expect(result.departments).toEqual([{ id: 'new-1', name: 'Design' }]);
    expect(result.locations).toEqual([{ id: 'new-2', name: 'Lisbon', region: 'EMEA', country: '', timeZone: 'Europe/Lisbon' }]);
    expect(result.creates).toEqual([
      // No time zone in the file: the location's.
      { id: 'new-3', email: 'report@x.example', name: 'Report', title: 'Engineer', departmentId: 'dep-eng', locationId: 'loc-lon', managerId: 'new-4', timeZone: 'Europe/London' },
      { id: 'new-4', email: 'lead@x.example', name: 'Lead', title: 'Lead', departmentId: 'new-1', locationId: 'new-2', managerId: 'vp', timeZone: 'Europe/Lisbon' },
    ]);
    expect(result.unchanged).toBe(1);
    expect(result.updates).toEqual([{ id: 'ceo', email: 'ceo@x.example', name: 'CEO', title: 'Chief', departmentId: null, locationId: null, managerId: null, timeZone: 'UTC' }]);
    expect(result.skipped).toBe(0);
  });

  it('leaves fields alone when their column is missing, and keeps an existing time zone when the cell is empty', () => {
    const result = plan('name,email\nVP Renamed,vp@x.example\n');
    expect(result.updates).toEqual([{ id: 'vp', email: 'vp@x.example', name: 'VP Renamed', title: 'VP', departmentId: 'dep-eng', locationId: 'loc-lon', managerId: 'ceo', timeZone: 'Europe/London' }]);
  });

  it('gives a new location without a region the region "Unassigned" and the org default time zone', () => {
    const result = plan(`${HEADER}\nNew,new@x.example,,,Remote,,,\n`);
    expect(result.locations).toEqual([{ id: 'new-1', name: 'Remote', region: 'Unassigned', country: '', timeZone: 'America/Chicago' }]);
    expect(result.creates[0]).toMatchObject({ locationId: 'new-1', timeZone: 'America/Chicago' });
  });

  it('refuses a region that contradicts an existing location', () => {
    const result = plan(`${HEADER}\nNew,new@x.example,,,london,Europe,,\n`);
    expect(result.errors).toEqual([{ line: 2, field: 'region', message: 'Location “London” is already in region “EMEA”; leave region empty or use “EMEA”' }]);
    expect(result.blocked).toBe(true);
  });

  it('reports a manager who is neither in the file nor in the org', () => {
    const result = plan(`${HEADER}\nA,a@x.example,,,,,ghost@x.example,\nB,b@x.example,,,,,a@x.example,\n`);
    expect(result.errors).toEqual([{ line: 2, field: 'managerEmail', message: 'Manager ghost@x.example is not in the file or in the organization' }]);
    expect(result).toMatchObject({ blocked: true, creates: [], updates: [], skipped: 2 });
  });

  it('reports a loop of managers within the file on each of its lines', () => {
    const result = plan(`${HEADER}\nA,a@x.example,,,,,b@x.example,\nB,b@x.example,,,,,c@x.example,\nC,c@x.example,,,,,a@x.example,\nD,d@x.example,,,,,a@x.example,\n`);
    expect(result.errors).toEqual([
      { line: 2, field: 'managerEmail', message: 'Managers form a loop: a@x.example → b@x.example → c@x.example → a@x.example' },
      { line: 3, field: 'managerEmail', message: 'Managers form a loop: b@x.example → c@x.example → a@x.example → b@x.example' },
      { line: 4, field: 'managerEmail', message: 'Managers form a loop: c@x.example → a@x.example → b@x.example → c@x.example' },
    ]);
  });

  it('finds a loop closed through a manager link already in the org', () => {
    // vp reports to ceo in the org; the file makes ceo report to vp.
    const result = plan(`${HEADER}\nCEO,ceo@x.example,,,,,vp@x.example,\n`);
    expect(result.errors).toEqual([{ line: 2, field: 'managerEmail', message: 'Managers form a loop: ceo@x.example → vp@x.example → ceo@x.example' }]);
  });

  it('without skipInvalid, reports only root causes: a row whose manager has errors is not an error itself', () => {
    const result = plan(`${HEADER}\nBoss,boss@x.example,,,,,,Bad/Zone\nA,a@x.example,,,,,boss@x.example,\n`);
    expect(result.errors).toEqual([{ line: 2, field: 'timeZone', message: '“Bad/Zone” is not a known time zone (use an IANA name like Europe/London)' }]);
    expect(result).toMatchObject({ blocked: true, creates: [], skipped: 2 });
  });

  it('with skipInvalid, skips the bad rows and those that depend on them, and plans the rest', () => {
    const result = plan(
      `${HEADER}
Boss,boss@x.example,,,,,,Bad/Zone
A,a@x.example,,,,,boss@x.example,
B,b@x.example,,,,,a@x.example,
C,c@x.example,,,,,vp@x.example,
CEO,ceo@x.example,,,,,ghost@x.example,
`,
      true,
    );
    expect(result.errors).toEqual([
      { line: 2, field: 'timeZone', message: '“Bad/Zone” is not a known time zone (use an IANA name like Europe/London)' },
      { line: 3, field: 'managerEmail', message: 'Manager boss@x.example is on line 2, which has errors' },
      { line: 4, field: 'managerEmail', message: 'Manager a@x.example is on line 3, which has errors' },
      { line: 6, field: 'managerEmail', message: 'Manager ghost@x.example is not in the file or in the organization' },
    ]);
    expect(result.blocked).toBe(false);
    expect(result.creates.map((c) => [c.email, c.managerId])).toEqual([['c@x.example', 'vp']]);
    expect(result.updates).toEqual([]);
    expect(result.skipped).toBe(4);
  });

  it('with skipInvalid, a manager whose row is skipped but who is already an employee is still linked', () => {
    const result = plan(`${HEADER}\nVP,vp@x.example,,,,,,Bad/Zone\nA,a@x.example,,,,,vp@x.example,\n`, true);
    expect(result.errors.map((e) => e.line)).toEqual([2]);
    expect(result.creates.map((c) => [c.email, c.managerId])).toEqual([['a@x.example', 'vp']]);
  });

  it('with skipInvalid, skipping a row can bring back a database link that closes a loop', () => {
    // The org has vp → ceo. The file moves ceo under vp (line 2) and vp under a new lead (line 3), but
    // line 3's lead is unknown, so vp keeps reporting to ceo, and ceo → vp → ceo is a loop.
    const result = plan(`${HEADER}\nCEO,ceo@x.example,,,,,vp@x.example,\nVP,vp@x.example,,,,,ghost@x.example,\n`, true);
    expect(result.errors).toEqual([
      { line: 2, field: 'managerEmail', message: 'Managers form a loop: ceo@x.example → vp@x.example → ceo@x.example' },
      { line: 3, field: 'managerEmail', message: 'Manager ghost@x.example is not in the file or in the organization' },
    ]);
    // Nothing is left to import, so nothing is written.
    expect(result).toMatchObject({ blocked: true, creates: [], updates: [], unchanged: 0, skipped: 2 });
  });

  it('blocks everything on a file-level problem, even with skipInvalid', () => {
    expect(plan('title\nX\n', true)).toMatchObject({ blocked: true, creates: [], errors: [{ line: 1 }, { line: 1 }] });
  });

  it('matches existing departments, locations and emails case-insensitively', () => {
    const snap = { ...snapshot, employees: [...snapshot.employees, existing('mixed', 'Mixed.Case@x.example')] };
    const result = plan(`${HEADER}\nMixed,mixed.case@x.example,,ENGINEERING,LONDON,emea,,\n`, false, snap);
    expect(result.departments).toEqual([]);
    expect(result.locations).toEqual([]);
    expect(result.creates).toEqual([]);
    expect(result.updates).toEqual([{ id: 'mixed', email: 'Mixed.Case@x.example', name: 'Mixed', title: null, departmentId: 'dep-eng', locationId: 'loc-lon', managerId: null, timeZone: 'UTC' }]);
  });
});
