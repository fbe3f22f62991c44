// The stability demo (src/demos/stability): its data, its grid and sliders, the claims the page
// makes about what it shows, its jobs and its rendering, checked against the engine.
import { describe, expect, it } from 'vitest';
import { alphaMax, averageSelected, errorBound, maxFrequency, stabilitySelection, stableSet, standardize } from '../../../src/lib';
import { handlers, pathOnce, selectionNow } from '../../../src/demos/stability/jobs';
import { DATA_SEED, NOISE_SD, TRUE_COEF, makeData } from '../../../src/demos/stability/model';
import { LOW_THRESHOLD, WIDE_LAMBDA, quotes as exerciseQuotes } from '../../../src/demos/stability/quotes-stability-selection';
import { quotes } from '../../../src/demos/stability/quotes';
import { formatParam, progressText, renderStability, summarize, support, tableHead } from '../../../src/demos/stability/render';
import {
  GRID,
  LOOKALIKE,
  LOOKALIKE_CORRELATION,
  N_FEATURES,
  N_SAMPLES,
  STABILITY_SPECS,
  type Selection,
  TRUE_COUNT,
  gridIndex,
  roleOf,
} from '../../../src/demos/stability/specs';
import { strings } from '../../../src/demos/stability/strings';
import { defaults, fromSlider, settle, sliderAttributes } from '../../../src/demos/kit/params';

const data = makeData();
const S = defaults(STABILITY_SPECS);
const opened = selectionNow(S);
const t = strings.ja;

const corr = (a: number[], b: number[]) => {
  const ma = a.reduce((s, v) => s + v, 0) / a.length;
  const mb = b.reduce((s, v) => s + v, 0) / b.length;
  const cov = a.reduce((s, v, i) => s + (v - ma) * (b[i]! - mb), 0);
  return cov / Math.sqrt(a.reduce((s, v) => s + (v - ma) ** 2, 0) * b.reduce((s, v) => s + (v - mb) ** 2, 0));
};
const column = (j: number) => data.X.map((row) => row[j]!);

describe('stability demo data and grid', () => {
  it('has 100 rows of 30 features; y is x1…x4 plus noise; x5 looks like x1 and has no effect', () => {
    expect(data.X).toHaveLength(N_SAMPLES);
    for (const row of data.X) expect(row).toHaveLength(N_FEATURES);
    expect(makeData(DATA_SEED)).toEqual(data);
    expect(Math.abs(corr(column(0), column(LOOKALIKE)) - LOOKALIKE_CORRELATION)).toBeLessThan(0.1);
    // The residual of y after the true part is noise of about NOISE_SD, unrelated to the lookalike.
    const resid = data.y.map((v, i) => v - TRUE_COEF.reduce((s, b, j) => s + b * data.X[i]![j]!, 0));
    const sd = Math.sqrt(resid.reduce((s, v) => s + v * v, 0) / N_SAMPLES);
    expect(Math.abs(sd - NOISE_SD)).toBeLessThan(0.3);
    expect(Math.abs(corr(resid, column(LOOKALIKE)))).toBeLessThan(0.25);
    expect([0, 1, 2, 3, 4, 5].map(roleOf)).toEqual(['true', 'true', 'true', 'true', 'look', 'noise']);
    expect(TRUE_COEF).toHaveLength(TRUE_COUNT);
  });

  it('the grid runs down from above λ_max (nothing selected at its top) in steps of 0.05 in log₁₀ λ', () => {
    expect(GRID[0]!).toBeGreaterThan(alphaMax(standardize(data.X).X, data.y, { l1Ratio: 1 }));
    expect(support(pathOnce().coefs[0]!)).toEqual([]);
    GRID.forEach((a, k) => k > 0 && expect(Math.log10(GRID[k - 1]!) - Math.log10(a)).toBeCloseTo(0.05, 12));
  });

  it('every point of the Λ slider is a point of the grid, and the exercise links are on the sliders', () => {
    const spec = STABILITY_SPECS.lambda;
    const { min, max, step } = sliderAttributes(spec);
    for (let k = 0; k <= Math.round((max - min) / Number(step)); k++) {
      const lambda = fromSlider(spec, min + k * Number(step));
      expect(GRID[gridIndex(lambda)]).toBe(lambda);
    }
    expect(settle(spec, WIDE_LAMBDA)).toBe(WIDE_LAMBDA);
    expect(settle(STABILITY_SPECS.threshold, LOW_THRESHOLD)).toBe(LOW_THRESHOLD);
    // B/2 complementary pairs: every B on the slider is even.
    for (let b = STABILITY_SPECS.subsamples.min; b <= STABILITY_SPECS.subsamples.max; b += STABILITY_SPECS.subsamples.step) expect(b % 2).toBe(0);
  });
});

