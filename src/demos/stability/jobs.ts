/**
 * The stability demo's jobs on the kit's compute channel: served by worker.ts, or run on the page
 * when no worker can start; the build uses the same functions for the first state. The data and the
 * lasso on all of them are computed once; the last few selections are kept, so going back to a
 * setting (B, seed) costs nothing. No DOM.
 */
import { type Handlers, type JobContext, sliced } from '../kit/host';
import { type Data, createRun, fullPath, makeData, runSelection, selectionOf } from './model';
import type { FullPath, Progress, Selection } from './specs';

export interface SelectInput {
  subsamples: number;
  seed: number;
}

let data: Data | undefined;
let path: FullPath | undefined;
const dataset = (): Data => (data ??= makeData());
/** The lasso on all the data (its path along the grid and the λ of cross-validation). */
export const pathOnce = (): FullPath => (path ??= fullPath(dataset()));

const KEPT = 4;
const kept = new Map<string, Selection>();
const keyOf = ({ subsamples, seed }: SelectInput) => `${subsamples}|${seed}`;
function keep(input: SelectInput, sel: Selection): Selection {
  kept.delete(keyOf(input));
  if (kept.size >= KEPT) kept.delete(kept.keys().next().value!);
  kept.set(keyOf(input), sel);
  return sel;
}

/** A selection at once (the build, the quotes). */
export const selectionNow = (input: SelectInput): Selection => kept.get(keyOf(input)) ?? keep(input, runSelection(dataset(), input.subsamples, input.seed));

/** Progress is sent after every PROGRESS_EVERY subsamples. */
const PROGRESS_EVERY = 10;

export const handlers = {
  path: (): FullPath => pathOnce(),
  /** B subsamples' paths in slices that a newer job can cut; undefined when superseded. */
  select(input: SelectInput, job: JobContext): Promise<Selection | undefined> {
    const known = kept.get(keyOf(input));
    if (known) return Promise.resolve(known);
    const run = createRun(dataset(), input.subsamples, input.seed);
    return sliced(
      job,
      () => {
        const done = run.step();
        if (run.completed % PROGRESS_EVERY === 0 && !done) job.progress({ done: run.completed, total: input.subsamples } satisfies Progress);
        return done;
      },
      () => keep(input, selectionOf(run, input.subsamples, input.seed)),
    );
  },
} satisfies Handlers;
