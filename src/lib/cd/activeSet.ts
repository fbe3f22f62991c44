// The inner loop of ./solver: coordinate descent on the non-zero coefficients of the working
// set only (glmnet's active-set iterations), through the problem's compact view. Every
// ANDERSON_K sweeps an Anderson extrapolation (./anderson) is tried and kept only if it lowers
// the objective.
import { ANDERSON_K, Anderson, combine } from './anderson';
import { type CdData, type SweepStats, sweep } from './coordinates';

export class ActiveSet {
  /** Largest coordinate change and largest |w| of the last sweep. */
  readonly stats: SweepStats = { dwMax: 0, wMax: 0 };
  /** The non-zeros nz[0..m) in increasing order, their values and ‖x_j‖². */
  private readonly nz: Int32Array;
  private m = 0;
  private readonly wA: Float64Array;
  private readonly nA: Float64Array;
  /** 0, 1, 2, …: the compact view is indexed by rank. */
  private readonly order: Int32Array;
  private readonly anderson: Anderson;
  private readonly wAcc: Float64Array;

  constructor(private readonly data: CdData) {
    const { p } = data;
    this.nz = new Int32Array(p);
    this.wA = new Float64Array(p);
    this.nA = new Float64Array(p);
    this.order = new Int32Array(p);
    for (let t = 0; t < p; t++) this.order[t] = t;
    this.anderson = new Anderson(p);
    this.wAcc = new Float64Array(p);
  }

  /**
   * Sweeps the non-zeros of w among wset[0..mW) until the relative change is below tol (or,
   * with burst > 0, for burst sweeps), at most maxSweeps times; returns the sweeps done.
   * Afterwards w holds the result and the problem's full view is exact on the working set again.
   */
  run(w: Float64Array, wset: Int32Array, mW: number, l1: number, l2: number, tol: number, burst: number, maxSweeps: number): number {
    const m = this.gather(w, wset, mW);
    if (m === 0) return 0;
    const { data, stats, order, wA, nA } = this;
    this.snapshot(m, 0);
    let k = 1;
    for (; k <= maxSweeps; k++) {
      sweep(data.compact, order, m, wA, nA, l1, l2, stats);
      if (stats.dwMax === 0 || (burst > 0 ? k >= burst : stats.dwMax / stats.wMax < tol)) break;
      const slot = k % (ANDERSON_K + 1);
      this.snapshot(m, slot);
      if (slot === ANDERSON_K) this.accelerate(m, l1, l2);
    }
    data.leave(w, this.nz, m, wA, wset, mW);
    for (let t = 0; t < m; t++) w[this.nz[t]] = wA[t];
    return Math.min(k, maxSweeps);
  }

  /** Lists the non-zeros and fills the compact copies; returns their number. */
  private gather(w: Float64Array, wset: Int32Array, mW: number): number {
    const { nz, wA, nA } = this;
    const colNorm2 = this.data.colNorm2;
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
    if (m > 0) this.data.enter(nz, m, same && m === this.m);
    this.m = m;
    return m;
  }

  private snapshot(m: number, slot: number): void {
    const to = this.anderson.snaps[slot];
    const { wA } = this;
    for (let t = 0; t < m; t++) to[t] = wA[t];
    this.data.snapshot(slot, m);
  }

  /**
   * Anderson step: replaces w by the extrapolated point when that lowers the objective
   * (evaluated exactly), then restarts the history from w.
   */
  private accelerate(m: number, l1: number, l2: number): void {
    const { wA, wAcc, anderson } = this;
    const c = anderson.weights(m);
    if (!c) return;
    combine(anderson.snaps, c, m, wAcc);
    // Objective difference P(wAcc) − P(w) along d = wAcc − w.
    let dPen = 0;
    for (let t = 0; t < m; t++) {
      const a = wAcc[t];
      const b = wA[t];
      dPen += l1 * (Math.abs(a) - Math.abs(b)) + 0.5 * l2 * (a * a - b * b);
    }
    const dLoss = this.data.lossChange(wA, wAcc, m, c);
    if (!(dLoss + dPen < 0)) return;
    for (let t = 0; t < m; t++) wA[t] = wAcc[t];
    this.data.accept(m);
    this.snapshot(m, 0);
  }
}