describe('what the page says the demo shows', () => {
  const s = summarize(opened, S);

  it('when it opens: the stable set is exactly x1…x4, the lookalike stays below π_thr but above 0.6, the noise far below', () => {
    expect(s.stable).toEqual([0, 1, 2, 3]);
    expect(s.max[LOOKALIKE]!).toBeLessThan(S.threshold);
    expect(s.max[LOOKALIKE]!).toBeGreaterThanOrEqual(LOW_THRESHOLD);
    expect(Math.max(...s.max.slice(LOOKALIKE + 1))).toBeLessThan(0.5);
    expect(s.bound).toBeGreaterThan(1); // the bound allows more errors than happen (none)
  });

  it('the lasso on all the data selects the lookalike at Λ’s lower end, and pure noise at the λ of cross-validation', () => {
    expect(support(pathOnce().coefs[gridIndex(S.lambda)]!)).toEqual([0, 1, 2, 3, LOOKALIKE]);
    const cv = support(pathOnce().coefs[gridIndex(pathOnce().cvLambda)]!);
    expect(cv.filter((j) => roleOf(j) === 'noise').length).toBeGreaterThan(3);
    expect(pathOnce().cvLambda).toBeLessThan(S.lambda);
  });

  it('exercise 1: at π_thr = 0.6 the lookalike joins and the bound grows by (0.5/0.2)', () => {
    const low = summarize(opened, { ...S, threshold: LOW_THRESHOLD });
    expect(low.stable).toEqual([0, 1, 2, 3, LOOKALIKE]);
    expect(low.q).toBe(s.q);
    expect(low.bound / s.bound).toBeCloseTo(2.5, 12);
  });

  it('exercise 2: with Λ down to λ = 0.1, q and the bound grow, the lookalike passes π_thr, no pure noise does', () => {
    const wide = summarize(opened, { ...S, lambda: WIDE_LAMBDA });
    expect(wide.q).toBeGreaterThan(2 * s.q);
    expect(wide.bound).toBeGreaterThan(10);
    expect(wide.stable).toEqual([0, 1, 2, 3, LOOKALIKE]);
    expect(Math.max(...wide.max.slice(LOOKALIKE + 1))).toBeLessThan(S.threshold);
  });

  it('exercise 3: the π_thr that brings the bound to 1 is above the slider’s end', () => {
    const pi = (1 + s.q ** 2 / N_FEATURES) / 2;
    expect(errorBound(s.q, N_FEATURES, pi)).toBeCloseTo(1, 12);
    expect(pi).toBeGreaterThan(STABILITY_SPECS.threshold.max);
    expect(exerciseQuotes['ex.piForOne']!('ja')).toBe(pi.toFixed(2));
  });

  it('quotes render in both languages, and name the features as the demo does', () => {
    expect(quotes.stable!('ja')).toBe('x1、x2、x3、x4');
    expect(quotes.stable!('en')).toBe('x1, x2, x3, x4');
    for (const set of [quotes, exerciseQuotes])
      for (const quote of Object.values(set)) for (const lang of ['ja', 'en'] as const) expect(quote(lang)).toMatch(/\d/);
  });
});

