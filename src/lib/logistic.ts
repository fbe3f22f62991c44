// Penalised binary logistic regression, y ∈ {0, 1}:
//   minimise (1/n)·Σ log(1 + e^{η_i}) − y_i·η_i + α·ρ·‖w‖₁ + α·(1−ρ)/2·‖w‖²,   η = Xw + b,
// intercept not penalised; scikit-learn's LogisticRegression with C = 1/(n·α). The solver is
// ./logisticSolver; prepareLogistic keeps the data, the buffers and the solutions of one problem,
// and fitLogistic is a thin wrapper over it.
import { type Design, makeDesign } from './design';
import { alphaOf, gridOf, gridOptions, l1RatioOf } from './linearOptions';
import { LogisticSolver, log1pExp, sigmoid } from './logisticSolver';
import { booleanOr, checkFiniteResult, checkLabels, checkOptions, integerIn, numberIn } from './validate';
import { type Solved, WarmStarts } from './warmStarts';

export { log1pExp, sigmoid };

export interface LogisticOptions {
  alpha: number;
  l1Ratio: number;
  fitIntercept?: boolean;
  /** Stop when the largest KKT violation is below tol·max(1, max|x_ij − x̄_j|) (default 1e-8). */
  tol?: number;
  /** Bound on Newton steps (default 100). */
  maxIter?: number;
}

export interface LogisticFit {
  coef: number[];
  intercept: number;
  /** Newton steps taken. */
  nIter: number;
  converged: boolean;
  /** Largest violation of the optimality conditions at the result. */
  kktViolation: number;
}

export interface PrepareLogisticOptions {
  fitIntercept?: boolean;
  /** Defaults of fit and path: l1Ratio 1, tol 1e-8, maxIter 100. */
  l1Ratio?: number;
  tol?: number;
  maxIter?: number;
}

export interface LogisticPathOptions {
  l1Ratio?: number;
  /** Size of the default grid (100), from αmax = max|Xcᵀ(y − ȳ)|/(nρ) down to eps·αmax (eps 1e-3). */
  nAlphas?: number;
  eps?: number;
  alphas?: number[];
  tol?: number;
  maxIter?: number;
}

export interface LogisticPath {
  /** Decreasing. */
  alphas: number[];
  fits: LogisticFit[];
}

export interface PreparedLogistic {
  readonly n: number;
  readonly p: number;
  /** The fit at α (and ρ), warm-started between the nearest α already solved for that ρ (below and above). */
  fit(alpha: number, l1Ratio?: number, opts?: { tol?: number; maxIter?: number }): LogisticFit;
  /** Fits along a decreasing grid, each from the previous one; they become warm starts of fit. */
  path(opts?: LogisticPathOptions): LogisticPath;
}

/** The public objective at (coef, intercept). */
export function logisticObjective(X: number[][], y: number[], coef: number[], intercept: number, alpha: number, l1Ratio: number): number {
  let loss = 0;
  for (let i = 0; i < X.length; i++) {
    let eta = intercept;
    for (let j = 0; j < coef.length; j++) eta += X[i][j] * coef[j];
    loss += log1pExp(eta) - y[i] * eta;
  }
  let l1 = 0;
  let l2 = 0;
  for (const c of coef) {
    l1 += Math.abs(c);
    l2 += c * c;
  }
  return loss / X.length + alpha * l1Ratio * l1 + (alpha * (1 - l1Ratio) * l2) / 2;
}

const tolOf = (v: unknown, dflt: number) => numberIn(v, 'tol', 0, Infinity, dflt);
const maxIterOf = (v: unknown, dflt: number) => integerIn(v, 'maxIter', 1, 1e6, dflt);

export function prepareLogistic(X: number[][], y: number[], opts: PrepareLogisticOptions = {}): PreparedLogistic {
  const o = checkOptions(opts);
  const fitIntercept = booleanOr(o.fitIntercept, 'fitIntercept', true);
  const dflt = { l1Ratio: l1RatioOf(o.l1Ratio, 1), tol: tolOf(o.tol, 1e-8), maxIter: maxIterOf(o.maxIter, 100) };
  const d = makeDesign(X, y, fitIntercept);
  checkLabels(y);
  return new LogisticProblem(d, Float64Array.from(y), dflt);
}

export function fitLogistic(X: number[][], y: number[], opts: LogisticOptions): LogisticFit {
  const o = checkOptions(opts);
  const alpha = alphaOf(o.alpha);
  const l1Ratio = l1RatioOf(o.l1Ratio);
  const fitIntercept = booleanOr(o.fitIntercept, 'fitIntercept', true);
  const tol = tolOf(o.tol, 1e-8);
  const maxIter = maxIterOf(o.maxIter, 100);
  return prepareLogistic(X, y, { fitIntercept }).fit(alpha, l1Ratio, { tol, maxIter });
}

