// Thin singular value decomposition A = U·diag(s)·Vᵀ of a column-major m×n matrix, by one-sided
// Jacobi rotations (Hestenes 1958): pairs of columns are rotated until every pair is orthogonal;
// the column norms are then the singular values. Small singular values come out with high
// relative accuracy (Demmel & Veselić 1992), which matters where a fit divides by them. A matrix
// taller than wide is first reduced to its n×n triangular factor R by Householder QR, so the
// rotations work on n×n numbers; a wide matrix is handled through its transpose.
import { dot } from './linalg';

export interface Svd {
  /** Rows and columns of A; r = min(m, n). */
  m: number;
  n: number;
  r: number;
  /** Left singular vectors, column-major m×r. */
  u: Float64Array;
  /** Singular values, decreasing, ≥ 0. */
  s: Float64Array;
  /** Right singular vectors, column-major n×r. */
  v: Float64Array;
}

const EPS = 2 ** -52;
/** Sweeps allowed; Jacobi converges quadratically and needs about 5–10 for the sizes used here. */
const MAX_SWEEPS = 80;

/** The transpose of a column-major m×n matrix (column-major n×m). */
export function transpose(A: Float64Array, m: number, n: number): Float64Array {
  const T = new Float64Array(m * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < m; i++) T[j + i * n] = A[i + j * m];
  return T;
}

export function thinSvd(A: Float64Array, m: number, n: number): Svd {
  if (!Number.isInteger(m) || !Number.isInteger(n) || m < 1 || n < 1 || A.length !== m * n) {
    throw new RangeError(`thinSvd needs an m×n matrix with m, n ≥ 1 and m·n entries, got m = ${m}, n = ${n}, ${A.length} entries`);
  }
  for (let k = 0; k < A.length; k++) if (!Number.isFinite(A[k])) throw new RangeError(`thinSvd: entry ${k} is ${A[k]}, expected a finite number`);
  if (m < n) {
    const t = tallSvd(transpose(A, m, n), n, m);
    return { m, n, r: m, u: t.v, s: t.s, v: t.u };
  }
  return tallSvd(Float64Array.from(A), m, n);
}

/**
 * SVD of a tall m×n matrix (m ≥ n), overwriting A. A = Q·R first; the rotations then work on Rᵀ,
 * whose rows are nearly orthogonal already, so they need fewer sweeps (Drmač & Veselić 2008):
 * Rᵀ·J = W·diag(s) gives R = J·diag(s)·Wᵀ, so A = (Q·J)·diag(s)·Wᵀ.
 */
function tallSvd(A: Float64Array, m: number, n: number): Svd {
  const { R, reflectors } = householderQr(A, m, n);
  const L = transpose(R, n, n);
  const { s, v: J } = jacobi(L, n, n);
  const u = new Float64Array(m * n);
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) u[i + j * m] = J[i + j * n];
  for (let j = 0; j < n; j++) applyQ(reflectors, m, n, u, j * m);
  return { m, n, r: n, u, s, v: L };
}

interface Reflectors {
  /** Column k holds v_k in rows k..m−1 (column-major m×n); H_k = I − β_k v_k v_kᵀ. */
  vs: Float64Array;
  betas: Float64Array;
}

/** A = Q·R by Householder reflections; returns R (n×n, upper triangular) and Q as its reflectors. */
function householderQr(A: Float64Array, m: number, n: number): { R: Float64Array; reflectors: Reflectors } {
  const betas = new Float64Array(n);
  const diag = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const off = k * m;
    let norm2 = 0;
    for (let i = k; i < m; i++) norm2 += A[off + i] * A[off + i];
    if (norm2 === 0) continue;
    const x0 = A[off + k];
    const alpha = x0 >= 0 ? -Math.sqrt(norm2) : Math.sqrt(norm2);
    // v = x − α·e₁ replaces the column's rows k..m−1; vᵀv = 2(‖x‖² − α·x₀), so β = 2/vᵀv.
    A[off + k] = x0 - alpha;
    const beta = 1 / (norm2 - alpha * x0);
    betas[k] = beta;
    diag[k] = alpha;
    for (let j = k + 1; j < n; j++) {
      const cj = j * m;
      const t = beta * dot(A, off + k, A, cj + k, m - k);
      for (let i = k; i < m; i++) A[cj + i] -= t * A[off + i];
    }
  }
  const R = new Float64Array(n * n);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < j; i++) R[i + j * n] = A[i + j * m];
    R[j + j * n] = diag[j];
  }
  return { R, reflectors: { vs: A, betas } };
}

