import { isTimeZone } from '../../orgs/time-zones';
import { parseCsv } from './parse-csv';
import { normalizeEmail } from '../../auth/email-address';

// The employee import file, read and checked without the database: columns, per-row values and the
// rules that need only the file itself (duplicate emails, one region per location). What needs the org's
// data (managers who are already employees, manager loops, existing locations) is in
// plan-employee-import.ts.
//
// Rules, as the help text and error messages describe them:
// - The first non-blank line is the header. Column names ignore case, spaces, "_" and "-", with aliases
//   (see COLUMN_ALIASES). Required: name and email. Unknown columns are ignored and listed in the report.
// - Emails are lowercased. Time zones are IANA names (Europe/London), stored in their canonical spelling.
// - A location may come with a region; a new location without one gets the region "Unassigned" (the same
//   label the overview uses for people without a location). A region without a location is an error.
// - A column that is not in the file leaves that field of existing employees alone; an empty cell clears
//   it (title, department, location, manager). An empty time zone keeps an existing employee's time zone
//   and gives a new one the time zone of their location, or else the org's default.

export type EmployeeField = 'name' | 'email' | 'title' | 'department' | 'location' | 'region' | 'managerEmail' | 'timeZone';

/**
 * One problem in the file. `line` is the 1-based line of the file the row starts on (the header's line for
 * a header problem); 0 means the file as a whole (too large, too many rows, no rows).
 */
export interface ImportError {
  line: number;
  field?: EmployeeField;
  message: string;
}

export interface EmployeeCsvRow {
  line: number;
  name: string;
  /** Lowercased. */
  email: string;
  title: string | null;
  department: string | null;
  location: string | null;
  region: string | null;
  /** Lowercased. */
  managerEmail: string | null;
  /** Canonical IANA name. */
  timeZone: string | null;
}

/** A row with errors of its own; its email and manager email are kept (when readable) for the org-aware checks. */
export interface RejectedCsvRow {
  line: number;
  email: string | null;
  managerEmail: string | null;
}

export interface ParsedEmployeeCsv {
  /** The columns the file has (a missing column leaves that field of existing employees alone). */
  columns: EmployeeField[];
  /** Header names that are not import columns, as written in the file. */
  ignoredColumns: string[];
  /** Non-blank data rows in the file. */
  rowCount: number;
  /** Rows without errors of their own, in file order. */
  rows: EmployeeCsvRow[];
  rejected: RejectedCsvRow[];
  /** By line, then in column order. */
  errors: ImportError[];
  /** A problem with the file as a whole: nothing can be imported from it, even when skipping bad rows. */
  fatal: boolean;
}

export const EMPLOYEE_IMPORT_LIMITS = {
  maxBytes: 5 * 1024 * 1024,
  maxRows: 50_000,
  fieldLength: { name: 200, email: 254, title: 200, department: 120, location: 120, region: 60, managerEmail: 254, timeZone: 64 },
} as const satisfies { maxBytes: number; maxRows: number; fieldLength: Record<EmployeeField, number> };

export const FIELD_LABELS: Record<EmployeeField, string> = {
  name: 'Name',
  email: 'Email',
  title: 'Title',
  department: 'Department',
  location: 'Location',
  region: 'Region',
  managerEmail: 'Manager email',
  timeZone: 'Time zone',
};

/** Header names, compared after lowercasing and removing everything but letters and digits. */
export const COLUMN_ALIASES: Record<EmployeeField, readonly string[]> = {
  name: ['name', 'fullname', 'employeename', 'displayname'],
  email: ['email', 'emailaddress', 'workemail', 'mail'],
  title: ['title', 'jobtitle', 'position'],
  department: ['department', 'dept', 'departmentname'],
  location: ['location', 'office', 'officelocation'],
  region: ['region'],
  managerEmail: ['manageremail', 'manager', 'manageremailaddress', 'reportsto', 'supervisoremail'],
  timeZone: ['timezone', 'tz'],
};

const FIELD_ORDER = Object.keys(FIELD_LABELS) as EmployeeField[];
const FIELD_BY_ALIAS = new Map(FIELD_ORDER.flatMap((field) => COLUMN_ALIASES[field].map((alias) => [alias, field] as const)));

const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

const normaliseHeader = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');
const collapse = (value: string) => value.replace(/\s+/g, ' ').trim();
const formatCount = (n: number) => n.toLocaleString('en-US');

/** Size in bytes of the text as UTF-8, without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function isEmailAddress(value: string): boolean {
  if (value.length > EMPLOYEE_IMPORT_LIMITS.fieldLength.email) return false;
  const at = value.indexOf('@');
  return at > 0 && at <= 64 && EMAIL.test(value);
}

// Building an Intl.DateTimeFormat costs tens of microseconds; a file repeats the same few zones.
const canonicalZones = new Map<string, string | null>();

/** The canonical spelling of a time zone ("europe/london" → "Europe/London"), or null when unknown. */
export function canonicalTimeZone(value: string): string | null {
  let canonical = canonicalZones.get(value);
  if (canonical === undefined) {
    canonical = isTimeZone(value) ? new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone : null;
    if (canonicalZones.size < 10_000) canonicalZones.set(value, canonical);
  }
  return canonical;
}

function fileError(message: string): ParsedEmployeeCsv {
  return { columns: [], ignoredColumns: [], rowCount: 0, rows: [], rejected: [], errors: [{ line: 0, message }], fatal: true };
}

