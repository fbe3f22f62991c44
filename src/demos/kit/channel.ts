/**
 * The page side of the compute channel: any work longer than a frame goes through it. Jobs have
 * ids and lanes; a new job supersedes the older ones of its lane, whose promises resolve to
 * `undefined` and whose late results are never delivered — so only the last job's result is
 * drawn while a control moves. Runs the demo's handlers in a Web Worker, or on the page
 * (in tasks of their own) where no worker can start.
 */
import { type FromHost, type Handlers, type ToHost, createHost } from './host';

export interface RunOptions {
  /** Jobs in one lane supersede each other; by default the lane is the job's kind. */
  lane?: string;
  onProgress?: (value: unknown) => void;
}

interface Pending {
  lane: string;
  message: Extract<ToHost, { type: 'run' }>;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: ((value: unknown) => void) | undefined;
}

export interface Channel {
  /** Resolves to the job's result, or to `undefined` when a newer job of the same lane replaced it. */
  run<T>(kind: string, input: unknown, options?: RunOptions): Promise<T | undefined>;
  /** Supersedes the lane's running job without starting another. */
  cancel(lane: string): void;
  /** 'worker' or 'page': where the jobs run now. */
  readonly where: 'worker' | 'page';
}

export interface ChannelOptions {
  /** Starts the demo's worker: `() => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' })`. */
  worker?: () => Worker;
  /** The same handlers, for the page itself when the worker cannot start or fails to load. */
  fallback: () => Promise<Handlers>;
}

export function createChannel(options: ChannelOptions): Channel {
  const pending = new Map<number, Pending>();
  const latest = new Map<string, number>();
  let nextId = 1;
  let send: ((m: ToHost) => void) | undefined;
  let where: 'worker' | 'page' = 'worker';
  let heard = false;

  function receive(m: FromHost): void {
    heard = true;
    const p = pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') {
      if (latest.get(p.lane) === m.id) p.onProgress?.(m.value);
      return;
    }
    pending.delete(m.id);
    if (m.type === 'result' && latest.get(p.lane) === m.id) p.resolve(m.value);
    else if (m.type === 'error') p.reject(new Error(m.message));
    else p.resolve(undefined);
  }

  let fallbackStarted: Promise<void> | undefined;
  function useFallback(): Promise<void> {
    fallbackStarted ??= options.fallback().then((handlers) => {
      // Replies go out in tasks of their own, as a worker's would.
      const host = createHost(handlers, (m) => setTimeout(() => receive(m), 0));
      where = 'page';
      send = (m) => host.receive(m);
      for (const p of pending.values()) send(p.message);
    });
    return fallbackStarted;
  }

  if (options.worker) {
    try {
      const worker = options.worker();
      worker.addEventListener('message', (e: MessageEvent<FromHost>) => receive(e.data));
      // A worker script that cannot load (a blocking policy, a network error): run on the page.
      worker.addEventListener('error', (e) => {
        if (!heard) {
          e.preventDefault();
          worker.terminate();
          send = undefined;
          void useFallback();
        }
      });
      send = (m) => worker.postMessage(m);
    } catch {
      void useFallback();
    }
  } else void useFallback();

  return {
    get where() {
      return where;
    },
    run<T>(kind: string, input: unknown, { lane = kind, onProgress }: RunOptions = {}) {
      const id = nextId++;
      const previous = latest.get(lane);
      latest.set(lane, id);
      // The superseded job resolves now; the host drops or cancels it when the new one arrives.
      if (previous !== undefined) pending.get(previous)?.resolve(undefined);
      return new Promise<T | undefined>((resolve, reject) => {
        const message = { type: 'run', id, lane, kind, input } as const;
        pending.set(id, { lane, message, resolve: resolve as (v: unknown) => void, reject, onProgress });
        send?.(message);
      });
    },
    cancel(lane) {
      const id = latest.get(lane);
      if (id === undefined) return;
      latest.delete(lane);
      pending.get(id)?.resolve(undefined);
      send?.({ type: 'cancel', id });
    },
  };
}
