// Anderson extrapolation of coordinate-descent iterates (Bertrand & Massias, "Anderson
// acceleration of coordinate descent", AISTATS 2021): from K+1 successive iterates on a fixed
// support, the affine combination whose differences are smallest in norm.

/** Iterates kept: K + 1 snapshots give K differences. */
export const ANDERSON_K = 5;

/**
 * snaps[0..K] hold the iterates (length m each, oldest first). Writes Σ c_i·snaps[i]
 * (i = 1..K, Σ c_i = 1, c minimising ‖Σ c_i·(snaps[i] − snaps[i−1])‖) into out;
 * returns false when the small system is degenerate.
 */
export function andersonExtrapolate(snaps: Float64Array[], m: number, out: Float64Array): boolean {
  const K = snaps.length - 1;
  const G = new Float64Array(K * K);
  for (let a = 0; a < K; a++) {
    for (let b = 0; b <= a; b++) {
      let s = 0;
      const ua1 = snaps[a + 1];
      const ua0 = snaps[a];
      const ub1 = snaps[b + 1];
      const ub0 = snaps[b];
      for (let t = 0; t < m; t++) s += (ua1[t] - ua0[t]) * (ub1[t] - ub0[t]);
      G[a + b * K] = s;
      G[b + a * K] = s;
    }
  }
  let trace = 0;
  for (let a = 0; a < K; a++) trace += G[a + a * K];
  if (!(trace > 0)) return false;
  for (let a = 0; a < K; a++) G[a + a * K] += 1e-10 * trace; // keeps the system invertible
  const z = solveSmall(G, K, new Float64Array(K).fill(1));
  if (!z) return false;
  let sum = 0;
  for (let a = 0; a < K; a++) sum += z[a];
  if (!(Math.abs(sum) > 0) || !Number.isFinite(sum)) return false;
  out.fill(0, 0, m);
  for (let a = 0; a < K; a++) {
    const c = z[a] / sum;
    const s = snaps[a + 1];
    for (let t = 0; t < m; t++) out[t] += c * s[t];
  }
  return true;
}

/** Gaussian elimination with partial pivoting on a small dense system; null if singular. */
function solveSmall(A: Float64Array, k: number, b: Float64Array): Float64Array | null {
  const M = Float64Array.from(A);
  const x = Float64Array.from(b);
  for (let c = 0; c < k; c++) {
    let piv = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(M[r + c * k]) > Math.abs(M[piv + c * k])) piv = r;
    if (!(Math.abs(M[piv + c * k]) > 0)) return null;
    if (piv !== c) {
      for (let j = 0; j < k; j++) [M[c + j * k], M[piv + j * k]] = [M[piv + j * k], M[c + j * k]];
      [x[c], x[piv]] = [x[piv], x[c]];
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
  for (let c = 0; c < k; c++) if (!Number.isFinite(x[c])) return null;
  return x;
}
