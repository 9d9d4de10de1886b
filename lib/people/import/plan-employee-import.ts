import type { EmployeeCsvRow, ImportError, ParsedEmployeeCsv } from './employee-csv';

// The org-aware half of the employee import, still without database access: given the parsed file and a
// snapshot of the org (employees, departments, locations), it resolves managers, finds manager loops,
// checks regions against existing locations, and works out exactly what to write. Pure, so every rule
// is unit-tested; importEmployees() loads the snapshot and applies the plan in one transaction.
//
// Skipping: without skipInvalid only the rows' own problems are errors (fix those and the file imports).
// With skipInvalid, a row that depends on a skipped row (its manager is only in a skipped row) is skipped
// too, and says why.

export interface ExistingEmployee {
  id: string;
  email: string;
  name: string;
  title: string | null;
  departmentId: string | null;
  locationId: string | null;
  managerId: string | null;
  timeZone: string;
}

export interface ImportSnapshot {
  defaultTimeZone: string;
  employees: readonly ExistingEmployee[];
  departments: readonly { id: string; name: string }[];
  locations: readonly { id: string; name: string; region: string; timeZone: string }[];
}

/** The full row an employee will have after the import (role and status are never written). */
export type EmployeeWrite = ExistingEmployee;

export interface NewLocation {
  id: string;
  name: string;
  region: string;
  /** The import has no country column; new locations get an empty country. */
  country: string;
  timeZone: string;
}

export interface EmployeeImportPlan {
  /** Parse errors and org-aware errors, by line. */
  errors: ImportError[];
  /** Nothing can be imported (a file-level problem, errors without skipInvalid, or no row without errors). */
  blocked: boolean;
  departments: { id: string; name: string }[];
  locations: NewLocation[];
  /** New employees, in file order; a manager may be among them, before or after their reports. */
  creates: EmployeeWrite[];
  /** Existing employees whose values change. */
  updates: EmployeeWrite[];
  unchanged: number;
  /** Data rows that are not imported. */
  skipped: number;
}

export const UNASSIGNED_REGION = 'Unassigned';

const MAX_LOOP_SHOWN = 6;

function describeLoop(loop: readonly string[], start: number): string {
  const rotated = [...loop.slice(start), ...loop.slice(0, start)];
  const shown = rotated.length > MAX_LOOP_SHOWN ? [...rotated.slice(0, MAX_LOOP_SHOWN - 1), '…'] : rotated;
  return `Managers form a loop: ${[...shown, rotated[0]].join(' → ')}`;
}

/**
 * Loops in the manager chain that go through at least one edge from the file. `managerOf` gives each
 * email's manager email after the import; starts are the file rows' emails. Returns each loop once.
 */
export function findManagerLoops(starts: Iterable<string>, managerOf: (email: string) => string | null, definedByFile: (email: string) => boolean): string[][] {
  const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: finished
  const loops: string[][] = [];
  for (const start of starts) {
    if (state.has(start)) continue;
    const path: string[] = [];
    let node: string | null = start;
    while (node !== null && !state.has(node)) {
      state.set(node, 1);
      path.push(node);
      node = managerOf(node);
    }
    if (node !== null && state.get(node) === 1) {
      const loop = path.slice(path.indexOf(node));
      if (loop.some(definedByFile)) loops.push(loop);
    }
    for (const visited of path) state.set(visited, 2);
  }
  return loops;
}

