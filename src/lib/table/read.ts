// Text of a CSV or TSV → a checked table: header names, each column numeric or categorical,
// the data rows. papaparse splits the records (RFC 4180 quotes); everything else is checked here,
// and every refusal is a problem with a code and the row or column it concerns.
import Papa from 'papaparse';
import { MAX_ABS_VALUE } from '../validate';
import { commaNumber, hasDecimalPoint, isMissing, parseNumber } from './cells';
import { LIMITS, type Limits } from './limits';
import { type Outcome, type TableNote, type TableProblem, refuse } from './problems';

export type Delimiter = ',' | '\t' | ';';
export type ColumnKind = 'numeric' | 'categorical';

export interface TableColumn {
  /** Position in the file, from 1. */
  column: number;
  name: string;
  /** Numeric when every value is a number; categorical otherwise. */
  kind: ColumnKind;
  /** Missing cells (empty or a MISSING_TOKENS word). */
  missing: number;
}

export interface Table {
  /** Names of the kept columns (empty columns are dropped, unnamed ones named column_<k>). */
  headers: string[];
  columns: TableColumn[];
  /** Cells as written, one array per data row, one cell per kept column. */
  rows: string[][];
  /** Row number of each data row as a person counts them (the header is row 1). */
  rowNumbers: number[];
  /** Each numeric column's values as read (NaN where missing), so preparing does not parse them again; null for text columns. */
  numbers: (Float64Array | null)[];
  delimiter: Delimiter;
  notes: TableNote[];
}

export type ReadTable = Outcome<Table>;

/**
 * The delimiter is read from the header row (outside quotes): a tab if it has one; otherwise the
 * more frequent of comma and semicolon (comma on a tie, and for a single column).
 */
export function detectDelimiter(text: string): Delimiter {
  const count = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === '\t' || c === ';')) count[c]++;
  }
  if (count['\t'] > 0) return '\t';
  return count[';'] > count[','] ? ';' : ',';
}

const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');

export function readTable(input: string, limits: Partial<Limits> = {}): ReadTable {
  const lim: Limits = { ...LIMITS, ...limits };
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  if (text.length > lim.bytes) return refuse({ code: 'too-many-bytes', limit: lim.bytes, found: text.length });
  if (text.trim() === '') return refuse({ code: 'empty-file' });
  const delimiter = detectDelimiter(text);
  // One line break for the whole file, so that a file mixing CRLF and LF splits everywhere.
  const parsed = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n'), { delimiter, newline: '\n', quoteChar: '"', header: false, skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) return refuse({ code: 'bad-quotes', row: (quoteError.row ?? 0) + 1 });
  const records = parsed.data;
  // The header is the first row that is not blank (row 1 unless the file starts with blank lines).
  const h = records.findIndex((r) => !isBlank(r));
  if (h < 0) return refuse({ code: 'empty-file' });
  const header = records[h];
  if (header.length > lim.columns) return refuse({ code: 'too-many-columns', limit: lim.columns, found: header.length });

  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const notes: TableNote[] = [];
  let blank = 0;
  let firstBlank = 0;
  let pendingBlank = 0; // blank rows not yet followed by data (trailing ones are not reported)
  for (let i = h + 1; i < records.length; i++) {
    const cells = records[i];
    if (isBlank(cells)) {
      if (pendingBlank === 0 && blank === 0) firstBlank = i + 1;
      pendingBlank++;
      continue;
    }
    blank += pendingBlank;
    pendingBlank = 0;
    if (cells.length !== header.length) return refuse({ code: 'ragged-row', row: i + 1, expected: header.length, found: cells.length });
    rows.push(cells);
    rowNumbers.push(i + 1);
  }
  if (rows.length === 0) return refuse({ code: 'header-only' });
  if (rows.length > lim.rows) return refuse({ code: 'too-many-rows', limit: lim.rows, found: rows.length });
  if (blank > 0) notes.push({ code: 'blank-rows-skipped', count: blank, row: firstBlank });

  const names = header.map((cell) => cell.trim());
  if (names.every((name) => parseNumber(name) !== null)) return refuse({ code: 'no-header', row: h + 1 });
  return checkColumns(names, rows, rowNumbers, delimiter, notes);
}

