/**
 * Stage 4 of a Lasso fit, in the worker: the bootstrap stability at λ_1se (bootstrap.ts), one
 * resample per step, yielding between them so that Cancel or a newer fit stops it. For a
 * two-valued target the resamples are fitted by L1-penalised logistic regression.
 */
import { type JobContext, later } from '../kit/host';
import type { PreparedTable } from '../../lib/table';
import { BOOTSTRAP, createBootstrapSelection } from './bootstrap';
import { LOGISTIC } from './logistic';
import { FIT, kernels } from './model';

/** Progress of stage 4: `done` of `total` resamples fitted. */
export type StabilityProgress = { stage: 4; done: number; total: number };

export interface StabilityResult {
  alpha: number;
  resamples: number;
  /** shares[j] for featureNames[j]. */
  shares: number[];
  featureNames: string[];
}

export async function runStability(prep: PreparedTable, alpha: number, job: JobContext): Promise<StabilityResult | undefined> {
  // A two-valued target: the Lasso is L1-penalised logistic regression, as on the rest of the page.
  const solver =
    prep.task === 'binary' ? { loss: 'log' as const, ...LOGISTIC } : { loss: 'squared' as const, tol: FIT.tol, maxIter: FIT.maxIter, kernels: kernels() };
  const run = createBootstrapSelection(prep.X, prep.y, { alpha, ...BOOTSTRAP, ...solver });
  job.progress({ stage: 4, done: 0, total: run.total } satisfies StabilityProgress);
  for (;;) {
    await later();
    if (job.cancelled) return undefined;
    const done = run.step();
    job.progress({ stage: 4, done: run.completed, total: run.total } satisfies StabilityProgress);
    if (done) break;
  }
  const r = run.result();
  return { alpha, resamples: r.resamples, shares: r.shares, featureNames: prep.featureNames };
}
