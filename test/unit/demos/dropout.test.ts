import { afterEach, describe, expect, it, vi } from 'vitest';
import { type JobKind, type RunInput, handlers } from '../../../src/demos/dropout/jobs';
import { type FromHost, createHost } from '../../../src/demos/kit/host';
import {
  DATASET_CONFIG,
  DROPOUT_SPECS,
  GRID,
  LAYERS,
  N_VAL,
  type RunFrame,
  createRun,
  demoData,
  finalFrame,
  fmtRate,
  roundRate,
  stepsPerTick,
} from '../../../src/demos/dropout/model';
import { BANDS, boundarySvg, contourPath, dropText, networkSvg, renderDropout, tableRows } from '../../../src/demos/dropout/render';
import { strings } from '../../../src/demos/dropout/strings';
const { en, ja } = strings;
import { readState } from '../../../src/demos/kit/params';

const defaults = { rate: 0.3, connect: false, data: 'moons' as const };
const last = <T>(a: T[]) => a[a.length - 1]!;
const minVal = (h: { valLoss: number }[]) => Math.min(...h.map((p) => p.valLoss));

// Each run trains two networks for hundreds of epochs: allow for a busy machine.
describe('dropout demo model', { timeout: 30_000 }, () => {
  it('uses a small noisy training set and a larger validation set', () => {
    for (const name of ['moons', 'spirals'] as const) {
      const { train, val } = demoData(name);
      expect(train.X.length).toBeGreaterThanOrEqual(60);
      expect(train.X.length).toBeLessThanOrEqual(100);
      expect(val.X.length).toBe(N_VAL);
      expect(val.X.length).toBeGreaterThan(2 * train.X.length);
    }
  });

  it('overfits without dropout on the default data, and dropout keeps the validation loss lower', () => {
    const f = finalFrame(defaults);
    expect(f.done).toBe(true);
    expect(f.epoch).toBe(DATASET_CONFIG.moons.epochs);
    const base = last(f.history.base);
    const drop = last(f.history.drop);
    // Without dropout: training loss near zero, validation loss far above its own minimum.
    expect(base.trainLoss).toBeLessThan(0.1);
    expect(base.valLoss).toBeGreaterThan(1.8 * minVal(f.history.base));
    // With p = 0.3: a higher training loss, a clearly lower validation loss and better accuracy.
    expect(drop.trainLoss).toBeGreaterThan(base.trainLoss);
    expect(drop.valLoss).toBeLessThan(0.6 * base.valLoss);
    expect(drop.valAccuracy).toBeGreaterThan(base.valAccuracy);
  });

  it('helps with DropConnect too, and a rate that is too high underfits', () => {
    const dc = last(finalFrame({ ...defaults, connect: true, rate: 0.2 }).history.drop);
    const base = last(finalFrame(defaults).history.base);
    expect(dc.valLoss).toBeLessThan(0.7 * base.valLoss);
    const high = last(finalFrame({ ...defaults, rate: 0.7 }).history.drop);
    expect(high.trainLoss).toBeGreaterThan(0.3);
  });

  it('overfits the spirals without dropout as well', () => {
    const f = finalFrame({ rate: 0.05, connect: false, data: 'spirals' });
    const base = last(f.history.base);
    expect(base.trainLoss).toBeLessThan(0.05);
    expect(base.valLoss).toBeGreaterThan(1.3 * minVal(f.history.base));
    expect(last(f.history.drop).valLoss).toBeLessThan(base.valLoss);
  });

  it('trains both networks from the same seed: at p = 0 they are the same run', () => {
    const f = finalFrame({ ...defaults, rate: 0 });
    expect(f.history.drop).toEqual(f.history.base);
    expect(f.grid.drop).toEqual(f.grid.base);
    const g = finalFrame({ ...defaults, rate: 0, connect: true });
    expect(g.history.drop).toEqual(f.history.base);
  });

  it('reaches the build-time numbers however the live run is chunked', () => {
    const run = createRun(defaults);
    const chunks = [1, 4, 5, 1, 50, stepsPerTick(4, run.batchesPerEpoch), 3];
    for (let k = 0; !run.done; k++) run.advance(chunks[k % chunks.length]!);
    expect(run.frame()).toEqual(finalFrame(defaults));
    run.advance(10);
    expect(run.frame().steps).toBe(DATASET_CONFIG.moons.epochs * run.batchesPerEpoch);
  });

  it('reports the masks of the last step: units for dropout, weights for DropConnect', () => {
    const run = createRun(defaults);
    expect(
      run
        .frame()
        .masks.units.flat()
        .every((m) => m === 1),
    ).toBe(true);
    run.advance(1);
    const f = run.frame();
    expect(f.masks.units).toHaveLength(2);
    expect(f.masks.units.flat()).toContain(0);
    expect(f.masks.weights.flat().every((m) => m === 1)).toBe(true);
    const dc = createRun({ ...defaults, connect: true });
    dc.advance(1);
    const g = dc.frame();
    expect(g.masks.units.flat().every((m) => m === 1)).toBe(true);
    expect(g.masks.weights.map((w) => w.length)).toEqual([2 * 16, 16 * 16, 16]);
    expect(g.masks.weights.flat()).toContain(0);
  });

  it('predicts the grid with probabilities and keeps the parameters of the chosen network', () => {
    const f = finalFrame(defaults);
    expect(f.grid.drop).toHaveLength(GRID * GRID);
    for (const p of [...f.grid.drop, ...f.grid.base]) expect(p >= 0 && p <= 1).toBe(true);
    expect(f.params).toHaveLength(2 * 16 + 16 + 16 * 16 + 16 + 16 + 1);
  });

  it('keeps the work of a whole run small (the build trains the default one: about 0.3 s)', () => {
    // Forward/backward passes of one network over a run: training (≈ 3 passes a sample) plus
    // the inference passes that measure train and validation loss every epoch.
    for (const c of Object.values(DATASET_CONFIG)) expect(c.epochs * (4 * c.nTrain + N_VAL)).toBeLessThanOrEqual(250_000);
  });

  it('rounds rates to the slider step and reads the URL state', () => {
    expect(roundRate(0.3)).toBe(0.3);
    expect(roundRate(0.33)).toBe(0.35);
    expect(roundRate(0.9)).toBe(0.7);
    expect(fmtRate(0.15000000000000002)).toBe('0.15');
    const { state, problems } = readState('dropout', '?dropout.rate=2&dropout.connect=1&dropout.data=spirals&dropout.speed=9', DROPOUT_SPECS);
    expect(state).toEqual({ rate: 0.7, connect: true, data: 'spirals', speed: 4 });
    expect(problems.map((p) => p.param)).toEqual(['dropout.rate', 'dropout.speed']);
  });
});

