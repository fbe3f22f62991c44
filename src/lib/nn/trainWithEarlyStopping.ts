// Convenience loop: train for at most maxEpochs, stop early on validation loss and restore the
// best epoch's weights. Workers that need control between epochs call trainEpoch() and an
// EarlyStopping monitor themselves, exactly as below.
import { checkOptions, integerIn } from '../validate';
import { type EarlyStoppingOptions, createEarlyStopping } from './earlyStopping';
import type { SerializedNetwork } from './network';
import type { EpochMetrics, Trainer } from './trainer';

export interface TrainWithEarlyStoppingOptions extends EarlyStoppingOptions {
  /** Upper bound on epochs (integer in [1, 100000]). */
  maxEpochs: number;
  /** Stop early on validation loss (needs validation data; default true). */
  earlyStopping?: boolean;
}

export interface TrainWithEarlyStoppingResult {
  history: EpochMetrics[];
  /** Epoch (1-based) whose weights the trainer holds at the end. */
  bestEpoch: number;
  /** Epoch at which early stopping fired, or -1 if it ran to maxEpochs. */
  stoppedEpoch: number;
}

export function trainWithEarlyStopping(trainer: Trainer, options: TrainWithEarlyStoppingOptions): TrainWithEarlyStoppingResult {
  const o = checkOptions(options);
  const maxEpochs = integerIn(o.maxEpochs, 'maxEpochs', 1, 100000);
  const useEs = o.earlyStopping !== false;
  const es = createEarlyStopping<SerializedNetwork>(options);
  const history: EpochMetrics[] = [];
  for (let e = 0; e < maxEpochs; e++) {
    const m = trainer.trainEpoch();
    history.push(m);
    if (!useEs) continue;
    if (m.valLoss === null) throw new RangeError('early stopping needs validation data (XVal, yVal)');
    if (es.update(m.epoch, m.valLoss, () => trainer.getWeights())) break;
  }
  if (!useEs || es.bestWeights === null) {
    return { history, bestEpoch: history[history.length - 1].epoch, stoppedEpoch: -1 };
  }
  trainer.setWeights(es.bestWeights);
  return { history, bestEpoch: es.bestEpoch, stoppedEpoch: es.stoppedEpoch };
}
