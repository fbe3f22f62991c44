// Column standardisation and the map of coefficients back to the original scale.
import { checkMatrix } from './validate';

export interface Scaling {
  means: number[];
  /** Divisors; a constant column gets 1 (as scikit-learn's StandardScaler). */
  scales: number[];
}

export interface Standardized extends Scaling {
  X: number[][];
}

/**
 * Centres each column and divides it by its standard deviation (ddof 0, StandardScaler),
 * or with `unitNorm` by its L2 norm after centring (std·√n: scikit-learn's scaled diabetes).
 */
export function standardize(X: number[][], opts: { unitNorm?: boolean } = {}): Standardized {
  const [n, p] = checkMatrix(X);
  const means = new Array<number>(p).fill(0);
  const scales = new Array<number>(p).fill(0);
  for (const row of X) for (let j = 0; j < p; j++) means[j] += row[j];
  for (let j = 0; j < p; j++) means[j] /= n;
  for (const row of X) {
    for (let j = 0; j < p; j++) {
      const d = row[j] - means[j];
      scales[j] += d * d;
    }
  }
  for (let j = 0; j < p; j++) {
    const s = Math.sqrt(scales[j] / n) * (opts.unitNorm ? Math.sqrt(n) : 1);
    scales[j] = s > 0 ? s : 1;
  }
  return { X: applyScaling(X, { means, scales }), means, scales };
}

/** Applies a scaling learnt on other data (e.g. the training set) to X. */
export function applyScaling(X: number[][], s: Scaling): number[][] {
  const [, p] = checkMatrix(X);
  if (s.means.length !== p || s.scales.length !== p) {
    throw new RangeError(`scaling has ${s.means.length} columns, X has ${p}`);
  }
  return X.map((row) => row.map((v, j) => (v - s.means[j]) / s.scales[j]));
}

/** Coefficients fitted on standardised X, expressed for the original X. */
export function unscaleCoef(coef: number[], intercept: number, s: Scaling): { coef: number[]; intercept: number } {
  if (coef.length !== s.scales.length) {
    throw new RangeError(`coef has ${coef.length} entries, scaling has ${s.scales.length}`);
  }
  const out = coef.map((c, j) => c / s.scales[j]);
  let b = intercept;
  for (let j = 0; j < out.length; j++) b -= out[j] * s.means[j];
  return { coef: out, intercept: b };
}
