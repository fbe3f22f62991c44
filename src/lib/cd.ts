// Cyclic coordinate descent for the Elastic Net, after scikit-learn's _cd_fast.pyx
// (enet_coordinate_descent and its Gram variant) and glmnet (Friedman, Hastie, Tibshirani 2010).
//
// Works in scikit-learn's n-scaled units: minimise
//   (1/2)‖y − Xw‖² + l1·‖w‖₁ + (l2/2)·‖w‖²,   l1 = α·ρ·n,  l2 = α·(1−ρ)·n,
// which is n times the public objective. Stopping test as scikit-learn's: when the largest
// coordinate change of a sweep is below tol relative to max|w|, compute the duality gap over
// ALL features and stop if it is below tol·‖y‖². Speed-ups that keep that test exact:
//  - sweeps run over a working set chosen by the sequential strong rule (Tibshirani et al.
//    2012); features outside it that violate the KKT conditions at a gap check join it;
//  - between those sweeps we iterate on the non-zero coefficients only (glmnet), on compact
//    copies, with Anderson extrapolation (./cdActive);
//  - with a Gram matrix, H = Qw is kept up to date on the working set only;
//  - along a path, work and xtr carry over from the last gap check when w is unchanged.
// Every sweep (working set or non-zeros) counts in nIter, so nIter ≤ maxIter always.
import type { Design } from './design';
import { ActiveSet } from './cdActive';
import { enetDualGap } from './dualGap';
import { dot, gram, xtv, xtvInto } from './linalg';

export interface CdResult {
  nIter: number;
  /** Duality gap divided by n (the public objective's units, as scikit-learn's dual_gap_). */
  gap: number;
  converged: boolean;
}

export class CdSolver {
  readonly n: number;
  readonly p: number;
  private readonly X: Float64Array;
  private readonly y: Float64Array;
  private readonly colNorm2: Float64Array;
  private readonly yNorm2: number;
  /** Gram matrix XᵀX when n > p (scikit-learn's precompute='auto'), else null. */
  private readonly Q: Float64Array | null;
  /** Xᵀy. */
  private readonly q: Float64Array;
  /** Residual y − Xw (plain variant) or H = Qw (Gram variant, fresh on the working set). */
  private readonly work: Float64Array;
  /** Xᵀ(y − Xw), refreshed at each gap check. */
  private readonly xtr: Float64Array;
  private readonly wset: Int32Array;
  private readonly inW: Uint8Array;
  private mW = 0;
  /** Scratch: the non-zeros and their values (in refreshXtr). */
  private readonly idx: Int32Array;
  private readonly wNz: Float64Array;
  private readonly active: ActiveSet;
  private dwMax = 0;
  private wMax = 0;
  /** The w at which the last solve ended: work and xtr are exact there (a gap check). */
  private readonly wLast: Float64Array;
  private haveLast = false;

  constructor(d: Design, useGram = d.n > d.p) {
    const { n, p } = d;
    this.n = n;
    this.p = p;
    this.X = d.X;
    this.y = d.y;
    this.yNorm2 = dot(d.y, 0, d.y, 0, n);
    this.q = xtv(d.X, n, p, d.y);
    this.Q = useGram ? gram(d.X, n, p) : null;
    this.colNorm2 = new Float64Array(p);
    for (let j = 0; j < p; j++) {
      this.colNorm2[j] = this.Q ? this.Q[j + j * p] : dot(d.X, j * n, d.X, j * n, n);
    }
    this.work = new Float64Array(this.Q ? p : n);
    this.xtr = new Float64Array(p);
    this.wset = new Int32Array(p);
    this.inW = new Uint8Array(p);
    this.idx = new Int32Array(p);
    this.wNz = new Float64Array(p);
    const { X, Q, q, colNorm2, work } = this;
    this.active = new ActiveSet({ n, p, X, Q, q, colNorm2, work });
    this.wLast = new Float64Array(p);
  }

  /** max_j |x_jᵀy| on the (centred) data: n·ρ·αmax. */
  maxAbsXty(): number {
    let m = 0;
    for (let j = 0; j < this.p; j++) m = Math.max(m, Math.abs(this.q[j]));
    return m;
  }

  /**
   * Minimises from the warm start w (updated in place). l1Prev is the l1 of the previous
   * point of a path (for the strong rule); omit it for a single fit.
   */
  solve(w: Float64Array, l1: number, l2: number, maxIter: number, tol: number, l1Prev?: number): CdResult {
    if (this.yNorm2 === 0) {
      // y is constant: w = 0 is optimal and the scaled tolerance would be 0.
      w.fill(0);
      return { nIter: 0, gap: 0, converged: true };
    }
    this.initWork(w);
    this.pickWorkingSet(w, 2 * l1 - (l1Prev ?? this.maxAbsXty()));
    const tolGap = tol * this.yNorm2;
    // After a failed gap check, sweep the non-zeros in bursts that cost about one gap check.
    let burst = 0;
    let nIter = 0;
    let gap = Infinity;
    let converged = false;
    while (nIter < maxIter) {
      this.sweep(w, l1, l2);
      nIter++;
      if (this.wMax === 0 || this.dwMax / this.wMax < tol) {
        gap = this.dualGap(w, l1, l2);
        if (gap < tolGap) {
          converged = true;
          break;
        }
        burst = this.addViolators(l1) > 0 ? 0 : Math.ceil(this.p / Math.max(this.mW, 1));
      }
      nIter += this.active.run(w, this.wset, this.mW, l1, l2, tol, burst, maxIter - nIter);
    }
    if (!converged) {
      // Out of sweeps: report the gap at the last iterate (it may still pass the test).
      gap = this.dualGap(w, l1, l2);
      converged = gap < tolGap;
    }
    this.wLast.set(w); // the gap check just refreshed work and xtr at this w
    this.haveLast = true;
    return { nIter, gap: gap / this.n, converged };
  }

