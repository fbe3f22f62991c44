// Double descent on random ReLU features (Belkin et al. 2019; Hastie et al. 2022): n training
// points x ~ N(0, I_d), y = βᵀx + σε; p features φ_j(x) = max(0, w_jᵀx)/√p with w_j uniform on the
// unit sphere; ridge (1/2n)‖y − Φw‖² + (λ/2)‖w‖², or minimum-norm least squares at λ = 0
// (minNorm.ts), for every p of a grid and every λ of a list, over several draws of data and
// features. The test error is exact (randomFeatures.ts), and both errors are averaged over the
// noise ε ~ N(0, I) of the training targets, exactly: with y = Xβ + σε the fit is linear in y, so
// each error is e₀ + σ²·e₂, where e₀ is the error without noise and σ²·e₂ what the noise adds.
// The sweep stores e₀ and e₂ and answers any σ without refitting. One SVD per (draw, p) answers every λ.
import { createRng } from './prng';
import { reluKernelMatrix, reluMatrix } from './randomFeatures';
import { defaultRcond, spectralFactors } from './minNorm';
import { thinSvd } from './svd';
import { checkMatrix, checkOptions, checkVector, integerIn, numberIn, MAX_ABS_VALUE } from './validate';

export interface DescentTaskOptions {
  /** Training points n per draw. */
  samples: number;
  /** Input dimension d. */
  inputs: number;
  /** Features drawn per draw (the largest p). */
  features: number;
  /** Independent draws of training data, noise and features. */
  draws: number;
  seed: number;
}

export interface DescentDraw {
  /** n×d inputs. */
  X: number[][];
  /** features×d directions, each of length 1. */
  W: number[][];
}

export interface DescentTask {
  samples: number;
  inputs: number;
  features: number;
  /** The target's weights, ‖β‖ = 1. */
  beta: number[];
  draws: DescentDraw[];
}

/** The seed of draw k (k = 0, 1, …): seed + 0x9e3779b9·(k + 1), modulo 2³². */
export const drawSeed = (seed: number, k: number): number => (seed + 0x9e3779b9 * (k + 1)) % 2 ** 32;

function unitVector(rng: ReturnType<typeof createRng>, d: number): number[] {
  const v = Array.from({ length: d }, () => rng.normal());
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
}

/** Seeded data and features: β from `seed`; draw k from drawSeed(seed, k): X row by row, then W row by row. */
export function makeDescentTask(opts: DescentTaskOptions): DescentTask {
  const o = checkOptions(opts);
  const samples = integerIn(o.samples, 'samples', 1, 10_000);
  const inputs = integerIn(o.inputs, 'inputs', 1, 1000);
  const features = integerIn(o.features, 'features', 1, 10_000);
  const draws = integerIn(o.draws, 'draws', 1, 1000);
  const seed = integerIn(o.seed, 'seed', 0, 2 ** 32 - 1);
  const beta = unitVector(createRng(seed), inputs);
  return {
    samples,
    inputs,
    features,
    beta,
    draws: Array.from({ length: draws }, (_, k) => {
      const rng = createRng(drawSeed(seed, k));
      const X = Array.from({ length: samples }, () => Array.from({ length: inputs }, () => rng.normal()));
      const W = Array.from({ length: features }, () => unitVector(rng, inputs));
      return { X, W };
    }),
  };
}

export interface DescentSweepOptions {
  /** Feature counts p, increasing, each in [1, features]. */
  ps: number[];
  /** Ridge strengths λ ≥ 0 (0: minimum-norm least squares). */
  alphas: number[];
  /** Cut-off for λ = 0 (default ε·max(n, p), numpy's lstsq). */
  rcond?: number;
}

/** Per (draw, p, λ): [test₀, test₂, train₀, train₂]; each error, averaged over the noise, is e₀ + σ²·e₂. */
export const COEFFS = 4;

export interface DescentSweep {
  ps: number[];
  alphas: number[];
  draws: number;
  /** Length draws·ps·alphas·COEFFS, index ((draw·ps + pIndex)·alphas + alphaIndex)·COEFFS. */
  coeffs: Float64Array;
}

