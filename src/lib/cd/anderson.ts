// Anderson extrapolation of coordinate-descent iterates (Bertrand & Massias, "Anderson
// acceleration of coordinate descent", AISTATS 2021): from K+1 successive iterates on a fixed
// support, the affine combination whose differences are smallest in norm.

/** Iterates kept: K + 1 snapshots give K differences. */
export const ANDERSON_K = 5;

/** The work arrays of the extrapolation (it runs thousands of times per path: no allocation). */
export class Anderson {
  /** The iterates, oldest first (length ≥ m each). */
  readonly snaps: Float64Array[];
  private D: Float64Array;
  private readonly G: Float64Array;
  /** The weights c_1..c_K of the last successful weights() call. */
  private readonly c: Float64Array;

  constructor(len: number, k = ANDERSON_K) {
    this.snaps = Array.from({ length: k + 1 }, () => new Float64Array(len));
    this.D = new Float64Array(k * len);
    this.G = new Float64Array(k * k);
    this.c = new Float64Array(k);
  }

  /**
   * The weights c_1..c_K (Σ c_i = 1, minimising ‖Σ c_i·(snaps[i] − snaps[i−1])‖ over the
   * first m entries) in a reused array, or null when the small system is degenerate.
   */
  weights(m: number): Float64Array | null {
    const { snaps, G, c } = this;
    const K = snaps.length - 1;
    // Differences of successive iterates, then their K×K Gram matrix.
    if (this.D.length < K * m) this.D = new Float64Array(K * m);
    const D = this.D;
    for (let a = 0; a < K; a++) {
      const u1 = snaps[a + 1];
      const u0 = snaps[a];
      const off = a * m;
      for (let t = 0; t < m; t++) D[off + t] = u1[t] - u0[t];
    }
    for (let a = 0; a < K; a++) {
      for (let b = 0; b <= a; b++) {
        let s = 0;
        const oa = a * m;
        const ob = b * m;
        for (let t = 0; t < m; t++) s += D[oa + t] * D[ob + t];
        G[a + b * K] = s;
        G[b + a * K] = s;
      }
    }
    let trace = 0;
    for (let a = 0; a < K; a++) trace += G[a + a * K];
    if (!(trace > 0)) return null;
    for (let a = 0; a < K; a++) G[a + a * K] += 1e-10 * trace; // keeps the system invertible
    c.fill(1);
    if (!solveSmall(G, K, c)) return null;
    let sum = 0;
    for (let a = 0; a < K; a++) sum += c[a];
    if (!(Math.abs(sum) > 0) || !Number.isFinite(sum)) return null;
    for (let a = 0; a < K; a++) c[a] /= sum;
    return c;
  }
}

/** out = Σ c_i·snaps[i] (i = 1..K) over the first m entries. */
export function combine(snaps: readonly Float64Array[], c: Float64Array, m: number, out: Float64Array): void {
  out.fill(0, 0, m);
  for (let a = 0; a < c.length; a++) {
    const ca = c[a];
    const s = snaps[a + 1];
    for (let t = 0; t < m; t++) out[t] += ca * s[t];
  }
}

/**
 * snaps[0..K] hold the iterates (length m each, oldest first). Writes the extrapolated point
 * Σ c_i·snaps[i] into out; returns false when the small system is degenerate.
 */
export function andersonExtrapolate(snaps: readonly Float64Array[], m: number, out: Float64Array): boolean {
  const acc = new Anderson(m, snaps.length - 1);
  snaps.forEach((s, i) => acc.snaps[i].set(s.subarray(0, m)));
  const c = acc.weights(m);
  if (!c) return false;
  combine(acc.snaps, c, m, out);
  return true;
}

/**
 * Gaussian elimination with partial pivoting on a small dense system A x = b, in place
 * (A is overwritten, b becomes x); false if singular.
 */
function solveSmall(M: Float64Array, k: number, x: Float64Array): boolean {
  for (let c = 0; c < k; c++) {
    let piv = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(M[r + c * k]) > Math.abs(M[piv + c * k])) piv = r;
    if (!(Math.abs(M[piv + c * k]) > 0)) return false;
    if (piv !== c) {
      for (let j = 0; j < k; j++) {
        const t = M[c + j * k];
        M[c + j * k] = M[piv + j * k];
        M[piv + j * k] = t;
      }
      const t = x[c];
      x[c] = x[piv];
      x[piv] = t;
    }
    for (let r = c + 1; r < k; r++) {
      const f = M[r + c * k] / M[c + c * k];
      if (f === 0) continue;
      for (let j = c; j < k; j++) M[r + j * k] -= f * M[c + j * k];
      x[r] -= f * x[c];
    }
  }
  for (let c = k - 1; c >= 0; c--) {
    let s = x[c];
    for (let j = c + 1; j < k; j++) s -= M[c + j * k] * x[j];
    x[c] = s / M[c + c * k];
  }
  for (let c = 0; c < k; c++) if (!Number.isFinite(x[c])) return false;
  return true;
}
