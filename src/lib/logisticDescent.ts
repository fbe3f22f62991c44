// Plain full-batch gradient descent on L2-penalised binary logistic regression, y ∈ {0, 1}:
//   minimise (1/n)·Σ log(1 + e^{η_i}) − y_i·η_i + (α/2)·‖w‖²,   η = Xw + b,
// the objective of fitLogistic with l1Ratio = 0 (intercept not penalised). Where fitLogistic
// solves the problem, this walks towards it one step at a time, so that what happens on the way
// can be watched: on linearly separable data with α = 0 there is no minimiser and ‖w‖ grows
// without bound (about like log t, Soudry et al. 2018); with α > 0 it settles at fitLogistic's answer.
import { log1pExp, sigmoid } from './logistic';
import { booleanOr, checkLabels, checkOptions, checkVector, integerIn, numberIn, toColumnMajor, MAX_ABS_VALUE } from './validate';

export interface LogisticDescentOptions {
  /** L2 strength α ≥ 0 (penalty (α/2)·‖w‖²; 0 = none). */
  alpha: number;
  /**
   * Step size η > 0. Default 1/L with L = (‖X‖²_F + n)/(4n) + α, an upper bound on the
   * curvature of the objective (‖[X 1]‖²_F bounds the largest eigenvalue of [X 1]ᵀ[X 1], and
   * σ′ ≤ 1/4), so every default step lowers the objective.
   */
  learningRate?: number;
  fitIntercept?: boolean;
}

export interface LogisticDescent {
  /** Weights after the steps so far (a copy). */
  readonly coef: number[];
  readonly intercept: number;
  /** Steps taken. */
  readonly iteration: number;
  readonly learningRate: number;
  /** Takes `count` gradient steps (default 1). */
  step(count?: number): void;
  /** The penalised objective at the current weights. */
  objective(): number;
  /** Euclidean norm of the objective's gradient (weights and intercept) at the current weights. */
  gradientNorm(): number;
}

/** Steps one call may take at once (a guard against a runaway loop, not a limit on the run). */
export const MAX_STEPS_PER_CALL = 1e8;

/** Gradient descent on the penalised mean log-loss, starting from w = 0, b = 0. */
export function createLogisticDescent(X: number[][], y: number[], opts: LogisticDescentOptions): LogisticDescent {
  const o = checkOptions(opts);
  const alpha = numberIn(o.alpha, 'alpha', 0, MAX_ABS_VALUE);
  const fitIntercept = booleanOr(o.fitIntercept, 'fitIntercept', true);
  const { n, p, data } = toColumnMajor(X);
  checkVector(y, n);
  checkLabels(y);
  let frobenius = 0;
  for (let k = 0; k < data.length; k++) frobenius += data[k] * data[k];
  const curvature = (frobenius + (fitIntercept ? n : 0)) / (4 * n) + alpha;
  const eta = numberIn(o.learningRate, 'learningRate', 0, MAX_ABS_VALUE, 1 / curvature);
  if (eta === 0) throw new RangeError('learningRate must be > 0, got 0');

  const labels = Float64Array.from(y);
  const w = new Float64Array(p);
  const gw = new Float64Array(p);
  const lin = new Float64Array(n);
  const r = new Float64Array(n);
  let b = 0;
  let gb = 0;
  let iteration = 0;

  /** η = Xw + b into lin. */
  const linear = () => {
    lin.fill(b);
    for (let j = 0; j < p; j++) {
      const wj = w[j];
      if (wj === 0) continue;
      const off = j * n;
      for (let i = 0; i < n; i++) lin[i] += data[off + i] * wj;
    }
  };
  /** The gradient at the current weights into gw, gb. */
  const gradient = () => {
    linear();
    let s = 0;
    for (let i = 0; i < n; i++) {
      r[i] = sigmoid(lin[i]) - labels[i];
      s += r[i];
    }
    gb = fitIntercept ? s / n : 0;
    for (let j = 0; j < p; j++) {
      const off = j * n;
      let g = 0;
      for (let i = 0; i < n; i++) g += data[off + i] * r[i];
      gw[j] = g / n + alpha * w[j];
    }
  };

  return {
    get coef() {
      return Array.from(w);
    },
    get intercept() {
      return b;
    },
    get iteration() {
      return iteration;
    },
    learningRate: eta,
    step(count = 1) {
      const k = integerIn(count, 'count', 0, MAX_STEPS_PER_CALL);
      for (let t = 0; t < k; t++) {
        gradient();
        for (let j = 0; j < p; j++) w[j] -= eta * gw[j];
        b -= eta * gb;
        iteration++;
      }
      for (let j = 0; j < p; j++) {
        if (!Number.isFinite(w[j])) throw new RangeError(`weight ${j} is not finite after ${iteration} steps; lower learningRate or rescale X`);
      }
    },
    objective() {
      linear();
      let loss = 0;
      let sq = 0;
      for (let i = 0; i < n; i++) loss += log1pExp(lin[i]) - labels[i] * lin[i];
      for (let j = 0; j < p; j++) sq += w[j] * w[j];
      return loss / n + (alpha / 2) * sq;
    },
    gradientNorm() {
      gradient();
      let s = gb * gb;
      for (let j = 0; j < p; j++) s += gw[j] * gw[j];
      return Math.sqrt(s);
    },
  };
}
