// Coordinates on the Gram matrix Q = XᵀX and q = Xᵀy (scikit-learn's
// enet_coordinate_descent_gram, glmnet's covariance updates): x_jᵀ(y − Xw) = q_j − H_j with
// H = Qw, and a move adds dw·Q[:, j] to H. Used when n > p: a move then costs p, not n.
// H is kept exact on the working set only (or everywhere when that is cheaper); refresh()
// fills in the rest at each gap check. The non-zeros get compact copies (q, H and the m×m block
// of Q), so that the innermost loops run over contiguous arrays.
import { ANDERSON_K, combine } from './anderson';
import type { CdData, Coordinates } from './coordinates';

/** The view over every feature: H = Qw, updated on the working set (`span`) or everywhere. */
class FullView implements Coordinates {
  /** Rows of H to update: span[0..spanLen), or all p when span is null. */
  span: Int32Array | null = null;
  spanLen = 0;

  constructor(
    private readonly Q: Float64Array,
    private readonly q: Float64Array,
    private readonly h: Float64Array,
    private readonly p: number,
  ) {}

  correlation(j: number): number {
    return this.q[j] - this.h[j];
  }

  move(j: number, dw: number): void {
    const { Q, h, span, p } = this;
    const off = j * p;
    if (span === null) {
      // (… | 0): int32 index arithmetic, cheaper than V8's overflow-checked addition.
      for (let k = 0; k < p; k++) h[k] += dw * Q[(off + k) | 0];
    } else {
      for (let s = 0; s < this.spanLen; s++) {
        const k = span[s];
        h[k] += dw * Q[off + k];
      }
    }
  }
}

/** The view over the non-zeros (indexed by rank): compact q, H and Q's m×m block, every row updated. */
class CompactView implements Coordinates {
  m = 0;

  constructor(
    public QA: Float64Array,
    private readonly qA: Float64Array,
    private readonly hA: Float64Array,
  ) {}

  correlation(t: number): number {
    return this.qA[t] - this.hA[t];
  }

  move(t: number, dw: number): void {
    const { QA, hA, m } = this;
    const off = t * m;
    for (let s = 0; s < m; s++) hA[s] += dw * QA[(off + s) | 0];
  }
}

export class GramData implements CdData {
  readonly colNorm2: Float64Array;
  readonly xtr: Float64Array;
  readonly full: FullView;
  readonly compact: CompactView;
  /** H = Qw, exact on the working set. */
  private readonly H: Float64Array;
  /** Compact copies over the non-zeros: q, H and Q's block (column-major m×m). */
  private readonly qA: Float64Array;
  private readonly hA: Float64Array;
  /** Grown to the largest m² seen (most active sets are far smaller than p). */
  private QA: Float64Array;
  /** H of each Anderson snapshot, and scratch (a change of w, or Q·wAcc). */
  private readonly hSnaps: Float64Array[];
  private readonly tmp: Float64Array;
  /** Scratch of refresh(): the non-zeros and their values. */
  private readonly nzAll: Int32Array;
  private readonly wNz: Float64Array;

  constructor(
    readonly n: number,
    readonly p: number,
    /** XᵀX (p×p). */
    private readonly Q: Float64Array,
    /** Xᵀy. */
    private readonly q: Float64Array,
    readonly yNorm2: number,
  ) {
    this.colNorm2 = new Float64Array(p);
    for (let j = 0; j < p; j++) this.colNorm2[j] = Q[j + j * p];
    this.xtr = new Float64Array(p);
    this.H = new Float64Array(p);
    this.qA = new Float64Array(p);
    this.hA = new Float64Array(p);
    this.QA = new Float64Array(0);
    this.hSnaps = Array.from({ length: ANDERSON_K + 1 }, () => new Float64Array(p));
    this.tmp = new Float64Array(p);
    this.nzAll = new Int32Array(p);
    this.wNz = new Float64Array(p);
    this.full = new FullView(Q, q, this.H, p);
    this.compact = new CompactView(this.QA, this.qA, this.hA);
  }

