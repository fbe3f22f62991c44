// A checked table → the design matrix and target that the solvers take, the way scikit-learn
// users prepare them: rows with a missing value dropped, text features one-hot encoded, constant
// features dropped, columns standardized (StandardScaler). Every step the reader should know of
// is a note; every refusal a problem.
import { type Scaling, standardize as standardizeColumns } from '../standardize';
import { isMissing, parseNumber } from './cells';
import { LIMITS, MAX_LEVELS, MIN_ROWS, type Limits } from './limits';
import { type Outcome, type TableNote, type TableProblem, refuse } from './problems';
import type { Table } from './read';

export interface PrepareOptions {
  /** Header of the target column. */
  target: string;
  /** Headers of the feature columns (default: every column but the target), taken in table order. */
  features?: readonly string[];
  /** Centre and scale every feature column (default true). */
  standardize?: boolean;
  limits?: Partial<Limits>;
}

export interface Feature {
  /** `name` for a number column, `name=level` for a one-hot column. */
  name: string;
  /** The source column's position in the file (from 1) and header. */
  column: number;
  source: string;
  level?: string;
}

export interface PreparedTable {
  /** n × p; standardized unless `standardize: false`. */
  X: number[][];
  /** The target; 0/1 for a binary task (1 = classes[1]). */
  y: number[];
  featureNames: string[];
  features: Feature[];
  /** What was applied to X (means 0 and scales 1 when not standardized): unscaleCoef maps coefficients back. */
  scaling: Scaling;
  task: 'regression' | 'binary';
  /** Binary task: the value coded 0, then the value coded 1. */
  classes?: [string, string];
  target: { column: number; name: string };
  /** Row numbers (header = 1) of the rows used. */
  rowNumbers: number[];
  /** The table's notes, then the preparation's. */
  notes: TableNote[];
}

export type PrepareResult = Outcome<PreparedTable>;

