/**
 * The dropout demo's jobs on the kit's compute channel: served by worker.ts, or run on the page
 * when no worker can start. The view puts them all in one lane, so each supersedes the one
 * before (a moving rate slider leaves only its last setting running). The run being trained
 * stays here between jobs, so Pause, One step and Play go on from where it stands. No DOM.
 */
import { type Handlers, type JobContext, later, sliced } from '../kit/host';
import { DROPOUT_SPECS, type DropoutSettings, type Run, type RunFrame, createRun, fmtRate, speedOf, stepsPerTick } from './model';

export interface RunInput {
  /** The demo instance (its id): each keeps its own run. */
  id: string;
  settings: DropoutSettings;
  /** Start a fresh run even when the current one has these settings. */
  restart?: boolean;
  /** Speed level of `play` (model.ts SPEEDS). */
  speed?: number;
}

const runs = new Map<string, Run>();
const sameSettings = (a: DropoutSettings, b: DropoutSettings) => fmtRate(a.rate) === fmtRate(b.rate) && a.connect === b.connect && a.data === b.data;

function current({ id, settings, restart = false }: RunInput): Run {
  let run = runs.get(id);
  if (restart || !run || !sameSettings(run.settings, settings)) {
    run = createRun(settings);
    runs.set(id, run);
  }
  return run;
}

/** How often a run trained to the end shows where it stands. */
const PROGRESS_MS = 100;

export const handlers = {
  /** Trains to the end, in slices, so that a newer job can supersede it on the way; a frame goes out every PROGRESS_MS. */
  end(input: RunInput, job: JobContext): Promise<RunFrame | undefined> {
    const run = current(input);
    let sent = performance.now();
    return sliced(
      job,
      () => {
        if (!run.done) run.advance(1);
        if (!run.done && performance.now() - sent >= PROGRESS_MS) {
          sent = performance.now();
          job.progress(run.frame());
        }
        return run.done;
      },
      () => run.frame(),
    );
  },

  /** Plays from where the run stands (from the start once it has ended): a frame per tick, until the end or a newer job. */
  async play(input: RunInput, job: JobContext): Promise<RunFrame | undefined> {
    let run = current(input);
    if (run.done) run = current({ ...input, restart: true });
    const speed = input.speed ?? DROPOUT_SPECS.speed.default;
    job.progress(run.frame());
    while (!run.done) {
      await later(speedOf(speed).interval);
      if (job.cancelled) return undefined;
      run.advance(stepsPerTick(speed, run.batchesPerEpoch));
      if (!run.done) job.progress(run.frame());
    }
    return run.frame();
  },

  pause: (input: RunInput): RunFrame => current(input).frame(),

  step(input: RunInput): RunFrame {
    const run = current(input);
    if (!run.done) run.advance(1);
    return run.frame();
  },

  reset: (input: RunInput): RunFrame => current({ ...input, restart: true }).frame(),
} satisfies Handlers;

export type JobKind = keyof typeof handlers;