  /** Residual R = y − Xw, or H = Qw, then xtr = Xᵀ(y − Xw). */
  private initWork(w: Float64Array): void {
    const { n, p, X, work, Q, q, xtr } = this;
    if (this.haveLast && sameEntries(w, this.wLast)) return; // a path's warm start
    if (Q) {
      work.fill(0);
      for (let k = 0; k < p; k++) {
        const wk = w[k];
        if (wk === 0) continue;
        const off = k * p;
        for (let j = 0; j < p; j++) work[j] += Q[(off + j) | 0] * wk; // (… | 0): int32 index
      }
      for (let j = 0; j < p; j++) xtr[j] = q[j] - work[j];
    } else {
      work.set(this.y);
      for (let k = 0; k < p; k++) {
        const wk = w[k];
        if (wk === 0) continue;
        const off = k * n;
        for (let i = 0; i < n; i++) work[i] -= X[off + i] * wk;
      }
      xtvInto(X, n, p, work, xtr);
    }
  }

  /** Strong rule: keep j if w_j ≠ 0 or |x_jᵀR| ≥ threshold. */
  private pickWorkingSet(w: Float64Array, threshold: number): void {
    this.mW = 0;
    for (let j = 0; j < this.p; j++) {
      const keep = w[j] !== 0 || Math.abs(this.xtr[j]) >= threshold;
      this.inW[j] = keep ? 1 : 0;
      if (keep) this.wset[this.mW++] = j;
    }
  }

  /** Adds features outside the working set whose KKT condition fails; returns how many. */
  private addViolators(l1: number): number {
    let added = 0;
    for (let j = 0; j < this.p; j++) {
      if (this.inW[j] === 0 && Math.abs(this.xtr[j]) > l1) {
        this.inW[j] = 1;
        added++;
      }
    }
    if (added > 0) {
      this.mW = 0;
      for (let j = 0; j < this.p; j++) if (this.inW[j] === 1) this.wset[this.mW++] = j;
    }
    return added;
  }

  /** One cyclic pass over the working set; records the largest change and largest |w|. */
  private sweep(w: Float64Array, l1: number, l2: number): void {
    const { n, p, X, Q, q, work, colNorm2, wset, mW } = this;
    let dwMax = 0;
    let wMax = 0;
    for (let t = 0; t < mW; t++) {
      const j = wset[t];
      const nj = colNorm2[j];
      if (nj === 0) continue;
      const wj = w[j];
      // z = x_jᵀ(residual with feature j removed)
      const z = (Q ? q[j] - work[j] : dot(X, j * n, work, 0, n)) + wj * nj;
      const az = Math.abs(z) - l1;
      const wNew = az > 0 ? (z > 0 ? az : -az) / (nj + l2) : 0;
      const dw = wNew - wj;
      if (dw !== 0) {
        w[j] = wNew;
        if (Q) {
          const off = j * p;
          if (2 * mW > p) {
            for (let k = 0; k < p; k++) work[k] += dw * Q[(off + k) | 0];
          } else {
            for (let s = 0; s < mW; s++) {
              const k = wset[s];
              work[k] += dw * Q[off + k];
            }
          }
        } else {
          const off = j * n;
          for (let i = 0; i < n; i++) work[i] -= dw * X[off + i];
        }
        const adw = Math.abs(dw);
        if (adw > dwMax) dwMax = adw;
      }
      const aw = Math.abs(wNew);
      if (aw > wMax) wMax = aw;
    }
    this.dwMax = dwMax;
    this.wMax = wMax;
  }

  /** Refreshes xtr = Xᵀ(y − Xw) for every feature (and H off the working set). */
  private refreshXtr(w: Float64Array): void {
    const { n, p, X, Q, q, work, xtr, inW } = this;
    if (Q) {
      const { idx: nz, wNz } = this;
      let m = 0;
      for (let k = 0; k < p; k++) {
        if (w[k] === 0) continue;
        nz[m] = k;
        wNz[m++] = w[k];
      }
      for (let j = 0; j < p; j++) {
        if (inW[j] === 0) {
          let h = 0;
          const off = j * p;
          for (let t = 0; t < m; t++) h += Q[off + nz[t]] * wNz[t];
          work[j] = h;
        }
        xtr[j] = q[j] - work[j];
      }
    } else {
      xtvInto(X, n, p, work, xtr);
    }
  }

  /** Duality gap in n-scaled units at w (see ./dualGap). */
  private dualGap(w: Float64Array, l1: number, l2: number): number {
    const { n, p, Q, q, work, xtr, yNorm2 } = this;
    this.refreshXtr(w);
    let rNorm2: number;
    let rDotY: number;
    if (Q) {
      let qDotW = 0;
      let wHw = 0;
      for (let j = 0; j < p; j++) {
        qDotW += q[j] * w[j];
        wHw += w[j] * work[j];
      }
      rNorm2 = yNorm2 + wHw - 2 * qDotW;
      rDotY = yNorm2 - qDotW;
    } else {
      rNorm2 = dot(work, 0, work, 0, n);
      rDotY = dot(work, 0, this.y, 0, n);
    }
    return enetDualGap(rNorm2, rDotY, xtr, w, l1, l2);
  }
}

/** a and b hold the same numbers (same length assumed). */
function sameEntries(a: Float64Array, b: Float64Array): boolean {
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return false;
  return true;
}
