// Bias–variance decomposition of polynomial regression on noisy sine data, by redrawing the
// training sample. For each degree, over R training sets and a grid of G points x_g in [0, 1]:
//   f̄(x) = (1/R)·Σ_r f_r(x)
//   bias²    = (1/G)·Σ_g (f̄(x_g) − sin 2πx_g)²
//   variance = (1/G)·Σ_g (1/R)·Σ_r (f_r(x_g) − f̄(x_g))²
//   noise    = σ²
// and expected test error = bias² + variance + noise (exact for these sample averages).
import { makeNoisySine, sineTarget } from '../data/noisySine';
import { createRng } from '../prng';
import { checkOptions, integerIn, numberIn } from '../validate';
import { evalPolynomial, fitPolynomial } from './leastSquares';
import { MAX_DEGREE } from './polynomial';

export interface BiasVarianceOptions {
  /** Degrees to evaluate (default 0 … 9). */
  degrees?: number[];
  nTrain?: number;
  noise?: number;
  /** Training sets drawn (default 50; at most 10000). */
  nRepeats?: number;
  /** Evaluation grid size, x_g = (g + ½)/G (default 100). */
  nGrid?: number;
  /** Ridge penalty for every fit (default 0). */
  alpha?: number;
  seed?: number;
}

export interface BiasVarianceRow {
  degree: number;
  bias2: number;
  variance: number;
  noise: number;
  /** bias² + variance + noise. */
  expectedTestMse: number;
}

export function biasVariance(options: BiasVarianceOptions = {}): BiasVarianceRow[] {
  const o = checkOptions(options);
  const nTrain = integerIn(o.nTrain, 'nTrain', 2, 1e5, 20);
  const noise = numberIn(o.noise, 'noise', 0, 1e3, 0.3);
  const R = integerIn(o.nRepeats, 'nRepeats', 2, 10000, 50);
  const G = integerIn(o.nGrid, 'nGrid', 1, 1e5, 100);
  const alpha = numberIn(o.alpha, 'alpha', 0, 1e150, 0);
  const rawDegrees: unknown = o.degrees ?? Array.from({ length: 10 }, (_, d) => d);
  if (!Array.isArray(rawDegrees) || rawDegrees.length === 0) throw new RangeError('degrees must be a non-empty array');
  const degrees = rawDegrees.map((d, k) => integerIn(d, `degrees[${k}]`, 0, MAX_DEGREE));
  if (alpha === 0 && Math.max(...degrees) >= nTrain) {
    throw new RangeError(`degree ${Math.max(...degrees)} needs more than ${nTrain} training points (or alpha > 0)`);
  }
  const seeds = createRng(integerIn(o.seed, 'seed', 0, 0xffffffff, 0));
  const sets = Array.from({ length: R }, () => makeNoisySine({ nSamples: nTrain, noise, seed: seeds.nextUint32() }));
  const grid = Array.from({ length: G }, (_, g) => (g + 0.5) / G);
  const pred = new Float64Array(R * G);
  return degrees.map((degree) => {
    sets.forEach((s, r) => {
      const fit = fitPolynomial(s.x, s.y, degree, alpha);
      for (let g = 0; g < G; g++) pred[r * G + g] = evalPolynomial(fit, grid[g]);
    });
    let bias2 = 0;
    let variance = 0;
    for (let g = 0; g < G; g++) {
      let mean = 0;
      for (let r = 0; r < R; r++) mean += pred[r * G + g] / R;
      bias2 += (mean - sineTarget(grid[g])) ** 2 / G;
      for (let r = 0; r < R; r++) variance += (pred[r * G + g] - mean) ** 2 / (R * G);
    }
    if (!Number.isFinite(bias2) || !Number.isFinite(variance)) {
      throw new RangeError(`bias–variance at degree ${degree} overflowed; use alpha > 0`);
    }
    return { degree, bias2, variance, noise: noise * noise, expectedTestMse: bias2 + variance + noise * noise };
  });
}