describe('dropout demo drawing', () => {
  const t = ja as Record<string, string>;

  it('colours the plane in bands and draws circles and triangles for the two classes', () => {
    const f = finalFrame(defaults);
    const data = demoData('moons');
    const svg = boundarySvg(f.grid.base, data.train, DATASET_CONFIG.moons.extent, 'x');
    const bands = [...svg.matchAll(/class="band b(\d)"/g)].map((m) => Number(m[1]));
    expect(bands.length).toBeGreaterThan(2);
    expect(Math.max(...bands)).toBeLessThan(BANDS);
    const count = (cls: string, mark: RegExp) => (svg.match(new RegExp(`class="${cls}" d="([^"]*)"`))![1]!.match(mark) ?? []).length;
    const inside = data.train.X.filter(([x, y]) => x! > -1.5 && x! < 2.5 && y! > -1.6 && y! < 2.4);
    expect(count('pt0', /a3\.4 3\.4 0 1 0 6\.8 0/g) + count('pt1', /l4\.2 7\.4/g)).toBe(inside.length);
    expect(count('pt1', /l4\.2 7\.4/g)).toBe(data.train.y.filter((v, i) => v === 1 && inside.includes(data.train.X[i]!)).length);
    // Cells tile the square exactly once.
    const area = [...svg.matchAll(/h([\d.]+)v([\d.]+)h-/g)].reduce((s, m) => s + Number(m[1]) * Number(m[2]), 0);
    expect(area).toBeCloseTo(240 * 240, 0);
  });

  it('draws the 0.5 contour of a linear field as a straight line', () => {
    const grid = Array.from({ length: GRID * GRID }, (_, i) => (i % GRID) / (GRID - 1));
    const d = contourPath(grid, 6);
    const xs = [...d.matchAll(/[ML]([\d.]+) /g)].map((m) => Number(m[1]));
    expect(xs.length).toBe(2 * (GRID - 1));
    for (const x of xs) expect(x).toBeCloseTo(120, 0);
    expect(contourPath(Array(GRID * GRID).fill(0.2), 6)).toBe('');
  });

  it('shows the dropped units of the last step, or the dropped weights for DropConnect', () => {
    const run = createRun(defaults);
    run.advance(1);
    const f = run.frame();
    const dropped = f.masks.units.flat().filter((m) => m === 0).length;
    const svg = networkSvg(f, 'x');
    expect((svg.match(/class="unit off" d="([^"]*)"/)![1]!.match(/a4 4 0 1 0 8 0/g) ?? []).length).toBe(dropped);
    expect((svg.match(/class="unit" d="([^"]*)"/)![1]!.match(/a4 4 0 1 0 8 0/g) ?? []).length).toBe(LAYERS.reduce((a, b) => a + b) - dropped);
    expect(dropText(f, t)).toMatch(/^休んだユニット：隠れ層1で \d+ \/ 16、隠れ層2で \d+ \/ 16$/);

    const dc = createRun({ ...defaults, connect: true });
    dc.advance(1);
    const g = dc.frame();
    const cut = g.masks.weights.flat().filter((m) => m === 0).length;
    const gsvg = networkSvg(g, 'x');
    expect(gsvg).not.toContain('unit off');
    expect((gsvg.match(/class="edge cut" d="([^"]*)"/)![1]!.match(/M/g) ?? []).length).toBe(cut);
    expect(dropText(g, en as Record<string, string>)).toBe(`Dropped connections: ${cut} / 304`);
  });

  it('fills the table and the texts in both languages', () => {
    const f = finalFrame(defaults);
    const rows = tableRows(f, t);
    expect(rows.map((r) => r[0])).toEqual(['ドロップアウト p = 0.3', 'ドロップアウトなし（p = 0）']);
    for (const r of rows) expect(r.slice(1).every((c) => /^\d+\.\d+%?$/.test(c))).toBe(true);
    for (const strings of [ja, en] as Record<string, string>[]) {
      const v = renderDropout(f, demoData('moons'), strings);
      for (const s of [v.progress, v.summary, v.caption, v.netText]) expect(s).not.toMatch(/\{\w+\}/);
      expect(v.lossSvg.match(/<polyline/g)).toHaveLength(4);
    }
  });
});

describe('dropout demo jobs', { timeout: 30_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** The jobs served as the worker (or the page) serves them, with every message they post. */
  function host() {
    const posts: FromHost[] = [];
    const h = createHost(handlers, (m) => posts.push(m));
    let next = 0;
    return {
      posts,
      /** Starts a job in the demo's one lane; returns its id. */
      run(kind: JobKind, input: Partial<RunInput> = {}) {
        const id = ++next;
        h.receive({ type: 'run', id, lane: 'run', kind, input: { id: 'test', settings: defaults, ...input } });
        return id;
      },
      /** The last frame job `id` sent (progress or result), and whether it has ended. */
      frame(id: number) {
        const mine = posts.filter((m) => m.id === id);
        const ended = mine.some((m) => m.type !== 'progress');
        const error = mine.find((m) => m.type === 'error');
        if (error) throw new Error(error.message);
        const last = mine.filter((m) => m.type === 'progress' || m.type === 'result').at(-1);
        return { frame: last?.value as RunFrame, playing: !ended, cancelled: mine.some((m) => m.type === 'cancelled') };
      },
      progressCount: (id: number) => posts.filter((m) => m.id === id && m.type === 'progress').length,
    };
  }

  it('answers every command with a frame and plays on a timer until the run ends', async () => {
    vi.useFakeTimers();
    const h = host();
    let job = h.run('end', { restart: true });
    await vi.runAllTimersAsync();
    expect(h.frame(job).frame).toEqual(finalFrame(defaults));
    expect(h.frame(job).playing).toBe(false);
    job = h.run('reset');
    await vi.advanceTimersByTimeAsync(0);
    expect(h.frame(job).frame.epoch).toBe(0);
    job = h.run('step');
    await vi.advanceTimersByTimeAsync(0);
    expect(h.frame(job).frame.steps).toBe(1);
    job = h.run('play', { speed: 4 });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.frame(job).playing).toBe(true);
    await vi.advanceTimersByTimeAsync(40);
    expect(h.frame(job).frame.steps).toBe(1 + 5 * 4);
    await vi.advanceTimersByTimeAsync(40 * 100);
    expect(h.frame(job).playing).toBe(false);
    expect(h.frame(job).frame.history).toEqual(finalFrame(defaults).history);
    // Play after the end starts again from the beginning.
    job = h.run('play', { speed: 4 });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.frame(job).frame.steps).toBe(0);
    const played = job;
    job = h.run('pause');
    await vi.advanceTimersByTimeAsync(0);
    expect(h.frame(job).playing).toBe(false);
    const paused = h.frame(job).frame.steps;
    // The superseded play job ends at its next tick, without another frame.
    await vi.advanceTimersByTimeAsync(40);
    expect(h.frame(played).cancelled).toBe(true);
    expect(h.frame(played).frame.steps).toBe(paused);
    job = h.run('end');
    await vi.runAllTimersAsync();
    expect(h.frame(job).frame.done).toBe(true);
  });

  it('stops streaming a play job that a newer job superseded, and draws only the newest settings', async () => {
    vi.useFakeTimers();
    const h = host();
    const first = h.run('play', { speed: 2, restart: true });
    await vi.advanceTimersByTimeAsync(200);
    const streamed = h.progressCount(first);
    expect(streamed).toBeGreaterThan(2);
    // The rate slider moves: each new setting supersedes the run before it.
    const second = h.run('play', { speed: 2, settings: { ...defaults, rate: 0.35 } });
    const third = h.run('play', { speed: 2, settings: { ...defaults, rate: 0.4 } });
    await vi.advanceTimersByTimeAsync(400);
    expect(h.progressCount(first)).toBe(streamed);
    expect(h.frame(first).cancelled).toBe(true);
    // The middle job was dropped before it started: it never sent a frame.
    expect(h.progressCount(second)).toBe(0);
    expect(h.frame(second).cancelled).toBe(true);
    expect(h.progressCount(third)).toBeGreaterThan(2);
    expect(h.frame(third).frame.settings.rate).toBe(0.4);
    expect(h.frame(third).frame.steps).toBe(h.progressCount(third) - 1);
    h.run('pause', { settings: { ...defaults, rate: 0.4 } });
    await vi.advanceTimersByTimeAsync(400);
    const after = h.progressCount(third);
    await vi.advanceTimersByTimeAsync(400);
    expect(h.progressCount(third)).toBe(after);
  });
});
