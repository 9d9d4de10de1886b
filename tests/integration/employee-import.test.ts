import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../lib/auth/tenant-context';
import { systemDb } from '../../lib/db/system';
import { importEmployees, importEmployeesInput } from '../../lib/people/import';
import { ACME_ADMIN, ACME_EMPLOYEE, ACME_HR, ACME_STEWARD, GLOBEX_ADMIN, GLOBEX_EMPLOYEE, contextFor, seedDemoOrgs } from './fixtures/demo-orgs';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures', name), 'utf8');
const HEADER = 'name,email,title,department,location,region,manager email,time zone';

let acmeHr: TenantContext;
let acmeAdmin: TenantContext;
let globexAdmin: TenantContext;

beforeAll(async () => {
  await seedDemoOrgs();
  acmeHr = await contextFor(ACME_HR, 'acme');
  acmeAdmin = await contextFor(ACME_ADMIN, 'acme');
  globexAdmin = await contextFor(GLOBEX_ADMIN, 'globex');
});

const employee = (orgId: string, email: string) =>
  systemDb().employee.findUnique({ where: { orgId_email: { orgId, email } }, include: { department: true, location: true, manager: { select: { email: true } } } });
const count = (orgId: string) => systemDb().employee.count({ where: { orgId } });
const importEvents = (orgId: string) => systemDb().auditEvent.findMany({ where: { orgId, action: 'employees.imported' }, orderBy: { at: 'asc' } });

