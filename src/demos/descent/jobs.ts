/**
 * The double-descent demo's jobs on the kit's compute channel: served by worker.ts, or run on the
 * page when no worker can start. The first job computes the sweep (about 940 fits) in slices that
 * a newer job can cut; the sweep is then kept, and every later λ or σ costs only the medians. No DOM.
 */
import type { DescentSweep } from '../../lib';
import { type Handlers, type JobContext, sliced } from '../kit/host';
import { createSweep, descentResult } from './model';
import type { DescentResult, DescentSettings } from './specs';

export type CurvesInput = Pick<DescentSettings, 'lambda' | 'noise'>;

let kept: DescentSweep | undefined;
let running: ReturnType<typeof createSweep> | undefined;

export const handlers = {
  /** The curves and the table at a setting; undefined when a newer job superseded this one. */
  async curves(input: CurvesInput, job: JobContext): Promise<DescentResult | undefined> {
    if (!kept) {
      // A superseded job leaves its partial sweep for the next one to continue.
      running ??= createSweep();
      const sweep = running;
      const done = await sliced(
        job,
        () => sweep.advance(),
        () => sweep.result(),
      );
      if (done === undefined) return undefined;
      kept = done;
      running = undefined;
    }
    return descentResult(kept, input);
  },
} satisfies Handlers;
