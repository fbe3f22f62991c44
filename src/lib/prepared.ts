// A prepared linear problem: the data validated and copied once, centred (and scaled if asked),
// with Xᵀy, the Gram matrix (built on first use) and the solver's buffers, so that a demo's
// slider tick costs one warm-started solve and nothing else. fitElasticNet, elasticNetPath,
// fitRidge and cvElasticNet are thin wrappers over it.
import { type CdData } from './cd/coordinates';
import type { Kernels } from './kernels/kernels';
import { DenseData } from './cd/dense';
import { GramData } from './cd/gram';
import { solvePath } from './cd/path';
import { CdSolver } from './cd/solver';
import { type CvOptions, type CvResult, type CvRun, type HeldOut, crossValidate, cvSteps } from './cv';
import { type Design, type Source, designOf, makeDesign, makeSource, unscale } from './design';
import { dot, gram, outerGram, xtv } from './linalg';
import {
  type GridOptions,
  type ProblemSettings,
  type SolverOptions,
  alphaMaxOf,
  alphaOf,
  gridOf,
  gridOptions,
  l1RatioOf,
  problemSettings,
  solverOptions,
} from './linearOptions';
import { type RidgeSystem, ridgeCoefs } from './ridgeSolve';
import type { LinearFit, PathOptions, PathResult } from './types';
import { booleanOr, checkFiniteResult, checkOptions } from './validate';
import { type Solved, WarmStarts } from './warmStarts';

export interface PrepareLinearOptions {
  fitIntercept?: boolean;
  /** Divide each column by its standard deviation (ddof 0) before fitting; coefficients come back on the original scale. */
  standardize?: boolean;
  /** The l1Ratio of fit, path and cv when they are not given one (default 1, the lasso). */
  l1Ratio?: number;
  /** Defaults of fit, path and cv (1e-4 and 1000). */
  tol?: number;
  maxIter?: number;
  /**
   * Start each fit from the solutions around its α (default true). With false every fit starts
   * from 0 and equals fitElasticNet exactly, whatever was asked before.
   */
  warmStarts?: boolean;
  /** createKernels(): XᵀX in WebAssembly SIMD, shared with the CV folds (worth it from about 1000×100). */
  kernels?: Kernels;
}

export type FitOptions = Partial<SolverOptions>;

export interface PreparedLinear {
  readonly n: number;
  readonly p: number;
  /**
   * The fit at α (and ρ), started from the solutions already found around α for that ρ: those of
   * the last path() when there is one (the answer then depends on α alone), else earlier fits.
   */
  fit(alpha: number, l1Ratio?: number, opts?: FitOptions): LinearFit;
  /** Ridge in closed form (fitRidge). */
  ridge(alpha: number): LinearFit;
  /** elasticNetPath on this problem; its solutions become warm starts of fit. */
  path(opts?: Partial<PathOptions>): PathResult;
  /** cvElasticNet on this problem (each fold prepared once and kept for the next call). */
  cv(opts?: Partial<CvOptions>): CvResult;
  /** The same cross-validation one fold per step() (progress and cancelling between folds). */
  cvSteps(opts?: Partial<CvOptions>): CvRun;
  /** The smallest α at which every coefficient is 0. */
  alphaMax(l1Ratio?: number): number;
  /** The decreasing grid path() would use. */
  alphaGrid(opts?: Partial<Pick<PathOptions, 'l1Ratio' | 'nAlphas' | 'eps' | 'alphas'>>): number[];
}

export function prepareLinear(X: number[][], y: number[], opts: PrepareLinearOptions = {}): PreparedLinear {
  const o = checkOptions(opts);
  const s = problemSettings(o);
  const warm = booleanOr(o.warmStarts, 'warmStarts', true);
  const src = makeSource(X, y);
  return new LinearProblem(designOf(src, null, s.fitIntercept, s.standardize), s, src, warm);
}

/** For a single call: one copy of X, centred in place, no memory of solutions and no CV. */
export function prepareOnce(X: number[][], y: number[], s: Partial<ProblemSettings>): LinearProblem {
  const settings = problemSettings(s);
  return new LinearProblem(makeDesign(X, y, settings.fitIntercept, settings.standardize), settings, null, false);
}

export class LinearProblem implements PreparedLinear {
  private q?: Float64Array;
  private qMax = -1;
  private G?: Float64Array;
  private K?: Float64Array;
  private solverOf?: CdSolver;
  private readonly starts = new WarmStarts();
  /** The CV folds of the last cv() call, by nFolds and seed. */
  folds?: { key: string; ids: readonly number[]; problems: LinearProblem[]; tests: HeldOut[] };

  constructor(
    readonly d: Design,
    readonly settings: ProblemSettings,
    /** The validated data as given (for the CV folds), or null. */
    readonly source: Source | null,
    private readonly remember: boolean,
  ) {}

  get n(): number {
    return this.d.n;
  }

  get p(): number {
    return this.d.p;
  }

  fit(alpha: number, l1Ratio?: number, opts: FitOptions = {}): LinearFit {
    const a = alphaOf(alpha);
    const rho = l1RatioOf(l1Ratio, this.settings.l1Ratio);
    const { tol, maxIter } = solverOptions(checkOptions(opts), this.settings);
    const { n, p } = this.d;
    const w = new Float64Array(p);
    let l1Prev: number | undefined;
    // w = 0 solves every α ≥ αmax exactly: a solution known without solving.
    const zero = rho > 0 ? this.alphaMax(rho) : 0;
    if (!(zero > 0 && a >= zero)) {
      const top = zero > 0 ? { alpha: zero, value: new Float64Array(p) } : null;
      const from = this.starts.start(rho, a, w, top);
      // The strong rule screens from the solution the start came from (from w = 0: αmax, the default).
      if (from && from !== top) l1Prev = from.alpha * rho * n;
    }
    const r = this.solver().solve(w, a * rho * n, a * (1 - rho) * n, maxIter, tol, l1Prev);
    if (this.remember) this.starts.add(rho, a, w);
    return this.finish(w, r.nIter, r.converged, r.gap);
  }