/** The sweep, one (draw, p) per `advance()` (so that a worker can slice it). */
export function createDescentSweep(task: DescentTask, opts: DescentSweepOptions) {
  const o = checkOptions(opts);
  const { samples: n, inputs: d, features: P, beta } = task;
  checkVector(beta, d, 'beta');
  task.draws.forEach(({ X, W }, k) => {
    const shape = (M: unknown, name: string, rows: number) => {
      const [r, cols] = checkMatrix(M, name);
      if (r !== rows || cols !== d) throw new RangeError(`${name} is ${r}×${cols}, expected ${rows}×${d}`);
    };
    shape(X, `draws[${k}].X`, n);
    shape(W, `draws[${k}].W`, P);
  });
  if (!Array.isArray(o.ps) || o.ps.length === 0) throw new RangeError('ps must be a non-empty array of feature counts');
  const ps = (o.ps as unknown[]).map((p, k) => integerIn(p, `ps[${k}]`, 1, P));
  ps.forEach((p, k) => {
    if (k > 0 && p <= ps[k - 1]!) throw new RangeError(`ps must increase: ps[${k}] = ${p} follows ${ps[k - 1]}`);
  });
  if (!Array.isArray(o.alphas) || o.alphas.length === 0) throw new RangeError('alphas must be a non-empty array of penalties');
  const alphas = (o.alphas as unknown[]).map((a, k) => numberIn(a, `alphas[${k}]`, 0, MAX_ABS_VALUE));
  const rcondOf = (p: number) => numberIn(o.rcond, 'rcond', 0, 1, defaultRcond(n, p));
  const L = alphas.length;
  const coeffs = new Float64Array(task.draws.length * ps.length * L * COEFFS);
  const bb = beta.reduce((s, b) => s + b * b, 0);

  let draw = -1;
  let next = ps.length;
  // The current draw: features F (n×P, unscaled), Σ = E[relu(Wx)·relu(Wx)ᵀ] (P×P, unscaled),
  // c = E[relu(Wx)·βᵀx] = Wβ/2, and the noiseless targets a = Xβ.
  let F: Float64Array = new Float64Array(0);
  let S: Float64Array = new Float64Array(0);
  let c: Float64Array = new Float64Array(0);
  let a: Float64Array = new Float64Array(0);

  function startDraw(k: number): void {
    const { X, W } = task.draws[k]!;
    F = reluMatrix(X, W);
    S = reluKernelMatrix(W);
    c = Float64Array.from(W, (w) => w.reduce((t, wk, j) => t + wk * beta[j]!, 0) / 2);
    a = Float64Array.from(X, (x) => x.reduce((t, xk, j) => t + xk * beta[j]!, 0));
  }

  function fitAt(pIndex: number): void {
    const p = ps[pIndex]!;
    const scale = 1 / Math.sqrt(p);
    const Phi = new Float64Array(n * p);
    for (let k = 0; k < n * p; k++) Phi[k] = F[k]! * scale;
    const { r, u, s, v } = thinSvd(Phi, n, p);
    // ca = Uᵀa, the part of a outside span(U) (p < n only), and in the basis V of the weights:
    // M = Vᵀ·Σ_φ·V and m = Vᵀ·c_φ, with Σ_φ = Σ/p and c_φ = c/√p for the features scaled by 1/√p.
    const ca = new Float64Array(r);
    for (let k = 0; k < r; k++) for (let i = 0; i < n; i++) ca[k] += u[i + k * n]! * a[i]!;
    let outside = 0;
    for (let i = 0; i < n && r < n; i++) {
      let ra = a[i]!;
      for (let k = 0; k < r; k++) ra -= u[i + k * n]! * ca[k]!;
      outside += ra * ra;
    }
    const SV = new Float64Array(p * r);
    for (let k = 0; k < r; k++) {
      for (let l = 0; l < p; l++) {
        const vlk = v[l + k * p]!;
        if (vlk === 0) continue;
        for (let j = 0; j < p; j++) SV[j + k * p] += S[j + l * P]! * vlk;
      }
    }
    const M = new Float64Array(r * r);
    const m = new Float64Array(r);
    for (let k = 0; k < r; k++) {
      for (let l = 0; l <= k; l++) {
        let t = 0;
        for (let j = 0; j < p; j++) t += v[j + k * p]! * SV[j + l * p]!;
        M[k + l * r] = t / p;
        M[l + k * r] = t / p;
      }
      let t = 0;
      for (let j = 0; j < p; j++) t += v[j + k * p]! * c[j]!;
      m[k] = t * scale;
    }
    const rcond = rcondOf(p);
    const h = new Float64Array(r);
    alphas.forEach((alpha, l) => {
      const g = spectralFactors(s, alpha, n, rcond);
      // w = V·h with h_k = g_k·(u_kᵀy); y − Φw = (I − UUᵀ)y + Σ_k (1 − s_k g_k)·(u_kᵀy)·u_k.
      // For y = a + σε with ε ~ N(0, I): Uᵀε ~ N(0, I_r) and E‖(I − UUᵀ)ε‖² = n − r.
      let train0 = outside;
      let train2 = n - r;
      let test2 = 1;
      for (let k = 0; k < r; k++) {
        h[k] = g[k]! * ca[k]!;
        const keep = (1 - s[k]! * g[k]!) ** 2;
        train0 += keep * ca[k]! * ca[k]!;
        train2 += keep;
        test2 += g[k]! * g[k]! * M[k + k * r]!;
      }
      let quad = 0;
      let lin = 0;
      for (let k = 0; k < r; k++) {
        let t = 0;
        for (let kk = 0; kk < r; kk++) t += M[k + kk * r]! * h[kk]!;
        quad += h[k]! * t;
        lin += h[k]! * m[k]!;
      }
      const at = ((draw * ps.length + pIndex) * L + l) * COEFFS;
      coeffs[at] = quad - 2 * lin + bb;
      coeffs[at + 1] = test2;
      coeffs[at + 2] = train0 / n;
      coeffs[at + 3] = train2 / n;
    });
  }

  return {
    /** Fits one (draw, p); true once every draw and p is done. */
    advance(): boolean {
      if (next >= ps.length) {
        if (draw + 1 >= task.draws.length) return true;
        startDraw(++draw);
        next = 0;
      }
      fitAt(next++);
      return next >= ps.length && draw + 1 >= task.draws.length;
    },
    result(): DescentSweep {
      return { ps: [...ps], alphas: [...alphas], draws: task.draws.length, coeffs };
    },
  };
}

