import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTrainer, trainWithEarlyStopping } from '../../../src/lib';
import { MAX_EPOCHS, N_TEST, N_TRAIN, N_VAL, STOPPING_SPECS, decide, makeTask, runAll, trainerOptions } from '../../../src/demos/stopping/model';
import { renderStopping } from '../../../src/demos/stopping/render';
import { strings } from '../../../src/demos/stopping/strings';
import { type JobKind, handlers } from '../../../src/demos/stopping/jobs';
import { type FromHost, createHost } from '../../../src/demos/kit/host';
import type { EpochRow } from '../../../src/demos/stopping/model';
const en = strings.en;

const SEED = STOPPING_SPECS.seed.default;
const rows = runAll(SEED);
const t: Record<string, string> = { ...en };

describe('early-stopping demo model', () => {
  it('splits 60 training, 60 validation and 300 test points', () => {
    const task = makeTask(SEED);
    expect([task.train.X.length, task.validation.X.length, task.test.X.length]).toEqual([N_TRAIN, N_VAL, N_TEST]);
  });

  it('overfits: training loss keeps falling while the validation loss rises well above its minimum', () => {
    expect(rows).toHaveLength(MAX_EPOCHS);
    const minVal = Math.min(...rows.map((r) => r.val));
    expect(rows.at(-1)!.train).toBeLessThan(rows[49]!.train);
    expect(rows.at(-1)!.val).toBeGreaterThan(minVal * 1.3);
  });

  it('restores weights whose test loss and accuracy beat the last epoch of the full run', () => {
    const d = decide(rows, STOPPING_SPECS.patience.default, 0);
    expect(d.stopEpoch).toBe(d.bestEpoch + STOPPING_SPECS.patience.default);
    const best = rows[d.bestEpoch - 1]!;
    const last = rows.at(-1)!;
    expect(best.testLoss).toBeLessThan(last.testLoss * 0.8);
    expect(best.testAcc).toBeGreaterThan(last.testAcc);
  });

  it('replays the same decision, and the same restored test loss, as training with the library loop', () => {
    const task = makeTask(SEED);
    const trainer = createTrainer({ X: task.train.X, y: task.train.y, XVal: task.validation.X, yVal: task.validation.y }, trainerOptions(SEED));
    const res = trainWithEarlyStopping(trainer, { maxEpochs: MAX_EPOCHS, patience: 12, minDelta: 0.002 });
    const d = decide(rows, 12, 0.002);
    expect([res.stoppedEpoch, res.bestEpoch]).toEqual([d.stopEpoch, d.bestEpoch]);
    expect(trainer.evaluate(task.test.X, task.test.y).loss).toBeCloseTo(rows[d.bestEpoch - 1]!.testLoss, 12);
  });

  it('follows Keras semantics: a larger min_delta or a smaller patience stops no later', () => {
    const base = decide(rows, 30, 0);
    expect(decide(rows, 30, 0.01).stopEpoch).toBeLessThanOrEqual(base.stopEpoch);
    expect(decide(rows, 5, 0).stopEpoch).toBeLessThanOrEqual(base.stopEpoch);
    expect(decide(rows, 100, 0).stopEpoch === -1 || decide(rows, 100, 0).stopEpoch >= base.stopEpoch).toBe(true);
    // An improvement must beat the best by more than min_delta.
    const toy = [0.5, 0.45, 0.449, 0.448, 0.447].map((val, i) => ({ epoch: i + 1, train: 0, val, testLoss: 0, testAcc: 0 }));
    expect(decide(toy, 2, 0.01)).toEqual({ stopEpoch: 4, bestEpoch: 2, wait: 2 });
    expect(decide(toy, 2, 0)).toEqual({ stopEpoch: -1, bestEpoch: 5, wait: 0 });
  });
});

