// Stability selection (Meinshausen & Bühlmann 2010): the lasso path on many subsamples of half the
// rows over one common λ grid, and for every λ and feature the share of subsamples that select it,
// Π̂_j(λ). With `complementaryPairs` the subsamples come in disjoint pairs of halves (Shah &
// Samworth 2013). The helpers that read a result (stable set, q, the error bound) are in stableSet.ts.
import { alphaGrid, elasticNetPath } from './elasticNet';
import { createRng } from './prng';
import { take } from './split';
import { standardize } from './standardize';
import { booleanOr, checkMatrix, checkOptions, checkVector, integerIn, numberIn } from './validate';

export interface SubsampleOptions {
  /** B, the number of subsamples (even with complementary pairs: B/2 pairs). */
  nSubsamples: number;
  /** Rows per subsample (default ⌊n/2⌋). */
  size?: number;
  /** Seed of the draws (default 0). */
  seed?: number;
  /** Draw B/2 pairs of disjoint subsamples instead of B independent ones (default false). */
  complementaryPairs?: boolean;
}

export interface StabilityOptions extends Partial<SubsampleOptions> {
  /** The λ grid shared by every subsample; default: scikit-learn's lasso grid on all n rows (standardized if `standardize`). */
  alphas?: number[];
  /** Size of the default grid (default 50). */
  nAlphas?: number;
  /** The default grid ends at eps·λmax (default 0.01). */
  eps?: number;
  /** Explicit subsamples (row indices); then nSubsamples, size, seed and complementaryPairs are not used. */
  subsamples?: number[][];
  /** Centre and scale every column on the subsample's own rows, as StandardScaler does (default true). */
  standardize?: boolean;
  /**
   * Tolerance of each lasso path (elasticNetPath's meaning; default 1e-7, tighter than a single fit's 1e-4:
   * a support is a sharper question than a prediction, and at 1e-4 a coefficient near its threshold can
   * still be a tiny non-zero) and its sweep bound (default 1000).
   */
  tol?: number;
  maxIter?: number;
}

export interface StabilityResult {
  /** The common λ grid, decreasing. */
  alphas: number[];
  /** frequencies[k][j]: the share of subsamples whose lasso at alphas[k] has w_j ≠ 0 (Π̂_j(λ)). */
  frequencies: number[][];
  /** The row indices of each subsample, increasing. */
  subsamples: number[][];
  /** supports[b][k]: the features selected on subsample b at alphas[k], increasing. */
  supports: number[][][];
  /** Lasso fits (subsample × λ) that stopped at maxIter before the duality-gap test passed. */
  unconverged: number;
}

/** A stability selection run, one subsample's path per step (so that a worker can slice it). */
export interface StabilityRun {
  readonly alphas: number[];
  readonly subsamples: number[][];
  /** Subsamples whose path is done. */
  readonly completed: number;
  readonly done: boolean;
  /** Fits the path of the next subsample; returns true when every path is done. */
  step(): boolean;
  /** The frequencies so far (over the completed subsamples); throws if none is done yet. */
  result(): StabilityResult;
}

