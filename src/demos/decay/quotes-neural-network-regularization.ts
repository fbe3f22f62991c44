/**
 * Numbers that the exercises of the neural-network article quote from the weight-decay demo
 * (src/demos/quotes.ts): the four runs at the default λ and at λ = 0.1 (the exercise's link),
 * as the demo's status line and table write them. Each λ trains four small networks for 200
 * epochs, once per build.
 */
import { formatNumber } from '../kit/format';
import { settle } from '../kit/params';
import type { QuoteSet } from '../quotes';
import { runDecay } from './model';
import { DECAY_SPECS, type DecayEpoch, RUNS } from './specs';

const runs = new Map<number, DecayEpoch[]>();
function run(lambda: number): DecayEpoch[] {
  const at = settle(DECAY_SPECS.lambda, lambda);
  let epochs = runs.get(at);
  if (!epochs) runs.set(at, (epochs = runDecay(at)));
  return epochs;
}
const index = (key: (typeof RUNS)[number]['key']) => RUNS.findIndex((r) => r.key === key);
/** Final validation loss and ‖W‖₂ of one run, with the table's three decimals. */
const valLoss = (lambda: number, key: (typeof RUNS)[number]['key']) => run(lambda).at(-1)!.valLoss[index(key)]!.toFixed(3);
const norm = (lambda: number, key: (typeof RUNS)[number]['key']) => run(lambda).at(-1)!.norms[index(key)]!.toFixed(3);

export const quotes: QuoteSet = {
  'nnReg.adamL2ValAtDefault': () => valLoss(DECAY_SPECS.lambda.default, 'adamL2'),
  'nnReg.adamWValAtDefault': () => valLoss(DECAY_SPECS.lambda.default, 'adamWd'),
  /**
   * A power of ten above the status line's "largest difference under SGD": the rounding error
   * itself differs between JavaScript engines (7.2×10⁻¹⁶ in Node, 7.8×10⁻¹⁶ in Chromium), its size does not.
   */
  'nnReg.sgdDiffBelowAt01': () => formatNumber(10 ** Math.ceil(Math.log10(Math.max(...run(0.1).map((e) => e.diffSgd))))),
  'nnReg.sgdValAt01': () => valLoss(0.1, 'sgdL2'),
  'nnReg.adamL2ValAt01': () => valLoss(0.1, 'adamL2'),
  'nnReg.adamWValAt01': () => valLoss(0.1, 'adamWd'),
  'nnReg.adamL2NormAt01': () => norm(0.1, 'adamL2'),
  'nnReg.adamWNormAt01': () => norm(0.1, 'adamWd'),
};