describe('early-stopping demo render', () => {
  it('greys the run after the stop, marks the stop and best epochs, and tabulates test metrics', () => {
    const v = renderStopping(rows, { patience: 30, delta: 0, seed: SEED }, t);
    expect(v.svg).toContain('class="after"');
    expect(v.svg).toContain('class="stop-line"');
    expect(v.svg).toContain('class="best-dot"');
    expect(v.testRows).toHaveLength(3);
    expect(v.testRows[0]![0]).toBe(`Early stopping: restored best epoch ${v.decision.bestEpoch}`);
    expect(v.status).toMatch(/^Stopped at epoch \d+ and restored the weights of epoch \d+\. Test loss 0\.\d{3}/);
    expect(v.curveRows).toHaveLength(21);
  });

  it('says so when it never stops, and shows an empty chart before training', () => {
    const never = renderStopping(rows, { patience: 100, delta: 0, seed: SEED }, t);
    if (never.decision.stopEpoch === -1) {
      expect(never.status).toMatch(/^Did not stop within 400 epochs/);
      expect(never.svg).not.toContain('stop-line');
    }
    const empty = renderStopping([], { patience: 30, delta: 0, seed: SEED }, t);
    expect(empty.status).toBe(en['demo.stopping.statusEmpty']);
    expect(empty.testRows).toEqual([]);
  });
});

describe('early-stopping demo jobs', { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** The jobs served as the worker (or the page) serves them, all in the demo's one lane. */
  function host(id: string) {
    const posts: FromHost[] = [];
    const h = createHost(handlers, (m) => posts.push(m));
    let next = 0;
    return {
      run(kind: JobKind, input: { seed?: number; restart?: boolean } = {}) {
        const job = ++next;
        h.receive({ type: 'run', id: job, lane: 'run', kind, input: { id, seed: SEED, delay: 20, ...input } });
        return job;
      },
      result: (job: number) => posts.flatMap((m) => (m.id === job && m.type === 'result' ? [m.value as EpochRow[]] : [])).at(0),
      frames: (job: number) => posts.filter((m) => m.id === job && m.type === 'progress').map((m) => (m as { value: EpochRow[] }).value),
      cancelled: (job: number) => posts.some((m) => m.id === job && m.type === 'cancelled'),
    };
  }

  it('trains the whole run to the build-time rows, and any order of buttons leaves whole rows', async () => {
    vi.useFakeTimers();
    const h = host('orders');
    const all = h.run('complete', { restart: true });
    await vi.runAllTimersAsync();
    expect(h.result(all)).toEqual(rows);
    // Reset, then a new sample: the figure is the new sample's whole run, not an empty one.
    const reset = h.run('reset');
    await vi.advanceTimersByTimeAsync(0);
    expect(h.result(reset)).toEqual([]);
    const again = h.run('complete', { seed: SEED + 1, restart: true });
    await vi.runAllTimersAsync();
    const other = runAll(SEED + 1);
    expect(h.result(again)).toHaveLength(MAX_EPOCHS);
    expect(h.result(again)).toEqual(other);
    // Play goes on epoch by epoch from a reset; pause answers with the rows so far.
    h.run('reset', { seed: SEED + 1 });
    const play = h.run('play', { seed: SEED + 1 });
    await vi.advanceTimersByTimeAsync(20 * 5);
    const pause = h.run('pause', { seed: SEED + 1 });
    await vi.advanceTimersByTimeAsync(20);
    const paused = h.result(pause)!;
    expect(paused.length).toBeGreaterThanOrEqual(4);
    expect(paused).toEqual(h.frames(play).at(-1));
    expect(paused).toEqual(other.slice(0, paused.length));
  });

  it('stops streaming a play job that a newer job superseded', async () => {
    vi.useFakeTimers();
    const h = host('supersede');
    const first = h.run('play', { restart: true });
    await vi.advanceTimersByTimeAsync(20 * 6);
    const streamed = h.frames(first).length;
    expect(streamed).toBeGreaterThan(3);
    const second = h.run('play');
    await vi.advanceTimersByTimeAsync(20 * 6);
    expect(h.frames(first)).toHaveLength(streamed);
    expect(h.cancelled(first)).toBe(true);
    // The second goes on with the same run, where the first left it.
    expect(h.frames(second).length).toBeGreaterThan(3);
    expect(h.frames(second)[0]!.length).toBe(h.frames(first).at(-1)!.length);
    expect(h.frames(second).at(-1)!).toEqual(rows.slice(0, h.frames(second).at(-1)!.length));
  });
});