/** A uniformly random choice of `size` rows out of n (partial Fisher–Yates on `pool`), increasing. */
function drawInto(pool: number[], size: number, rng: ReturnType<typeof createRng>, from = 0): number[] {
  const n = pool.length;
  for (let i = from; i < from + size; i++) {
    const j = i + rng.int(n - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(from, from + size).sort((a, b) => a - b);
}

/** B subsamples of `size` rows (default ⌊n/2⌋) without replacement, seeded; in disjoint pairs if asked. */
export function drawSubsamples(n: number, opts: SubsampleOptions): number[][] {
  const o = checkOptions(opts);
  integerIn(n, 'n', 2, 1e9);
  const pairs = booleanOr(o.complementaryPairs, 'complementaryPairs', false);
  const size = integerIn(o.size, 'size', 1, pairs ? Math.floor(n / 2) : n, Math.floor(n / 2));
  const b = integerIn(o.nSubsamples, 'nSubsamples', pairs ? 2 : 1, 1e6);
  if (pairs && b % 2 !== 0) throw new RangeError(`nSubsamples must be even with complementary pairs (B/2 pairs), got ${b}`);
  const rng = createRng(integerIn(o.seed, 'seed', 0, 0xffffffff, 0));
  const pool = Array.from({ length: n }, (_, i) => i);
  const out: number[][] = [];
  while (out.length < b) {
    if (pairs) {
      // The first 2·size places of a shuffle, cut in two: disjoint halves.
      drawInto(pool, 2 * size, rng);
      out.push(
        pool.slice(0, size).sort((x, y) => x - y),
        pool.slice(size, 2 * size).sort((x, y) => x - y),
      );
    } else out.push(drawInto(pool, size, rng));
  }
  return out;
}

/** The default tolerance of the lasso paths (see StabilityOptions.tol). */
export const STABILITY_TOL = 1e-7;

/** The options that say how to draw subsamples (not allowed beside explicit ones). */
const DRAW_KEYS = ['nSubsamples', 'size', 'seed', 'complementaryPairs'] as const;

/** Explicit subsamples: each a list of at least 2 distinct row indices in [0, n). */
function checkSubsamples(v: unknown, n: number): number[][] {
  if (!Array.isArray(v) || v.length === 0) throw new RangeError('subsamples must be a non-empty array of row-index arrays');
  return v.map((s: unknown, b) => {
    if (!Array.isArray(s) || s.length < 2) throw new RangeError(`subsamples[${b}] must be an array of at least 2 row indices`);
    const seen = new Set<number>();
    for (const i of s) {
      if (!Number.isInteger(i) || i < 0 || i >= n) throw new RangeError(`subsamples[${b}] has ${String(i)}, not a row index in [0, ${n - 1}]`);
      if (seen.has(i)) throw new RangeError(`subsamples[${b}] has row ${i} twice: subsamples are drawn without replacement`);
      seen.add(i);
    }
    return [...(s as number[])].sort((a, c) => a - c);
  });
}

export function createStabilitySelection(X: number[][], y: number[], opts: StabilityOptions = {}): StabilityRun {
  const o = checkOptions(opts);
  const [n, p] = checkMatrix(X);
  checkVector(y, n);
  if (n < 4) throw new RangeError(`stability selection needs at least 4 rows (two halves of 2), got ${n}`);
  const scale = booleanOr(o.standardize, 'standardize', true);
  const tol = numberIn(o.tol, 'tol', 0, Infinity, STABILITY_TOL);
  const maxIter = integerIn(o.maxIter, 'maxIter', 1, 1e8, 1000);
  const drawn = DRAW_KEYS.filter((k) => o[k] !== undefined);
  if (o.subsamples !== undefined && drawn.length > 0) throw new RangeError(`give either subsamples or ${drawn.join(', ')}, not both`);
  const subsamples =
    o.subsamples === undefined
      ? drawSubsamples(n, { nSubsamples: 100, ...Object.fromEntries(drawn.map((k) => [k, o[k]])) } as SubsampleOptions)
      : checkSubsamples(o.subsamples, n);
  const grid = { l1Ratio: 1, nAlphas: integerIn(o.nAlphas, 'nAlphas', 1, 1e4, 50), eps: numberIn(o.eps, 'eps', Number.MIN_VALUE, 1, 0.01) };
  const alphas = o.alphas === undefined ? alphaGrid(scale ? standardize(X).X : X, y, grid) : alphaGrid(X, y, { ...grid, alphas: o.alphas as number[] });
  // λ = 0 is least squares without a penalty: no selection at all.
  alphas.forEach((a, k) => {
    if (!(a > 0)) throw new RangeError(`alphas must be > 0 (λ = 0 is plain least squares: no selection); alphas[${k}] = ${a} after sorting`);
  });
  const counts = alphas.map(() => new Array<number>(p).fill(0));
  const supports: number[][][] = [];
  let unconverged = 0;

  const run: StabilityRun = {
    alphas,
    subsamples,
    get completed() {
      return supports.length;
    },
    get done() {
      return supports.length === subsamples.length;
    },
    step() {
      if (run.done) return true;
      const rows = subsamples[supports.length];
      const Xs = take(X, rows);
      const path = elasticNetPath(scale ? standardize(Xs).X : Xs, take(y, rows), { l1Ratio: 1, alphas, tol, maxIter });
      const selected = path.coefs.map((coef, k) => {
        // Coordinate descent leaves an unselected coefficient at exactly 0 (soft-thresholding).
        const on: number[] = [];
        coef.forEach((c, j) => c !== 0 && on.push(j));
        for (const j of on) counts[k][j]++;
        return on;
      });
      unconverged += path.converged.filter((c) => !c).length;
      supports.push(selected);
      return run.done;
    },
    result() {
      const b = supports.length;
      if (b === 0) throw new RangeError('no subsample has been fitted yet: call step() first');
      return {
        alphas: [...alphas],
        frequencies: counts.map((row) => row.map((c) => c / b)),
        subsamples: subsamples.slice(0, b).map((s) => [...s]),
        supports: supports.map((s) => s.map((on) => [...on])),
        unconverged,
      };
    },
  };
  return run;
}

/** Stability selection in one call: every subsample's lasso path, then the frequencies. */
export function stabilitySelection(X: number[][], y: number[], opts: StabilityOptions = {}): StabilityResult {
  const run = createStabilitySelection(X, y, opts);
  while (!run.step());
  return run.result();
}
