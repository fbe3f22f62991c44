/**
 * Numbers the prose quotes from the weight-decay demo (see src/demos/quotes.ts), from the same
 * seeded run at the default λ that the page draws (four trainers, 200 epochs, about 0.3 s; run
 * once per build).
 */
import { formatFixed, formatNumber } from '../kit/format';
import type { QuoteSet } from '../quotes';
import { runDecay } from './model';
import { fmtLambda } from './render';
import { DECAY_SPECS, type DecayEpoch, EPOCHS, RUNS } from './specs';

let run: DecayEpoch[] | undefined;
const epochs = (): DecayEpoch[] => (run ??= runDecay(DECAY_SPECS.lambda.default));
/** ‖W‖₂ of one run after the last epoch, one decimal. */
const finalNorm = (key: (typeof RUNS)[number]['key']): string => formatFixed(epochs().at(-1)!.norms[RUNS.findIndex((r) => r.key === key)]!, 1);

export const quotes: QuoteSet = {
  /** The λ slider's default and right end, as the slider writes them. */
  'lambda.default': () => fmtLambda(DECAY_SPECS.lambda.default),
  'lambda.max': () => fmtLambda(DECAY_SPECS.lambda.max),
  epochs: () => String(EPOCHS),
  'norm.adamL2': () => finalNorm('adamL2'),
  'norm.adamWd': () => finalNorm('adamWd'),
  /** The order of magnitude of the largest SGD difference (L2 against weight decay) over the run: 10⁻¹⁵. */
  'diffSgd.order': () => formatNumber(10 ** Math.round(Math.log10(Math.max(...epochs().map((e) => e.diffSgd))))),
};