/** A solution on the centred design: w, then the intercept b there. */
type State = Float64Array;

class LogisticProblem implements PreparedLogistic {
  private readonly solver: LogisticSolver;
  /** Gradients scale with the features: the KKT test is relative to max(1, max|x − x̄|). */
  private readonly xScale: number;
  private readonly starts = new WarmStarts();

  constructor(
    private readonly d: Design,
    private readonly y: Float64Array,
    private readonly dflt: { l1Ratio: number; tol: number; maxIter: number },
  ) {
    this.solver = new LogisticSolver(d, y);
    let s = 1;
    for (let k = 0; k < d.X.length; k++) s = Math.max(s, Math.abs(d.X[k]));
    this.xScale = s;
  }

  get n(): number {
    return this.d.n;
  }

  get p(): number {
    return this.d.p;
  }

  fit(alpha: number, l1Ratio?: number, opts: { tol?: number; maxIter?: number } = {}): LogisticFit {
    const a = alphaOf(alpha);
    const rho = l1RatioOf(l1Ratio, this.dflt.l1Ratio);
    const o = checkOptions(opts);
    const start = new Float64Array(this.p + 1);
    const from = this.starts.start(rho, a, start) ? start : null;
    const [fit, state] = this.solveAt(a, rho, tolOf(o.tol, this.dflt.tol), maxIterOf(o.maxIter, this.dflt.maxIter), from);
    this.starts.add(rho, a, state);
    return fit;
  }

  path(opts: LogisticPathOptions = {}): LogisticPath {
    const o = checkOptions(opts);
    const g = gridOptions(o, this.dflt.l1Ratio);
    const tol = tolOf(o.tol, this.dflt.tol);
    const maxIter = maxIterOf(o.maxIter, this.dflt.maxIter);
    const alphas = gridOf(g, this.maxAbsGradient(), this.n);
    const fits: LogisticFit[] = [];
    const solved: Solved[] = [];
    let from: State | null = null;
    for (const a of alphas) {
      const [fit, state] = this.solveAt(a, g.l1Ratio, tol, maxIter, from);
      fits.push(fit);
      solved.push({ alpha: a, value: state });
      from = state;
    }
    this.starts.replace(g.l1Ratio, solved);
    return { alphas, fits };
  }

  /** Solves from the warm start (or from w = 0 and b = logit ȳ); returns the fit and the solver's state. */
  private solveAt(alpha: number, rho: number, tolRel: number, maxIter: number, from: State | null): [LogisticFit, State] {
    const { d } = this;
    const w = from ? from.slice(0, d.p) : new Float64Array(d.p);
    const ybar = d.yMean;
    const b0 = from ? from[d.p] : d.fitIntercept ? Math.log(ybar / (1 - ybar)) : 0;
    const run = this.solver.solve(w, b0, alpha * rho, alpha * (1 - rho), tolRel * this.xScale, maxIter);
    checkFiniteResult(w, 'logistic coefficient vector');
    let intercept = run.b;
    for (let j = 0; j < d.p; j++) intercept -= d.xMean[j] * w[j];
    const fit = { coef: Array.from(w), intercept, nIter: run.nIter, converged: run.converged, kktViolation: run.kktViolation };
    const state = new Float64Array(d.p + 1);
    state.set(w);
    state[d.p] = run.b;
    return [fit, state];
  }

  /** max_j |x_jᵀ(y − μ₀)| at w = 0 with the best intercept (μ₀ = ȳ, or ½ without intercept): n·ρ·αmax. */
  private maxAbsGradient(): number {
    const { n, p, X, fitIntercept } = this.d;
    const mu = fitIntercept ? this.d.yMean : 0.5;
    let m = 0;
    for (let j = 0; j < p; j++) {
      let g = 0;
      for (let i = 0; i < n; i++) g += X[i + j * n] * (this.y[i] - mu);
      m = Math.max(m, Math.abs(g));
    }
    return m;
  }
}

/** P(y = 1 | x) for each row of X. */
export function predictProba(fit: { coef: number[]; intercept: number }, X: number[][]): number[] {
  return X.map((row) => {
    if (row.length !== fit.coef.length) {
      throw new RangeError(`X row has ${row.length} columns, the model has ${fit.coef.length}`);
    }
    let eta = fit.intercept;
    for (let j = 0; j < row.length; j++) eta += row[j] * fit.coef[j];
    return sigmoid(eta);
  });
}
