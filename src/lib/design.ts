// Turns validated number[][] input into centred, column-major Float64Array storage.
import { checkVector, toColumnMajor } from './validate';

export interface Design {
  n: number;
  p: number;
  /** Column-major n×p, centred column-wise when fitIntercept. */
  X: Float64Array;
  /** Centred when fitIntercept. */
  y: Float64Array;
  xMean: Float64Array;
  yMean: number;
  fitIntercept: boolean;
}

/** Storage reused by makeDesign(…, true): fresh memory for X costs page faults on each call. */
let shared: Float64Array = new Float64Array(0);

/**
 * Validates X and y, then copies them into a Design (as scikit-learn's _preprocess_data).
 * With reuse, X goes into storage shared between such calls: only for a Design that is
 * dropped before the next makeDesign(…, true).
 */
export function makeDesign(X: number[][], y: number[], fitIntercept: boolean, reuse = false): Design {
  const { n, p, data: Xc, colSums } = toColumnMajor(X, 'X', reuse ? shared : undefined);
  if (reuse) shared = Xc;
  checkVector(y, n);
  const xMean = new Float64Array(p);
  const yc = Float64Array.from(y);
  let yMean = 0;
  if (fitIntercept) {
    for (let j = 0; j < p; j++) {
      const off = j * n;
      const m = colSums[j] / n;
      xMean[j] = m;
      for (let i = 0; i < n; i++) Xc[off + i] -= m;
    }
    let s = 0;
    for (let i = 0; i < n; i++) s += yc[i];
    yMean = s / n;
    for (let i = 0; i < n; i++) yc[i] -= yMean;
  }
  return { n, p, X: Xc, y: yc, xMean, yMean, fitIntercept };
}

/** Intercept that goes with coefficients fitted on centred data: ȳ − x̄ᵀw. */
export function interceptFor(d: Design, w: ArrayLike<number>): number {
  if (!d.fitIntercept) return 0;
  let s = d.yMean;
  for (let j = 0; j < d.p; j++) s -= d.xMean[j] * w[j];
  return s;
}
