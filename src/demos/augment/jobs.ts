/** The augment demo's jobs for the compute channel (in its worker, or on the page as a fallback). */
import type { Handlers, JobContext } from '../kit/host';
import { type AugmentResult, type AugmentSettings, comparison } from './model';

/** The nets train in slices of this many milliseconds; between slices a newer job can cut in. */
const SLICE_MS = 12;
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

export const handlers = {
  /** Trains the nets with and without augmentation in slices; a newer job stops it between slices. */
  async compare(s: AugmentSettings, job: JobContext): Promise<AugmentResult | undefined> {
    const steps = comparison(s);
    for (;;) {
      const start = performance.now();
      let step = steps.next();
      while (!step.done && performance.now() - start < SLICE_MS) step = steps.next();
      if (step.done) return step.value;
      await nextTask();
      if (job.cancelled) return undefined;
    }
  },
} satisfies Handlers;