/** Orders strings by code point, as numpy's unique (and so scikit-learn's classes_) does. */
const byCodePoint = (a: string, b: string): number => {
  const x = [...a].map((c) => c.codePointAt(0)!);
  const y = [...b].map((c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
};

export function prepareTable(table: Table, opts: PrepareOptions): PrepareResult {
  const lim: Limits = { ...LIMITS, ...opts.limits };
  const t = table.headers.indexOf(opts.target);
  if (t < 0) return refuse({ code: 'unknown-column', name: opts.target });
  const wanted = opts.features ?? table.headers.filter((_, j) => j !== t);
  const unknown = wanted.find((name) => !table.headers.includes(name));
  if (unknown !== undefined) return refuse({ code: 'unknown-column', name: unknown });
  const featureIdx = table.headers.flatMap((name, j) => (j !== t && wanted.includes(name) ? [j] : []));

  // Rows with a missing value in the target or a chosen feature are dropped.
  const used = [t, ...featureIdx].sort((a, b) => a - b);
  const kept: number[] = [];
  const notes: TableNote[] = [...table.notes];
  let first = -1; // the first dropped row, and the first of its columns with a missing value
  let firstColumn = -1;
  // A numeric column's missing cells are its NaN (read.ts parsed it); a text column's are checked here.
  const missing = (i: number, c: number): boolean => {
    const nums = table.numbers[c];
    return nums ? Number.isNaN(nums[i]) : isMissing(table.rows[i][c]);
  };
  for (let i = 0; i < table.rows.length; i++) {
    const j = used.find((c) => missing(i, c));
    if (j === undefined) kept.push(i);
    else if (first < 0) [first, firstColumn] = [i, j];
  }
  if (first >= 0) {
    const count = table.rows.length - kept.length;
    notes.push({ code: 'rows-dropped', count, row: table.rowNumbers[first], column: table.columns[firstColumn].column, name: table.headers[firstColumn] });
  }
  if (kept.length < MIN_ROWS) return refuse({ code: 'too-few-rows', found: kept.length, min: MIN_ROWS, dropped: table.rows.length - kept.length });

  const target = targetOf(table, t, kept);
  if (!target.ok) return target;
  if (target.note) notes.push(target.note);

  const columns: number[][] = [];
  const features: Feature[] = [];
  for (const j of featureIdx) {
    const problem =
      table.columns[j].kind === 'numeric' ? addNumeric(table, j, kept, columns, features, notes) : addOneHot(table, j, kept, columns, features, notes);
    if (problem) return refuse(problem);
  }
  const p = columns.length;
  if (p === 0) return refuse({ code: 'no-features' });
  if (p > lim.columns) return refuse({ code: 'too-many-features', limit: lim.columns, found: p });

  const raw = kept.map((_, i) => columns.map((col) => col[i]));
  const scaled = opts.standardize === false ? null : standardizeColumns(raw);
  return {
    ok: true,
    X: scaled ? scaled.X : raw,
    y: target.y,
    featureNames: features.map((f) => f.name),
    features,
    scaling: scaled ? { means: scaled.means, scales: scaled.scales } : { means: new Array<number>(p).fill(0), scales: new Array<number>(p).fill(1) },
    task: target.classes ? 'binary' : 'regression',
    ...(target.classes ? { classes: target.classes } : {}),
    target: { column: table.columns[t].column, name: table.headers[t] },
    rowNumbers: kept.map((i) => table.rowNumbers[i]),
    notes,
  };
}

type Target = { ok: true; y: number[]; classes?: [string, string]; note?: TableNote } | { ok: false; problems: TableProblem[] };

/** A numeric target with three values or more is a regression; any target with two values, a binary task. */
function targetOf(table: Table, t: number, kept: number[]): Target {
  const { column, kind } = table.columns[t];
  const name = table.headers[t];
  const cells = kept.map((i) => table.rows[i][t].trim());
  const read = table.numbers[t];
  const numbers = kind === 'numeric' ? kept.map((i, k) => (read ? read[i] : parseNumber(cells[k])!)) : null;
  const keys = numbers ? numbers.map(String) : cells;
  const values = [...new Set(keys)];
  if (values.length === 1) return refuse({ code: 'constant-target', column, name, value: cells[0] });
  if (values.length > 2) {
    if (numbers) return { ok: true, y: numbers };
    return refuse({ code: 'target-not-numeric', column, name, levels: values.length });
  }
  const classes = (numbers ? values.sort((a, b) => Number(a) - Number(b)) : values.sort(byCodePoint)) as [string, string];
  const note: TableNote = { code: 'binary-target', column, name, negative: classes[0], positive: classes[1] };
  return { ok: true, y: keys.map((k) => (k === classes[1] ? 1 : 0)), classes, note };
}

function addNumeric(table: Table, j: number, kept: number[], columns: number[][], features: Feature[], notes: TableNote[]): null {
  const { column } = table.columns[j];
  const name = table.headers[j];
  const read = table.numbers[j];
  const values = kept.map((i) => (read ? read[i] : parseNumber(table.rows[i][j])!));
  if (values.every((v) => v === values[0])) {
    notes.push({ code: 'constant-feature-dropped', column, name, value: table.rows[kept[0]][j].trim() });
    return null;
  }
  columns.push(values);
  features.push({ name, column, source: name });
  return null;
}

/**
 * Drop-first one-hot encoding with the most frequent value as the reference (ties: the first
 * seen): each coefficient is then the difference from the commonest group, and the columns stay
 * independent of the intercept, so the fit is unique however small λ is.
 */
function addOneHot(table: Table, j: number, kept: number[], columns: number[][], features: Feature[], notes: TableNote[]): TableProblem | null {
  const { column } = table.columns[j];
  const name = table.headers[j];
  const cells = kept.map((i) => table.rows[i][j].trim());
  const counts = new Map<string, number>();
  for (const c of cells) counts.set(c, (counts.get(c) ?? 0) + 1);
  const levels = [...counts.keys()]; // in order of first appearance
  if (levels.length === 1) {
    notes.push({ code: 'constant-feature-dropped', column, name, value: levels[0] });
    return null;
  }
  if (levels.length > MAX_LEVELS) return { code: 'too-many-levels', column, name, levels: levels.length, limit: MAX_LEVELS };
  const reference = levels.reduce((best, l) => (counts.get(l)! > counts.get(best)! ? l : best));
  for (const level of levels) {
    if (level === reference) continue;
    columns.push(cells.map((c) => (c === level ? 1 : 0)));
    features.push({ name: `${name}=${level}`, column, source: name, level });
  }
  notes.push({ code: 'one-hot', column, name, levels: levels.length, reference });
  return null;
}
