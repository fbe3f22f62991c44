// Minibatch training of an MLP, one step at a time so a Web Worker can drive it (no timers).
// One seeded generator feeds, in order: the initial weights, then each epoch's shuffle and
// each sample's dropout/DropConnect masks. Same seed and options → the same run, bit for bit.
import { createRng } from '../prng';
import { MAX_ABS_VALUE, checkOptions, integerIn, numberIn } from '../validate';
import type { Activation } from './activations';
import { type Evaluation, batchGradient, evaluateFlat } from './gradient';
import { dropProbability, flattenInputs, flattenTargets, positive } from './inputs';
import {
  type Network,
  type SerializedNetwork,
  type Task,
  allocateNetwork,
  checkActivation,
  checkSizes,
  checkTask,
  initialize,
  loadInto,
  serialize,
  weightNormSquared,
} from './network';
import { OPTIMIZERS, type OptimizerName, createOptimizerState, optimizerStep } from './optimizers';
import { createPass, forward } from './pass';

export interface TrainerOptions {
  /** [inputs, hidden…, outputs], e.g. [2, 16, 16, 1]. */
  layerSizes: number[];
  /** Hidden activation (default 'tanh'). */
  activation?: Activation;
  /** 'binary' (sigmoid + cross-entropy, default) or 'regression' (linear + ½·squared error). */
  task?: Task;
  /** Default 'adam'. */
  optimizer?: OptimizerName;
  /** η (default 0.01 for Adam, 0.1 otherwise). */
  learningRate?: number;
  momentum?: number;
  beta1?: number;
  beta2?: number;
  epsilon?: number;
  /** Minibatch size (default 32; capped at the number of samples). */
  batchSize?: number;
  /** λ of the penalty (λ/2)‖W‖² added to the loss (weights only). */
  l2?: number;
  /** λ of decoupled weight decay w ← w − η·λ·w (weights only). */
  weightDecay?: number;
  /** Drop probability of hidden units (inverted dropout). */
  dropout?: number;
  /** Drop probability of each weight (DropConnect, inverted scaling, mean inference). */
  dropConnect?: number;
  /** Integer seed in [0, 2³²) (default 0). */
  seed?: number;
}

export interface TrainingData {
  X: number[][];
  /** number[] for one output, number[][] for several. */
  y: number[] | number[][];
  XVal?: number[][];
  yVal?: number[] | number[][];
}

export interface EpochMetrics {
  /** 1 for the first epoch. */
  epoch: number;
  /** Inference-mode mean loss on the training set (no penalty, no dropout). */
  trainLoss: number;
  trainAccuracy: number | null;
  valLoss: number | null;
  valAccuracy: number | null;
  /** ‖W‖² over weights (not biases). */
  weightNormSquared: number;
}

export interface StepResult {
  /** Epoch this step belongs to (1-based) and its minibatch index (0-based). */
  epoch: number;
  batch: number;
  /** Mean training loss of the minibatch, as trained (with masks, without the penalty). */
  batchLoss: number;
  /** Set when this step finished an epoch. */
  metrics: EpochMetrics | null;
}

export interface Masks {
  /** Per hidden layer, 1 = kept (last sample of the last step). */
  units: Uint8Array[];
  /** Per weight matrix, row-major like W (1 = kept). */
  weights: Uint8Array[];
}

export interface Trainer {
  readonly network: Network;
  readonly history: readonly EpochMetrics[];
  /** Completed epochs. */
  readonly epoch: number;
  readonly batchesPerEpoch: number;
  step(): StepResult;
  trainEpoch(): EpochMetrics;
  evaluate(X: number[][], y: number[] | number[][]): Evaluation;
  /** Outputs per row: probabilities (binary) or values (regression). */
  predict(X: number[][]): number[][];
  /** Fast path for grids: X flat (n × inputs) → out flat (n × outputs), reused if given. */
  predictFlat(X: Float64Array, out?: Float64Array): Float64Array;
  masks(): Masks;
  getWeights(): SerializedNetwork;
  setWeights(w: SerializedNetwork): void;
}