/** z ← Q·z for a vector z of length m at z[off..off+m): H₀·H₁·…·H_{n−1}·z. */
function applyQ({ vs, betas }: Reflectors, m: number, n: number, z: Float64Array, off: number): void {
  for (let k = n - 1; k >= 0; k--) {
    if (betas[k] === 0) continue;
    const t = betas[k] * dot(vs, k * m + k, z, off + k, m - k);
    for (let i = k; i < m; i++) z[off + i] -= t * vs[k * m + i];
  }
}

/**
 * One-sided Jacobi on the columns of B (rows×n, overwritten by U·diag(s), then by U): returns
 * s (decreasing) and V (n×n) with B_in·V = U·diag(s).
 */
function jacobi(B: Float64Array, rows: number, n: number): { s: Float64Array; v: Float64Array } {
  const V = new Float64Array(n * n);
  for (let j = 0; j < n; j++) V[j + j * n] = 1;
  const d = new Float64Array(n);
  const tol = EPS * rows;
  for (let sweep = 0; sweep < MAX_SWEEPS; sweep++) {
    for (let j = 0; j < n; j++) d[j] = dot(B, j * rows, B, j * rows, rows);
    let rotated = false;
    for (let i = 0; i < n - 1; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = d[i];
        const b = d[j];
        if (a === 0 || b === 0) continue;
        const g = dot(B, i * rows, B, j * rows, rows);
        if (Math.abs(g) <= tol * Math.sqrt(a * b)) continue;
        rotated = true;
        const zeta = (b - a) / (2 * g);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const sn = c * t;
        rotate(B, i * rows, j * rows, rows, c, sn);
        rotate(V, i * n, j * n, n, c, sn);
        d[i] = a - t * g;
        d[j] = b + t * g;
      }
    }
    if (!rotated) break;
  }
  // Singular values are the column norms; sort them (and the columns) into decreasing order.
  const norms = Array.from({ length: n }, (_, j) => Math.sqrt(dot(B, j * rows, B, j * rows, rows)));
  const order = norms.map((_, j) => j).sort((x, y) => norms[y]! - norms[x]! || x - y);
  const s = new Float64Array(n);
  const U = new Float64Array(rows * n);
  const Vs = new Float64Array(n * n);
  order.forEach((from, to) => {
    const sv = norms[from]!;
    s[to] = sv;
    for (let i = 0; i < rows; i++) U[i + to * rows] = sv > 0 ? B[i + from * rows] / sv : 0;
    for (let i = 0; i < n; i++) Vs[i + to * n] = V[i + from * n];
  });
  // A zero singular value leaves its left vector undefined: any unit vector orthogonal to the others will do.
  completeBasis(U, rows, n, s);
  B.set(U);
  return { s, v: Vs };
}

/** Columns (i, j) ← (c·x − s·y, s·x + c·y). */
function rotate(M: Float64Array, offI: number, offJ: number, len: number, c: number, s: number): void {
  for (let k = 0; k < len; k++) {
    const x = M[offI + k];
    const y = M[offJ + k];
    M[offI + k] = c * x - s * y;
    M[offJ + k] = s * x + c * y;
  }
}

/** Fills the columns of U whose singular value is 0 with unit vectors orthogonal to the rest (Gram–Schmidt on eᵢ). */
function completeBasis(U: Float64Array, rows: number, n: number, s: Float64Array): void {
  let e = 0;
  for (let j = 0; j < n; j++) {
    if (s[j] > 0) continue;
    for (; e < rows; e++) {
      const col = new Float64Array(rows);
      col[e] = 1;
      for (let pass = 0; pass < 2; pass++) {
        for (let k = 0; k < n; k++) {
          if (k === j) continue;
          const t = dot(U, k * rows, col, 0, rows);
          for (let i = 0; i < rows; i++) col[i] -= t * U[i + k * rows];
        }
      }
      const norm = Math.sqrt(dot(col, 0, col, 0, rows));
      if (norm > 0.5) {
        for (let i = 0; i < rows; i++) U[i + j * rows] = col[i] / norm;
        e++;
        break;
      }
    }
  }
}
