/**
 * Numbers that the exercises of the early-stopping page quote from its demo (see
 * src/demos/quotes.ts): where early stopping stops and which epoch it restores at the default
 * patience (30; the keys are named after it, the values follow the default, which the page quotes
 * as `stopping.patience.default`), at 100 (`?stopping.patience=100#stopping`) and at 1
 * (`?stopping.patience=1#stopping`), and the test losses the demo's table shows. The 400-epoch
 * run is trained once (about a second).
 */
import type { QuoteSet } from '../quotes';
import { type EpochRow, MAX_EPOCHS, STOPPING_SPECS, decide, runAll } from './model';
import { fmtLoss } from './render';

let rows: EpochRow[] | undefined;
const run = (): EpochRow[] => (rows ??= runAll(STOPPING_SPECS.seed.default));
const at = (patience: number) => decide(run(), patience, STOPPING_SPECS.delta.default);
const row = (epoch: number) => run()[epoch - 1]!;
const DEFAULT_PATIENCE = STOPPING_SPECS.patience.default;

export const quotes: QuoteSet = {
  'es.stop30': () => String(at(DEFAULT_PATIENCE).stopEpoch),
  'es.best30': () => String(at(DEFAULT_PATIENCE).bestEpoch),
  'es.stop100': () => String(at(100).stopEpoch),
  'es.best100': () => String(at(100).bestEpoch),
  'es.stop1': () => String(at(1).stopEpoch),
  'es.best1': () => String(at(1).bestEpoch),
  'es.testBest30': () => fmtLoss(row(at(DEFAULT_PATIENCE).bestEpoch).testLoss),
  'es.testStop100': () => fmtLoss(row(at(100).stopEpoch).testLoss),
  'es.testBest1': () => fmtLoss(row(at(1).bestEpoch).testLoss),
  'es.testFull': () => fmtLoss(row(MAX_EPOCHS).testLoss),
  'es.maxEpochs': () => String(MAX_EPOCHS),
};
