// Polynomial features of a 1-D input in the Legendre basis. x in the domain [lo, hi] is mapped
// to t = 2(x − lo)/(hi − lo) − 1 ∈ [−1, 1], and the features are P₁(t) … P_d(t) (no constant
// column: the intercept plays P₀). The span equals that of 1, x, …, x^d, so fits and errors
// are those of ordinary polynomial regression, but |P_k(t)| ≤ 1 on [−1, 1] keeps the design
// well conditioned up to degree 15 and beyond, where raw powers of x are not.
import { checkOptions, integerIn, numberIn } from '../validate';

export const MAX_DEGREE = 30;

export interface PolynomialOptions {
  /** Interval mapped onto [−1, 1] (default [0, 1]). */
  domain?: [number, number];
}

export function checkDomain(d: unknown): [number, number] {
  if (d === undefined) return [0, 1];
  if (!Array.isArray(d) || d.length !== 2) throw new RangeError('domain must be [lo, hi]');
  const lo = numberIn(d[0], 'domain[0]', -1e150, 1e150);
  const hi = numberIn(d[1], 'domain[1]', -1e150, 1e150);
  if (!(hi > lo)) throw new RangeError(`domain must have lo < hi, got [${lo}, ${hi}]`);
  return [lo, hi];
}

/** Writes P₁(t) … P_d(t) into out[off …] by Bonnet's recurrence (k+1)P_{k+1} = (2k+1)tP_k − kP_{k−1}. */
export function legendreInto(t: number, degree: number, out: Float64Array | number[], off = 0): void {
  let prev = 1;
  let cur = t;
  for (let k = 1; k <= degree; k++) {
    out[off + k - 1] = cur;
    const next = ((2 * k + 1) * t * cur - k * prev) / (k + 1);
    prev = cur;
    cur = next;
  }
}

/** Rows [P₁(t), …, P_d(t)] for each x; degree 0 gives empty rows. */
export function polynomialFeatures(x: number[], degree: number, options: PolynomialOptions = {}): number[][] {
  const o = checkOptions(options);
  const d = integerIn(degree, 'degree', 0, MAX_DEGREE);
  const [lo, hi] = checkDomain(o.domain);
  if (!Array.isArray(x) || x.length === 0) throw new RangeError('x must be a non-empty array of numbers');
  return x.map((xi, i) => {
    const v = numberIn(xi, `x[${i}]`, -1e150, 1e150);
    const row = new Array<number>(d);
    legendreInto((2 * (v - lo)) / (hi - lo) - 1, d, row);
    return row;
  });
}
