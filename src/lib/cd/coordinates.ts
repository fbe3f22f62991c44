// The one coordinate update of the solver, and the interface it runs on. Minimise, in
// scikit-learn's n-scaled units,
//   (1/2)‖y − Xw‖² + l1·‖w‖₁ + (l2/2)·‖w‖²,
// one coordinate at a time: w_j ← S(x_jᵀr_j, l1) / (‖x_j‖² + l2), where r_j is the residual
// with feature j removed and S is soft-thresholding (_cd_fast.pyx, glmnet). Where x_jᵀr comes
// from is the business of a Coordinates object: the residual y − Xw (./dense) or the Gram
// matrix with H = Qw (./gram).

/** A view of the problem over some coordinates (all features, or the compact non-zeros). */
export interface Coordinates {
  /** x_jᵀ(y − Xw) at the current w. */
  correlation(j: number): number;
  /** Records that w_j moved by dw (updates the residual or H). */
  move(j: number, dw: number): void;
}

/** The largest coordinate change and the largest |w_j| of the last sweep. */
export interface SweepStats {
  dwMax: number;
  wMax: number;
}

/**
 * One cyclic pass over order[0..m): the coordinate update, written once. w and norm2 (‖x_j‖²)
 * are indexed like the view. Writes the largest change and largest |w| into stats.
 */
export function sweep(view: Coordinates, order: Int32Array, m: number, w: Float64Array, norm2: Float64Array, l1: number, l2: number, stats: SweepStats): void {
  let dwMax = 0;
  let wMax = 0;
  for (let t = 0; t < m; t++) {
    const j = order[t];
    const nj = norm2[j];
    if (nj === 0) continue;
    const wj = w[j];
    // z = x_jᵀ(residual with feature j removed)
    const z = view.correlation(j) + wj * nj;
    const az = Math.abs(z) - l1;
    const wNew = az > 0 ? (z > 0 ? az : -az) / (nj + l2) : 0;
    const dw = wNew - wj;
    if (dw !== 0) {
      w[j] = wNew;
      view.move(j, dw);
      const adw = Math.abs(dw);
      if (adw > dwMax) dwMax = adw;
    }
    const aw = Math.abs(wNew);
    if (aw > wMax) wMax = aw;
  }
  stats.dwMax = dwMax;
  stats.wMax = wMax;
}

/**
 * What the solver needs from a problem besides the sweep: the full view (every feature, indexed
 * by j) and the compact view of the non-zeros (indexed by their rank t), with the moves between
 * them, the gap's ingredients and the objective change of an Anderson step.
 */
export interface CdData {
  readonly n: number;
  readonly p: number;
  /** ‖y‖² (of the centred y when there is an intercept). */
  readonly yNorm2: number;
  /** ‖x_j‖² for each feature. */
  readonly colNorm2: Float64Array;
  /** Xᵀ(y − Xw) for every feature, exact after reset() and refresh(). */
  readonly xtr: Float64Array;
  /** The view over every feature. */
  readonly full: Coordinates;
  /** The view over the non-zeros nz[0..m) after enter(). */
  readonly compact: Coordinates;
  /** Brings the residual (or H) and, unless withXtr is false, xtr to w from scratch. */
  reset(w: Float64Array, withXtr?: boolean): void;
  /** The features whose updates the full view must keep exact (a Gram view skips the others). */
  setWorkingSet(wset: Int32Array, mW: number): void;
  /** xtr for every feature at w (inW marks the working set). */
  refresh(w: Float64Array, inW: Uint8Array): void;
  /** ‖y − Xw‖² and (y − Xw)ᵀy at w, right after refresh(). */
  residualNorms(w: Float64Array): [number, number];
  /** Prepares the compact view of the non-zeros nz[0..m) (wA holds their values); `same`: nz as last time. */
  enter(nz: Int32Array, m: number, same: boolean): void;
  /** Writes the compact state back; w still holds the values from before enter(), wA the new ones. */
  leave(w: Float64Array, nz: Int32Array, m: number, wA: Float64Array, wset: Int32Array, mW: number): void;
  /** Keeps what an Anderson step needs of the compact state in history slot `slot`. */
  snapshot(slot: number, m: number): void;
  /**
   * The change of (1/2)‖y − Xw‖² from wA to wAcc = Σ c_i·snaps[i] (compact), kept ready for
   * accept().
   */
  lossChange(wA: Float64Array, wAcc: Float64Array, m: number, c: Float64Array): number;
  /** Moves the compact state to the wAcc of the last lossChange(). */
  accept(m: number): void;
}
