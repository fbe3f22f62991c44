// Argument checks shared by the scalar and SIMD kernels: bad sizes throw a RangeError.

/** At most 2²⁷ entries (1 GiB of float64) in one matrix. */
export const MAX_ENTRIES = 2 ** 27;

/** n and p are positive integers, n·p ≤ MAX_ENTRIES, and X (when given) holds n·p numbers. */
export function checkShape(X: Float64Array | null, n: number, p: number): void {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`n must be a positive integer, got ${n}`);
  if (!Number.isSafeInteger(p) || p < 1) throw new RangeError(`p must be a positive integer, got ${p}`);
  if (n * p > MAX_ENTRIES) throw new RangeError(`an ${n}×${p} matrix has more than ${MAX_ENTRIES} entries`);
  if (X && X.length !== n * p) throw new RangeError(`X must hold n·p = ${n * p} numbers, got ${X.length}`);
}

/** v holds at least len numbers (the kernels read or write the first len). */
export function checkVectorLength(v: Float64Array, len: number, name: string): void {
  if (!(v.length >= len)) throw new RangeError(`${name} must hold at least ${len} numbers, got ${v.length}`);
}

/** j is a column index of a matrix with p columns. */
export function checkColumn(j: number, p: number): void {
  if (!(j >>> 0 === j && j < p)) throw new RangeError(`column index must be an integer in [0, ${p}), got ${j}`);
}
