// Proximal Newton for penalised logistic regression, as in glmnet: each outer step solves the
// penalised weighted least-squares model of the loss by coordinate descent, then a backtracking
// line search on the true objective (Tseng & Yun's Armijo rule) keeps every step a descent step.
// Works on a centred design; b is the intercept on centred data. One LogisticSolver per
// prepared problem: it owns every buffer.
import type { Design } from './design';

const INNER_SWEEPS = 1000;
const MIN_WEIGHT = 1e-5;

/** log(1 + e^t) without overflow. */
export const log1pExp = (t: number): number => (t > 0 ? t + Math.log1p(Math.exp(-t)) : Math.log1p(Math.exp(t)));

/** 1 / (1 + e^{−t}) without overflow. */
export const sigmoid = (t: number): number => (t >= 0 ? 1 / (1 + Math.exp(-t)) : Math.exp(t) / (1 + Math.exp(t)));

export interface LogisticRun {
  nIter: number;
  converged: boolean;
  kktViolation: number;
  /** The intercept on the centred design. */
  b: number;
}

export class LogisticSolver {
  private readonly eta: Float64Array;
  private readonly etaNew: Float64Array;
  private readonly grad: Float64Array;
  private gradB = 0;
  /** Scratch: residuals, IRLS weights, weighted column norms, the Newton point, the trial point. */
  private readonly r: Float64Array;
  private readonly W: Float64Array;
  private readonly xw2: Float64Array;
  private readonly wn: Float64Array;
  private readonly wt: Float64Array;
  private l1 = 0;
  private l2 = 0;

  constructor(
    private readonly d: Design,
    /** The labels, 0 or 1. */
    private readonly yRaw: Float64Array,
  ) {
    const { n, p } = d;
    this.eta = new Float64Array(n);
    this.etaNew = new Float64Array(n);
    this.grad = new Float64Array(p);
    this.r = new Float64Array(n);
    this.W = new Float64Array(n);
    this.xw2 = new Float64Array(p);
    this.wn = new Float64Array(p);
    this.wt = new Float64Array(p);
  }

  /** Minimises from (w, b) (w updated in place) with penalties l1 = αρ, l2 = α(1−ρ); tol bounds the KKT violation. */
  solve(w: Float64Array, b: number, l1: number, l2: number, tol: number, maxIter: number): LogisticRun {
    const { d, eta, etaNew, wt, wn } = this;
    const fitIntercept = d.fitIntercept;
    this.l1 = l1;
    this.l2 = l2;
    this.linear(w, b, eta);
    let f = this.objective(w, eta);
    let viol = this.kkt(w, eta, fitIntercept);
    let nIter = 0;
    while (viol > tol && nIter < maxIter) {
      nIter++;
      // Solve the quadratic model more accurately as the iterate improves.
      const bd = this.newtonDirection(w, b, eta, fitIntercept, Math.max(1e-3 * viol, 1e-17));
      // Armijo: F(x + t·d) ≤ F(x) + σ·t·Δ, Δ = ∇fᵀd + P(w + d) − P(w) (Tseng & Yun 2009).
      let delta = this.penalty(wn) - this.penalty(w) + this.gradB * (bd - b);
      for (let j = 0; j < d.p; j++) delta += this.grad[j] * (wn[j] - w[j]);
      let t = 1;
      let accepted = false;
      for (let k = 0; k < 30; k++, t /= 2) {
        for (let j = 0; j < d.p; j++) wt[j] = w[j] + t * (wn[j] - w[j]);
        const bt = b + t * (bd - b);
        this.linear(wt, bt, etaNew);
        const ft = this.objective(wt, etaNew);
        if (ft <= f + 1e-4 * t * Math.min(delta, 0)) {
          w.set(wt);
          b = bt;
          eta.set(etaNew);
          f = ft;
          accepted = true;
          break;
        }
      }
      viol = this.kkt(w, eta, fitIntercept);
      if (!accepted) break; // no descent possible at working precision
    }
    return { nIter, converged: viol <= tol, kktViolation: viol, b };
  }

  /** η = Xc·w + b (the design is centred; b is the intercept on centred data). */
  private linear(w: Float64Array, b: number, out: Float64Array): void {
    const { n, p, X } = this.d;
    out.fill(b);
    for (let j = 0; j < p; j++) {
      const wj = w[j];
      if (wj === 0) continue;
      for (let i = 0; i < n; i++) out[i] += X[i + j * n] * wj;
    }
  }

  private objective(w: Float64Array, eta: Float64Array): number {
    let loss = 0;
    for (let i = 0; i < eta.length; i++) loss += log1pExp(eta[i]) - this.yRaw[i] * eta[i];
    return loss / this.d.n + this.penalty(w);
  }

  private penalty(w: Float64Array): number {
    let a = 0;
    let s = 0;
    for (let j = 0; j < w.length; j++) {
      a += Math.abs(w[j]);
      s += w[j] * w[j];
    }
    return this.l1 * a + (this.l2 / 2) * s;
  }

  /** Gradient of the mean log-loss at η, into grad / gradB; returns the KKT violation. */
  private kkt(w: Float64Array, eta: Float64Array, fitIntercept: boolean): number {
    const { n, p, X } = this.d;
    const { r } = this;
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

  /** Coordinate descent on the penalised weighted least-squares model around (w, b): the point goes to wn, its intercept is returned. */
  private newtonDirection(w: Float64Array, b: number, eta: Float64Array, fitIntercept: boolean, innerTol: number): number {
    const { n, p, X } = this.d;
    const { W, r, xw2, wn } = this; // r: the working residual z − η_new, starts at (y − μ)/W
    let sw = 0;
    for (let i = 0; i < n; i++) {
      const mu = sigmoid(eta[i]);
      W[i] = Math.max(mu * (1 - mu), MIN_WEIGHT);
      r[i] = (this.yRaw[i] - mu) / W[i];
      sw += W[i];
    }
    for (let j = 0; j < p; j++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += W[i] * X[i + j * n] ** 2;
      xw2[j] = s / n;
    }
    wn.set(w);
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
    return bn;
  }
}
