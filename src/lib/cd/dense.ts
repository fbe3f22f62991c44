// Coordinates on the residual R = y − Xw (scikit-learn's enet_coordinate_descent): x_jᵀR is a
// dot product over n, a move is R −= dw·x_j. Used when p ≥ n, where XᵀX would cost more than it saves.
// With kernels, X and R live in a kernel matrix, so that Xᵀr over all p (each gap check and
// each new start) runs in WebAssembly SIMD.
import type { CdData, Coordinates } from './coordinates';
import type { KernelMatrix, Kernels } from '../kernels/kernels';
import { dot, xtvInto } from '../linalg';

/** A view of R through columns cols[j] of the column-major n-row matrix X. */
class ResidualView implements Coordinates {
  constructor(
    private readonly X: Float64Array,
    private readonly n: number,
    private readonly R: Float64Array,
    readonly cols: Int32Array,
  ) {}

  correlation(j: number): number {
    return dot(this.X, this.cols[j] * this.n, this.R, 0, this.n);
  }

  move(j: number, dw: number): void {
    const { X, n, R } = this;
    const off = this.cols[j] * n;
    for (let i = 0; i < n; i++) R[i] -= dw * X[off + i];
  }
}

export class DenseData implements CdData {
  readonly yNorm2: number;
  readonly colNorm2: Float64Array;
  readonly xtr: Float64Array;
  readonly full: ResidualView;
  readonly compact: ResidualView;
  /** The residual y − Xw (the kernel matrix's v when there is one). */
  private readonly R: Float64Array;
  private readonly X: Float64Array;
  /** X and R in kernel memory, or null. */
  private readonly mat: KernelMatrix | null;
  /** X·(wAcc − wA) of the last lossChange(). */
  private readonly Xd: Float64Array;

  constructor(
    readonly n: number,
    readonly p: number,
    /** Column-major n×p (centred when there is an intercept); copied into kernel memory when kernels are given. */
    X: Float64Array,
    private readonly y: Float64Array,
    kernels: Kernels | null = null,
  ) {
    this.mat = kernels?.simd ? kernels.matrix(n, p) : null;
    if (this.mat) this.mat.X.set(X);
    this.X = X = this.mat ? this.mat.X : X;
    this.yNorm2 = dot(y, 0, y, 0, n);
    this.colNorm2 = new Float64Array(p);
    for (let j = 0; j < p; j++) this.colNorm2[j] = dot(X, j * n, X, j * n, n);
    this.xtr = new Float64Array(p);
    this.R = this.mat ? this.mat.v : new Float64Array(n);
    this.Xd = new Float64Array(n);
    const identity = new Int32Array(p);
    for (let j = 0; j < p; j++) identity[j] = j;
    this.full = new ResidualView(X, n, this.R, identity);
    this.compact = new ResidualView(X, n, this.R, new Int32Array(p));
  }

  reset(w: Float64Array, withXtr = true): void {
    const { n, p, X, R } = this;
    R.set(this.y);
    for (let k = 0; k < p; k++) {
      const wk = w[k];
      if (wk === 0) continue;
      const off = k * n;
      for (let i = 0; i < n; i++) R[i] -= X[off + i] * wk;
    }
    if (withXtr) this.refresh();
  }

  setWorkingSet(): void {} // every move updates all of R

  refresh(): void {
    if (this.mat) this.mat.xtv(this.xtr);
    else xtvInto(this.X, this.n, this.p, this.R, this.xtr);
  }

  residualNorms(): [number, number] {
    const { R, n } = this;
    return [dot(R, 0, R, 0, n), dot(R, 0, this.y, 0, n)];
  }

  enter(nz: Int32Array, m: number): void {
    const cols = this.compact.cols;
    for (let t = 0; t < m; t++) cols[t] = nz[t];
  }

  leave(): void {} // R is shared by both views

  snapshot(): void {}

  /** Δ = ½‖R − Xd‖² − ½‖R‖² = −Rᵀ(Xd) + ½‖Xd‖², d = wAcc − wA. */
  lossChange(wA: Float64Array, wAcc: Float64Array, m: number): number {
    const { n, X, R, Xd } = this;
    const cols = this.compact.cols;
    Xd.fill(0);
    for (let t = 0; t < m; t++) {
      const dt = wAcc[t] - wA[t];
      if (dt === 0) continue;
      const off = cols[t] * n;
      for (let i = 0; i < n; i++) Xd[i] += dt * X[off + i];
    }
    let d = 0;
    for (let i = 0; i < n; i++) d += Xd[i] * (0.5 * Xd[i] - R[i]);
    return d;
  }

  accept(): void {
    const { n, R, Xd } = this;
    for (let i = 0; i < n; i++) R[i] -= Xd[i];
  }
}