export function parseEmployeeCsv(text: string): ParsedEmployeeCsv {
  const { maxBytes, maxRows, fieldLength } = EMPLOYEE_IMPORT_LIMITS;
  if (text.length > maxBytes || (text.length * 3 > maxBytes && utf8Length(text) > maxBytes)) {
    return fileError(`The file is larger than ${maxBytes / 1024 / 1024} MB. Split it into smaller files.`);
  }
  const csv = parseCsv(text);
  const [header, ...records] = csv.records;
  const errors: ImportError[] = csv.problems.map((p) => ({ line: p.line, message: p.message }));
  const rowCount = records.length + csv.problems.length;
  const fatal = (...fileErrors: ImportError[]): ParsedEmployeeCsv => ({
    columns: [], ignoredColumns: [], rowCount, rows: [], rejected: [], errors: [...errors, ...fileErrors].sort((a, b) => a.line - b.line), fatal: true,
  });
  if (csv.fatal) return fatal(csv.fatal);
  if (!header) {
    return csv.problems.length ? fatal() : fatal({ line: 0, message: 'The file is empty. The first line must name the columns, e.g. name,email.' });
  }
  // A header line that could not be read: the next line would be taken for the header, so stop here.
  if (csv.problems.some((p) => p.line < header.line)) return fatal();

  // Header → column positions.
  const index = new Map<EmployeeField, number>();
  const ignoredColumns: string[] = [];
  const headerErrors: ImportError[] = [];
  header.fields.forEach((raw, position) => {
    const name = collapse(raw);
    if (!name) return;
    const field = FIELD_BY_ALIAS.get(normaliseHeader(name));
    if (!field) {
      ignoredColumns.push(name);
      return;
    }
    const earlier = index.get(field);
    if (earlier !== undefined) {
      headerErrors.push({ line: header.line, message: `Column “${name}” repeats column “${collapse(header.fields[earlier]!)}” (both are ${FIELD_LABELS[field].toLowerCase()})` });
      return;
    }
    index.set(field, position);
  });
  for (const field of ['name', 'email'] as const) {
    if (index.has(field)) continue;
    const separator = /[;\t|]/.test(header.fields.join(',')) ? ' (columns must be separated by commas)' : '';
    headerErrors.push({ line: header.line, message: `The header has no “${field}” column${separator}` });
  }
  if (headerErrors.length) return fatal(...headerErrors);
  if (rowCount === 0) return fatal({ line: 0, message: 'The file has a header but no employee rows.' });
  if (rowCount > maxRows) {
    return { ...fatal(), errors: [{ line: 0, message: `The file has ${formatCount(rowCount)} employee rows; the limit is ${formatCount(maxRows)}. Split it into smaller files.` }] };
  }

  const columns = FIELD_ORDER.filter((f) => index.has(f));
  const rows: EmployeeCsvRow[] = [];
  const rejected: RejectedCsvRow[] = csv.problems.map((p) => ({ line: p.line, email: null, managerEmail: null }));
  const firstLineOfEmail = new Map<string, number>();
  const locationRegion = new Map<string, { region: string; line: number }>();

  for (const record of records) {
    const { line, fields } = record;
    if (fields.length > header.fields.length) {
      errors.push({ line, message: `The line has ${fields.length} values but the header has ${header.fields.length} columns (put values with commas in double quotes)` });
      rejected.push({ line, email: null, managerEmail: null });
      continue;
    }
    const rowErrors: ImportError[] = [];
    const fail = (field: EmployeeField, message: string) => rowErrors.push({ line, field, message });
    const cell = (field: EmployeeField): string | null => {
      const position = index.get(field);
      const value = position === undefined ? '' : collapse(fields[position] ?? '');
      if (value.length > fieldLength[field]) {
        fail(field, `${FIELD_LABELS[field]} is longer than ${fieldLength[field]} characters`);
        return null;
      }
      return value || null;
    };

    const name = cell('name');
    if (name === null && !rowErrors.length) fail('name', 'Name is missing');

    let email = cell('email');
    if (email === null) {
      if (!rowErrors.some((e) => e.field === 'email')) fail('email', 'Email is missing');
    } else {
      email = normalizeEmail(email);
      if (!isEmailAddress(email)) {
        fail('email', `“${email}” is not a valid email address`);
        email = null;
      } else {
        const first = firstLineOfEmail.get(email);
        if (first !== undefined) {
          fail('email', `Duplicate email ${email} (first on line ${first})`);
          email = null;
        } else firstLineOfEmail.set(email, line);
      }
    }

    const title = cell('title');
    const department = cell('department');
    const location = cell('location');
    const region = cell('region');
    if (region && !location) fail('region', `Region “${region}” needs a location`);
    if (region && location) {
      const key = location.toLowerCase();
      const first = locationRegion.get(key);
      if (!first) locationRegion.set(key, { region, line });
      else if (first.region.toLowerCase() !== region.toLowerCase()) fail('region', `Location “${location}” has region “${first.region}” on line ${first.line}`);
    }

    let managerEmail = cell('managerEmail');
    if (managerEmail !== null) {
      managerEmail = managerEmail.toLowerCase();
      if (!isEmailAddress(managerEmail)) {
        fail('managerEmail', `Manager email “${managerEmail}” is not a valid email address`);
        managerEmail = null;
      } else if (email !== null && managerEmail === email) {
        fail('managerEmail', 'An employee cannot be their own manager');
        managerEmail = null;
      }
    }

    const zone = cell('timeZone');
    let timeZone: string | null = null;
    if (zone !== null) {
      timeZone = canonicalTimeZone(zone);
      if (!timeZone) fail('timeZone', `“${zone}” is not a known time zone (use an IANA name like Europe/London)`);
    }

    if (rowErrors.length) {
      errors.push(...rowErrors);
      rejected.push({ line, email, managerEmail });
    } else {
      rows.push({ line, name: name!, email: email!, title, department, location, region, managerEmail, timeZone });
    }
  }

  errors.sort((a, b) => a.line - b.line);
  return { columns, ignoredColumns, rowCount, rows, rejected, errors, fatal: false };
}
