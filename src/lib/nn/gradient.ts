// Mean loss and gradient over a minibatch, and evaluation over a whole data set.
// Data are flat row-major Float64Arrays: X is n × sizes[0], Y is n × (outputs).
import type { Rng } from '../prng';
import type { Network } from './network';
import { type Pass, type PassMode, backward, forward, sampleLoss } from './pass';

/**
 * Sets grads to the gradient of
 *   (1/m)·Σ loss(rows[start … end−1]) + (l2/2)·‖W‖²     (weights only, not biases)
 * and returns the mean data loss (without the penalty).
 */
export function batchGradient(
  net: Network,
  pass: Pass,
  X: Float64Array,
  Y: Float64Array,
  rows: ArrayLike<number>,
  start: number,
  end: number,
  grads: Float64Array,
  l2: number,
  mode: PassMode,
  rng: Rng | null,
): number {
  const nIn = net.sizes[0];
  const nOut = net.sizes[net.sizes.length - 1];
  const m = end - start;
  grads.fill(0);
  let loss = 0;
  for (let r = start; r < end; r++) {
    const i = rows[r];
    forward(net, pass, X, i * nIn, mode, rng);
    loss += backward(net, pass, Y, i * nOut, grads, 1 / m, mode);
  }
  if (l2 > 0) {
    const { params, isWeight } = net;
    for (let k = 0; k < params.length; k++) if (isWeight[k]) grads[k] += l2 * params[k];
  }
  return loss / m;
}

export interface Evaluation {
  /** Mean data loss (cross-entropy, or ½·squared error), no penalty. */
  loss: number;
  /** Fraction correct at threshold 0.5 (binary task); null for regression. */
  accuracy: number | null;
}

/** Inference-mode loss and accuracy over the first n rows. */
export function evaluateFlat(net: Network, pass: Pass, X: Float64Array, Y: Float64Array, n: number): Evaluation {
  const nIn = net.sizes[0];
  const nOut = net.sizes[net.sizes.length - 1];
  const out = pass.z[pass.z.length - 1];
  let loss = 0;
  let correct = 0;
  for (let i = 0; i < n; i++) {
    forward(net, pass, X, i * nIn, 'infer', null);
    loss += sampleLoss(net, out, Y, i * nOut);
    if (net.task === 'binary') {
      let ok = true;
      for (let k = 0; k < nOut; k++) if (out[k] >= 0 !== Y[i * nOut + k] >= 0.5) ok = false;
      if (ok) correct++;
    }
  }
  return { loss: loss / n, accuracy: net.task === 'binary' ? correct / n : null };
}
