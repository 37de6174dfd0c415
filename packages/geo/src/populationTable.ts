import { type InputIssue, InvalidInputError } from '@baeum/model';
import { parse } from 'csv-parse/sync';

/** Residents of one area as measured (resident registration), with the line it came from. */
export interface MeasuredPopulation {
  total: number;
  /** Residents aged 65 and over. */
  seniors: number;
  /** Where the row stands in the CSV file (1-based line; the code's column, named), for errors about it. */
  line: number;
  codeColumn: string;
}

/** Measured population by area code (KOSTAT 7-digit, as in the boundaries). */
export type PopulationTable = ReadonlyMap<string, MeasuredPopulation>;

/** The columns the table must have; others (province, names, notes) are read by people. */
const REQUIRED_COLUMNS = ['code', 'pop_total', 'pop_65plus'] as const;

/** A population file that cannot be used: every line and column at fault, named. */
export class PopulationFileError extends InvalidInputError {
  constructor(
    readonly file: string,
    issues: InputIssue[],
  ) {
    super(`population file ${file}`, issues);
  }
}

/**
 * Reads a population CSV (UTF-8, a header with at least `code`, `pop_total`, `pop_65plus`;
 * data/SOURCES.md). A missing or malformed code, a figure that is not a whole number or is
 * negative, more seniors than residents, or a code given twice is refused, naming the line
 * and column of each.
 */
export function parsePopulationCsv(text: string, file: string): PopulationTable {
  let rows: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    rows = parse(text, { columns: true, info: true, bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    throw new PopulationFileError(file, [{ path: 'line 1', message: `not a CSV table: ${(error as Error).message}` }]);
  }
  const header = Object.keys(rows[0]?.record ?? {});
  const missing = REQUIRED_COLUMNS.filter((c) => rows.length > 0 && !header.includes(c));
  if (rows.length === 0 || missing.length > 0) {
    const message = rows.length === 0 ? 'no rows' : `the header lacks ${missing.join(', ')}`;
    throw new PopulationFileError(file, [{ path: 'line 1', message }]);
  }
  const column = (name: string) => `column ${header.indexOf(name) + 1} (${name})`;
  const issues: InputIssue[] = [];
  const table = new Map<string, MeasuredPopulation>();
  for (const { record, info } of rows) {
    const line = info.lines;
    const at = (name: string) => `line ${line}, ${column(name)}`;
    const code = record.code;
    if (!code) issues.push({ path: at('code'), message: 'missing area code' });
    else if (!/^\d{7,10}$/.test(code)) issues.push({ path: at('code'), message: `"${code}" is not an area code` });
    const total = count(record.pop_total, at('pop_total'), issues);
    const seniors = count(record.pop_65plus, at('pop_65plus'), issues);
    if (total !== undefined && seniors !== undefined && seniors > total) {
      issues.push({ path: at('pop_65plus'), message: `${seniors} residents aged 65+ of ${total} in all` });
    }
    const earlier = code ? table.get(code) : undefined;
    if (earlier) issues.push({ path: at('code'), message: `code ${code} is also on line ${earlier.line}` });
    else if (code && total !== undefined && seniors !== undefined) {
      table.set(code, { total, seniors, line, codeColumn: column('code') });
    }
  }
  if (issues.length > 0) throw new PopulationFileError(file, issues);
  return table;
}

/** A whole, non-negative number of people, or an issue at `path`. */
function count(text: string | undefined, path: string, issues: InputIssue[]): number | undefined {
  if (text === undefined || text === '') {
    issues.push({ path, message: 'missing figure' });
    return undefined;
  }
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(value)) {
    issues.push({ path, message: `"${text}" is not a whole number` });
    return undefined;
  }
  if (value < 0) {
    issues.push({ path, message: `${value} is negative` });
    return undefined;
  }
  return value;
}
