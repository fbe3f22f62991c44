/**
 * The dropout demo's computation: two small networks trained side by side on the same noisy
 * 2-D data from the same seed, one with the chosen dropout (or DropConnect) rate and one with
 * rate 0. Pure (no DOM): the jobs (jobs.ts) drive it step by step, and the component runs it to
 * the end at build time for the no-JS figures and table.
 */
import { type Activation, type ClassificationData, type EpochMetrics, type Trainer, createTrainer, makeMoons, makeSpirals } from '../../lib';
import type { ParamSpec } from '../kit/params';

export const DATASETS = ['moons', 'spirals'] as const;
export type DatasetName = (typeof DATASETS)[number];

/** The rate slider's step; URL values are rounded to it. */
export const RATE_STEP = 0.05;
export const MAX_RATE = 0.7;

export const DROPOUT_SPECS = {
  rate: { kind: 'number', min: 0, max: MAX_RATE, default: 0.3, step: RATE_STEP },
  connect: { kind: 'boolean', default: false },
  data: { kind: 'enum', values: DATASETS, default: 'moons' },
  speed: { kind: 'number', min: 1, max: 4, default: 3, integer: true },
} satisfies Record<string, ParamSpec>;

export interface DropoutSettings {
  /** Drop probability p of the left network, in [0, 0.7]. */
  rate: number;
  /** Drop weights (DropConnect) instead of hidden units. */
  connect: boolean;
  data: DatasetName;
}

export const roundRate = (rate: number) => Math.min(MAX_RATE, Math.max(0, Number((Math.round(rate / RATE_STEP) * RATE_STEP).toFixed(2))));
/** The rate as the page writes it: 0.3, 0.35, 0. */
export const fmtRate = (rate: number) => String(Number(roundRate(rate).toFixed(2)));

/** Hidden layers of both networks (the drawing shows every unit). */
export const HIDDEN = [16, 16] as const;
export const LAYERS = [2, ...HIDDEN, 1];
export const BATCH_SIZE = 16;
/** Seed of the initial weights (and of the shuffles and masks). */
export const TRAIN_SEED = 3;
const DATA_SEED = 1;
const VAL_SEED = 101;
export const N_VAL = 300;
/** The decision boundary is evaluated at GRID × GRID cell centres. */
export const GRID = 40;

export interface DatasetConfig {
  nTrain: number;
  noise: number;
  /** Coordinates are multiplied by this (spirals: radius 1 → 2, easier for the network). */
  scale: number;
  /** Plotted square [x0, x1] × [y0, y1]. */
  extent: [number, number, number, number];
  activation: Activation;
  learningRate: number;
  /** Length of one run (build time and live). */
  epochs: number;
}

/**
 * Chosen so that the network without dropout overfits clearly within the run (validation
 * loss rises while training loss falls) and a moderate rate keeps validation loss lower.
 * Spirals need ReLU units to be learnable at this size.
 */
export const DATASET_CONFIG: Record<DatasetName, DatasetConfig> = {
  moons: { nTrain: 60, noise: 0.3, scale: 1, extent: [-1.5, 2.5, -1.6, 2.4], activation: 'tanh', learningRate: 0.03, epochs: 300 },
  spirals: { nTrain: 100, noise: 0.05, scale: 2, extent: [-2.4, 2.4, -2.4, 2.4], activation: 'relu', learningRate: 0.02, epochs: 300 },
};

export interface DemoData {
  train: ClassificationData;
  val: ClassificationData;
}

const dataCache = new Map<DatasetName, DemoData>();

export function demoData(name: DatasetName): DemoData {
  let d = dataCache.get(name);
  if (!d) {
    const c = DATASET_CONFIG[name];
    const make = name === 'moons' ? makeMoons : makeSpirals;
    const scaled = (s: ClassificationData): ClassificationData => ({ X: s.X.map(([a, b]) => [a! * c.scale, b! * c.scale]), y: s.y });
    d = {
      train: scaled(make({ nSamples: c.nTrain, noise: c.noise, seed: DATA_SEED })),
      val: scaled(make({ nSamples: N_VAL, noise: c.noise, seed: VAL_SEED })),
    };
    dataCache.set(name, d);
  }
  return d;
}

/** Cell centres of the grid, row 0 at the top (largest y), flat [x, y, x, y, …]. */
export function gridInputs(extent: DatasetConfig['extent']): Float64Array {
  const [x0, x1, y0, y1] = extent;
  const out = new Float64Array(GRID * GRID * 2);
  for (let r = 0; r < GRID; r++) {
    for (let c = 0; c < GRID; c++) {
      out[2 * (r * GRID + c)] = x0 + ((c + 0.5) / GRID) * (x1 - x0);
      out[2 * (r * GRID + c) + 1] = y1 - ((r + 0.5) / GRID) * (y1 - y0);
    }
  }
  return out;
}

