// Forward and backward pass for one sample, with preallocated buffers (no allocation per
// sample). Dropout and DropConnect use the inverted convention: a kept unit (or weight) is
// scaled by 1/(1 − p) during training, so inference uses the network as it is — for DropConnect
// that is the full weight matrix, the mean of the masked ones ("mean inference").
import type { Rng } from '../prng';
import { activate, derivative, sigmoid, softplus } from './activations';
import type { Network } from './network';

/** infer: no masks; train: draw fresh masks; fixed: reuse the masks already in the pass. */
export type PassMode = 'infer' | 'train' | 'fixed';

export interface Pass {
  /** Drop probability of hidden units, in [0, 1). */
  readonly dropout: number;
  /** Drop probability of each weight (not bias), in [0, 1). */
  readonly dropConnect: number;
  /** z[l]: pre-activation of layer l + 1. */
  readonly z: Float64Array[];
  /** h[l]: f(z[l]) before dropout (the output layer keeps its raw z). */
  readonly h: Float64Array[];
  /** a[0] is the input; a[l + 1] is the output of layer l + 1 after dropout and scaling. */
  readonly a: Float64Array[];
  /** delta[l] = ∂loss/∂z[l]. */
  readonly delta: Float64Array[];
  /** unitMask[l] for hidden layer l + 1 (1 = kept). Holds the last sample's mask. */
  readonly unitMask: Uint8Array[];
  /** weightMask[l], same layout as W_l (1 = kept). Holds the last sample's mask. */
  readonly weightMask: Uint8Array[];
}

export function createPass(net: Network, dropout = 0, dropConnect = 0): Pass {
  const s = net.sizes;
  const L = s.length - 1;
  const layers = (k: number) => Array.from({ length: L }, (_, l) => new Float64Array(s[l + k]));
  return {
    dropout,
    dropConnect,
    z: layers(1),
    h: layers(1),
    a: Array.from({ length: L + 1 }, (_, l) => new Float64Array(s[l])),
    delta: layers(1),
    unitMask: Array.from({ length: L - 1 }, (_, l) => new Uint8Array(s[l + 1]).fill(1)),
    weightMask: Array.from({ length: L }, (_, l) => new Uint8Array(s[l] * s[l + 1]).fill(1)),
  };
}

/** Keeps each entry with probability 1 − p (to 2⁻³² resolution: one 32-bit draw per entry). */
function drawMask(mask: Uint8Array, p: number, rng: Rng): void {
  const threshold = Math.round(p * 4294967296);
  for (let k = 0; k < mask.length; k++) mask[k] = rng.nextUint32() >= threshold ? 1 : 0;
}

/** Runs x (sizes[0] numbers from offset xOff) through the network; the output is in pass.z[L−1]. */
export function forward(net: Network, pass: Pass, x: ArrayLike<number>, xOff: number, mode: PassMode, rng: Rng | null): void {
  const { sizes, params, activation } = net;
  const L = sizes.length - 1;
  const a0 = pass.a[0];
  for (let i = 0; i < sizes[0]; i++) a0[i] = x[xOff + i];
  const masked = mode !== 'infer';
  const fresh = mode === 'train';
  if (fresh && (pass.dropout > 0 || pass.dropConnect > 0) && rng === null) {
    throw new RangeError('training with dropout or DropConnect needs a random generator');
  }
  const dc = masked && pass.dropConnect > 0;
  const dcScale = 1 / (1 - pass.dropConnect);
  for (let l = 0; l < L; l++) {
    const nIn = sizes[l];
    const nOut = sizes[l + 1];
    const w = net.wOff[l];
    const b = net.bOff[l];
    const aIn = pass.a[l];
    const z = pass.z[l];
    const wm = pass.weightMask[l];
    if (dc && fresh) drawMask(wm, pass.dropConnect, rng as Rng);
    for (let j = 0; j < nOut; j++) {
      let s = 0;
      const row = w + j * nIn;
      if (dc) {
        for (let i = 0; i < nIn; i++) s += wm[j * nIn + i] * params[row + i] * aIn[i];
        s *= dcScale;
      } else {
        for (let i = 0; i < nIn; i++) s += params[row + i] * aIn[i];
      }
      z[j] = s + params[b + j];
    }
    const h = pass.h[l];
    const aOut = pass.a[l + 1];
    if (l === L - 1) {
      h.set(z);
      aOut.set(z);
      break;
    }
    for (let j = 0; j < nOut; j++) h[j] = activate(activation, z[j]);
    if (masked && pass.dropout > 0) {
      const um = pass.unitMask[l];
      if (fresh) drawMask(um, pass.dropout, rng as Rng);
      const scale = 1 / (1 - pass.dropout);
      for (let j = 0; j < nOut; j++) aOut[j] = um[j] ? h[j] * scale : 0;
    } else {
      aOut.set(h);
    }
  }
}

