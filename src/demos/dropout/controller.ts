/**
 * The training loop behind the live demo, driven by messages. It runs inside the Web Worker
 * (worker.ts), or on the page itself when workers are unavailable. No DOM.
 */
import { type DropoutSettings, type Run, type RunFrame, createRun, speedOf, stepsPerTick } from './model';

export type Command =
  /** Starts a new run; `toEnd` trains it to the end at once, `play` starts playing. */
  | { type: 'settings'; settings: DropoutSettings; play?: boolean; toEnd?: boolean }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step' }
  | { type: 'end' }
  | { type: 'reset' }
  | { type: 'speed'; speed: number };

export type Reply = { type: 'frame'; frame: RunFrame; playing: boolean } | { type: 'error'; message: string };

export interface Controller {
  handle(command: Command): void;
  stop(): void;
}

export function createController(post: (reply: Reply) => void): Controller {
  let run: Run | null = null;
  let settings: DropoutSettings | null = null;
  let playing = false;
  let speed = 3;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const send = () => {
    if (run) post({ type: 'frame', frame: run.frame(), playing });
  };
  const stopTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const schedule = () => {
    stopTimer();
    if (playing) timer = setTimeout(tick, speedOf(speed).interval);
  };
  /** Runs f; a diverging network (RangeError from the trainer) pauses and reports. */
  const guarded = (f: () => void) => {
    try {
      f();
    } catch (e) {
      playing = false;
      stopTimer();
      post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  };
  function tick() {
    timer = undefined;
    if (!playing || !run) return;
    guarded(() => {
      run!.advance(stepsPerTick(speed, run!.batchesPerEpoch));
      if (run!.done) playing = false;
      send();
      schedule();
    });
  }
  const fresh = () => {
    if (settings) run = createRun(settings);
  };

  return {
    handle(c: Command) {
      guarded(() => {
        switch (c.type) {
          case 'settings':
            settings = c.settings;
            fresh();
            if (c.toEnd) run!.advance(Number.POSITIVE_INFINITY);
            playing = Boolean(c.play) && !run!.done;
            send();
            schedule();
            break;
          case 'play':
            if (!run) return;
            if (run.done) fresh();
            playing = true;
            send();
            schedule();
            break;
          case 'pause':
            playing = false;
            stopTimer();
            send();
            break;
          case 'step':
            playing = false;
            stopTimer();
            if (run && !run.done) run.advance(1);
            send();
            break;
          case 'end':
            playing = false;
            stopTimer();
            run?.advance(Number.POSITIVE_INFINITY);
            send();
            break;
          case 'reset':
            playing = false;
            stopTimer();
            fresh();
            send();
            break;
          case 'speed':
            speed = c.speed;
            if (playing) schedule();
            break;
        }
      });
    },
    stop() {
      playing = false;
      stopTimer();
    },
  };
}
