// A fully connected network stored as one flat Float64Array of parameters, layer by layer:
// W₀ (sizes[1] × sizes[0], row-major: row = receiving unit), b₀, W₁, b₁, … The flat layout
// lets optimizers, weight decay and serialization treat every parameter alike.
import type { Rng } from '../prng';
import { ACTIVATIONS, type Activation } from './activations';

/** binary: sigmoid output with cross-entropy; regression: linear output with ½·squared error. */
export type Task = 'binary' | 'regression';

export interface Network {
  /** Units per layer: [inputs, hidden…, outputs]. */
  readonly sizes: readonly number[];
  /** Activation of every hidden layer. */
  readonly activation: Activation;
  readonly task: Task;
  readonly params: Float64Array;
  /** Offset of W_l and b_l in params, for l = 0 … sizes.length − 2. */
  readonly wOff: readonly number[];
  readonly bOff: readonly number[];
  /** 1 where params holds a weight, 0 for a bias (penalties and decay skip biases). */
  readonly isWeight: Uint8Array;
}

/** Plain JSON-able weights, for postMessage and for restoring a snapshot. */
export interface SerializedNetwork {
  sizes: number[];
  activation: Activation;
  task: Task;
  params: number[];
}

/** Largest layer accepted (keeps buffers small and loops bounded). */
export const MAX_UNITS = 4096;

export function checkSizes(sizes: unknown): number[] {
  if (!Array.isArray(sizes) || sizes.length < 2) {
    throw new RangeError('layerSizes must be an array [inputs, hidden…, outputs] of length >= 2');
  }
  return sizes.map((s: unknown, k) => {
    if (typeof s !== 'number' || !Number.isInteger(s) || s < 1 || s > MAX_UNITS) {
      throw new RangeError(`layerSizes[${k}] must be an integer in [1, ${MAX_UNITS}], got ${String(s)}`);
    }
    return s;
  });
}

export function checkActivation(f: unknown): Activation {
  if (!ACTIVATIONS.includes(f as Activation)) {
    throw new RangeError(`activation must be one of ${ACTIVATIONS.join(', ')}, got ${String(f)}`);
  }
  return f as Activation;
}

export function checkTask(t: unknown): Task {
  if (t !== 'binary' && t !== 'regression') {
    throw new RangeError(`task must be 'binary' or 'regression', got ${String(t)}`);
  }
  return t;
}

/** Allocates a network with zero parameters (see initialize). */
export function allocateNetwork(sizes: readonly number[], activation: Activation, task: Task): Network {
  const wOff: number[] = [];
  const bOff: number[] = [];
  let n = 0;
  for (let l = 0; l + 1 < sizes.length; l++) {
    wOff.push(n);
    n += sizes[l] * sizes[l + 1];
    bOff.push(n);
    n += sizes[l + 1];
  }
  const isWeight = new Uint8Array(n);
  for (let l = 0; l < wOff.length; l++) isWeight.fill(1, wOff[l], bOff[l]);
  return { sizes: [...sizes], activation, task, params: new Float64Array(n), wOff, bOff, isWeight };
}

/**
 * Random weights, zero biases. ReLU layers: He normal, N(0, 2/fanIn). Other layers: Glorot
 * uniform, U(±√(6/(fanIn + fanOut))). The output layer always uses Glorot.
 */
export function initialize(net: Network, rng: Rng): void {
  const { sizes, params } = net;
  params.fill(0);
  for (let l = 0; l < net.wOff.length; l++) {
    const fanIn = sizes[l];
    const fanOut = sizes[l + 1];
    const he = net.activation === 'relu' && l + 1 < net.wOff.length;
    const sd = Math.sqrt(2 / fanIn);
    const limit = Math.sqrt(6 / (fanIn + fanOut));
    for (let k = net.wOff[l]; k < net.bOff[l]; k++) {
      params[k] = he ? sd * rng.normal() : limit * (2 * rng.uniform() - 1);
    }
  }
}

export function serialize(net: Network): SerializedNetwork {
  return {
    sizes: [...net.sizes],
    activation: net.activation,
    task: net.task,
    params: Array.from(net.params),
  };
}

/** Copies serialized weights into net; the architecture must match. */
export function loadInto(net: Network, w: SerializedNetwork): void {
  if (typeof w !== 'object' || w === null) throw new RangeError('weights must be an object');
  const sizes = checkSizes(w.sizes);
  if (sizes.length !== net.sizes.length || sizes.some((s, k) => s !== net.sizes[k])) {
    throw new RangeError(`weights are for layers [${sizes}], the network has [${net.sizes}]`);
  }
  if (w.activation !== net.activation || w.task !== net.task) {
    throw new RangeError(`weights are for ${String(w.activation)}/${String(w.task)}, the network is ${net.activation}/${net.task}`);
  }
  if (!Array.isArray(w.params) || w.params.length !== net.params.length) {
    throw new RangeError(`weights.params must hold ${net.params.length} numbers`);
  }
  for (let k = 0; k < w.params.length; k++) {
    const v: unknown = w.params[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new RangeError(`weights.params[${k}] must be a finite number, got ${String(v)}`);
    }
  }
  net.params.set(w.params);
}

/** Σ w² over weights only (not biases). */
export function weightNormSquared(net: Network): number {
  let s = 0;
  const { params, isWeight } = net;
  for (let k = 0; k < params.length; k++) if (isWeight[k]) s += params[k] * params[k];
  return s;
}
