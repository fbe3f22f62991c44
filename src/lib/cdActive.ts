// The inner loop of ./cd: coordinate descent on the non-zero coefficients of the working set
// (glmnet's active-set iterations), on compact copies so that the hot loops run over
// contiguous arrays: w, ‖x_j‖², and with a Gram matrix Q also q_j = x_jᵀy, H_j = (Qw)_j and
// the m×m block of Q. Every ANDERSON_K sweeps an Anderson extrapolation (./anderson) is tried
// and kept only if it lowers the objective.
import { ANDERSON_K, andersonWeights, combine } from './anderson';
import { dot } from './linalg';

/** The solver state the active set reads and updates (shared arrays, not copies). */
export interface ActiveSetData {
  n: number;
  p: number;
  /** Column-major n×p design. */
  X: Float64Array;
  /** Gram matrix XᵀX, or null (then `work` is the residual). */
  Q: Float64Array | null;
  q: Float64Array;
  colNorm2: Float64Array;
  /** H = Qw (Gram variant, fresh on the working set) or the residual y − Xw. */
  work: Float64Array;
}

export class ActiveSet {
  /** Largest coordinate change and largest |w| of the last sweep. */
  dwMax = 0;
  wMax = 0;
  private readonly s: ActiveSetData;
  /** The non-zeros nz[0..m) in increasing order, and their compact copies. */
  private readonly nz: Int32Array;
  private m = 0;
  private readonly wA: Float64Array;
  private readonly nA: Float64Array;
  private readonly qA: Float64Array;
  private readonly hA: Float64Array;
  /** Q restricted to nz × nz (column-major m×m), rebuilt only when nz changes. */
  private readonly QA: Float64Array;
  /** Scratch: Q·wAcc or X·d of an Anderson step, and the change of w over a phase. */
  private readonly tmp: Float64Array;
  /** Iterates for Anderson, and (Gram) their H = Qw. */
  private readonly snaps: Float64Array[];
  private readonly hSnaps: Float64Array[];
  private readonly wAcc: Float64Array;

  constructor(s: ActiveSetData) {
    const { n, p, Q } = s;
    this.s = s;
    this.nz = new Int32Array(p);
    this.wA = new Float64Array(p);
    this.nA = new Float64Array(p);
    this.qA = new Float64Array(Q ? p : 0);
    this.hA = new Float64Array(Q ? p : 0);
    this.QA = new Float64Array(Q ? p * p : 0);
    this.tmp = new Float64Array(Q ? p : n);
    this.snaps = Array.from({ length: ANDERSON_K + 1 }, () => new Float64Array(p));
    this.hSnaps = Array.from({ length: ANDERSON_K + 1 }, () => new Float64Array(Q ? p : 0));
    this.wAcc = new Float64Array(p);
  }

  /**
   * Sweeps the non-zeros of w among wset[0..mW) until the relative change is below tol (or,
   * with burst > 0, for burst sweeps), at most maxSweeps times; returns the sweeps done.
   * Afterwards w holds the result and H is fresh on the working set again.
   */
  run(w: Float64Array, wset: Int32Array, mW: number, l1: number, l2: number, tol: number, burst: number, maxSweeps: number): number {
    const m = this.gather(w, wset, mW);
    if (m === 0) return 0;
    this.snapshot(m, 0);
    let k = 1;
    for (; k <= maxSweeps; k++) {
      this.sweep(m, l1, l2);
      if (this.dwMax === 0 || (burst > 0 ? k >= burst : this.dwMax / this.wMax < tol)) break;
      const slot = k % (ANDERSON_K + 1);
      this.snapshot(m, slot);
      if (slot === ANDERSON_K) this.accelerate(m, l1, l2);
    }
    this.scatter(w, wset, mW, m);
    return Math.min(k, maxSweeps);
  }

  /** Lists the non-zeros and fills the compact copies; returns their number. */
  private gather(w: Float64Array, wset: Int32Array, mW: number): number {
    const { p, Q, q, work, colNorm2 } = this.s;
    const { nz, wA, nA, qA, hA, QA } = this;
    let m = 0;
    let same = true;
    for (let t = 0; t < mW; t++) {
      const j = wset[t];
      if (w[j] === 0) continue;
      if (m >= this.m || nz[m] !== j) same = false;
      nz[m] = j;
      wA[m] = w[j];
      nA[m] = colNorm2[j];
      m++;
    }
    if (Q) {
      for (let t = 0; t < m; t++) {
        qA[t] = q[nz[t]];
        hA[t] = work[nz[t]];
      }
      if (!same || m !== this.m) {
        for (let t = 0; t < m; t++) {
          const off = nz[t] * p;
          for (let s = 0; s < m; s++) QA[s + t * m] = Q[off + nz[s]];
        }
      }
    }
    this.m = m;
    return m;
  }

