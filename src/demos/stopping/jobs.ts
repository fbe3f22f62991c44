/**
 * The early-stopping demo's jobs on the kit's compute channel: served by worker.ts, or run on
 * the page when no worker can start. The view puts them in one lane, so each supersedes the one
 * before. The run and its rows stay here between jobs (Pause and Play go on from where it
 * stands); every job answers with all the rows so far, so any order of buttons leaves the
 * page with the whole state. No DOM.
 */
import { type Handlers, type JobContext, later, sliced } from '../kit/host';
import { type EpochRow, createStoppingRun } from './model';

export interface RunInput {
  /** The demo instance (its id): each keeps its own run. */
  id: string;
  seed: number;
  /** Start a fresh run even when the current one has this seed. */
  restart?: boolean;
  /** Milliseconds between two epochs of `play`. */
  delay?: number;
}

interface Stored {
  seed: number;
  run: ReturnType<typeof createStoppingRun>;
  rows: EpochRow[];
}

const runs = new Map<string, Stored>();
/** How often a whole run sends the rows so far. */
const PROGRESS_MS = 100;

function current({ id, seed, restart = false }: RunInput): Stored {
  let s = runs.get(id);
  if (restart || !s || s.seed !== seed) {
    s = { seed, run: createStoppingRun(seed), rows: [] };
    runs.set(id, s);
  }
  return s;
}

export const handlers = {
  /**
   * The whole run (on load, on a new sample), trained in slices so that a newer job can supersede
   * it; the rows so far go out as frames every PROGRESS_MS, so the figure fills in as it trains.
   */
  complete(input: RunInput, job: JobContext): Promise<EpochRow[] | undefined> {
    const { run, rows } = current(input);
    let sent = performance.now();
    return sliced(
      job,
      () => {
        if (!run.done) rows.push(run.next());
        if (!run.done && performance.now() - sent >= PROGRESS_MS) {
          sent = performance.now();
          job.progress(rows.slice());
        }
        return run.done;
      },
      () => rows.slice(),
    );
  },

  /** One epoch every `delay` ms, each sent as a frame, until the run ends or a newer job comes; an ended run starts again. */
  async play(input: RunInput, job: JobContext): Promise<EpochRow[] | undefined> {
    let s = current(input);
    if (s.run.done) s = current({ ...input, restart: true });
    job.progress(s.rows.slice());
    while (!s.run.done) {
      await later(input.delay ?? 0);
      if (job.cancelled) return undefined;
      s.rows.push(s.run.next());
      if (!s.run.done) job.progress(s.rows.slice());
    }
    return s.rows.slice();
  },

  pause: (input: RunInput): EpochRow[] => current(input).rows.slice(),

  reset: (input: RunInput): EpochRow[] => current({ ...input, restart: true }).rows.slice(),
} satisfies Handlers;

export type JobKind = keyof typeof handlers;
