/**
 * Numbers the prose quotes from the dropout demo (see src/demos/quotes.ts), from the run to the
 * end that the page draws at its defaults (two moons, p = 0.3): `finalFrame` is cached, so the
 * component and the quotes share one run per build.
 */
import { formatFixed } from '../kit/format';
import type { QuoteSet } from '../quotes';
import { DATASET_CONFIG, DROPOUT_SPECS, type DatasetName, type DropoutSettings, finalFrame, fmtRate } from './model';

const DEFAULTS: DropoutSettings = { rate: DROPOUT_SPECS.rate.default, connect: DROPOUT_SPECS.connect.default, data: DROPOUT_SPECS.data.default as DatasetName };
/** Validation loss after the last epoch, two decimals: the network with the default rate, and the one with p = 0. */
const finalValLoss = (net: 'drop' | 'base'): string => formatFixed(finalFrame(DEFAULTS).history[net].at(-1)!.valLoss, 2);

export const quotes: QuoteSet = {
  'rate.default': () => fmtRate(DEFAULTS.rate),
  epochs: () => String(DATASET_CONFIG[DEFAULTS.data].epochs),
  'valLoss.default': () => finalValLoss('drop'),
  'valLoss.none': () => finalValLoss('base'),
};