function checkColumns(names: string[], rows: string[][], rowNumbers: number[], delimiter: Delimiter, notes: TableNote[]): ReadTable {
  const kept: number[] = [];
  const headers: string[] = [];
  for (let j = 0; j < names.length; j++) {
    const name = names[j] === '' ? `column_${j + 1}` : names[j];
    if (rows.every((r) => isMissing(r[j]))) {
      notes.push({ code: 'empty-column', column: j + 1, name });
      continue;
    }
    if (names[j] === '') notes.push({ code: 'unnamed-column', column: j + 1, name });
    const first = headers.indexOf(name);
    if (first >= 0) return refuse({ code: 'duplicate-header', column: j + 1, name, firstColumn: kept[first] + 1 });
    kept.push(j);
    headers.push(name);
  }
  const scans = scanColumns(rows, rowNumbers, kept, headers);
  const problem = numberProblem(scans);
  if (problem) return refuse(problem);
  const columns = scans.map((s, k): TableColumn => ({ column: kept[k] + 1, name: headers[k], kind: s.text ? 'categorical' : 'numeric', missing: s.missing }));
  if (!columns.some((c) => c.kind === 'numeric')) return refuse({ code: 'no-numeric-column' });
  const keptRows = kept.length === names.length ? rows : rows.map((r) => kept.map((j) => r[j]));
  const numbers = scans.map((s) => (s.text ? null : s.values));
  return { ok: true, headers, columns, rows: keptRows, rowNumbers, numbers, delimiter, notes };
}

interface Found {
  row: number;
  column: number;
  name: string;
  value: string;
}

interface ColumnScan {
  missing: number;
  /** Some value is text (neither a number nor a number with a comma). */
  text: boolean;
  decimalPoint: boolean;
  comma?: Found;
  tooLarge?: Found;
  /** The numbers read (NaN: missing), meaningful while the column is numeric. */
  values: Float64Array;
}

/**
 * Each kept column's kind, missing cells and first doubtful cell. Row by row (each row's cells lie
 * together in memory), a column no longer read once a text cell shows it is not numeric.
 */
function scanColumns(rows: string[][], rowNumbers: number[], kept: number[], names: string[]): ColumnScan[] {
  const scans = kept.map((): ColumnScan => ({ missing: 0, text: false, decimalPoint: false, values: new Float64Array(rows.length).fill(Number.NaN) }));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    for (let k = 0; k < kept.length; k++) {
      const scan = scans[k];
      if (scan.text) continue;
      const cell = row[kept[k]];
      // A number first (most cells): no missing token reads as a number, so the order does not matter.
      const v = parseNumber(cell);
      if (v !== null) {
        scan.values[i] = v;
        if (!(Math.abs(v) <= MAX_ABS_VALUE)) scan.tooLarge ??= { row: rowNumbers[i], column: kept[k] + 1, name: names[k], value: cell };
        if (!scan.decimalPoint && hasDecimalPoint(cell)) scan.decimalPoint = true;
      } else if (isMissing(cell)) scan.missing++;
      else if (commaNumber(cell)) scan.comma ??= { row: rowNumbers[i], column: kept[k] + 1, name: names[k], value: cell };
      else scan.text = true;
    }
  }
  scans.forEach((scan, k) => {
    if (scan.text) scan.missing = rows.reduce((m, r) => m + (isMissing(r[kept[k]]) ? 1 : 0), 0);
  });
  return scans;
}

/** Comma numbers and out-of-range numbers, in columns that are numbers but for them. */
function numberProblem(scans: ColumnScan[]): TableProblem | null {
  const numeric = scans.filter((s) => !s.text);
  const comma = numeric.find((s) => s.comma)?.comma;
  if (comma) return { code: numeric.some((s) => s.decimalPoint) ? 'mixed-decimal-comma' : 'decimal-comma', ...comma };
  const tooLarge = numeric.find((s) => s.tooLarge)?.tooLarge;
  return tooLarge ? { code: 'value-too-large', ...tooLarge, limit: MAX_ABS_VALUE } : null;
}