/** Metrics of one epoch as the charts need them. */
export interface EpochPoint {
  trainLoss: number;
  valLoss: number;
  trainAccuracy: number;
  valAccuracy: number;
}

export interface RunFrame {
  settings: DropoutSettings;
  /** Completed epochs, and the run's length. */
  epoch: number;
  epochs: number;
  /** Minibatch steps taken so far. */
  steps: number;
  done: boolean;
  /** history[k] is epoch k + 1, for the network with the chosen rate and for rate 0. */
  history: { drop: EpochPoint[]; base: EpochPoint[] };
  /** P(class 1) at the grid's cell centres, row-major from the top row. */
  grid: { drop: number[]; base: number[] };
  /** Parameters of the network with the chosen rate (layout of src/lib/nn/network.ts). */
  params: number[];
  /** Masks of the last sample of the last step: hidden units, and weights per matrix (1 = kept). */
  masks: { units: number[][]; weights: number[][] };
}

export interface Run {
  readonly settings: DropoutSettings;
  readonly epochs: number;
  readonly batchesPerEpoch: number;
  readonly done: boolean;
  /** Advances both networks by up to n minibatch steps (stops at the end of the run). */
  advance(n: number): void;
  frame(): RunFrame;
}

const point = (m: EpochMetrics): EpochPoint => ({
  trainLoss: m.trainLoss,
  valLoss: m.valLoss ?? Number.NaN,
  trainAccuracy: m.trainAccuracy ?? Number.NaN,
  valAccuracy: m.valAccuracy ?? Number.NaN,
});

export function createRun(settings: DropoutSettings): Run {
  const s: DropoutSettings = { rate: roundRate(settings.rate), connect: settings.connect, data: settings.data };
  const config = DATASET_CONFIG[s.data];
  const { train, val } = demoData(s.data);
  const data = { X: train.X, y: train.y, XVal: val.X, yVal: val.y };
  const common = {
    layerSizes: LAYERS,
    activation: config.activation,
    learningRate: config.learningRate,
    batchSize: BATCH_SIZE,
    seed: TRAIN_SEED,
  };
  const drop: Trainer = createTrainer(data, { ...common, dropout: s.connect ? 0 : s.rate, dropConnect: s.connect ? s.rate : 0 });
  const base: Trainer = createTrainer(data, common);
  const inputs = gridInputs(config.extent);
  const out = new Float64Array(GRID * GRID);
  let steps = 0;
  const total = config.epochs * drop.batchesPerEpoch;
  const predict = (t: Trainer) => Array.from(t.predictFlat(inputs, out));
  return {
    settings: s,
    epochs: config.epochs,
    batchesPerEpoch: drop.batchesPerEpoch,
    get done() {
      return steps >= total;
    },
    advance(n: number) {
      for (let k = 0; k < n && steps < total; k++) {
        drop.step();
        base.step();
        steps += 1;
      }
    },
    frame(): RunFrame {
      const m = drop.masks();
      return {
        settings: { ...s },
        epoch: drop.epoch,
        epochs: config.epochs,
        steps,
        done: steps >= total,
        history: { drop: drop.history.map(point), base: base.history.map(point) },
        grid: { drop: predict(drop), base: predict(base) },
        params: Array.from(drop.network.params),
        masks: { units: m.units.map((u) => Array.from(u)), weights: m.weights.map((w) => Array.from(w)) },
      };
    },
  };
}

const finished = new Map<string, RunFrame>();

/** The frame at the end of a whole run (cached: the build renders each language from it). */
export function finalFrame(settings: DropoutSettings): RunFrame {
  const key = `${fmtRate(settings.rate)}|${settings.connect ? 1 : 0}|${settings.data}`;
  let f = finished.get(key);
  if (!f) {
    const run = createRun(settings);
    run.advance(Number.POSITIVE_INFINITY);
    f = run.frame();
    finished.set(key, f);
  }
  return f;
}

/**
 * Speed levels: minibatch steps or whole epochs per tick, and the tick interval in ms. Level 1
 * is slow enough to follow the masks step by step.
 */
export const SPEEDS: Record<number, { count: number; unit: 'step' | 'epoch'; interval: number }> = {
  1: { count: 1, unit: 'step', interval: 400 },
  2: { count: 1, unit: 'step', interval: 40 },
  3: { count: 1, unit: 'epoch', interval: 40 },
  4: { count: 5, unit: 'epoch', interval: 40 },
};

export function speedOf(speed: number) {
  return SPEEDS[speed] ?? SPEEDS[DROPOUT_SPECS.speed.default]!;
}

export function stepsPerTick(speed: number, batchesPerEpoch: number): number {
  const s = speedOf(speed);
  return s.unit === 'epoch' ? s.count * batchesPerEpoch : s.count;
}
