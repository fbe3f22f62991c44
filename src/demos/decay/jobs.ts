/** The decay demo's jobs for the compute channel (in its worker, or on the page as a fallback). */
import { type Handlers, type JobContext, sliced } from '../kit/host';
import { createDecayRuns } from './model';
import type { DecayEpoch } from './specs';

export const handlers = {
  /** The four runs at one λ, every epoch; undefined when a newer λ superseded it. */
  train(lambda: number, job: JobContext): Promise<DecayEpoch[] | undefined> {
    const runs = createDecayRuns(lambda);
    const epochs: DecayEpoch[] = [];
    return sliced(
      job,
      () => {
        if (!runs.done) epochs.push(runs.next());
        return runs.done;
      },
      () => epochs,
    );
  },
} satisfies Handlers;
