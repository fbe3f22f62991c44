// Random ReLU features φ_j(x) = scale·max(0, w_jᵀx) for inputs x ~ N(0, I_d), and their exact
// moments, so that the test error of any weights is a formula instead of a sample average:
//   E[φ_j(x)·φ_k(x)] = scale²·‖w_j‖‖w_k‖·(sin θ + (π − θ)·cos θ)/(2π),  θ = ∠(w_j, w_k)
//     (half the arc-cosine kernel of degree 1, Cho & Saul 2009);
//   E[φ_j(x)·βᵀx] = scale·w_jᵀβ/2   (Stein's lemma: E[g(x)·x] = E[∇g(x)]).
// For y = βᵀx + σ·ε (ε ~ N(0, 1)) the expected squared error of weights w on a new point is
//   E[(y − φ(x)ᵀw)²] = wᵀΣw − 2·wᵀc + ‖β‖² + σ².
import { MAX_ABS_VALUE, checkMatrix, checkVector, numberIn } from './validate';

/** Column-major n×P matrix of max(0, w_jᵀx_i) (unscaled) from row-major X (n×d) and W (P×d). */
export function reluMatrix(X: readonly (readonly number[])[], W: readonly (readonly number[])[]): Float64Array {
  const n = X.length;
  const P = W.length;
  const F = new Float64Array(n * P);
  for (let j = 0; j < P; j++) {
    const w = W[j]!;
    for (let i = 0; i < n; i++) {
      const x = X[i]!;
      let t = 0;
      for (let k = 0; k < w.length; k++) t += w[k]! * x[k]!;
      F[i + j * n] = t > 0 ? t : 0;
    }
  }
  return F;
}

/** E[max(0, uᵀx)·max(0, vᵀx)] for x ~ N(0, I). */
export function reluKernel(u: readonly number[], v: readonly number[]): number {
  let uu = 0;
  let vv = 0;
  let uv = 0;
  for (let k = 0; k < u.length; k++) {
    uu += u[k]! * u[k]!;
    vv += v[k]! * v[k]!;
    uv += u[k]! * v[k]!;
  }
  if (uu === 0 || vv === 0) return 0;
  const norms = Math.sqrt(uu * vv);
  const cos = Math.min(1, Math.max(-1, uv / norms));
  const theta = Math.acos(cos);
  return (norms * (Math.sin(theta) + (Math.PI - theta) * cos)) / (2 * Math.PI);
}

/** Column-major P×P matrix of E[max(0, w_jᵀx)·max(0, w_kᵀx)] (unscaled). */
export function reluKernelMatrix(W: readonly (readonly number[])[]): Float64Array {
  const P = W.length;
  const S = new Float64Array(P * P);
  for (let j = 0; j < P; j++) {
    for (let k = 0; k <= j; k++) {
      const v = reluKernel(W[j]!, W[k]!);
      S[j + k * P] = v;
      S[k + j * P] = v;
    }
  }
  return S;
}

function checkFeatures(W: unknown, d: number): number {
  const [P, dw] = checkMatrix(W, 'W');
  if (dw !== d) throw new RangeError(`W has ${dw} columns but the inputs have ${d}: each row of W is one feature's direction`);
  return P;
}

const checkScale = (scale: unknown): number => {
  const s = numberIn(scale, 'scale', 0, MAX_ABS_VALUE, 1);
  if (s === 0) throw new RangeError('scale must be > 0, got 0');
  return s;
};

/** The feature matrix Φ (n×P): Φ_ij = scale·max(0, w_jᵀx_i). */
export function reluFeatures(X: number[][], W: number[][], scale = 1): number[][] {
  const [n, d] = checkMatrix(X, 'X');
  const P = checkFeatures(W, d);
  const s = checkScale(scale);
  const F = reluMatrix(X, W);
  return Array.from({ length: n }, (_, i) => Array.from({ length: P }, (_, j) => s * F[i + j * n]!));
}

/** Σ = E[φ(x)φ(x)ᵀ] (P×P) for x ~ N(0, I_d). */
export function reluFeatureMoments(W: number[][], scale = 1): number[][] {
  const [P] = checkMatrix(W, 'W');
  const s = checkScale(scale);
  const S = reluKernelMatrix(W);
  return Array.from({ length: P }, (_, j) => Array.from({ length: P }, (_, k) => s * s * S[j + k * P]!));
}

/** c = E[φ(x)·βᵀx] (P entries) for x ~ N(0, I_d). */
export function reluTargetMoments(W: number[][], beta: number[], scale = 1): number[] {
  const [, d] = checkMatrix(W, 'W');
  checkVector(beta, d, 'beta');
  const s = checkScale(scale);
  return W.map((w) => (s * w.reduce((t, wk, k) => t + wk * beta[k]!, 0)) / 2);
}

/**
 * Expected squared error on a new point, E[(βᵀx + σε − φ(x)ᵀw)²] with x ~ N(0, I_d), ε ~ N(0, 1):
 * the test error of the weights `coef` over features W, computed exactly.
 */
export function reluFeatureRisk(coef: number[], W: number[][], beta: number[], noise: number, scale = 1): number {
  const [P, d] = checkMatrix(W, 'W');
  checkVector(coef, P, 'coef');
  checkVector(beta, d, 'beta');
  const sigma = numberIn(noise, 'noise', 0, MAX_ABS_VALUE);
  const s = checkScale(scale);
  const S = reluKernelMatrix(W);
  let quad = 0;
  let lin = 0;
  for (let j = 0; j < P; j++) {
    let t = 0;
    for (let k = 0; k < P; k++) t += S[j + k * P]! * coef[k]!;
    quad += coef[j]! * t;
    lin += (coef[j]! * W[j]!.reduce((a, wk, k) => a + wk * beta[k]!, 0)) / 2;
  }
  const bb = beta.reduce((a, b) => a + b * b, 0);
  return s * s * quad - 2 * s * lin + bb + sigma * sigma;
}
