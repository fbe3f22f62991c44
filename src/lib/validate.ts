// Input checks shared by every fit. Each failure throws a RangeError naming the bad value.

/** Largest magnitude accepted in X and y: squares and sums must stay far from overflow. */
export const MAX_ABS_VALUE = 1e150;

function describe(v: unknown): string {
  if (typeof v === 'number') return String(v);
  if (v === null) return 'null';
  return typeof v;
}

/** Message for a bad entry, or null when v is a finite number within ±1e150. */
function entryProblem(v: unknown): string | null {
  if (typeof v !== 'number') return `is ${describe(v)}, expected a number`;
  if (Number.isNaN(v)) return 'is NaN';
  if (!Number.isFinite(v)) return `is ${v}, expected a finite number`;
  if (Math.abs(v) > MAX_ABS_VALUE) return `= ${v} is out of range: |value| must be at most 1e150`;
  return null;
}

const isOk = (v: unknown): boolean => typeof v === 'number' && v >= -MAX_ABS_VALUE && v <= MAX_ABS_VALUE;

function badEntry(v: unknown, where: string): never {
  throw new RangeError(`${where} ${entryProblem(v) ?? 'is invalid'}`);
}

/** Checks X is a non-empty rectangular matrix of finite numbers; returns [n, p]. */
export function checkMatrix(X: unknown, name = 'X'): [number, number] {
  if (!Array.isArray(X)) throw new RangeError(`${name} must be an array of rows`);
  const n = X.length;
  if (n === 0) throw new RangeError(`${name} is empty: it needs at least one row`);
  const first: unknown = X[0];
  if (!Array.isArray(first)) throw new RangeError(`${name}[0] must be an array`);
  const p = first.length;
  if (p === 0) throw new RangeError(`${name} has no columns: ${name}[0] is empty`);
  for (let i = 0; i < n; i++) {
    const row: unknown = X[i];
    if (!Array.isArray(row)) throw new RangeError(`${name} row ${i} must be an array`);
    if (row.length !== p) {
      throw new RangeError(`${name} row ${i} has ${row.length} columns, expected ${p}`);
    }
    for (let j = 0; j < p; j++) if (!isOk(row[j])) badEntry(row[j], `${name}[${i}][${j}]`);
  }
  return [n, p];
}

/** Rows per tile of the copy below: reads stay in 16 rows, writes in 16-entry column runs. */
const TILE = 16;

/**
 * checkMatrix, then a column-major Float64Array copy and the column sums, in one pass over
 * the entries (tiled, since a row-by-row copy would write each entry to a different column).
 * The copy goes into `into` when that has exactly n·p entries (every entry is overwritten).
 */
export function toColumnMajor(X: unknown, name = 'X', into?: Float64Array): { n: number; p: number; data: Float64Array; colSums: Float64Array } {
  if (!Array.isArray(X) || X.length === 0 || !Array.isArray(X[0])) checkMatrix(X, name);
  const rows = X as unknown[][];
  const n = rows.length;
  const p = rows[0].length;
  for (let i = 0; i < n; i++) {
    if (!Array.isArray(rows[i]) || rows[i].length !== p || p === 0) checkMatrix(X, name);
  }
  const data = into && into.length === n * p ? into : new Float64Array(n * p);
  const colSums = new Float64Array(p);
  for (let i0 = 0; i0 < n; i0 += TILE) {
    // On a bad entry, checkMatrix throws, naming the first one row by row.
    if (!copyTile(rows, i0, Math.min(n, i0 + TILE), data, colSums)) checkMatrix(X, name);
  }
  return { n, p, data, colSums };
}

/** Rows i0..i1 into column-major data, adding to colSums; false on a bad entry. */
function copyTile(rows: unknown[][], i0: number, i1: number, data: Float64Array, colSums: Float64Array): boolean {
  const n = rows.length;
  for (let j = 0; j < colSums.length; j++) {
    const off = j * n;
    let s = colSums[j];
    for (let i = i0; i < i1; i++) {
      const v = rows[i][j];
      if (!isOk(v)) return false;
      data[off + i] = v as number;
      s += v as number;
    }
    colSums[j] = s;
  }
  return true;
}

/** Checks y is an array of n finite numbers. */
export function checkVector(y: unknown, n: number, name = 'y'): void {
  if (!Array.isArray(y)) throw new RangeError(`${name} must be an array of numbers`);
  if (y.length !== n) {
    throw new RangeError(`${name} has ${y.length} entries but X has ${n} rows`);
  }
  for (let i = 0; i < n; i++) if (!isOk(y[i])) badEntry(y[i], `${name}[${i}]`);
}

export function checkOptions(opts: unknown): Record<string, unknown> {
  if (opts === undefined) return {};
  if (typeof opts !== 'object' || opts === null || Array.isArray(opts)) {
    throw new RangeError('options must be an object');
  }
  return opts as Record<string, unknown>;
}

/** A finite number in [lo, hi]; `undefined` yields the default (if one is given). */
export function numberIn(v: unknown, name: string, lo: number, hi: number, dflt?: number): number {
  if (v === undefined) {
    if (dflt === undefined) throw new RangeError(`${name} is required`);
    return dflt;
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new RangeError(`${name} must be a finite number, got ${describe(v)}`);
  }
  if (v < lo || v > hi) {
    const range = hi === Infinity ? `>= ${lo}` : `in [${lo}, ${hi}]`;
    throw new RangeError(`${name} must be ${range}, got ${v}`);
  }
  return v;
}

/** An integer in [lo, hi]. */
export function integerIn(v: unknown, name: string, lo: number, hi: number, dflt?: number): number {
  const x = numberIn(v, name, lo, hi, dflt);
  if (!Number.isInteger(x)) throw new RangeError(`${name} must be an integer, got ${x}`);
  return x;
}

export function booleanOr(v: unknown, name: string, dflt: boolean): boolean {
  if (v === undefined) return dflt;
  if (typeof v !== 'boolean') throw new RangeError(`${name} must be true or false, got ${describe(v)}`);
  return v;
}

/** A non-empty array of finite numbers >= 0 (a grid of penalties). */
export function checkAlphas(v: unknown, name = 'alphas'): number[] {
  if (!Array.isArray(v)) throw new RangeError(`${name} must be an array of numbers`);
  if (v.length === 0) throw new RangeError(`${name} is empty`);
  return v.map((a, k) => numberIn(a, `${name}[${k}]`, 0, Infinity));
}

/** Refuses to hand back NaN or Infinity (e.g. after overflow). */
export function checkFiniteResult(values: ArrayLike<number>, what: string): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) {
      throw new RangeError(`${what} is not finite (entry ${i} = ${values[i]}); rescale the data`);
    }
  }
}

/** Binary labels: every entry 0 or 1, and both classes present. */
export function checkLabels(y: number[]): void {
  let ones = 0;
  for (let i = 0; i < y.length; i++) {
    if (y[i] !== 0 && y[i] !== 1) throw new RangeError(`y[${i}] is ${y[i]}; logistic regression needs labels 0 or 1`);
    ones += y[i];
  }
  if (ones === 0 || ones === y.length) {
    throw new RangeError(`y has only one class (all ${y[0]}); logistic regression needs both 0 and 1`);
  }
}
