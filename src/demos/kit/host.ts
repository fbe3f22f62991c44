/**
 * The worker side of the compute channel (channel.ts). A demo names its jobs in a `Handlers`
 * object; the same object runs inside a Web Worker (`serveWorker`) or, where no worker can
 * start, on the page (`createHost`, used by the channel's fallback).
 *
 * Jobs go in lanes. A new job in a lane supersedes the lane's older ones: a queued one is
 * dropped before it starts, a running one sees `job.cancelled` turn true. No DOM.
 */
export interface JobContext {
  /** True once a newer job in the same lane (or a cancel) has superseded this one. */
  readonly cancelled: boolean;
  /** Sends an intermediate value (a training frame, a percentage) to the page. */
  progress(value: unknown): void;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Handlers = Record<string, (input: any, job: JobContext) => unknown>;

export type ToHost = { type: 'run'; id: number; lane: string; kind: string; input: unknown } | { type: 'cancel'; id: number };
export type FromHost =
  | { id: number; type: 'progress'; value: unknown }
  | { id: number; type: 'result'; value: unknown }
  | { id: number; type: 'error'; message: string }
  | { id: number; type: 'cancelled' };

type RunMessage = Extract<ToHost, { type: 'run' }>;

/** How long a job computes before it lets newer messages in (a newer job of its lane cancels it). */
export const SLICE_MS = 12;
/** Resolves after `ms` (a timer tick between frames of a playing run). */
export const later = (ms = 0) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs a long computation in slices: `advance()` does one small step and returns true when all is
 * done. Between slices of SLICE_MS the job yields, so a superseding job can arrive; then it stops
 * and resolves to undefined, else to `finish()`.
 */
export async function sliced<T>(job: JobContext, advance: () => boolean, finish: () => T): Promise<T | undefined> {
  for (;;) {
    const start = performance.now();
    let done = false;
    while (!done && performance.now() - start < SLICE_MS) done = advance();
    if (done) return finish();
    await later();
    if (job.cancelled) return undefined;
  }
}

export function createHost(handlers: Handlers, post: (message: FromHost) => void): { receive(message: ToHost): void } {
  /** The newest job of each lane that has not started yet. */
  const queued = new Map<string, RunMessage>();
  const running = new Map<number, { lane: string; cancelled: boolean }>();
  let scheduled = false;

  function start(m: RunMessage): void {
    const state = { lane: m.lane, cancelled: false };
    running.set(m.id, state);
    const job: JobContext = {
      get cancelled() {
        return state.cancelled;
      },
      progress: (value) => {
        if (!state.cancelled) post({ id: m.id, type: 'progress', value });
      },
    };
    const finish = (message: FromHost) => {
      running.delete(m.id);
      post(state.cancelled ? { id: m.id, type: 'cancelled' } : message);
    };
    const fail = (e: unknown) => finish({ id: m.id, type: 'error', message: e instanceof Error ? e.message : String(e) });
    try {
      const handler = handlers[m.kind];
      if (!handler) throw new Error(`unknown job kind "${m.kind}"`);
      const value = handler(m.input, job);
      if (value instanceof Promise) value.then((v) => finish({ id: m.id, type: 'result', value: v }), fail);
      else finish({ id: m.id, type: 'result', value });
    } catch (e) {
      fail(e);
    }
  }

  /** Runs after the messages that arrived during a long job: only the newest of each lane starts. */
  function drain(): void {
    scheduled = false;
    const jobs = [...queued.values()];
    queued.clear();
    for (const m of jobs) start(m);
  }

  return {
    receive(m) {
      if (m.type === 'cancel') {
        for (const [lane, q] of queued) if (q.id === m.id) queued.delete(lane) && post({ id: m.id, type: 'cancelled' });
        const r = running.get(m.id);
        if (r) r.cancelled = true;
        return;
      }
      const older = queued.get(m.lane);
      if (older) post({ id: older.id, type: 'cancelled' });
      for (const r of running.values()) if (r.lane === m.lane) r.cancelled = true;
      queued.set(m.lane, m);
      if (!scheduled) {
        scheduled = true;
        setTimeout(drain, 0);
      }
    },
  };
}

/** Inside a worker module: `serveWorker(handlers)`. */
export function serveWorker(handlers: Handlers): void {
  // Typed by hand: the project's DOM lib and the webworker lib cannot be loaded together.
  const scope = self as unknown as { postMessage(m: FromHost): void; addEventListener(type: 'message', f: (e: MessageEvent<ToHost>) => void): void };
  const host = createHost(handlers, (m) => scope.postMessage(m));
  scope.addEventListener('message', (e) => host.receive(e.data));
}
