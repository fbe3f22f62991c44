// Seeded linear data with groups of correlated features (p > n allowed), for demos and tests.
// Feature j belongs to group ⌊j / groupSize⌋; x_ij = √c·z_ig + √(1−c)·e_ij, so features of a
// group have correlation c. The first nInformative features carry the signal.
import { createRng } from './prng';
import { booleanOr, checkOptions, integerIn, numberIn } from './validate';

export interface CorrelatedDataOptions {
  nSamples: number;
  nFeatures: number;
  /** Features per correlated group (default 5). */
  groupSize?: number;
  /** Within-group correlation c ∈ [0, 1) (default 0.8). */
  correlation?: number;
  /** Non-zero true coefficients, the first ones (default min(5, nFeatures)). */
  nInformative?: number;
  /** Standard deviation of the Gaussian noise (default 1). */
  noise?: number;
  seed?: number;
  /** Add 10 to y so that an intercept is needed (default false). */
  shift?: boolean;
}

export interface LinearData {
  X: number[][];
  y: number[];
  /** True coefficients. */
  coef: number[];
  /** Group index of each feature. */
  groups: number[];
}

export function makeCorrelatedRegression(opts: CorrelatedDataOptions): LinearData {
  const o = checkOptions(opts);
  const n = integerIn(o.nSamples, 'nSamples', 1, 1e6);
  const p = integerIn(o.nFeatures, 'nFeatures', 1, 1e6);
  const groupSize = integerIn(o.groupSize, 'groupSize', 1, p, Math.min(5, p));
  const c = numberIn(o.correlation, 'correlation', 0, 0.999999, 0.8);
  const k = integerIn(o.nInformative, 'nInformative', 0, p, Math.min(5, p));
  const noise = numberIn(o.noise, 'noise', 0, 1e6, 1);
  const seed = integerIn(o.seed, 'seed', 0, 0xffffffff, 0);
  const shift = booleanOr(o.shift, 'shift', false) ? 10 : 0;
  const rng = createRng(seed);
  // Draw order is part of the contract (the Python port follows it).
  const coef = new Array<number>(p).fill(0);
  for (let j = 0; j < k; j++) {
    const sign = rng.uniform() < 0.5 ? -1 : 1;
    coef[j] = sign * (1 + 2 * rng.uniform());
  }
  const nGroups = Math.ceil(p / groupSize);
  const groups = Array.from({ length: p }, (_, j) => Math.floor(j / groupSize));
  const sc = Math.sqrt(c);
  const se = Math.sqrt(1 - c);
  const X: number[][] = [];
  const z = new Array<number>(nGroups);
  for (let i = 0; i < n; i++) {
    for (let g = 0; g < nGroups; g++) z[g] = rng.normal();
    const row = new Array<number>(p);
    for (let j = 0; j < p; j++) row[j] = sc * z[groups[j]] + se * rng.normal();
    X.push(row);
  }
  const y = X.map((row) => {
    let s = 0;
    for (let j = 0; j < p; j++) s += row[j] * coef[j];
    return s;
  });
  for (let i = 0; i < n; i++) y[i] += shift + noise * rng.normal();
  return { X, y, coef, groups };
}