export function planEmployeeImport(
  parsed: ParsedEmployeeCsv,
  snapshot: ImportSnapshot,
  options: { skipInvalid: boolean; makeId?: () => string },
): EmployeeImportPlan {
  const makeId = options.makeId ?? (() => crypto.randomUUID());
  const nothing = (errors: ImportError[]): EmployeeImportPlan => ({ errors, blocked: true, departments: [], locations: [], creates: [], updates: [], unchanged: 0, skipped: parsed.rowCount });
  if (parsed.fatal) return nothing(parsed.errors);

  const errors = [...parsed.errors];
  const byEmail = new Map<string, ExistingEmployee>();
  for (const e of snapshot.employees) if (!byEmail.has(e.email.toLowerCase())) byEmail.set(e.email.toLowerCase(), e);
  const emailById = new Map(snapshot.employees.map((e) => [e.id, e.email.toLowerCase()]));
  const existingLocations = new Map(snapshot.locations.map((l) => [l.name.toLowerCase(), l]));
  const hasManagerColumn = parsed.columns.includes('managerEmail');

  // Rows still in the import, by email. Without skipInvalid, rows with errors stay in the graph (as
  // managers and in loops) so that only root causes are reported.
  const active = new Map<string, EmployeeCsvRow>();
  const lineOfEmail = new Map<string, number>();
  for (const row of parsed.rows) {
    active.set(row.email, row);
    lineOfEmail.set(row.email, row.line);
  }
  const rejectedManagers = new Map<string, string | null>();
  for (const r of parsed.rejected) {
    if (r.email === null) continue;
    lineOfEmail.set(r.email, r.line);
    rejectedManagers.set(r.email, r.managerEmail);
  }
  // With skipInvalid a row with an error leaves the import at once; without, it stays in the graph so
  // that the rows depending on it are not reported too (nothing is imported anyway).
  const drop = (row: EmployeeCsvRow, error: ImportError) => {
    errors.push(error);
    if (options.skipInvalid) active.delete(row.email);
  };

  // A region that contradicts an existing location.
  for (const row of [...active.values()]) {
    if (!row.location || !row.region) continue;
    const existing = existingLocations.get(row.location.toLowerCase());
    if (existing && existing.region.toLowerCase() !== row.region.toLowerCase()) {
      drop(row, { line: row.line, field: 'region', message: `Location “${existing.name}” is already in region “${existing.region}”; leave region empty or use “${existing.region}”` });
    }
  }

  // Managers, then loops; with skipInvalid, repeated until nothing more is dropped (dropping a row can
  // strand its reports, or bring back a manager link from the database that closes a loop).
  const inGraph = (email: string) => active.has(email) || (!options.skipInvalid && rejectedManagers.has(email));
  const managerOf = (email: string): string | null => {
    if (hasManagerColumn) {
      const row = active.get(email);
      if (row) return row.managerEmail;
      if (!options.skipInvalid && rejectedManagers.has(email)) return rejectedManagers.get(email) ?? null;
    }
    const managerId = byEmail.get(email)?.managerId;
    return managerId ? (emailById.get(managerId) ?? null) : null;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const row of [...active.values()]) {
      const manager = row.managerEmail;
      if (manager === null || inGraph(manager) || byEmail.has(manager)) continue;
      const line = lineOfEmail.get(manager);
      drop(row, {
        line: row.line,
        field: 'managerEmail',
        message: line === undefined ? `Manager ${manager} is not in the file or in the organization` : `Manager ${manager} is on line ${line}, which has errors`,
      });
      changed = true;
    }
    const fileRows = [...active.keys(), ...(options.skipInvalid ? [] : rejectedManagers.keys())];
    const loops = findManagerLoops(fileRows, managerOf, (email) => hasManagerColumn && inGraph(email));
    for (const loop of loops) {
      loop.forEach((email, position) => {
        const row = active.get(email);
        if (row) {
          drop(row, { line: row.line, field: 'managerEmail', message: describeLoop(loop, position) });
          changed = true;
        } else if (!options.skipInvalid && rejectedManagers.has(email)) {
          errors.push({ line: lineOfEmail.get(email)!, field: 'managerEmail', message: describeLoop(loop, position) });
        }
      });
    }
    if (!options.skipInvalid) break;
  }

  errors.sort((a, b) => a.line - b.line);
  if (errors.length && !options.skipInvalid) return nothing(errors);

  // What to write, for the rows that remain.
  const departmentIds = new Map(snapshot.departments.map((d) => [d.name.toLowerCase(), d.id]));
  const locationIds = new Map(snapshot.locations.map((l) => [l.name.toLowerCase(), l.id]));
  const locationTimeZones = new Map(snapshot.locations.map((l) => [l.id, l.timeZone]));
  const departments: EmployeeImportPlan['departments'] = [];
  const locations: NewLocation[] = [];
  const rows = parsed.rows.filter((row) => active.has(row.email));
  if (rows.length === 0) return nothing(errors);
  // A new location takes the first region and the first time zone given for it in the file.
  const firstRegion = new Map<string, string>();
  const firstTimeZone = new Map<string, string>();
  for (const row of rows) {
    if (!row.location) continue;
    const key = row.location.toLowerCase();
    if (row.region && !firstRegion.has(key)) firstRegion.set(key, row.region);
    if (row.timeZone && !firstTimeZone.has(key)) firstTimeZone.set(key, row.timeZone);
  }
  for (const row of rows) {
    if (row.department && !departmentIds.has(row.department.toLowerCase())) {
      const department = { id: makeId(), name: row.department };
      departments.push(department);
      departmentIds.set(row.department.toLowerCase(), department.id);
    }
    const locationKey = row.location?.toLowerCase();
    if (row.location && locationKey && !locationIds.has(locationKey)) {
      const location: NewLocation = {
        id: makeId(),
        name: row.location,
        region: firstRegion.get(locationKey) ?? UNASSIGNED_REGION,
        country: '',
        timeZone: firstTimeZone.get(locationKey) ?? snapshot.defaultTimeZone,
      };
      locations.push(location);
      locationIds.set(locationKey, location.id);
      locationTimeZones.set(location.id, location.timeZone);
    }
  }

  const has = (field: 'title' | 'department' | 'location') => parsed.columns.includes(field);
  const idOfEmail = new Map<string, string>();
  for (const row of rows) idOfEmail.set(row.email, byEmail.get(row.email)?.id ?? makeId());
  const creates: EmployeeWrite[] = [];
  const updates: EmployeeWrite[] = [];
  let unchanged = 0;
  for (const row of rows) {
    const existing = byEmail.get(row.email);
    const departmentId = has('department') ? (row.department ? departmentIds.get(row.department.toLowerCase())! : null) : (existing?.departmentId ?? null);
    const locationId = has('location') ? (row.location ? locationIds.get(row.location.toLowerCase())! : null) : (existing?.locationId ?? null);
    const managerId = hasManagerColumn
      ? row.managerEmail
        ? (idOfEmail.get(row.managerEmail) ?? byEmail.get(row.managerEmail)!.id)
        : null
      : (existing?.managerId ?? null);
    const write: EmployeeWrite = {
      id: idOfEmail.get(row.email)!,
      email: existing?.email ?? row.email,
      name: row.name,
      title: has('title') ? row.title : (existing?.title ?? null),
      departmentId,
      locationId,
      managerId,
      timeZone: row.timeZone ?? existing?.timeZone ?? (locationId ? locationTimeZones.get(locationId) : undefined) ?? snapshot.defaultTimeZone,
    };
    if (!existing) creates.push(write);
    else if (
      existing.name === write.name &&
      existing.title === write.title &&
      existing.departmentId === write.departmentId &&
      existing.locationId === write.locationId &&
      existing.managerId === write.managerId &&
      existing.timeZone === write.timeZone
    ) unchanged++;
    else updates.push(write);
  }
  return { errors, blocked: false, departments, locations, creates, updates, unchanged, skipped: parsed.rowCount - rows.length };
}
