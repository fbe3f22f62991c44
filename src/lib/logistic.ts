// Penalised binary logistic regression, y ∈ {0, 1}:
//   minimise (1/n)·Σ log(1 + e^{η_i}) − y_i·η_i + α·ρ·‖w‖₁ + α·(1−ρ)/2·‖w‖²,   η = Xw + b,
// intercept not penalised; scikit-learn's LogisticRegression with C = 1/(n·α).
// Proximal Newton as in glmnet: each outer step solves the penalised weighted least-squares
// model of the loss by coordinate descent, then a backtracking line search on the true
// objective (Tseng & Yun's Armijo rule) keeps every step a descent step.
import { type Design, makeDesign } from './design';
import { checkFiniteResult, checkLabels, checkOptions, booleanOr, integerIn, numberIn, MAX_ABS_VALUE } from './validate';

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

const INNER_SWEEPS = 1000;
const MIN_WEIGHT = 1e-5;

/** log(1 + e^t) without overflow. */
export const log1pExp = (t: number): number => (t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t)));

/** 1 / (1 + e^{−t}) without overflow. */
export const sigmoid = (t: number): number => (t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t)));

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

class Problem {
  readonly eta: Float64Array;
  readonly grad: Float64Array;
  gradB = 0;
  constructor(
    readonly d: Design,
    readonly yRaw: Float64Array,
    readonly l1: number,
    readonly l2: number,
  ) {
    this.eta = new Float64Array(d.n);
    this.grad = new Float64Array(d.p);
  }

  /** η = Xc·w + b (the design is centred; b is the intercept on centred data). */
  linear(w: Float64Array, b: number, out: Float64Array): void {
    const { n, p, X } = this.d;
    out.fill(b);
    for (let j = 0; j < p; j++) {
      const wj = w[j];
      if (wj === 0) continue;
      for (let i = 0; i < n; i++) out[i] += X[i + j * n] * wj;
    }
  }

  objective(w: Float64Array, eta: Float64Array): number {
    let loss = 0;
    for (let i = 0; i < eta.length; i++) loss += log1pExp(eta[i]) - this.yRaw[i] * eta[i];
    return loss / this.d.n + this.penalty(w);
  }

  penalty(w: Float64Array): number {
    let a = 0;
    let s = 0;
    for (let j = 0; j < w.length; j++) {
      a += Math.abs(w[j]);
      s += w[j] * w[j];
    }
    return this.l1 * a + (this.l2 / 2) * s;
  }

  /** Gradient of the mean log-loss at η, into grad / gradB; returns the KKT violation. */
  kkt(w: Float64Array, eta: Float64Array, fitIntercept: boolean): number {
    const { n, p, X } = this.d;
    const r = new Float64Array(n);
    let gb = 0;
    for (let i = 0; i < n; i++) {
      r[i] = sigmoid(eta[i]) - this.yRaw[i];
      gb += r[i];
    }
    this.gradB = gb / n;
    let v = fitIntercept ? Math.abs(this.gradB) : 0;
    for (let j = 0; j < p; j++) {
      let g = 0;
      for (let i = 0; i < n; i++) g += X[i + j * n] * r[i];
      g = g / n;
      this.grad[j] = g;
      const gs = g + this.l2 * w[j];
      const viol = w[j] !== 0 ? Math.abs(gs + this.l1 * Math.sign(w[j])) : Math.max(0, Math.abs(gs) - this.l1);
      v = Math.max(v, viol);
    }
    return v;
  }

