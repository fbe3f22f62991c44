/**
 * Trains the early-stopping demo's network off the main thread, one epoch at a time.
 * In:  { type: 'reset', gen, seed } | { type: 'complete', gen } | { type: 'play', gen, delay } | { type: 'pause', gen }
 * Out: { type: 'rows', gen, rows, done } (every message carries the generation it belongs to).
 */
import { type EpochRow, createStoppingRun } from './model';

export type ToWorker =
  | { type: 'reset'; gen: number; seed: number }
  | { type: 'complete'; gen: number }
  | { type: 'play'; gen: number; delay: number }
  | { type: 'pause'; gen: number };
export interface FromWorker {
  type: 'rows';
  gen: number;
  rows: EpochRow[];
  done: boolean;
}

/** The worker's global scope, typed without the WebWorker lib (which clashes with DOM). */
const scope = self as unknown as { postMessage(m: FromWorker): void; onmessage: ((e: MessageEvent<ToWorker>) => void) | null };
let run: ReturnType<typeof createStoppingRun> | null = null;
let gen = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
const post = (rows: EpochRow[]) => scope.postMessage({ type: 'rows', gen, rows, done: run?.done ?? true });

function tick(delay: number) {
  if (!run || run.done) return;
  post([run.next()]);
  if (!run.done) timer = setTimeout(() => tick(delay), delay);
}

scope.onmessage = (e) => {
  const m = e.data;
  clearTimeout(timer);
  if (m.type === 'reset') {
    gen = m.gen;
    run = createStoppingRun(m.seed);
    return;
  }
  if (m.gen !== gen || !run) return;
  if (m.type === 'complete') {
    const rows: EpochRow[] = [];
    while (!run.done) rows.push(run.next());
    post(rows);
  } else if (m.type === 'play') tick(m.delay);
};
