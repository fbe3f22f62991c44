/** The overview table's job for the compute channel: every measured column for another seed. */
import type { Handlers } from '../kit/host';
import { computeOverview } from './overview';

export const handlers = {
  /** Timings are the reader's device's (in the worker, or on the page as a fallback). */
  overview: (seed: number) => computeOverview(seed),
} satisfies Handlers;
