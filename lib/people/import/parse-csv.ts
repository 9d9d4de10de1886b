// A small RFC 4180 CSV reader with no dependencies: comma-separated, fields optionally in double quotes,
// "" for a quote inside a quoted field, commas and line breaks allowed inside quotes. Accepts CRLF, LF or
// CR line endings and a leading byte-order mark. Every record carries the 1-based line of the file it
// starts on, so errors can point at the line a person sees in their editor.

export interface CsvRecord {
  /** The file line the record starts on (a quoted field may continue on later lines). */
  line: number;
  fields: string[];
}

export interface CsvProblem {
  line: number;
  message: string;
}

export interface CsvParseResult {
  records: CsvRecord[];
  /** Records that could not be read cleanly; they are left out of `records`. */
  problems: CsvProblem[];
  /** A problem that stops reading (an unclosed quote swallows the rest of the file). */
  fatal: CsvProblem | null;
}

const FIELD_END = /[,\r\n]/g;

/** Line breaks in text[from, to): CRLF, LF and a lone CR each count once. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) count++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
}

/** Blank lines and lines of only commas (spreadsheets export empty rows that way) are not records. */
function isBlank(fields: string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

export function parseCsv(input: string): CsvParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];
  let problem: string | null = null;

  for (;;) {
    // At the start of a field.
    let value: string;
    if (text.charCodeAt(i) === 34 /* " */) {
      i++;
      value = '';
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) {
          return { records, problems, fatal: { line: recordLine, message: 'A quoted value that starts on this line is never closed (a " is missing)' } };
        }
        line += countLineBreaks(text, i, quote);
        if (text.charCodeAt(quote + 1) === 34) {
          value += text.slice(i, quote + 1);
          i = quote + 2;
          continue;
        }
        value += text.slice(i, quote);
        i = quote + 1;
        break;
      }
      if (i < n && !/[,\r\n]/.test(text[i]!)) {
        // Text after the closing quote, e.g. "Smith"Jr: keep reading the field but refuse the record.
        problem ??= 'A quoted value must be followed by a comma or the end of the line';
        FIELD_END.lastIndex = i;
        const end = FIELD_END.exec(text)?.index ?? n;
        value += text.slice(i, end);
        i = end;
      }
    } else {
      FIELD_END.lastIndex = i;
      const end = FIELD_END.exec(text)?.index ?? n;
      value = text.slice(i, end);
      i = end;
    }
    fields.push(value);

    if (i < n && text.charCodeAt(i) === 44 /* , */) {
      i++;
      continue;
    }
    // End of record: a line break or the end of the text.
    if (problem) problems.push({ line: recordLine, message: problem });
    else if (!isBlank(fields)) records.push({ line: recordLine, fields });
    fields = [];
    problem = null;
    if (i >= n) break;
    i += text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    line++;
    recordLine = line;
    if (i >= n) break;
  }
  return { records, problems, fatal: null };
}
