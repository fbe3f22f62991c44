// Small dense linear algebra on Float64Array. Matrices are column-major:
// entry (i, j) of an m-row matrix sits at [i + j * m].

/** Dot product of a[aOff .. aOff+len) and b[bOff .. bOff+len). */
export function dot(a: Float64Array, aOff: number, b: Float64Array, bOff: number, len: number): number {
  // Four accumulators: the adds no longer wait on each other.
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  const end = len - (len % 4);
  let i = 0;
  for (; i < end; i += 4) {
    s0 += a[aOff + i] * b[bOff + i];
    s1 += a[aOff + i + 1] * b[bOff + i + 1];
    s2 += a[aOff + i + 2] * b[bOff + i + 2];
    s3 += a[aOff + i + 3] * b[bOff + i + 3];
  }
  for (; i < len; i++) s0 += a[aOff + i] * b[bOff + i];
  return s0 + s1 + (s2 + s3);
}

/** Gram matrix XᵀX (p×p, symmetric) of a column-major n×p matrix. */
export function gram(X: Float64Array, n: number, p: number): Float64Array {
  const G = new Float64Array(p * p);
  const pb = p - (p % 4);
  for (let j = 0; j < pb; j += 4) for (let k = 0; k <= j; k += 4) gramBlock(X, n, p, j, k, G);
  for (let j = pb; j < p; j++) {
    for (let k = 0; k <= j; k++) {
      const s = dot(X, j * n, X, k * n, n);
      G[j + k * p] = s;
      G[k + j * p] = s;
    }
  }
  return G;
}

/** The 4×4 block of XᵀX at columns j..j+3 × k..k+3 (register blocking: 8 loads, 16 FMAs). */
function gramBlock(X: Float64Array, n: number, p: number, j: number, k: number, G: Float64Array): void {
  const a0 = j * n;
  const a1 = a0 + n;
  const a2 = a1 + n;
  const a3 = a2 + n;
  const b0 = k * n;
  const b1 = b0 + n;
  const b2 = b1 + n;
  const b3 = b2 + n;
  let s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0; // prettier-ignore
  let s20 = 0, s21 = 0, s22 = 0, s23 = 0, s30 = 0, s31 = 0, s32 = 0, s33 = 0; // prettier-ignore
  for (let i = 0; i < n; i++) {
    const x0 = X[a0 + i], x1 = X[a1 + i], x2 = X[a2 + i], x3 = X[a3 + i]; // prettier-ignore
    const y0 = X[b0 + i], y1 = X[b1 + i], y2 = X[b2 + i], y3 = X[b3 + i]; // prettier-ignore
    s00 += x0 * y0;
    s01 += x0 * y1;
    s02 += x0 * y2;
    s03 += x0 * y3; // prettier-ignore
    s10 += x1 * y0;
    s11 += x1 * y1;
    s12 += x1 * y2;
    s13 += x1 * y3; // prettier-ignore
    s20 += x2 * y0;
    s21 += x2 * y1;
    s22 += x2 * y2;
    s23 += x2 * y3; // prettier-ignore
    s30 += x3 * y0;
    s31 += x3 * y1;
    s32 += x3 * y2;
    s33 += x3 * y3; // prettier-ignore
  }
  const S = [s00, s01, s02, s03, s10, s11, s12, s13, s20, s21, s22, s23, s30, s31, s32, s33];
  for (let a = 0; a < 4; a++) {
    for (let b = 0; b < 4; b++) {
      G[j + a + (k + b) * p] = S[a * 4 + b];
      G[k + b + (j + a) * p] = S[a * 4 + b];
    }
  }
}

/** Xᵀv for a column-major n×p matrix. */
export function xtv(X: Float64Array, n: number, p: number, v: Float64Array): Float64Array {
  return xtvInto(X, n, p, v, new Float64Array(p));
}

/** out = Xᵀv, four columns at a time (each v[i] loaded once for four products). */
export function xtvInto(X: Float64Array, n: number, p: number, v: Float64Array, out: Float64Array): Float64Array {
  const pb = p - (p % 4);
  for (let j = 0; j < pb; j += 4) {
    const a0 = j * n;
    const a1 = a0 + n;
    const a2 = a1 + n;
    const a3 = a2 + n;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0; // prettier-ignore
    for (let i = 0; i < n; i++) {
      const vi = v[i];
      // (… | 0): int32 index arithmetic, cheaper than V8's overflow-checked addition.
      s0 += X[(a0 + i) | 0] * vi;
      s1 += X[(a1 + i) | 0] * vi;
      s2 += X[(a2 + i) | 0] * vi;
      s3 += X[(a3 + i) | 0] * vi;
    }
    out[j] = s0;
    out[j + 1] = s1;
    out[j + 2] = s2;
    out[j + 3] = s3;
  }
  for (let j = pb; j < p; j++) out[j] = dot(X, j * n, v, 0, n);
  return out;
}

/** X Xᵀ (n×n) of a column-major n×p matrix. */
export function outerGram(X: Float64Array, n: number, p: number): Float64Array {
  const K = new Float64Array(n * n);
  for (let j = 0; j < p; j++) {
    const off = j * n;
    for (let a = 0; a < n; a++) {
      const xa = X[off + a];
      if (xa === 0) continue;
      for (let b = 0; b <= a; b++) K[a + b * n] += xa * X[off + b];
    }
  }
  for (let a = 0; a < n; a++) for (let b = 0; b < a; b++) K[b + a * n] = K[a + b * n];
  return K;
}

/**
 * In-place Cholesky factor (lower triangle) of the symmetric m×m matrix A + shift·I.
 * Throws a RangeError when a pivot is not clearly positive (numerically singular).
 */
export function cholesky(A: Float64Array, m: number, shift: number): Float64Array {
  const L = new Float64Array(m * m);
  let maxDiag = 0;
  for (let i = 0; i < m; i++) maxDiag = Math.max(maxDiag, Math.abs(A[i + i * m] + shift));
  const floor = maxDiag * 1e-13;
  for (let j = 0; j < m; j++) {
    let d = A[j + j * m] + shift;
    for (let k = 0; k < j; k++) d -= L[j + k * m] * L[j + k * m];
    if (!(d > floor)) {
      throw new RangeError(`the ridge system is numerically singular (pivot ${j} = ${d}); use a larger alpha`);
    }
    const ljj = Math.sqrt(d);
    L[j + j * m] = ljj;
    for (let i = j + 1; i < m; i++) {
      let s = A[i + j * m];
      for (let k = 0; k < j; k++) s -= L[i + k * m] * L[j + k * m];
      L[i + j * m] = s / ljj;
    }
  }
  return L;
}

/** Solves (L Lᵀ) x = b for x, given the lower Cholesky factor L. */
export function choleskySolve(L: Float64Array, m: number, b: Float64Array): Float64Array {
  const x = Float64Array.from(b);
  for (let i = 0; i < m; i++) {
    let s = x[i];
    for (let k = 0; k < i; k++) s -= L[i + k * m] * x[k];
    x[i] = s / L[i + i * m];
  }
  for (let i = m - 1; i >= 0; i--) {
    let s = x[i];
    for (let k = i + 1; k < m; k++) s -= L[k + i * m] * x[k];
    x[i] = s / L[i + i * m];
  }
  return x;
}
