// Ridge and minimum-norm least squares without an intercept, for every α from one SVD:
//   minimise (1/2n)‖y − Xw‖² + (α/2)‖w‖²  ⇒  w = V·diag(s/(s² + nα))·Uᵀy   (X = U·diag(s)·Vᵀ),
// the site's ridge (scikit-learn's Ridge(alpha = n·α, fit_intercept=False)). At α = 0 this is
// w = X⁺y, the least-squares solution of smallest ‖w‖ (numpy's lstsq and pinv): singular values
// at or below rcond·s_max count as zero, as numpy's lstsq does with rcond = ε·max(n, p).
// Near p = n the smallest singular value approaches 0; the SVD (svd.ts) keeps it accurate.
import { type Svd, thinSvd } from './svd';
import { MAX_ABS_VALUE, checkOptions, checkVector, numberIn, toColumnMajor } from './validate';

export interface MinNormOptions {
  /** Relative cut-off: singular values ≤ rcond·s_max are treated as 0 at α = 0 (default ε·max(n, p), numpy's lstsq). */
  rcond?: number;
}

export interface MinNormFit {
  coef: number[];
  /** Always 0: these fits have no intercept. */
  intercept: number;
  /** Singular values above the cut-off (the numerical rank of X). */
  rank: number;
  /** Every singular value of X, decreasing (min(n, p) of them). */
  singularValues: number[];
}

/** A fit that answers every α: its SVD, kept for the α asked. */
export interface RidgeSpectrum {
  n: number;
  p: number;
  rank: number;
  singularValues: number[];
  /** Coefficients at α ≥ 0 (α = 0: the minimum-norm least-squares solution). */
  coef(alpha: number): number[];
  /** Training mean squared error (1/n)‖y − Xw‖² at α ≥ 0. */
  trainMse(alpha: number): number;
}

export const defaultRcond = (n: number, p: number): number => 2 ** -52 * Math.max(n, p);

/**
 * g_k with w = Σ_k g_k·(u_kᵀy)·v_k: s_k/(s_k² + nα) for α > 0; for α = 0, 1/s_k above the
 * cut-off and 0 below it. Every fit here, and the double-descent sweep, uses these factors.
 */
export function spectralFactors(s: ArrayLike<number>, alpha: number, n: number, rcond: number): Float64Array {
  const g = new Float64Array(s.length);
  const floor = rcond * (s[0] ?? 0);
  for (let k = 0; k < s.length; k++) {
    const sk = s[k]!;
    if (alpha > 0) g[k] = sk / (sk * sk + n * alpha);
    else g[k] = sk > floor && sk > 0 ? 1 / sk : 0;
  }
  return g;
}

function checkAlpha(alpha: unknown): number {
  return numberIn(alpha, 'alpha', 0, MAX_ABS_VALUE);
}

/** The SVD of X (n×p, no intercept) and everything needed to answer any α. Bad input throws a RangeError. */
export function ridgeSpectrum(X: number[][], y: number[], opts: MinNormOptions = {}): RidgeSpectrum {
  const o = checkOptions(opts);
  const { n, p, data } = toColumnMajor(X);
  checkVector(y, n);
  const rcond = numberIn(o.rcond, 'rcond', 0, 1, defaultRcond(n, p));
  const svd: Svd = thinSvd(data, n, p);
  const { r, u, s, v } = svd;
  // c = Uᵀy, and the part of y outside the column space of U (its squared norm).
  const yv = Float64Array.from(y);
  const c = new Float64Array(r);
  for (let k = 0; k < r; k++) {
    let t = 0;
    for (let i = 0; i < n; i++) t += u[i + k * n] * yv[i];
    c[k] = t;
  }
  let outside = 0;
  if (r < n) {
    for (let i = 0; i < n; i++) {
      let e = yv[i];
      for (let k = 0; k < r; k++) e -= u[i + k * n] * c[k];
      outside += e * e;
    }
  }
  const floor = rcond * s[0];
  const rank = Array.from(s).filter((sk) => sk > floor && sk > 0).length;
  return {
    n,
    p,
    rank,
    singularValues: Array.from(s),
    coef(alpha) {
      const g = spectralFactors(s, checkAlpha(alpha), n, rcond);
      const w = new Float64Array(p);
      for (let k = 0; k < r; k++) {
        const a = g[k] * c[k];
        if (a === 0) continue;
        for (let j = 0; j < p; j++) w[j] += a * v[j + k * p];
      }
      return Array.from(w);
    },
    trainMse(alpha) {
      const g = spectralFactors(s, checkAlpha(alpha), n, rcond);
      // y − Xw = (I − UUᵀ)y + Σ_k (1 − s_k·g_k)·c_k·u_k.
      let sum = outside;
      for (let k = 0; k < r; k++) {
        const t = (1 - s[k] * g[k]) * c[k];
        sum += t * t;
      }
      return sum / n;
    },
  };
}

export interface FitMinNormOptions extends MinNormOptions {
  /** Ridge strength α ≥ 0 (default 0: the minimum-norm least-squares solution). */
  alpha?: number;
}

/** Ridge at α > 0, or the minimum-norm least-squares solution at α = 0 (default), without an intercept. */
export function fitMinNorm(X: number[][], y: number[], opts: FitMinNormOptions = {}): MinNormFit {
  const o = checkOptions(opts);
  if (o.fitIntercept !== undefined && o.fitIntercept !== false) {
    throw new RangeError('fitMinNorm fits no intercept: centre X and y first, or leave fitIntercept out');
  }
  const alpha = numberIn(o.alpha, 'alpha', 0, MAX_ABS_VALUE, 0);
  const spectrum = ridgeSpectrum(X, y, { rcond: o.rcond as number | undefined });
  return { coef: spectrum.coef(alpha), intercept: 0, rank: spectrum.rank, singularValues: spectrum.singularValues };
}
