// Early stopping on a monitored loss (mode "min"), with Keras's EarlyStopping semantics
// (Prechelt 1998, "Early Stopping — But When?"):
//   improvement ⇔ value < best − minDelta; otherwise wait += 1;
//   stop once wait ≥ patience; the weights of the best epoch are kept for restoring.
import { checkOptions, integerIn, numberIn } from '../validate';

export interface EarlyStoppingOptions {
  /** Epochs without improvement before stopping (integer ≥ 0; default 10). */
  patience?: number;
  /** Smallest decrease that counts as an improvement (≥ 0; default 0). */
  minDelta?: number;
}

export interface EarlyStopping<W> {
  readonly patience: number;
  readonly minDelta: number;
  /** Best value so far (Infinity before the first update). */
  readonly bestValue: number;
  /** Epoch of the best value (-1 before the first update). */
  readonly bestEpoch: number;
  /** Snapshot taken at the best epoch (null before the first update). */
  readonly bestWeights: W | null;
  /** Epochs since the last improvement. */
  readonly wait: number;
  /** Epoch at which stopping was decided, or -1. */
  readonly stoppedEpoch: number;
  readonly shouldStop: boolean;
  /**
   * Records the value of an epoch; snapshot() is called only on improvement and must return a
   * copy. Returns true when training should stop.
   */
  update(epoch: number, value: number, snapshot: () => W): boolean;
}

export function createEarlyStopping<W>(options: EarlyStoppingOptions = {}): EarlyStopping<W> {
  const o = checkOptions(options);
  const patience = integerIn(o.patience, 'patience', 0, 1e9, 10);
  const minDelta = numberIn(o.minDelta, 'minDelta', 0, Infinity, 0);
  let bestValue = Infinity;
  let bestEpoch = -1;
  let bestWeights: W | null = null;
  let wait = 0;
  let stoppedEpoch = -1;
  return {
    patience,
    minDelta,
    get bestValue() {
      return bestValue;
    },
    get bestEpoch() {
      return bestEpoch;
    },
    get bestWeights() {
      return bestWeights;
    },
    get wait() {
      return wait;
    },
    get stoppedEpoch() {
      return stoppedEpoch;
    },
    get shouldStop() {
      return stoppedEpoch >= 0;
    },
    update(epoch, value, snapshot) {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new RangeError(`monitored value at epoch ${epoch} is ${String(value)}, expected a finite number`);
      }
      if (stoppedEpoch >= 0) return true;
      if (value < bestValue - minDelta) {
        bestValue = value;
        bestEpoch = epoch;
        bestWeights = snapshot();
        wait = 0;
        return false;
      }
      wait += 1;
      if (wait >= patience) stoppedEpoch = epoch;
      return stoppedEpoch >= 0;
    },
  };
}
