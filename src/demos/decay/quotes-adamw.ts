/**
 * Numbers the AdamW page quotes from the weight-decay demo (src/demos/quotes.ts): what the demo
 * shows as the λ slider moves. The sweep trains the demo's four runs (runDecay, same network,
 * data and seed) at every λ of the slider's grid and keeps the last epoch, as the table shows it.
 * That is 17 × 4 networks, about 7 s of CPU, so it is kept in the disk cache of src/demos/quote-cache.ts,
 * keyed by this file and all the code it imports: a build without code changes reads it in milliseconds.
 */
import { formatFixed } from '../kit/format';
import { settle } from '../kit/params';
import { cached } from '../quote-cache';
import type { QuoteSet } from '../quotes';
import { runDecay } from './model';
import { fmtLambda } from './render';
import { DECAY_SPECS, RUNS } from './specs';

type RunKey = (typeof RUNS)[number]['key'];
/** The last epoch of the four runs at one λ: ‖W‖₂, training and validation loss, in RUNS order. */
export interface SweepPoint {
  lambda: number;
  norms: number[];
  trainLoss: number[];
  valLoss: number[];
}

/** Every λ the slider can take, smallest first. */
export function lambdaGrid(): number[] {
  const spec = DECAY_SPECS.lambda;
  const out: number[] = [];
  for (let k = 0; ; k++) {
    const v = settle(spec, 10 ** (Math.log10(spec.min) + k * spec.step));
    if (out.length > 0 && v <= out.at(-1)!) return out;
    out.push(v);
  }
}

let memo: SweepPoint[] | undefined;
/** The demo's result at every λ of the slider (from the cache when the code has not changed). */
export function decaySweep(): SweepPoint[] {
  const grid = lambdaGrid();
  return (memo ??= cached({ name: 'decay-sweep', entry: 'src/demos/decay/quotes-adamw.ts', inputs: grid }, () =>
    grid.map((lambda) => {
      const last = runDecay(lambda).at(-1)!;
      return { lambda, norms: last.norms, trainLoss: last.trainLoss, valLoss: last.valLoss };
    }),
  ));
}

const at = (key: RunKey) => RUNS.findIndex((r) => r.key === key);
/** What the page calls "nearly zero": a final ‖W‖₂ below this (the table shows three decimals). */
export const NEAR_ZERO = 0.01;
/** The runs whose weights the page says collapse: the penalty inside the gradient. */
export const COLLAPSING: readonly RunKey[] = ['sgdL2', 'adamL2'];

/** The smallest λ of the slider from which on (at it and every larger λ) the collapsing runs end below NEAR_ZERO. */
export function collapseIndex(sweep = decaySweep()): number {
  const below = (p: SweepPoint) => COLLAPSING.every((key) => p.norms[at(key)]! < NEAR_ZERO);
  let k = sweep.length;
  while (k > 0 && below(sweep[k - 1]!)) k--;
  if (k === sweep.length) throw new Error(`decay quotes: no λ of the slider drives the L2 runs below ‖W‖₂ = ${NEAR_ZERO}`);
  return k;
}
/** The λ of the slider with the lowest final validation loss of one run. */
export function bestIndex(key: RunKey, sweep = decaySweep()): number {
  return sweep.reduce((best, p, k) => (p.valLoss[at(key)]! < sweep[best]!.valLoss[at(key)]! ? k : best), 0);
}
/** Training and validation losses of the collapsing runs from the collapse on. */
export function collapsedLosses(sweep = decaySweep()): number[] {
  return sweep.slice(collapseIndex(sweep)).flatMap((p) => COLLAPSING.flatMap((key) => [p.trainLoss[at(key)]!, p.valLoss[at(key)]!]));
}

const point = (k: number) => decaySweep()[k]!;
/** A validation loss with the table's three decimals. */
const val = (k: number, key: RunKey) => point(k).valLoss[at(key)]!.toFixed(3);

export const quotes: QuoteSet = {
  'adamw.nearZero': () => String(NEAR_ZERO),
  'adamw.collapseFrom': () => fmtLambda(point(collapseIndex()).lambda),
  /** The losses the collapsed runs stick at: their mean, two decimals (each is within 0.01 of it, a test checks). */
  'adamw.collapsedLoss': () => {
    const losses = collapsedLosses();
    return formatFixed(losses.reduce((a, b) => a + b, 0) / losses.length, 2);
  },
  /** AdamW's ‖W‖₂ where the others collapse, with the status line's two decimals. */
  'adamw.adamWNormAtCollapse': () => point(collapseIndex()).norms[at('adamWd')]!.toFixed(2),
  'adamw.adamWBestLambda': () => fmtLambda(point(bestIndex('adamWd')).lambda),
  'adamw.adamWBestVal': () => val(bestIndex('adamWd'), 'adamWd'),
  'adamw.adamWValAtMax': () => val(decaySweep().length - 1, 'adamWd'),
  'adamw.adamL2BestLambda': () => fmtLambda(point(bestIndex('adamL2')).lambda),
  'adamw.adamL2BestVal': () => val(bestIndex('adamL2'), 'adamL2'),
};
