import { describe, expect, it } from 'vitest';
import { EMPLOYEE_IMPORT_LIMITS, parseCsv, parseEmployeeCsv } from '../../lib/people/import';

const HEADER = 'name,email,title,department,location,region,manager email,time zone';

describe('parseCsv', () => {
  it('reads quotes, escaped quotes, commas and line breaks inside quotes, with the line each record starts on', () => {
    const text = 'a,b,c\n"Smith, Jane","She said ""hi""","two\nlines"\nlast,row,here';
    expect(parseCsv(text)).toEqual({
      records: [
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['Smith, Jane', 'She said "hi"', 'two\nlines'] },
        { line: 4, fields: ['last', 'row', 'here'] },
      ],
      problems: [],
      fatal: null,
    });
  });

  it('accepts CRLF and lone CR line endings and a byte-order mark, and skips blank lines and comma-only lines', () => {
    const text = '\uFEFFx,y\r\n\r\n1,2\r,,\r\n3,"4\r\n5"\r\n\r\n';
    expect(parseCsv(text).records).toEqual([
      { line: 1, fields: ['x', 'y'] },
      { line: 3, fields: ['1', '2'] },
      { line: 5, fields: ['3', '4\r\n5'] },
    ]);
  });

  it('keeps empty fields, including a trailing one, and an empty quoted field', () => {
    expect(parseCsv('a,,"",\n').records).toEqual([{ line: 1, fields: ['a', '', '', ''] }]);
  });

  it('refuses a record with text after a closing quote, and carries on with the next line', () => {
    const result = parseCsv('a,b\n"Smith"Jr,1\nok,2');
    expect(result.records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['ok', '2'] },
    ]);
    expect(result.problems).toEqual([{ line: 2, message: 'A quoted value must be followed by a comma or the end of the line' }]);
  });

  it('stops at a quote that is never closed, naming the line it opened on', () => {
    const result = parseCsv('a,b\nok,1\n"never closed,2\nmore,3\n');
    expect(result.fatal).toEqual({ line: 3, message: 'A quoted value that starts on this line is never closed (a " is missing)' });
  });
});

