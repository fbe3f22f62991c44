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

/**
 * checkMatrix, then a column-major Float64Array copy and the column sums, in one pass over
 * the entries: four rows at a time, so that each column gets four consecutive entries per
 * visit (each sum is still added up row by row).
 */
export function toColumnMajor(X: unknown, name = 'X'): { n: number; p: number; data: Float64Array; colSums: Float64Array } {
  if (!Array.isArray(X) || X.length === 0 || !Array.isArray(X[0])) checkMatrix(X, name);
  const rows = X as unknown[][];
  const n = rows.length;
  const p = rows[0].length;
  for (let i = 0; i < n; i++) {
    if (!Array.isArray(rows[i]) || rows[i].length !== p || p === 0) checkMatrix(X, name);
  }
  const data = new Float64Array(n * p);
  const colSums = new Float64Array(p);
  // On a bad entry, checkMatrix throws, naming the first one row by row.
  if (!copyRows(rows, n, p, data, colSums)) checkMatrix(X, name);
  return { n, p, data, colSums };
}

/** The rows into column-major data and their sums into colSums; false on a bad entry. */
function copyRows(rows: unknown[][], n: number, p: number, data: Float64Array, colSums: Float64Array): boolean {
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const r0 = rows[i];
    const r1 = rows[i + 1];
    const r2 = rows[i + 2];
    const r3 = rows[i + 3];
    for (let j = 0; j < p; j++) {
      const a = r0[j];
      const b = r1[j];
      const c = r2[j];
      const d = r3[j];
      if (!(isOk(a) && isOk(b) && isOk(c) && isOk(d))) return false;
      const off = j * n + i;
      data[off] = a as number;
      data[off + 1] = b as number;
      data[off + 2] = c as number;
      data[off + 3] = d as number;
      let s = colSums[j];
      s += a as number;
      s += b as number;
      s += c as number;
      s += d as number;
      colSums[j] = s;
    }
  }
  for (; i < n; i++) {
    const r = rows[i];
    for (let j = 0; j < p; j++) {
      const a = r[j];
      if (!isOk(a)) return false;
      data[j * n + i] = a as number;
      colSums[j] += a as number;
    }
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
