/**
 * Numbers that the exercises of the dropout page quote from its demo (see src/demos/quotes.ts):
 * the losses at the end of the run on the moons with p = 0.3 (the default) and p = 0.6
 * (`?dropout.rate=0.6#dropout`), and on the spirals with p = 0.3 (`?dropout.data=spirals#dropout`).
 * Each run trains for a second or so; finalFrame keeps it for the other language.
 */
import type { QuoteSet } from '../quotes';
import { type DropoutSettings, type EpochPoint, finalFrame } from './model';
import { fmtAccuracy, fmtLoss } from './render';

const MOONS_03: DropoutSettings = { rate: 0.3, connect: false, data: 'moons' };
const MOONS_06: DropoutSettings = { rate: 0.6, connect: false, data: 'moons' };
const SPIRALS_03: DropoutSettings = { rate: 0.3, connect: false, data: 'spirals' };

/** The last epoch of the network with the chosen rate ('drop') or of the one without dropout ('base'). */
const last = (s: DropoutSettings, net: 'drop' | 'base'): EpochPoint => finalFrame(s).history[net].at(-1)!;
const loss = (s: DropoutSettings, net: 'drop' | 'base', key: 'trainLoss' | 'valLoss') => () => fmtLoss(last(s, net)[key]);
const gap = (s: DropoutSettings, net: 'drop' | 'base') => () => fmtLoss(last(s, net).valLoss - last(s, net).trainLoss);

export const quotes: QuoteSet = {
  'dropout.train03': loss(MOONS_03, 'drop', 'trainLoss'),
  'dropout.val03': loss(MOONS_03, 'drop', 'valLoss'),
  'dropout.gap03': gap(MOONS_03, 'drop'),
  'dropout.baseTrain': loss(MOONS_03, 'base', 'trainLoss'),
  'dropout.baseVal': loss(MOONS_03, 'base', 'valLoss'),
  'dropout.baseGap': gap(MOONS_03, 'base'),
  'dropout.train06': loss(MOONS_06, 'drop', 'trainLoss'),
  'dropout.val06': loss(MOONS_06, 'drop', 'valLoss'),
  'dropout.spiralsTrain': loss(SPIRALS_03, 'drop', 'trainLoss'),
  'dropout.spiralsVal': loss(SPIRALS_03, 'drop', 'valLoss'),
  'dropout.spiralsBaseTrain': loss(SPIRALS_03, 'base', 'trainLoss'),
  'dropout.spiralsBaseVal': loss(SPIRALS_03, 'base', 'valLoss'),
  'dropout.spiralsTrainAcc': () => fmtAccuracy(last(SPIRALS_03, 'drop').trainAccuracy),
  'dropout.spiralsBaseTrainAcc': () => fmtAccuracy(last(SPIRALS_03, 'base').trainAccuracy),
};
