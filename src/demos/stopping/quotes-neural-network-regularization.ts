/**
 * Numbers that the exercises of the neural-network article quote from the early-stopping demo
 * (src/demos/quotes.ts): where early stopping stops and which epoch it restores at the default
 * patience (30; the keys are named after it, the values follow the default, which the article
 * quotes as `stopping.patience.default`), at 10 (the exercise's link) and at 3, with the test
 * losses of the demo's table. The run itself is the demo's default sample, trained once per build.
 */
import type { QuoteSet } from '../quotes';
import { type EpochRow, STOPPING_SPECS, decide, runAll } from './model';
import { fmtLoss } from './render';

let rows: EpochRow[] | undefined;
const run = () => (rows ??= runAll(STOPPING_SPECS.seed.default));
const at = (patience: number) => decide(run(), patience, STOPPING_SPECS.delta.default);
/** Test loss of the weights of an epoch (1-based), as the table writes it. */
const testLoss = (epoch: number) => fmtLoss(run()[epoch - 1]!.testLoss);
const DEFAULT_PATIENCE = STOPPING_SPECS.patience.default;

export const quotes: QuoteSet = {
  'nnReg.stopAt30': () => String(at(DEFAULT_PATIENCE).stopEpoch),
  'nnReg.stopAt10': () => String(at(10).stopEpoch),
  'nnReg.stopAt3': () => String(at(3).stopEpoch),
  'nnReg.bestAt30': () => String(at(DEFAULT_PATIENCE).bestEpoch),
  'nnReg.bestAt10': () => String(at(10).bestEpoch),
  'nnReg.bestAt3': () => String(at(3).bestEpoch),
  /** Early stopping: the restored best weights. */
  'nnReg.restoredAt10': () => testLoss(at(10).bestEpoch),
  'nnReg.restoredAt3': () => testLoss(at(3).bestEpoch),
  /** The weights at the stop, had they not been restored. */
  'nnReg.notRestoredAt30': () => testLoss(at(DEFAULT_PATIENCE).stopEpoch),
  'nnReg.notRestoredAt10': () => testLoss(at(10).stopEpoch),
};
