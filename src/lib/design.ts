// Turns validated number[][] input into centred (and, if asked, scaled) column-major
// Float64Array storage, as scikit-learn's _preprocess_data does; and back from coefficients
// fitted there to coefficients and intercept on the caller's scale.
import { checkVector, toColumnMajor } from './validate';

export interface Design {
  n: number;
  p: number;
  /** Column-major n×p, centred column-wise when fitIntercept, divided by xScale when standardized. */
  X: Float64Array;
  /** Centred when fitIntercept. */
  y: Float64Array;
  xMean: Float64Array;
  yMean: number;
  /** The divisors of the columns when standardized (null: not standardized). */
  xScale: Float64Array | null;
  fitIntercept: boolean;
}

/** A Design and the validated copy of the data it was made from (for sub-designs of some rows). */
export interface Source {
  n: number;
  p: number;
  /** Column-major copy of X as given. */
  X: Float64Array;
  y: Float64Array;
}

/** Validates X and y and copies them once (X column-major). */
export function makeSource(X: number[][], y: number[]): Source {
  const { n, p, data } = toColumnMajor(X, 'X');
  checkVector(y, n);
  return { n, p, X: data, y: Float64Array.from(y) };
}

/** Validates X and y, then copies them into a Design (one copy of X, centred in place). */
export function makeDesign(X: number[][], y: number[], fitIntercept: boolean, standardize = false): Design {
  const { n, p, data, colSums } = toColumnMajor(X, 'X');
  checkVector(y, n);
  return centre(n, p, data, colSums, Float64Array.from(y), fitIntercept, standardize);
}

/** The Design of the rows `rows` (increasing) of a source, or of all of it when rows is null. */
export function designOf(src: Source, rows: readonly number[] | null, fitIntercept: boolean, standardize: boolean): Design {
  const { n: nAll, p } = src;
  const n = rows ? rows.length : nAll;
  const Xs = new Float64Array(n * p);
  const colSums = new Float64Array(p);
  const ys = new Float64Array(n);
  for (let j = 0; j < p; j++) {
    const from = j * nAll;
    const to = j * n;
    let s = 0;
    for (let i = 0; i < n; i++) {
      const v = src.X[from + (rows ? rows[i] : i)];
      Xs[to + i] = v;
      s += v;
    }
    colSums[j] = s;
  }
  for (let i = 0; i < n; i++) ys[i] = src.y[rows ? rows[i] : i];
  return centre(n, p, Xs, colSums, ys, fitIntercept, standardize);
}

/** Centres X (in place) and y when fitIntercept, then divides each column by its scale if asked. */
function centre(n: number, p: number, Xc: Float64Array, colSums: Float64Array, yc: Float64Array, fitIntercept: boolean, standardize: boolean): Design {
  const xMean = new Float64Array(p);
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
  const xScale = standardize ? scaleColumns(n, p, Xc) : null;
  return { n, p, X: Xc, y: yc, xMean, yMean, xScale, fitIntercept };
}

/**
 * Divides each column by √(Σx²/n): the standard deviation (ddof 0, StandardScaler's) once the
 * column is centred. A constant column keeps scale 1.
 */
function scaleColumns(n: number, p: number, Xc: Float64Array): Float64Array {
  const scale = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    const off = j * n;
    let s = 0;
    for (let i = 0; i < n; i++) s += Xc[off + i] * Xc[off + i];
    const sd = Math.sqrt(s / n);
    scale[j] = sd > 0 ? sd : 1;
    for (let i = 0; i < n; i++) Xc[off + i] /= scale[j];
  }
  return scale;
}

/** Coefficients on the caller's scale (w / scale) and the intercept ȳ − x̄ᵀcoef. */
export function unscale(d: Design, w: Float64Array): { coef: number[]; intercept: number } {
  const coef = new Array<number>(d.p);
  for (let j = 0; j < d.p; j++) coef[j] = d.xScale ? w[j] / d.xScale[j] : w[j];
  return { coef, intercept: interceptFor(d, coef) };
}

/** Intercept that goes with coefficients (on the caller's scale) fitted on centred data: ȳ − x̄ᵀw. */
export function interceptFor(d: Design, coef: ArrayLike<number>): number {
  if (!d.fitIntercept) return 0;
  let s = d.yMean;
  for (let j = 0; j < d.p; j++) s -= d.xMean[j] * coef[j];
  return s;
}
