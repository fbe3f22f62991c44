// Parameter updates over the flat parameter vector.
//   sgd:      θ ← θ − η·g
//   momentum: v ← μ·v + g;  θ ← θ − η·v                     (PyTorch's convention)
//   adam:     m ← β₁m + (1−β₁)g;  v ← β₂v + (1−β₂)g²;  θ ← θ − η·m̂/(√v̂ + ε)   (Kingma & Ba 2015)
// Decoupled weight decay (Loshchilov & Hutter 2019, "AdamW") is applied outside the adaptive
// step, from the weights before the step: θ ← θ − η·(step) − η·λ·θ, on weights only.
// With plain SGD this equals an L2 penalty (λ/2)‖W‖² in the loss (gradient λW) with the same λ;
// with momentum or Adam the two differ. (The paper writes the decay as λ' = η·λ.)

export type OptimizerName = 'sgd' | 'momentum' | 'adam';

export const OPTIMIZERS: readonly OptimizerName[] = ['sgd', 'momentum', 'adam'];

export interface OptimizerSettings {
  name: OptimizerName;
  /** η > 0. */
  learningRate: number;
  /** μ for 'momentum' (default 0.9). */
  momentum: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  /** Decoupled decay λ ≥ 0 on weights (default 0). */
  weightDecay: number;
}

export interface OptimizerState {
  readonly settings: OptimizerSettings;
  /** Updates taken so far (Adam's bias correction uses it). */
  t: number;
  /** Velocity (momentum) or first moment (Adam). */
  readonly m: Float64Array;
  /** Second moment (Adam). */
  readonly v: Float64Array;
}

export function createOptimizerState(nParams: number, settings: OptimizerSettings): OptimizerState {
  return { settings: { ...settings }, t: 0, m: new Float64Array(nParams), v: new Float64Array(nParams) };
}

/** One update of params from grads; isWeight marks which entries decay. */
export function optimizerStep(state: OptimizerState, params: Float64Array, grads: Float64Array, isWeight: Uint8Array): void {
  const { name, learningRate: lr, momentum: mu, beta1, beta2, epsilon, weightDecay: wd } = state.settings;
  const { m, v } = state;
  state.t += 1;
  const c1 = 1 - beta1 ** state.t;
  const c2 = 1 - beta2 ** state.t;
  for (let k = 0; k < params.length; k++) {
    const g = grads[k];
    const theta = params[k];
    let step: number;
    if (name === 'sgd') {
      step = g;
    } else if (name === 'momentum') {
      m[k] = mu * m[k] + g;
      step = m[k];
    } else {
      m[k] = beta1 * m[k] + (1 - beta1) * g;
      v[k] = beta2 * v[k] + (1 - beta2) * g * g;
      step = m[k] / c1 / (Math.sqrt(v[k] / c2) + epsilon);
    }
    params[k] = theta - lr * step - (isWeight[k] ? lr * wd * theta : 0);
  }
}