  /** Writes w back; with a Gram matrix, brings H up to date on the rest of the working set. */
  private scatter(w: Float64Array, wset: Int32Array, mW: number, m: number): void {
    const { p, Q, work } = this.s;
    const { nz, wA, hA, tmp } = this;
    if (Q) {
      for (let t = 0; t < m; t++) tmp[t] = wA[t] - w[nz[t]]; // change over the phase
      for (let s = 0; s < mW; s++) {
        const k = wset[s];
        if (w[k] !== 0) continue; // one of nz: its H is in hA
        let h = 0;
        const off = k * p;
        for (let t = 0; t < m; t++) h += Q[off + nz[t]] * tmp[t];
        work[k] += h;
      }
      for (let t = 0; t < m; t++) work[nz[t]] = hA[t];
    }
    for (let t = 0; t < m; t++) w[nz[t]] = wA[t];
  }

  /** One cyclic pass (no zero column among the non-zeros). */
  private sweep(m: number, l1: number, l2: number): void {
    const { n, X, Q, work } = this.s;
    const { nz, wA, nA, qA, hA, QA } = this;
    let dwMax = 0;
    let wMax = 0;
    for (let t = 0; t < m; t++) {
      const nj = nA[t];
      const wj = wA[t];
      const z = (Q ? qA[t] - hA[t] : dot(X, nz[t] * n, work, 0, n)) + wj * nj;
      const az = Math.abs(z) - l1;
      const wNew = az > 0 ? (z > 0 ? az : -az) / (nj + l2) : 0;
      const dw = wNew - wj;
      if (dw !== 0) {
        wA[t] = wNew;
        if (Q) {
          const off = t * m;
          // (… | 0): int32 index arithmetic, cheaper than V8's overflow-checked addition.
          for (let s = 0; s < m; s++) hA[s] += dw * QA[(off + s) | 0];
        } else {
          const off = nz[t] * n;
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

  private snapshot(m: number, slot: number): void {
    copy(this.wA, this.snaps[slot], m);
    if (this.s.Q) copy(this.hA, this.hSnaps[slot], m);
  }

  /**
   * Anderson step: replaces w by the extrapolated point when that lowers the objective
   * (evaluated exactly), then restarts the history from w.
   */
  private accelerate(m: number, l1: number, l2: number): void {
    const { n, X, Q, work } = this.s;
    const { nz, wA, qA, hA, wAcc, tmp } = this;
    const c = andersonWeights(this.snaps, m);
    if (!c) return;
    combine(this.snaps, c, m, wAcc);
    // Objective difference P(wAcc) − P(w) along d = wAcc − w.
    let dPen = 0;
    for (let t = 0; t < m; t++) {
      const a = wAcc[t];
      const b = wA[t];
      dPen += l1 * (Math.abs(a) - Math.abs(b)) + 0.5 * l2 * (a * a - b * b);
    }
    let dLoss = 0;
    if (Q) {
      // ½‖y − Xw‖² = ½yᵀy − qᵀw + ½wᵀQw; with H = Qw: Δ = −qᵀd + dᵀH + ½dᵀQd. H is linear
      // in w, so Q·wAcc is the same combination of the snapshots' H: tmp = Q·wAcc.
      combine(this.hSnaps, c, m, tmp);
      for (let t = 0; t < m; t++) dLoss += (wAcc[t] - wA[t]) * (-qA[t] + 0.5 * (hA[t] + tmp[t]));
    } else {
      // Δ = ½‖R − Xd‖² − ½‖R‖² = −Rᵀ(Xd) + ½‖Xd‖². tmp = Xd.
      tmp.fill(0);
      for (let t = 0; t < m; t++) {
        const dt = wAcc[t] - wA[t];
        if (dt === 0) continue;
        const off = nz[t] * n;
        for (let i = 0; i < n; i++) tmp[i] += dt * X[off + i];
      }
      for (let i = 0; i < n; i++) dLoss += tmp[i] * (0.5 * tmp[i] - work[i]);
    }
    if (!(dLoss + dPen < 0)) return;
    copy(wAcc, wA, m);
    if (Q) copy(tmp, hA, m);
    else for (let i = 0; i < n; i++) work[i] -= tmp[i];
    this.snapshot(m, 0);
  }
}

/** to[0..m) = from[0..m) (no subarray views: each costs an allocation). */
function copy(from: Float64Array, to: Float64Array, m: number): void {
  for (let t = 0; t < m; t++) to[t] = from[t];
}