describe('importEmployees', () => {
  const csv = `${HEADER}
Nia Okoro,nia.okoro@acme.example,Staff Engineer,Platform Guild,Accra,EMEA,kofi.mensah@acme.example,Africa/Accra
Kofi Mensah,Kofi.Mensah@acme.example,Head of Platform,Platform Guild,Accra,,maya.chen@acme.example,
Maya Chen,maya.chen@acme.example,Senior Software Engineer,Engineering,Singapore,,,Asia/Singapore
`;

  it('creates people, departments and locations, links managers in any order, and records one audit event', async () => {
    const before = await count(acmeHr.orgId);
    const report = await importEmployees(acmeHr, { csv, skipInvalid: false });
    expect(report).toEqual({
      applied: true, rows: 3, created: 2, updated: 1, unchanged: 0, skipped: 0,
      departmentsCreated: ['Platform Guild'], locationsCreated: ['Accra'], ignoredColumns: [], errors: [],
    });
    expect(await count(acmeHr.orgId)).toBe(before + 2);

    const nia = await employee(acmeHr.orgId, 'nia.okoro@acme.example');
    expect(nia).toMatchObject({ name: 'Nia Okoro', title: 'Staff Engineer', role: 'EMPLOYEE', status: 'ACTIVE', userId: null, timeZone: 'Africa/Accra', manager: { email: 'kofi.mensah@acme.example' } });
    expect(nia?.department?.name).toBe('Platform Guild');
    expect(nia?.location).toMatchObject({ name: 'Accra', region: 'EMEA', country: '', timeZone: 'Africa/Accra' });
    // Forward reference: Kofi's row comes after Nia's. His empty time zone comes from his location.
    const kofi = await employee(acmeHr.orgId, 'kofi.mensah@acme.example');
    expect(kofi).toMatchObject({ timeZone: 'Africa/Accra', manager: { email: 'maya.chen@acme.example' } });
    const maya = await employee(acmeHr.orgId, 'maya.chen@acme.example');
    expect(maya).toMatchObject({ title: 'Senior Software Engineer', managerId: null, role: 'EMPLOYEE', timeZone: 'Asia/Singapore' });
    expect(await systemDb().department.count({ where: { orgId: acmeHr.orgId, name: 'Platform Guild' } })).toBe(1);

    const [event] = await importEvents(acmeHr.orgId);
    expect(event).toMatchObject({ actorId: acmeHr.employeeId, entityType: 'Organization', entityId: acmeHr.orgId });
    expect(event?.after).toEqual({ source: 'app', rows: 3, created: 2, updated: 1, unchanged: 0, skipped: 0, departmentsCreated: 1, locationsCreated: 1 });
  });

  it('updates rather than duplicates when the same file is imported again', async () => {
    const before = await count(acmeHr.orgId);
    const again = await importEmployees(acmeHr, { csv, skipInvalid: false });
    expect(again).toMatchObject({ applied: true, created: 0, updated: 0, unchanged: 3, skipped: 0, departmentsCreated: [], locationsCreated: [] });
    expect(await count(acmeHr.orgId)).toBe(before);

    const changed = await importEmployees(acmeHr, { csv: csv.replace('Staff Engineer,Platform Guild,Accra,EMEA', 'Principal Engineer,Platform Guild,Lagos,'), skipInvalid: false });
    expect(changed).toMatchObject({ created: 0, updated: 1, unchanged: 2, locationsCreated: ['Lagos'] });
    expect(await employee(acmeHr.orgId, 'nia.okoro@acme.example')).toMatchObject({ title: 'Principal Engineer', location: { name: 'Lagos', region: 'Unassigned' } });
    expect((await importEvents(acmeHr.orgId)).map((e) => (e.after as { created: number }).created)).toEqual([2, 0, 0]);
  });

  it('never changes an existing employee’s role or status', async () => {
    const deactivated = await systemDb().employee.update({ where: { orgId_email: { orgId: acmeHr.orgId, email: 'priya.raman@acme.example' } }, data: { status: 'DEACTIVATED' } });
    const report = await importEmployees(acmeAdmin, {
      csv: `name,email,title\nSofia Alvarez,sofia.alvarez@acme.example,Chief Platform Officer\nPriya Raman,priya.raman@acme.example,Returning Steward\n`,
      skipInvalid: false,
    });
    expect(report).toMatchObject({ applied: true, updated: 2 });
    expect(await employee(acmeHr.orgId, 'sofia.alvarez@acme.example')).toMatchObject({ role: 'ADMIN', status: 'ACTIVE', title: 'Chief Platform Officer' });
    expect(await employee(acmeHr.orgId, 'priya.raman@acme.example')).toMatchObject({ role: 'STEWARD', status: 'DEACTIVATED', title: 'Returning Steward' });
    // Columns missing from the file were left alone.
    const priya = await employee(acmeHr.orgId, 'priya.raman@acme.example');
    expect([priya?.departmentId, priya?.locationId, priya?.managerId, priya?.timeZone]).toEqual([deactivated.departmentId, deactivated.locationId, deactivated.managerId, deactivated.timeZone]);
    await systemDb().employee.update({ where: { orgId_id: { orgId: acmeHr.orgId, id: deactivated.id } }, data: { status: 'ACTIVE' } });
  });

  describe('a file with errors (tests/fixtures/employees-with-errors.csv)', () => {
    const file = fixture('employees-with-errors.csv');
    const rootCauses = [
      { line: 4, field: 'email', message: '“broken.email@” is not a valid email address' },
      { line: 5, field: 'timeZone', message: '“Mars/Olympus” is not a known time zone (use an IANA name like Europe/London)' },
      { line: 6, field: 'managerEmail', message: 'Manager ghost.manager@acme.example is not in the file or in the organization' },
      { line: 7, field: 'email', message: 'Duplicate email rui.costa@acme.example (first on line 3)' },
      { line: 8, field: 'managerEmail', message: 'Managers form a loop: loop.one@acme.example → loop.two@acme.example → loop.one@acme.example' },
      { line: 9, field: 'managerEmail', message: 'Managers form a loop: loop.two@acme.example → loop.one@acme.example → loop.two@acme.example' },
    ];

    it('imports nothing and reports each bad row with its line and reason', async () => {
      const [people, departments, events] = [await count(acmeHr.orgId), await systemDb().department.count({ where: { orgId: acmeHr.orgId } }), (await importEvents(acmeHr.orgId)).length];
      const report = await importEmployees(acmeHr, { csv: file, skipInvalid: false });
      expect(report).toEqual({
        applied: false, rows: 10, created: 0, updated: 0, unchanged: 0, skipped: 10,
        departmentsCreated: [], locationsCreated: [], ignoredColumns: [], errors: rootCauses,
      });
      expect(await count(acmeHr.orgId)).toBe(people);
      expect(await systemDb().department.count({ where: { orgId: acmeHr.orgId } })).toBe(departments);
      expect(await employee(acmeHr.orgId, 'ines.duarte@acme.example')).toBeNull();
      expect((await importEvents(acmeHr.orgId)).length).toBe(events);
    });

    it('with skipInvalid, imports the good rows and skips the bad ones and those that depend on them', async () => {
      const report = await importEmployees(acmeHr, { csv: file, skipInvalid: true });
      expect(report).toEqual({
        applied: true, rows: 10, created: 3, updated: 0, unchanged: 0, skipped: 7,
        departmentsCreated: ['Data Platform'], locationsCreated: ['Porto'], ignoredColumns: [],
        errors: [...rootCauses, { line: 14, field: 'managerEmail', message: 'Manager zed.zone@acme.example is on line 5, which has errors' }],
      });
      expect(await employee(acmeHr.orgId, 'ines.duarte@acme.example')).toMatchObject({ manager: { email: 'rui.costa@acme.example' }, location: { name: 'Porto', region: 'EMEA', timeZone: 'Europe/Lisbon' } });
      expect(await employee(acmeHr.orgId, 'rui.costa@acme.example')).toMatchObject({ name: 'Rui Costa', manager: { email: 'sofia.alvarez@acme.example' } });
      expect(await employee(acmeHr.orgId, 'multi.line@acme.example')).toMatchObject({ name: 'Multi Line Person', title: 'Senior Analyst' });
      for (const email of ['zed.zone@acme.example', 'nobodys.report@acme.example', 'loop.one@acme.example', 'loop.two@acme.example', 'reports.to.zed@acme.example']) {
        expect(await employee(acmeHr.orgId, email), email).toBeNull();
      }
      const [last] = (await importEvents(acmeHr.orgId)).reverse();
      expect(last?.after).toMatchObject({ created: 3, skipped: 7 });
    });
  });

  it('with skipInvalid, writes nothing (and no audit event) when every row has errors', async () => {
    const events = (await importEvents(acmeHr.orgId)).length;
    const report = await importEmployees(acmeHr, { csv: `${HEADER}\nA,a@,,,,,,\nB,b@acme.example,,,,,nobody@acme.example,\n`, skipInvalid: true });
    expect(report).toMatchObject({ applied: false, rows: 2, created: 0, skipped: 2 });
    expect(report.errors.map((e) => e.line)).toEqual([2, 3]);
    expect((await importEvents(acmeHr.orgId)).length).toBe(events);
  });

  it('refuses a file-level problem even with skipInvalid', async () => {
    const report = await importEmployees(acmeHr, { csv: 'name;email\nAna;ana@acme.example\n', skipInvalid: true });
    expect(report).toMatchObject({ applied: false, created: 0, errors: [{ line: 1, message: 'The header has no “name” column (columns must be separated by commas)' }, { line: 1 }] });
  });

  it('refuses employees and stewards, and changes nothing', async () => {
    const before = await count(acmeHr.orgId);
    for (const email of [ACME_EMPLOYEE, ACME_STEWARD]) {
      const ctx = await contextFor(email, 'acme');
      await expect(importEmployees(ctx, { csv: `${HEADER}\nIntruder,intruder@acme.example,,,,,,\n`, skipInvalid: false })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await count(acmeHr.orgId)).toBe(before);
  });

  describe('across organizations', () => {
    it('treats another org’s people as unknown: managers are not found, and their rows never change', async () => {
      const tom = await employee(globexAdmin.orgId, GLOBEX_EMPLOYEE);
      const report = await importEmployees(acmeHr, {
        csv: `${HEADER}\nTom Becker,tom.becker@globex.example,Planted Title,Hijacked,Nowhere,,grace.kim@globex.example,\n`,
        skipInvalid: false,
      });
      expect(report.errors).toEqual([{ line: 2, field: 'managerEmail', message: 'Manager grace.kim@globex.example is not in the file or in the organization' }]);
      expect(await employee(globexAdmin.orgId, GLOBEX_EMPLOYEE)).toEqual(tom);
    });

    it('creates a new employee in the importer’s org for an address that belongs to someone in another org', async () => {
      const tom = await employee(globexAdmin.orgId, GLOBEX_EMPLOYEE);
      const globexPeople = await count(globexAdmin.orgId);
      const globexDepartments = await systemDb().department.count({ where: { orgId: globexAdmin.orgId } });
      const report = await importEmployees(acmeHr, { csv: `${HEADER}\nTom Becker,tom.becker@globex.example,Contractor,Research,Dublin,EMEA,,\n`, skipInvalid: false });
      expect(report).toMatchObject({ applied: true, created: 1, updated: 0, departmentsCreated: ['Research'], locationsCreated: ['Dublin'] });
      const acmeTom = await employee(acmeHr.orgId, GLOBEX_EMPLOYEE);
      expect(acmeTom).toMatchObject({ orgId: acmeHr.orgId, title: 'Contractor', userId: null });
      expect(acmeTom?.id).not.toBe(tom?.id);
      // Globex is untouched: same row, same count, same departments (Acme got its own "Research").
      expect(await employee(globexAdmin.orgId, GLOBEX_EMPLOYEE)).toEqual(tom);
      expect(await count(globexAdmin.orgId)).toBe(globexPeople);
      expect(await systemDb().department.count({ where: { orgId: globexAdmin.orgId } })).toBe(globexDepartments);
    });

    it('lets each org’s import see only its own people', async () => {
      // Maya exists in Acme only: Globex's import cannot use her as a manager, and creates its own "maya".
      const report = await importEmployees(globexAdmin, { csv: `${HEADER}\nNew Hire,new.hire@globex.example,,,,,maya.chen@acme.example,\n`, skipInvalid: false });
      expect(report.errors).toEqual([{ line: 2, field: 'managerEmail', message: 'Manager maya.chen@acme.example is not in the file or in the organization' }]);
    });
  });

  it('imports the Globex sample file the CLI docs use (tests/fixtures/employees-globex.csv)', async () => {
    const report = await importEmployees(globexAdmin, { csv: fixture('employees-globex.csv'), skipInvalid: false });
    expect(report).toMatchObject({ applied: true, rows: 4, created: 3, updated: 1, skipped: 0, departmentsCreated: ['Supply Chain'], locationsCreated: ['Warsaw'], errors: [] });
    expect(await employee(globexAdmin.orgId, 'marta.nowak@globex.example')).toMatchObject({ title: 'Analyst, Supply Chain', manager: { email: 'piotr.zielinski@globex.example' } });
    expect(await employee(globexAdmin.orgId, 'aoife.byrne@globex.example')).toMatchObject({ timeZone: 'Europe/Dublin', manager: { email: GLOBEX_EMPLOYEE } });
  });
});

describe('importEmployeesInput', () => {
  it('reads the checkbox as "on" or absent', () => {
    expect(importEmployeesInput.parse({ csv: 'x', skipInvalid: 'on' })).toEqual({ csv: 'x', skipInvalid: true });
    expect(importEmployeesInput.parse({ csv: 'x' })).toEqual({ csv: 'x', skipInvalid: false });
  });

  it('asks for a file when there is none', () => {
    expect(importEmployeesInput.safeParse({ csv: '' }).error?.issues[0]?.message).toBe('Choose a CSV file to import');
    expect(importEmployeesInput.safeParse({}).error?.issues[0]?.message).toBe('Choose a CSV file to import');
  });
});
