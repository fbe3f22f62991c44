// Polynomial least squares (optionally ridge) through Householder QR of the centred Legendre
// design — no normal equations, so degree 15 on 20 points is still solved accurately.
// Objective, as for every linear fit of the site (intercept not penalised):
//   (1/2n)·‖y − Φw − b‖² + (α/2)·‖w‖²      solved as least squares on [Φc; √(nα)·I], [yc; 0].
import { checkVector, integerIn, numberIn } from '../validate';
import { MAX_DEGREE, type PolynomialOptions, checkDomain, legendreInto } from './polynomial';

export interface PolynomialFit {
  degree: number;
  /** Coefficients of P₁ … P_d. */
  coef: number[];
  intercept: number;
  domain: [number, number];
}

/** Minimises ‖b − A·w‖ for A (m × p, column-major, overwritten). Throws if A is rank deficient. */
export function solveLeastSquares(A: Float64Array, m: number, p: number, b: Float64Array): Float64Array {
  const diag = new Float64Array(p);
  for (let k = 0; k < p; k++) {
    const col = k * m;
    let norm = 0;
    for (let i = k; i < m; i++) norm += A[col + i] ** 2;
    norm = Math.sqrt(norm);
    const alpha = A[col + k] > 0 ? -norm : norm;
    diag[k] = alpha;
    if (norm === 0) continue;
    const vv = 2 * (norm * norm - alpha * A[col + k]); // ‖v‖² for v = x − αe₁ (α = −sign(x₀)‖x‖)
    A[col + k] -= alpha; // v is stored in place of x
    if (vv === 0) continue;
    for (let j = k + 1; j < p; j++) {
      let s = 0;
      for (let i = k; i < m; i++) s += A[col + i] * A[j * m + i];
      const f = (2 * s) / vv;
      for (let i = k; i < m; i++) A[j * m + i] -= f * A[col + i];
    }
    let s = 0;
    for (let i = k; i < m; i++) s += A[col + i] * b[i];
    const f = (2 * s) / vv;
    for (let i = k; i < m; i++) b[i] -= f * A[col + i];
  }
  const maxDiag = diag.reduce((mx, v) => Math.max(mx, Math.abs(v)), 0);
  const w = new Float64Array(p);
  for (let k = p - 1; k >= 0; k--) {
    if (!(Math.abs(diag[k]) > 1e-12 * maxDiag)) {
      throw new RangeError(`the design is rank deficient (column ${k}): too few distinct points for this degree; use alpha > 0`);
    }
    let s = b[k];
    for (let j = k + 1; j < p; j++) s -= A[j * m + k] * w[j];
    w[k] = s / diag[k];
  }
  return w;
}

/** Fits a polynomial of the given degree (Legendre basis) with ridge penalty alpha ≥ 0. */
export function fitPolynomial(x: number[], y: number[], degree: number, alpha = 0, options: PolynomialOptions = {}): PolynomialFit {
  const d = integerIn(degree, 'degree', 0, MAX_DEGREE);
  const a = numberIn(alpha, 'alpha', 0, 1e150);
  const domain = checkDomain(options.domain);
  if (!Array.isArray(x) || x.length === 0) throw new RangeError('x must be a non-empty array of numbers');
  checkVector(x, x.length, 'x');
  checkVector(y, x.length, 'y');
  const n = x.length;
  const yMean = y.reduce((s, v) => s + v, 0) / n;
  if (d === 0) return { degree: 0, coef: [], intercept: yMean, domain };
  const [lo, hi] = domain;
  const m = a > 0 ? n + d : n;
  const A = new Float64Array(m * d);
  const row = new Float64Array(d);
  const means = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    legendreInto((2 * (x[i] - lo)) / (hi - lo) - 1, d, row);
    for (let j = 0; j < d; j++) {
      A[j * m + i] = row[j];
      means[j] += row[j] / n;
    }
  }
  for (let j = 0; j < d; j++) for (let i = 0; i < n; i++) A[j * m + i] -= means[j];
  if (a > 0) for (let j = 0; j < d; j++) A[j * m + n + j] = Math.sqrt(n * a);
  const b = new Float64Array(m);
  for (let i = 0; i < n; i++) b[i] = y[i] - yMean;
  const w = solveLeastSquares(A, m, d, b);
  for (const v of w) if (!Number.isFinite(v)) throw new RangeError('polynomial fit overflowed; rescale the data');
  let intercept = yMean;
  for (let j = 0; j < d; j++) intercept -= means[j] * w[j];
  return { degree: d, coef: Array.from(w), intercept, domain };
}

/** Value of a fitted polynomial at x. */
export function evalPolynomial(fit: PolynomialFit, x: number): number {
  const [lo, hi] = fit.domain;
  const row = new Float64Array(fit.degree);
  legendreInto((2 * (x - lo)) / (hi - lo) - 1, fit.degree, row);
  let s = fit.intercept;
  for (let j = 0; j < fit.degree; j++) s += fit.coef[j] * row[j];
  return s;
}