/** The whole sweep at once (build time, tests). */
export function doubleDescentSweep(task: DescentTask, opts: DescentSweepOptions): DescentSweep {
  const sweep = createDescentSweep(task, opts);
  while (!sweep.advance());
  return sweep.result();
}

/** Test and training error of one draw at (pIndex, alphaIndex) for noise level σ, averaged over the noise. */
export function drawErrors(sweep: DescentSweep, draw: number, pIndex: number, alphaIndex: number, noise: number): { test: number; train: number } {
  const at = ((draw * sweep.ps.length + pIndex) * sweep.alphas.length + alphaIndex) * COEFFS;
  const c = sweep.coeffs;
  const s2 = noise * noise;
  return { test: c[at]! + s2 * c[at + 1]!, train: c[at + 2]! + s2 * c[at + 3]! };
}

const median = (values: number[]): number => {
  const v = [...values].sort((x, y) => x - y);
  const mid = v.length >> 1;
  return v.length % 2 === 1 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
};

/** Median over the draws of the test and training errors at every p, for λ = alphas[alphaIndex] and noise σ. */
export function descentCurve(sweep: DescentSweep, alphaIndex: number, noise: number): { test: number[]; train: number[] } {
  const sigma = numberIn(noise, 'noise', 0, MAX_ABS_VALUE);
  integerIn(alphaIndex, 'alphaIndex', 0, sweep.alphas.length - 1);
  const test: number[] = [];
  const train: number[] = [];
  for (let j = 0; j < sweep.ps.length; j++) {
    const errors = Array.from({ length: sweep.draws }, (_, k) => drawErrors(sweep, k, j, alphaIndex, sigma));
    test.push(median(errors.map((x) => x.test)));
    train.push(median(errors.map((x) => x.train)));
  }
  return { test, train };
}
