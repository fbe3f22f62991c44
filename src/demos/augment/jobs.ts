/** The augment demo's jobs for the compute channel (in its worker, or on the page as a fallback). */
import { type Handlers, type JobContext, sliced } from '../kit/host';
import { type AugmentResult, type AugmentSettings, comparison } from './model';

export const handlers = {
  /** Trains the nets with and without augmentation in slices; a newer job stops it between slices. */
  compare(s: AugmentSettings, job: JobContext): Promise<AugmentResult | undefined> {
    const steps = comparison(s);
    let step = steps.next();
    return sliced(
      job,
      () => step.done === true || (step = steps.next()).done === true,
      () => step.value as AugmentResult,
    );
  },
} satisfies Handlers;
