/**
 * Numbers that the exercises of the dropout page quote from its demo (see src/demos/quotes.ts):
 * the losses at the end of the run in the demo's first state (two moons at the default rate,
 * p = 0.3; the keys are named after it, the values follow the default, which the page quotes as
 * `dropout.rate.default`), at p = 0.6 (`?dropout.rate=0.6#dropout`), and on the spirals at the
 * default rate (`?dropout.data=spirals#dropout`). Each run trains for a second or so; finalFrame
 * keeps it for the other language.
 */
import type { QuoteSet } from '../quotes';
import { DROPOUT_SPECS, type DatasetName, type DropoutSettings, type EpochPoint, finalFrame } from './model';
import { fmtAccuracy, fmtLoss } from './render';

/** The demo's first state: its defaults. */
const FIRST: DropoutSettings = { rate: DROPOUT_SPECS.rate.default, connect: DROPOUT_SPECS.connect.default, data: DROPOUT_SPECS.data.default as DatasetName };
const MOONS_06: DropoutSettings = { ...FIRST, rate: 0.6 };
const SPIRALS: DropoutSettings = { ...FIRST, data: 'spirals' };

/** The last epoch of the network with the chosen rate ('drop') or of the one without dropout ('base'). */
const last = (s: DropoutSettings, net: 'drop' | 'base'): EpochPoint => finalFrame(s).history[net].at(-1)!;
const loss = (s: DropoutSettings, net: 'drop' | 'base', key: 'trainLoss' | 'valLoss') => () => fmtLoss(last(s, net)[key]);
const gap = (s: DropoutSettings, net: 'drop' | 'base') => () => fmtLoss(last(s, net).valLoss - last(s, net).trainLoss);

export const quotes: QuoteSet = {
  'dropout.train03': loss(FIRST, 'drop', 'trainLoss'),
  'dropout.val03': loss(FIRST, 'drop', 'valLoss'),
  'dropout.gap03': gap(FIRST, 'drop'),
  'dropout.baseTrain': loss(FIRST, 'base', 'trainLoss'),
  'dropout.baseVal': loss(FIRST, 'base', 'valLoss'),
  'dropout.train06': loss(MOONS_06, 'drop', 'trainLoss'),
  'dropout.val06': loss(MOONS_06, 'drop', 'valLoss'),
  'dropout.spiralsVal': loss(SPIRALS, 'drop', 'valLoss'),
  'dropout.spiralsBaseVal': loss(SPIRALS, 'base', 'valLoss'),
  'dropout.spiralsTrainAcc': () => fmtAccuracy(last(SPIRALS, 'drop').trainAccuracy),
  'dropout.spiralsBaseTrainAcc': () => fmtAccuracy(last(SPIRALS, 'base').trainAccuracy),
};