  /** Coordinate descent on the penalised weighted least-squares model around (w, b). */
  newtonDirection(w: Float64Array, b: number, eta: Float64Array, fitIntercept: boolean, innerTol: number): [Float64Array, number] {
    const { n, p, X } = this.d;
    const W = new Float64Array(n);
    const r = new Float64Array(n); // working residual z − η_new, starts at (y − μ)/W
    let sw = 0;
    for (let i = 0; i < n; i++) {
      const mu = sigmoid(eta[i]);
      W[i] = Math.max(mu * (1 - mu), MIN_WEIGHT);
      r[i] = (this.yRaw[i] - mu) / W[i];
      sw += W[i];
    }
    const xw2 = new Float64Array(p);
    for (let j = 0; j < p; j++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += W[i] * X[i + j * n] ** 2;
      xw2[j] = s / n;
    }
    const wn = Float64Array.from(w);
    let bn = b;
    for (let sweep = 0; sweep < INNER_SWEEPS; sweep++) {
      let dMax = 0;
      if (fitIntercept) {
        let s = 0;
        for (let i = 0; i < n; i++) s += W[i] * r[i];
        const db = s / sw;
        bn += db;
        for (let i = 0; i < n; i++) r[i] -= db;
        dMax = Math.abs(db);
      }
      for (let j = 0; j < p; j++) {
        if (xw2[j] === 0) continue;
        const off = j * n;
        let g = 0;
        for (let i = 0; i < n; i++) g += W[i] * X[off + i] * r[i];
        const z = g / n + xw2[j] * wn[j];
        const az = Math.abs(z) - this.l1;
        const wj = az > 0 ? (z > 0 ? az : -az) / (xw2[j] + this.l2) : 0;
        const dw = wj - wn[j];
        if (dw !== 0) {
          wn[j] = wj;
          for (let i = 0; i < n; i++) r[i] -= dw * X[off + i];
          dMax = Math.max(dMax, Math.abs(dw) * Math.sqrt(xw2[j]));
        }
      }
      if (dMax < innerTol) break;
    }
    return [wn, bn];
  }
}

export function fitLogistic(X: number[][], y: number[], opts: LogisticOptions): LogisticFit {
  const o = checkOptions(opts);
  const alpha = numberIn(o.alpha, 'alpha', 0, MAX_ABS_VALUE);
  const l1Ratio = numberIn(o.l1Ratio, 'l1Ratio', 0, 1);
  const fitIntercept = booleanOr(o.fitIntercept, 'fitIntercept', true);
  const tolRel = numberIn(o.tol, 'tol', 0, Infinity, 1e-8);
  const maxIter = integerIn(o.maxIter, 'maxIter', 1, 1e6, 100);
  const d = makeDesign(X, y, fitIntercept);
  checkLabels(y);
  const pb = new Problem(d, Float64Array.from(y), alpha * l1Ratio, alpha * (1 - l1Ratio));
  // Gradients scale with the features: make the test relative to their size.
  let xScale = 1;
  for (let k = 0; k < d.X.length; k++) xScale = Math.max(xScale, Math.abs(d.X[k]));
  const tol = tolRel * xScale;
  const w = new Float64Array(d.p);
  const ybar = d.yMean;
  let b = fitIntercept ? Math.log(ybar / (1 - ybar)) : 0;
  const eta = pb.eta;
  pb.linear(w, b, eta);
  let f = pb.objective(w, eta);
  let viol = pb.kkt(w, eta, fitIntercept);
  let nIter = 0;
  const etaNew = new Float64Array(d.n);
  while (viol > tol && nIter < maxIter) {
    nIter++;
    // Solve the quadratic model more accurately as the iterate improves.
    const [wd, bd] = pb.newtonDirection(w, b, eta, fitIntercept, Math.max(1e-3 * viol, 1e-17));
    // Armijo: F(x + t·d) ≤ F(x) + σ·t·Δ, Δ = ∇fᵀd + P(w + d) − P(w) (Tseng & Yun 2009).
    let delta = pb.penalty(wd) - pb.penalty(w) + pb.gradB * (bd - b);
    for (let j = 0; j < d.p; j++) delta += pb.grad[j] * (wd[j] - w[j]);
    let t = 1;
    let accepted = false;
    const wt = new Float64Array(d.p);
    for (let k = 0; k < 30; k++, t /= 2) {
      for (let j = 0; j < d.p; j++) wt[j] = w[j] + t * (wd[j] - w[j]);
      const bt = b + t * (bd - b);
      pb.linear(wt, bt, etaNew);
      const ft = pb.objective(wt, etaNew);
      if (ft <= f + 1e-4 * t * Math.min(delta, 0)) {
        w.set(wt);
        b = bt;
        eta.set(etaNew);
        f = ft;
        accepted = true;
        break;
      }
    }
    viol = pb.kkt(w, eta, fitIntercept);
    if (!accepted) break; // no descent possible at working precision
  }
  checkFiniteResult(w, 'logistic coefficient vector');
  let intercept = b;
  for (let j = 0; j < d.p; j++) intercept -= d.xMean[j] * w[j];
  return { coef: Array.from(w), intercept, nIter, converged: viol <= tol, kktViolation: viol };
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