describe('parseEmployeeCsv', () => {
  it('maps header aliases regardless of case, spaces, "_" and "-", and lists the columns it ignores', () => {
    const parsed = parseEmployeeCsv('Full Name,E-mail,Job_Title,DEPT,Office,Region,manager_email,TimeZone,Cost Center\nAna Lima,Ana.Lima@Acme.example,Engineer,Eng,London,EMEA,boss@acme.example,europe/london,CC-1\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.columns).toEqual(['name', 'email', 'title', 'department', 'location', 'region', 'managerEmail', 'timeZone']);
    expect(parsed.ignoredColumns).toEqual(['Cost Center']);
    expect(parsed.rows).toEqual([
      { line: 2, name: 'Ana Lima', email: 'ana.lima@acme.example', title: 'Engineer', department: 'Eng', location: 'London', region: 'EMEA', managerEmail: 'boss@acme.example', timeZone: 'Europe/London' },
    ]);
  });

  it('trims and collapses whitespace, turns empty cells into null, and accepts rows shorter than the header', () => {
    const parsed = parseEmployeeCsv(`${HEADER}\n"  Ana \n Lima ",ana@acme.example,  ,  Data   & Analytics ,,,\nBo,bo@acme.example\n`);
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows.map((r) => [r.line, r.name, r.title, r.department, r.location, r.timeZone])).toEqual([
      [2, 'Ana Lima', null, 'Data & Analytics', null, null],
      [4, 'Bo', null, null, null, null],
    ]);
  });

  it('numbers lines after a BOM, CRLF endings, blank lines and a quoted value spanning lines', () => {
    const text = `\uFEFF${HEADER}\r\n\r\nAna,ana@acme.example,"Head of\r\nThings",,,,,\r\nBad,not-an-email,,,,,,\r\n`;
    const parsed = parseEmployeeCsv(text);
    expect(parsed.rows.map((r) => r.line)).toEqual([3]);
    expect(parsed.errors).toEqual([{ line: 5, field: 'email', message: '“not-an-email” is not a valid email address' }]);
  });

  it('reports every problem of a row, each with its field, in column order', () => {
    const parsed = parseEmployeeCsv(`${HEADER}\n,bob@,,,,EMEA,Bob@,Mars/Olympus\n`);
    expect(parsed.errors).toEqual([
      { line: 2, field: 'name', message: 'Name is missing' },
      { line: 2, field: 'email', message: '“bob@” is not a valid email address' },
      { line: 2, field: 'region', message: 'Region “EMEA” needs a location' },
      { line: 2, field: 'managerEmail', message: 'Manager email “bob@” is not a valid email address' },
      { line: 2, field: 'timeZone', message: '“Mars/Olympus” is not a known time zone (use an IANA name like Europe/London)' },
    ]);
    expect(parsed.rows).toEqual([]);
    expect(parsed.rejected).toEqual([{ line: 2, email: null, managerEmail: null }]);
  });

  it.each([
    ['a missing email', 'Ana,,,,,,,', { field: 'email', message: 'Email is missing' }],
    ['an email without a domain dot', 'Ana,ana@acme,,,,,,', { field: 'email', message: '“ana@acme” is not a valid email address' }],
    ['an email with a space', 'Ana,ana lima@acme.example,,,,,,', { field: 'email', message: '“ana lima@acme.example” is not a valid email address' }],
    ['a self-managed employee', 'Ana,ana@acme.example,,,,,ANA@acme.example,', { field: 'managerEmail', message: 'An employee cannot be their own manager' }],
    ['an unknown time zone', 'Ana,ana@acme.example,,,,,,Europe/Springfield', { field: 'timeZone', message: '“Europe/Springfield” is not a known time zone (use an IANA name like Europe/London)' }],
    ['a too-long title', `Ana,ana@acme.example,${'x'.repeat(201)},,,,,`, { field: 'title', message: 'Title is longer than 200 characters' }],
    ['a too-long name', `${'n'.repeat(201)},ana@acme.example,,,,,,`, { field: 'name', message: 'Name is longer than 200 characters' }],
    ['too many values', 'Ana,ana@acme.example,,,,,,,surplus', { message: 'The line has 9 values but the header has 8 columns (put values with commas in double quotes)' }],
  ])('rejects %s with an exact message', (_case, line, error) => {
    const parsed = parseEmployeeCsv(`${HEADER}\nOk,ok@acme.example,,,,,,\n${line}\n`);
    expect(parsed.errors).toEqual([{ line: 3, ...error }]);
    expect(parsed.rows.map((r) => r.email)).toEqual(['ok@acme.example']);
    expect(parsed.fatal).toBe(false);
  });

  it('canonicalises time zones and lowercases emails', () => {
    const parsed = parseEmployeeCsv(`${HEADER}\nAna,ANA@ACME.EXAMPLE,,,,,BOSS@Acme.Example,america/new_york\n`);
    expect(parsed.rows[0]).toMatchObject({ email: 'ana@acme.example', managerEmail: 'boss@acme.example', timeZone: 'America/New_York' });
  });

  it('reports a duplicate email on the later line, naming the first, case-insensitively', () => {
    const parsed = parseEmployeeCsv(`${HEADER}\nAna,ana@acme.example,,,,,,\nBo,bo@acme.example,,,,,,\nAna Again,ANA@acme.example,,,,,,\n`);
    expect(parsed.errors).toEqual([{ line: 4, field: 'email', message: 'Duplicate email ana@acme.example (first on line 2)' }]);
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('keeps one region per location within the file', () => {
    const parsed = parseEmployeeCsv(`${HEADER}\nA,a@x.example,,,London,EMEA,,\nB,b@x.example,,,london,emea,,\nC,c@x.example,,,London,,,\nD,d@x.example,,,London,Europe,,\n`);
    expect(parsed.errors).toEqual([{ line: 5, field: 'region', message: 'Location “London” has region “EMEA” on line 2' }]);
  });

  it('keeps the email and manager of a rejected row for the org-aware checks', () => {
    const parsed = parseEmployeeCsv(`${HEADER}\nAna,ana@acme.example,,,,,boss@acme.example,Nowhere/Else\n`);
    expect(parsed.rejected).toEqual([{ line: 2, email: 'ana@acme.example', managerEmail: 'boss@acme.example' }]);
  });

  describe('problems with the whole file (nothing can be imported)', () => {
    it.each([
      ['an empty file', '', { line: 0, message: 'The file is empty. The first line must name the columns, e.g. name,email.' }],
      ['blank lines only', '\n\r\n  \n', { line: 0, message: 'The file is empty. The first line must name the columns, e.g. name,email.' }],
      ['a header without rows', `${HEADER}\n`, { line: 0, message: 'The file has a header but no employee rows.' }],
      ['a missing email column', '\nname,title\nAna,Engineer\n', { line: 2, message: 'The header has no “email” column' }],
      ['semicolons between columns', 'name;email\nAna;ana@x.example\n', { line: 1, message: 'The header has no “name” column (columns must be separated by commas)' }],
      ['a column given twice', 'name,email,Work Email\nAna,a@x.example,b@x.example\n', { line: 1, message: 'Column “Work Email” repeats column “email” (both are email)' }],
      ['an unclosed quote', `${HEADER}\nAna,ana@x.example,"Engineer,,,,,\n`, { line: 2, message: 'A quoted value that starts on this line is never closed (a " is missing)' }],
    ])('%s', (_case, text, error) => {
      const parsed = parseEmployeeCsv(text);
      expect(parsed.fatal).toBe(true);
      expect(parsed.errors).toContainEqual(error);
      expect(parsed.rows).toEqual([]);
    });

    it('reports both missing required columns', () => {
      expect(parseEmployeeCsv('title\nEngineer\n').errors).toEqual([
        { line: 1, message: 'The header has no “name” column' },
        { line: 1, message: 'The header has no “email” column' },
      ]);
    });

    it(`refuses more than ${EMPLOYEE_IMPORT_LIMITS.maxRows.toLocaleString('en-US')} rows`, () => {
      const rows = Array.from({ length: EMPLOYEE_IMPORT_LIMITS.maxRows + 1 }, (_, i) => `P${i},p${i}@x.example`);
      const parsed = parseEmployeeCsv(`name,email\n${rows.join('\n')}\n`);
      expect(parsed).toMatchObject({ fatal: true, rowCount: 50_001, errors: [{ line: 0, message: 'The file has 50,001 employee rows; the limit is 50,000. Split it into smaller files.' }] });
      const atLimit = parseEmployeeCsv(`name,email\n${rows.slice(1).join('\n')}\n`);
      expect(atLimit).toMatchObject({ fatal: false, rowCount: 50_000, errors: [] });
    });

    it('refuses a file larger than 5 MB, counting bytes rather than characters', () => {
      const big = `name,email\n${'x'.repeat(EMPLOYEE_IMPORT_LIMITS.maxBytes)}`;
      expect(parseEmployeeCsv(big).errors).toEqual([{ line: 0, message: 'The file is larger than 5 MB. Split it into smaller files.' }]);
      // 2 million "é" are 2 million characters but 4 million bytes; 3 million are over the limit.
      const accents = (n: number) => `name,email\n"${'é'.repeat(n)}",a@x.example\n`;
      expect(parseEmployeeCsv(accents(3_000_000)).fatal).toBe(true);
      expect(parseEmployeeCsv(accents(2_000_000)).errors).toEqual([{ line: 2, field: 'name', message: 'Name is longer than 200 characters' }]);
    });
  });
});
