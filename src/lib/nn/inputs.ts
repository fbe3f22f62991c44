// Checks and conversions of user data to the flat row-major arrays the network works on.
import { checkMatrix, checkVector, numberIn } from '../validate';
import type { Task } from './network';

/** X (n rows of nIn finite numbers) as a flat Float64Array. */
export function flattenInputs(X: unknown, nIn: number, name = 'X'): Float64Array {
  const [n, p] = checkMatrix(X, name);
  if (p !== nIn) throw new RangeError(`${name} has ${p} columns, the network takes ${nIn} inputs`);
  const rows = X as number[][];
  const out = new Float64Array(n * p);
  for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) out[i * p + j] = rows[i][j];
  return out;
}

/**
 * Targets as a flat Float64Array (n × nOut): a number[] when nOut = 1, else number[][].
 * Binary targets must lie in [0, 1] (0/1 labels, or soft labels such as smoothed ones).
 */
export function flattenTargets(y: unknown, n: number, nOut: number, task: Task, name = 'y'): Float64Array {
  let flat: Float64Array;
  if (nOut === 1 && Array.isArray(y) && !Array.isArray(y[0])) {
    checkVector(y, n, name);
    flat = Float64Array.from(y as number[]);
  } else {
    const [rows, p] = checkMatrix(y, name);
    if (rows !== n) throw new RangeError(`${name} has ${rows} rows but X has ${n}`);
    if (p !== nOut) throw new RangeError(`${name} has ${p} columns, the network has ${nOut} outputs`);
    flat = Float64Array.from((y as number[][]).flat());
  }
  if (task === 'binary') {
    for (let k = 0; k < flat.length; k++) {
      if (!(flat[k] >= 0 && flat[k] <= 1)) {
        throw new RangeError(`${name} entry ${k} = ${flat[k]}: binary targets must lie in [0, 1]`);
      }
    }
  }
  return flat;
}

/** A drop probability p ∈ [0, 1). */
export function dropProbability(v: unknown, name: string): number {
  const p = numberIn(v, name, 0, 1, 0);
  if (p >= 1) throw new RangeError(`${name} must be in [0, 1), got ${p}: p = 1 drops everything`);
  return p;
}

/** A strictly positive finite number. */
export function positive(v: unknown, name: string, dflt: number): number {
  const x = numberIn(v, name, 0, 1e6, dflt);
  if (x <= 0) throw new RangeError(`${name} must be > 0, got ${x}`);
  return x;
}
