// Cancel inside the CV stage of the your-data fit job (jobs.ts): a job cancelled once stage 3 has
// started returns no result (the CV is cut between folds), while the same job left alone returns one.
import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/lib';
import type { JobContext } from '../../../src/demos/kit/host';
import { handlers } from '../../../src/demos/yourdata/jobs';

/** 3,000 rows × 120 columns: each fold's path takes well over one 12 ms slice. */
function csv(): string {
  const rng = createRng(11);
  const p = 120;
  const lines = [[...Array.from({ length: p }, (_, j) => `x${j}`), 'y'].join(',')];
  for (let i = 0; i < 3000; i++) {
    const x = Array.from({ length: p }, () => rng.normal());
    lines.push([...x.map((v) => v.toFixed(5)), (2 * x[0]! - x[1]! + rng.normal()).toFixed(5)].join(','));
  }
  return lines.join('\n');
}

/** A job context that turns cancelled once it reports `at` (and counts the checks after that). */
function jobCancelledAt(stage: number | null) {
  const seen: number[] = [];
  let cancelled = false;
  const job: JobContext = {
    get cancelled() {
      return cancelled;
    },
    progress(value) {
      const s = (value as { stage: number }).stage;
      seen.push(s);
      if (s === stage) cancelled = true;
    },
  };
  return { job, seen };
}

describe('the your-data fit job', () => {
  const loaded = handlers.load({ text: csv() });
  const settings = { target: 'y', features: Array.from({ length: 120 }, (_, j) => `x${j}`), standardize: true, model: 'lasso' as const, rho: 0.5 };

  it('reads the table', async () => {
    expect((await loaded)?.ok).toBe(true);
  });

  it('returns no result when cancelled during cross-validation, and a full one otherwise', async () => {
    await loaded;
    const cancelled = jobCancelledAt(3);
    expect(await handlers.fit(settings, cancelled.job)).toBeUndefined();
    expect(cancelled.seen).toEqual([1, 2, 3]);
    const whole = jobCancelledAt(null);
    const r = await handlers.fit(settings, whole.job);
    expect(r?.ok).toBe(true);
    expect(whole.seen).toEqual([1, 2, 3]);
  }, 60_000);
});
