/** The decay demo's jobs for the compute channel (in its worker, or on the page as a fallback). */
import type { Handlers, JobContext } from '../kit/host';
import { type DecayEpoch, createDecayRuns } from './model';

/** Epochs are trained in slices of this many milliseconds; between slices a newer job can cut in. */
const SLICE_MS = 12;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

export const handlers = {
  /** The four runs at one λ, every epoch; undefined when a newer λ superseded it. */
  async train(lambda: number, job: JobContext): Promise<DecayEpoch[] | undefined> {
    const runs = createDecayRuns(lambda);
    const epochs: DecayEpoch[] = [];
    for (;;) {
      const start = performance.now();
      while (!runs.done && performance.now() - start < SLICE_MS) epochs.push(runs.next());
      if (runs.done) return epochs;
      await nextTask();
      if (job.cancelled) return undefined;
    }
  },
} satisfies Handlers;