export function createTrainer(data: TrainingData, options: TrainerOptions): Trainer {
  const o = checkOptions(options);
  const d = checkOptions(data);
  const sizes = checkSizes(o.layerSizes);
  const activation = checkActivation(o.activation ?? 'tanh');
  const task = checkTask(o.task ?? 'binary');
  const name = (o.optimizer ?? 'adam') as OptimizerName;
  if (!OPTIMIZERS.includes(name)) {
    throw new RangeError(`optimizer must be one of ${OPTIMIZERS.join(', ')}, got ${String(name)}`);
  }
  const learningRate = positive(o.learningRate, 'learningRate', name === 'adam' ? 0.01 : 0.1);
  const settings = {
    name,
    learningRate,
    momentum: numberIn(o.momentum, 'momentum', 0, 0.999999, 0.9),
    beta1: numberIn(o.beta1, 'beta1', 0, 0.999999, 0.9),
    beta2: numberIn(o.beta2, 'beta2', 0, 0.999999999, 0.999),
    epsilon: positive(o.epsilon, 'epsilon', 1e-8),
    weightDecay: numberIn(o.weightDecay, 'weightDecay', 0, 1e6, 0),
  };
  const l2 = numberIn(o.l2, 'l2', 0, 1e6, 0);
  const dropout = dropProbability(o.dropout, 'dropout');
  const dropConnect = dropProbability(o.dropConnect, 'dropConnect');
  const seed = integerIn(o.seed, 'seed', 0, 0xffffffff, 0);
  const nIn = sizes[0];
  const nOut = sizes[sizes.length - 1];
  const X = flattenInputs(d.X, nIn, 'X');
  const n = X.length / nIn;
  const Y = flattenTargets(d.y, n, nOut, task, 'y');
  const batchSize = Math.min(integerIn(o.batchSize, 'batchSize', 1, 1e9, 32), n);
  let XVal: Float64Array | null = null;
  let YVal: Float64Array | null = null;
  if (d.XVal !== undefined || d.yVal !== undefined) {
    XVal = flattenInputs(d.XVal, nIn, 'XVal');
    YVal = flattenTargets(d.yVal, XVal.length / nIn, nOut, task, 'yVal');
  }

  const rng = createRng(seed);
  const net = allocateNetwork(sizes, activation, task);
  initialize(net, rng);
  const pass = createPass(net, dropout, dropConnect);
  const evalPass = createPass(net);
  const grads = new Float64Array(net.params.length);
  const backup = new Float64Array(net.params.length);
  const opt = createOptimizerState(net.params.length, settings);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const batchesPerEpoch = Math.ceil(n / batchSize);
  const history: EpochMetrics[] = [];
  let epoch = 0;
  let batch = 0;

  const metrics = (): EpochMetrics => {
    const tr = evaluateFlat(net, evalPass, X, Y, n);
    const va = XVal && YVal ? evaluateFlat(net, evalPass, XVal, YVal, XVal.length / nIn) : null;
    return {
      epoch: epoch + 1,
      trainLoss: tr.loss,
      trainAccuracy: tr.accuracy,
      valLoss: va ? va.loss : null,
      valAccuracy: va ? va.accuracy : null,
      weightNormSquared: weightNormSquared(net),
    };
  };

  const step = (): StepResult => {
    if (batch === 0) {
      for (let i = n - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        const t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
    }
    const start = batch * batchSize;
    const end = Math.min(start + batchSize, n);
    const loss = batchGradient(net, pass, X, Y, order, start, end, grads, l2, 'train', rng);
    backup.set(net.params);
    optimizerStep(opt, net.params, grads, net.isWeight);
    let finite = Number.isFinite(loss);
    for (let k = 0; finite && k < net.params.length; k++) {
      finite = Math.abs(net.params[k]) <= MAX_ABS_VALUE;
    }
    if (!finite) {
      net.params.set(backup);
      throw new RangeError(`training diverged at epoch ${epoch + 1}, batch ${batch} (loss ${loss}); lower the learning rate`);
    }
    const result: StepResult = { epoch: epoch + 1, batch, batchLoss: loss, metrics: null };
    batch += 1;
    if (batch === batchesPerEpoch) {
      result.metrics = metrics();
      history.push(result.metrics);
      epoch += 1;
      batch = 0;
    }
    return result;
  };

  const predictFlat = (Xf: Float64Array, out?: Float64Array): Float64Array => {
    if (Xf.length % nIn !== 0) throw new RangeError(`X has ${Xf.length} numbers, not a multiple of ${nIn}`);
    for (let k = 0; k < Xf.length; k++) {
      if (!Number.isFinite(Xf[k])) throw new RangeError(`X entry ${k} = ${Xf[k]} is not finite`);
    }
    const m = Xf.length / nIn;
    const res = out ?? new Float64Array(m * nOut);
    if (res.length !== m * nOut) throw new RangeError(`out must hold ${m * nOut} numbers`);
    const z = evalPass.z[evalPass.z.length - 1];
    for (let i = 0; i < m; i++) {
      forward(net, evalPass, Xf, i * nIn, 'infer', null);
      for (let k = 0; k < nOut; k++) {
        res[i * nOut + k] = task === 'binary' ? 1 / (1 + Math.exp(-z[k])) : z[k];
      }
    }
    return res;
  };

  return {
    network: net,
    history,
    get epoch() {
      return epoch;
    },
    batchesPerEpoch,
    step,
    trainEpoch(): EpochMetrics {
      // At most one epoch of steps (batch may be mid-epoch after single steps).
      for (;;) {
        const r = step();
        if (r.metrics) return r.metrics;
      }
    },
    evaluate(Xe, ye): Evaluation {
      const xf = flattenInputs(Xe, nIn, 'X');
      return evaluateFlat(net, evalPass, xf, flattenTargets(ye, xf.length / nIn, nOut, task, 'y'), xf.length / nIn);
    },
    predict(Xp): number[][] {
      const out = predictFlat(flattenInputs(Xp, nIn, 'X'));
      return Array.from({ length: out.length / nOut }, (_, i) => Array.from(out.subarray(i * nOut, (i + 1) * nOut)));
    },
    predictFlat,
    masks: () => ({ units: pass.unitMask.map((m) => m.slice()), weights: pass.weightMask.map((m) => m.slice()) }),
    getWeights: () => serialize(net),
    setWeights: (w) => loadInto(net, w),
  };
}