  ridge(alpha: number): LinearFit {
    const [w] = ridgeCoefs(this.ridgeSystem(), [alphaOf(alpha)]);
    return { ...unscale(this.d, w), nIter: 1, converged: true, dualGap: 0 };
  }

  path(opts: Partial<PathOptions> = {}): PathResult {
    const o = checkOptions(opts);
    this.checkFixed(o);
    const g = gridOptions(o, this.settings.l1Ratio);
    const { tol, maxIter } = solverOptions(o, this.settings);
    const alphas = this.gridFor(g);
    const res: PathResult = { alphas, coefs: [], intercepts: [], nIters: [], converged: [], dualGaps: [] };
    const push = (w: Float64Array, nIter: number, conv: boolean, gap: number) => {
      const fit = this.finish(w, nIter, conv, gap);
      res.coefs.push(fit.coef);
      res.intercepts.push(fit.intercept);
      res.nIters.push(nIter);
      res.converged.push(conv);
      res.dualGaps.push(gap);
    };
    if (g.l1Ratio === 0) {
      // Ridge: closed form at every α (exact, no iterations).
      for (const w of ridgeCoefs(this.ridgeSystem(), alphas)) push(w, 1, true, 0);
      return res;
    }
    const solved: Solved[] = [];
    solvePath(this.solver(), this.n, this.p, alphas, g.l1Ratio, tol, maxIter, (k, w, r) => {
      push(w, r.nIter, r.converged, r.gap);
      if (this.remember) solved.push({ alpha: alphas[k], value: Float64Array.from(w) });
    });
    if (this.remember) this.starts.replace(g.l1Ratio, solved);
    return res;
  }

  cv(opts: Partial<CvOptions> = {}): CvResult {
    return crossValidate(this, opts);
  }

  cvSteps(opts: Partial<CvOptions> = {}): CvRun {
    return cvSteps(this, opts);
  }

  alphaMax(l1Ratio?: number): number {
    return alphaMaxOf(this.maxAbsXty(), this.n, l1RatioOf(l1Ratio, this.settings.l1Ratio));
  }

  alphaGrid(opts: Partial<Pick<PathOptions, 'l1Ratio' | 'nAlphas' | 'eps' | 'alphas'>> = {}): number[] {
    return this.gridFor(gridOptions(checkOptions(opts), this.settings.l1Ratio));
  }

  /** The problem of some rows (a CV fold's training rows), prepared from the same validated copy. */
  subproblem(rows: readonly number[]): LinearProblem {
    if (!this.source) throw new RangeError('this problem was prepared for one call only: use prepareLinear for cross-validation');
    const { fitIntercept, standardize } = this.settings;
    return new LinearProblem(designOf(this.source, rows, fitIntercept, standardize), this.settings, null, false);
  }

  private gridFor(g: GridOptions): number[] {
    return g.given ? [...g.given].sort((a, b) => b - a) : gridOf(g, this.maxAbsXty(), this.n);
  }

  /** fitIntercept and standardize are fixed when the problem is prepared. */
  private checkFixed(o: Record<string, unknown>): void {
    for (const key of ['fitIntercept', 'standardize'] as const) {
      if (o[key] !== undefined && o[key] !== this.settings[key]) {
        throw new RangeError(`${key} is fixed when the problem is prepared (${String(this.settings[key])}), got ${String(o[key])}`);
      }
    }
  }

  private xty(): Float64Array {
    return (this.q ??= xtv(this.d.X, this.n, this.p, this.d.y));
  }

  private maxAbsXty(): number {
    if (this.qMax < 0) {
      const q = this.xty();
      let m = 0;
      for (let j = 0; j < this.p; j++) m = Math.max(m, Math.abs(q[j]));
      this.qMax = m;
    }
    return this.qMax;
  }

  private gram(): Float64Array {
    const { kernels } = this.settings;
    return (this.G ??= kernels ? kernels.gram(this.d.X, this.n, this.p) : gram(this.d.X, this.n, this.p));
  }

  private ridgeSystem(): RidgeSystem {
    const { n, p, X, y } = this.d;
    const G = p <= n ? this.gram() : (this.K ??= outerGram(X, n, p));
    return { n, p, X, y, G, b: this.xty() };
  }

  /** The coordinate-descent solver: on the Gram matrix when n > p (scikit-learn's precompute='auto'). */
  private solver(): CdSolver {
    if (!this.solverOf) {
      const { n, p, X, y } = this.d;
      const data: CdData = n > p ? new GramData(n, p, this.gram(), this.xty(), dot(y, 0, y, 0, n)) : new DenseData(n, p, X, y, this.settings.kernels);
      this.solverOf = new CdSolver(data, this.maxAbsXty());
    }
    return this.solverOf;
  }

  private finish(w: Float64Array, nIter: number, converged: boolean, gap: number): LinearFit {
    checkFiniteResult(w, 'coefficient vector');
    const { coef, intercept } = unscale(this.d, w);
    checkFiniteResult([intercept, gap], 'intercept or duality gap');
    return { coef, intercept, nIter, converged, dualGap: gap };
  }
}
