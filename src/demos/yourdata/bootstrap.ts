/**
 * How stable the Lasso's choice of features is (issue 17): the Lasso at one λ (the page uses
 * λ_1se) refitted on bootstrap resamples — n rows drawn with replacement — and, for each feature,
 * the share of resamples whose coefficient is not 0 (Bach 2008, "Bolasso"). With `loss: 'log'`
 * the Lasso is L1-penalised logistic regression (a two-valued target). One resample per step(),
 * so that the worker can yield and stop between them. Pure: no DOM, no shared state.
 */
import { type Kernels, createRng, prepareLinear, prepareLogistic } from '../../lib';

/** The page's setting: 50 resamples from seed 0. */
export const BOOTSTRAP = { count: 50, seed: 0 } as const;

const SEED_MAX = 0xffffffff;

/** `count` resamples of n row indices drawn with replacement (our xoshiro128** generator), in the order drawn. */
export function bootstrapRows(n: number, count: number, seed: number): number[][] {
  if (!Number.isInteger(n) || n < 2) throw new RangeError(`bootstrap needs an integer number of rows ≥ 2, got ${n}`);
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`the number of resamples must be an integer ≥ 1, got ${count}`);
  if (!Number.isInteger(seed) || seed < 0 || seed > SEED_MAX) throw new RangeError(`seed must be an integer in [0, ${SEED_MAX}], got ${seed}`);
  const rng = createRng(seed);
  return Array.from({ length: count }, () => Array.from({ length: n }, () => rng.int(n)));
}

export interface BootstrapOptions {
  /** λ of the Lasso (scikit-learn's alpha), > 0. */
  alpha: number;
  /** Explicit resamples (row indices, repeats allowed); else `count` resamples drawn from `seed`. */
  resamples?: number[][];
  count?: number;
  seed?: number;
  /** Least squares (default) or the logistic log-loss (y in {0, 1}). */
  loss?: 'squared' | 'log';
  tol?: number;
  maxIter?: number;
  kernels?: Kernels;
}

export interface BootstrapResult {
  /** shares[j]: the share of resamples whose coefficient j is not 0, in [0, 1]. */
  shares: number[];
  /** counts[j]: the number of those resamples. */
  counts: number[];
  /** Resamples fitted. */
  resamples: number;
  /** Fits that stopped at maxIter before converging. */
  unconverged: number;
  /** Logistic only: resamples that drew a single class, where no fit exists; they count as selecting nothing. */
  oneClass: number;
}

export interface BootstrapRun {
  readonly total: number;
  readonly completed: number;
  /** Fits the next resample; true once all are done. */
  step(): boolean;
  /** The shares over the completed resamples; throws before the first. */
  result(): BootstrapResult;
}

function checkResamples(v: number[][], n: number): number[][] {
  if (!Array.isArray(v) || v.length === 0) throw new RangeError('resamples must be a non-empty array of row-index arrays');
  v.forEach((rows, b) => {
    if (!Array.isArray(rows) || rows.length < 2) throw new RangeError(`resamples[${b}] must hold at least 2 row indices`);
    for (const i of rows) {
      if (!Number.isInteger(i) || i < 0 || i >= n) throw new RangeError(`resamples[${b}] has ${String(i)}, not a row index in [0, ${n - 1}]`);
    }
  });
  return v;
}

export function createBootstrapSelection(X: number[][], y: number[], opts: BootstrapOptions): BootstrapRun {
  const n = Array.isArray(X) ? X.length : 0;
  if (n < 2 || !Array.isArray(X[0])) throw new RangeError(`X must be a matrix with at least 2 rows, got ${n}`);
  if (!Array.isArray(y) || y.length !== n) throw new RangeError(`y must have one value per row of X (${n}), got ${Array.isArray(y) ? y.length : typeof y}`);
  const { alpha } = opts;
  if (!(typeof alpha === 'number' && alpha > 0 && Number.isFinite(alpha))) throw new RangeError(`alpha must be a finite number > 0, got ${String(alpha)}`);
  if (opts.resamples !== undefined && (opts.count !== undefined || opts.seed !== undefined)) {
    throw new RangeError('give either resamples or count and seed, not both');
  }
  const resamples =
    opts.resamples !== undefined ? checkResamples(opts.resamples, n) : bootstrapRows(n, opts.count ?? BOOTSTRAP.count, opts.seed ?? BOOTSTRAP.seed);
  const loss = opts.loss ?? 'squared';
  if (loss !== 'squared' && loss !== 'log') throw new RangeError(`loss must be 'squared' or 'log', got ${String(loss)}`);
  const p = X[0].length;
  const counts = new Array<number>(p).fill(0);
  let completed = 0;
  let unconverged = 0;
  let oneClass = 0;
  /** The Lasso's coefficients on some rows, or null for a logistic resample of one class. */
  const lasso = (Xb: number[][], yb: number[]): { coef: number[]; converged: boolean } | null => {
    const settings = { tol: opts.tol, maxIter: opts.maxIter };
    if (loss === 'squared') return prepareLinear(Xb, yb, { ...settings, warmStarts: false, kernels: opts.kernels }).fit(alpha, 1);
    if (yb.every((v) => v === yb[0])) return null;
    return prepareLogistic(Xb, yb, settings).fit(alpha, 1);
  };
  const run: BootstrapRun = {
    total: resamples.length,
    get completed() {
      return completed;
    },
    step() {
      if (completed === resamples.length) return true;
      const rows = resamples[completed]!;
      const fit = lasso(
        rows.map((i) => X[i]!),
        rows.map((i) => y[i]!),
      );
      // Coordinate descent leaves an unselected coefficient at exactly 0 (soft-thresholding).
      fit?.coef.forEach((c, j) => c !== 0 && counts[j]!++);
      if (fit === null) oneClass++;
      else if (!fit.converged) unconverged++;
      completed++;
      return completed === resamples.length;
    },
    result() {
      if (completed === 0) throw new RangeError('no resample has been fitted yet: call step() first');
      return { shares: counts.map((c) => c / completed), counts: [...counts], resamples: completed, unconverged, oneClass };
    },
  };
  return run;
}

/** Every resample at once (tests, build-time tables). */
export function bootstrapSelection(X: number[][], y: number[], opts: BootstrapOptions): BootstrapResult {
  const run = createBootstrapSelection(X, y, opts);
  while (!run.step());
  return run.result();
}

/** Feature indices by share, highest first (ties: in column order). */
export const byShare = (shares: readonly number[]): number[] => shares.map((_, j) => j).sort((a, b) => shares[b]! - shares[a]! || a - b);