describe('the demo reads the engine’s result with the engine’s helpers', () => {
  it('its selection is stabilitySelection on the same data, grid, B, pairs and seed', () => {
    const r = stabilitySelection(data.X, data.y, { alphas: [...GRID], nSubsamples: S.subsamples, seed: S.seed, complementaryPairs: true });
    expect(opened.frequencies).toEqual(r.frequencies);
    expect(opened.supports).toEqual(r.supports);
  });

  it('the table and the sentences agree with stableSet, maxFrequency, averageSelected and errorBound', () => {
    for (const threshold of [0.6, 0.75, 0.9]) {
      for (const lambda of [1, S.lambda, WIDE_LAMBDA]) {
        const st = { ...S, threshold, lambda };
        const view = renderStability(pathOnce(), opened, st, t);
        const region = { min: GRID[gridIndex(lambda)]! };
        const stable = stableSet(opened, threshold, region);
        const max = maxFrequency(opened, region);
        expect(view.rows).toHaveLength(N_FEATURES);
        view.rows.forEach((row, j) => {
          expect(row[2]).toBe(max[j]!.toFixed(2));
          expect(row[3]).toBe(stable.includes(j) ? t['demo.stability.yes'] : t['demo.stability.no']);
        });
        const q = averageSelected(opened, region);
        expect(view.bound).toContain(`= ${Number(errorBound(q, N_FEATURES, threshold).toPrecision(3))} 個`);
        expect(view.status).toEqual(stable.length === 0 ? t['demo.stability.statusNone'] : expect.stringContaining(`${stable.length} 個`));
      }
    }
  });

  it('draws both charts with every feature, the threshold line and the markers; names the labelled lines', () => {
    const view = renderStability(pathOnce(), opened, S, strings.en);
    for (const svg of [view.pathSvg, view.stabilitySvg]) {
      expect(svg.match(/<polyline class="feat-/g)).toHaveLength(N_FEATURES);
      expect(svg.match(/class="end-label feat-(true|look)"/g)).toHaveLength(TRUE_COUNT + 1);
      expect(svg).toContain('class="marker"');
    }
    expect(view.stabilitySvg).toContain('class="threshold"');
    expect(view.pathSvg).toContain('class="cv-marker"');
    expect(tableHead(strings.en)).toEqual([
      'Feature',
      'What it is',
      'Highest share in Λ',
      'Stability selection',
      'Lasso on all the data (lower end of Λ): coefficient',
    ]);
    expect(formatParam('threshold', 0.75, t)).toBe('π_thr = 0.75');
    expect(formatParam('lambda', 10 ** -0.4, t)).toBe('λ = 0.398');
    expect(formatParam('subsamples', 100, t)).toBe('100 個（50 組）');
    expect(progressText(30, 100, strings.en)).toBe('Fitted 30 of 100 subsamples…');
  });
});

describe('the worker’s jobs', () => {
  it('select: the same selection as the build, with progress, and undefined once superseded', async () => {
    const progress: unknown[] = [];
    const job = { cancelled: false, progress: (v: unknown) => progress.push(v) };
    const input = { subsamples: 40, seed: 7 };
    const sel = (await handlers.select(input, job)) as Selection;
    expect(sel.frequencies).toEqual(selectionNow(input).frequencies);
    expect(sel.subsamples).toBe(40);
    expect(progress).toEqual([10, 20, 30].map((done) => ({ done, total: 40 })));
    const cut = { cancelled: true, progress: () => {} };
    expect(await handlers.select({ subsamples: 200, seed: 8 }, cut)).toBeUndefined();
    expect(handlers.path()).toBe(pathOnce());
  });

  it('new subsamples (another seed) change the frequencies but not what the page claims', () => {
    const other = selectionNow({ subsamples: S.subsamples, seed: S.seed + 1 });
    expect(other.frequencies).not.toEqual(opened.frequencies);
    expect(summarize(other, S).stable.slice(0, TRUE_COUNT)).toEqual([0, 1, 2, 3]);
  });
});