/** Loss of one sample from the output pre-activations (cross-entropy from logits, or ½r²). */
export function sampleLoss(net: Network, out: Float64Array, t: ArrayLike<number>, tOff: number): number {
  let loss = 0;
  for (let k = 0; k < out.length; k++) {
    const y = t[tOff + k];
    if (net.task === 'binary') loss += softplus(out[k]) - y * out[k];
    else loss += 0.5 * (out[k] - y) ** 2;
  }
  return loss;
}

/**
 * Backpropagates the sample last sent through forward() (same mode, so the same masks) and
 * adds scale·∂loss/∂θ to grads. Returns the sample's loss.
 */
export function backward(net: Network, pass: Pass, t: ArrayLike<number>, tOff: number, grads: Float64Array, scale: number, mode: PassMode): number {
  const { sizes, params, activation } = net;
  const L = sizes.length - 1;
  const out = pass.z[L - 1];
  const dOut = pass.delta[L - 1];
  for (let k = 0; k < out.length; k++) {
    const y = t[tOff + k];
    dOut[k] = net.task === 'binary' ? sigmoid(out[k]) - y : out[k] - y;
  }
  const loss = sampleLoss(net, out, t, tOff);
  const masked = mode !== 'infer';
  const dc = masked && pass.dropConnect > 0;
  const dcScale = 1 / (1 - pass.dropConnect);
  const dropScale = 1 / (1 - pass.dropout);
  for (let l = L - 1; l >= 0; l--) {
    const nIn = sizes[l];
    const nOut = sizes[l + 1];
    const w = net.wOff[l];
    const b = net.bOff[l];
    const aIn = pass.a[l];
    const d = pass.delta[l];
    const wm = pass.weightMask[l];
    for (let j = 0; j < nOut; j++) {
      const g = scale * d[j];
      grads[b + j] += g;
      const row = w + j * nIn;
      if (dc) {
        const gs = g * dcScale;
        for (let i = 0; i < nIn; i++) grads[row + i] += wm[j * nIn + i] * gs * aIn[i];
      } else {
        for (let i = 0; i < nIn; i++) grads[row + i] += g * aIn[i];
      }
    }
    if (l === 0) break;
    // ∂loss/∂a of the layer below, then through dropout and the activation.
    const prev = pass.delta[l - 1];
    prev.fill(0);
    for (let j = 0; j < nOut; j++) {
      const dj = dc ? d[j] * dcScale : d[j];
      const row = w + j * nIn;
      if (dc) {
        for (let i = 0; i < nIn; i++) prev[i] += wm[j * nIn + i] * params[row + i] * dj;
      } else {
        for (let i = 0; i < nIn; i++) prev[i] += params[row + i] * dj;
      }
    }
    const z = pass.z[l - 1];
    const h = pass.h[l - 1];
    const um = pass.unitMask[l - 1];
    const drop = masked && pass.dropout > 0;
    for (let i = 0; i < nIn; i++) {
      if (drop && !um[i]) prev[i] = 0;
      else prev[i] *= derivative(activation, z[i], h[i]) * (drop ? dropScale : 1);
    }
  }
  return loss;
}