  reset(w: Float64Array): void {
    const { p, Q, q, H, xtr } = this;
    H.fill(0);
    for (let k = 0; k < p; k++) {
      const wk = w[k];
      if (wk === 0) continue;
      const off = k * p;
      for (let j = 0; j < p; j++) H[j] += Q[(off + j) | 0] * wk;
    }
    for (let j = 0; j < p; j++) xtr[j] = q[j] - H[j];
  }

  setWorkingSet(wset: Int32Array, mW: number): void {
    // Updating all of H is cheaper than indexing once the working set is over half the features.
    this.full.span = 2 * mW > this.p ? null : wset;
    this.full.spanLen = mW;
  }

  /** H off the working set from the non-zeros, then xtr = q − H. */
  refresh(w: Float64Array, inW: Uint8Array): void {
    const { p, Q, q, H, xtr, nzAll, wNz } = this;
    let m = 0;
    for (let k = 0; k < p; k++) {
      if (w[k] === 0) continue;
      nzAll[m] = k;
      wNz[m++] = w[k];
    }
    for (let j = 0; j < p; j++) {
      if (inW[j] === 0) {
        let h = 0;
        const off = j * p;
        for (let t = 0; t < m; t++) h += Q[off + nzAll[t]] * wNz[t];
        H[j] = h;
      }
      xtr[j] = q[j] - H[j];
    }
  }

  /** ‖y − Xw‖² = yᵀy − 2qᵀw + wᵀH and (y − Xw)ᵀy = yᵀy − qᵀw. */
  residualNorms(w: Float64Array): [number, number] {
    const { p, q, H, yNorm2 } = this;
    let qDotW = 0;
    let wHw = 0;
    for (let j = 0; j < p; j++) {
      qDotW += q[j] * w[j];
      wHw += w[j] * H[j];
    }
    return [yNorm2 + wHw - 2 * qDotW, yNorm2 - qDotW];
  }

  enter(nz: Int32Array, m: number, same: boolean): void {
    const { p, Q, q, H, qA, hA } = this;
    for (let t = 0; t < m; t++) {
      qA[t] = q[nz[t]];
      hA[t] = H[nz[t]];
    }
    if (this.QA.length < m * m) {
      this.QA = new Float64Array(Math.min(p * p, 4 * m * m));
      this.compact.QA = this.QA;
      same = false;
    }
    if (!same) {
      const QA = this.QA;
      for (let t = 0; t < m; t++) {
        const off = nz[t] * p;
        for (let s = 0; s < m; s++) QA[s + t * m] = Q[off + nz[s]];
      }
    }
    this.compact.m = m;
  }

  /** H of the rest of the working set follows the change of the non-zeros over the phase. */
  leave(w: Float64Array, nz: Int32Array, m: number, wA: Float64Array, wset: Int32Array, mW: number): void {
    const { p, Q, H, hA, tmp } = this;
    for (let t = 0; t < m; t++) tmp[t] = wA[t] - w[nz[t]];
    for (let s = 0; s < mW; s++) {
      const k = wset[s];
      if (w[k] !== 0) continue; // one of nz: its H is in hA
      let h = 0;
      const off = k * p;
      for (let t = 0; t < m; t++) h += Q[off + nz[t]] * tmp[t];
      H[k] += h;
    }
    for (let t = 0; t < m; t++) H[nz[t]] = hA[t];
  }

  snapshot(slot: number, m: number): void {
    const { hA } = this;
    const to = this.hSnaps[slot];
    for (let t = 0; t < m; t++) to[t] = hA[t];
  }

  /**
   * ½‖y − Xw‖² = ½yᵀy − qᵀw + ½wᵀQw; with H = Qw: Δ = −qᵀd + dᵀH + ½dᵀQd. H is linear in w,
   * so Q·wAcc is the same combination of the snapshots' H (kept in tmp).
   */
  lossChange(wA: Float64Array, wAcc: Float64Array, m: number, c: Float64Array): number {
    const { qA, hA, tmp } = this;
    combine(this.hSnaps, c, m, tmp);
    let d = 0;
    for (let t = 0; t < m; t++) d += (wAcc[t] - wA[t]) * (-qA[t] + 0.5 * (hA[t] + tmp[t]));
    return d;
  }

  accept(m: number): void {
    const { hA, tmp } = this;
    for (let t = 0; t < m; t++) hA[t] = tmp[t];
  }
}
