/**
 * Numbers the prose quotes from the early-stopping demo (see src/demos/quotes.ts): the seeded run
 * that the page draws (400 epochs, about 1 s, run once per build), with early stopping replayed
 * at the default patience and at a patience of 100, as the demo's status line and table write them.
 */
import { defaults } from '../kit/params';
import type { QuoteSet } from '../quotes';
import { type EpochRow, MAX_EPOCHS, N_TRAIN, STOPPING_SPECS, decide, runAll } from './model';
import { fmtDelta, fmtLoss } from './render';

const DEFAULTS = defaults(STOPPING_SPECS);
/** "With patience 100 it waits until …". */
const LONG_PATIENCE = 100;

let run: EpochRow[] | undefined;
const rows = (): EpochRow[] => (run ??= runAll(DEFAULTS.seed));
const decision = (patience: number) => decide(rows(), patience, DEFAULTS.delta);
const row = (epoch: number): EpochRow => rows()[epoch - 1]!;

export const quotes: QuoteSet = {
  nTrain: () => String(N_TRAIN),
  'patience.default': () => String(DEFAULTS.patience),
  'delta.default': () => fmtDelta(DEFAULTS.delta),
  /** Defaults: where it stops, the epoch it restores, and the test loss of those weights and of the full run. */
  stopEpoch: () => String(decision(DEFAULTS.patience).stopEpoch),
  bestEpoch: () => String(decision(DEFAULTS.patience).bestEpoch),
  'testLoss.restored': () => fmtLoss(row(decision(DEFAULTS.patience).bestEpoch).testLoss),
  'testLoss.full': () => fmtLoss(row(MAX_EPOCHS).testLoss),
  /** Patience 100: where it stops, the epoch it restores, and the test loss of the weights at the stop (not restored). */
  'long.patience': () => String(LONG_PATIENCE),
  'long.stopEpoch': () => String(decision(LONG_PATIENCE).stopEpoch),
  'long.bestEpoch': () => String(decision(LONG_PATIENCE).bestEpoch),
  'long.testLossAtStop': () => fmtLoss(row(decision(LONG_PATIENCE).stopEpoch).testLoss),
};
