import { describe, expect, it } from 'vitest';
import { descentCurve, doubleDescentSweep } from '../../../src/lib';
import { handlers } from '../../../src/demos/descent/jobs';
import { descentView, fullSweep, makeTask } from '../../../src/demos/descent/model';
import { quotes } from '../../../src/demos/descent/quotes';
import { formatParam, renderDescent, tableHead } from '../../../src/demos/descent/render';
import {
  ALPHAS,
  DESCENT_SPECS,
  type DescentResult,
  FEATURES,
  N_SAMPLES,
  PS,
  TABLE_LAMBDAS,
  TABLE_PS,
  lambdaIndex,
  lambdaOf,
  valueAt,
} from '../../../src/demos/descent/specs';
import { strings } from '../../../src/demos/descent/strings';
import { defaults, fromSlider, settle, sliderAttributes } from '../../../src/demos/kit/params';
import { withChartStrings } from '../../../src/demos/kit/strings';

const t = withChartStrings('en', strings.en);
const s = defaults(DESCENT_SPECS);
const result = descentView(s);

describe('descent demo settings', () => {
  it('the λ slider’s stops are exactly ALPHAS: its left end is λ = 0, then 10^−4.75 … 1', () => {
    const { min, max, step } = sliderAttributes(DESCENT_SPECS.lambda);
    const stops = Array.from({ length: Math.round((max - min) / (step as number)) + 1 }, (_, k) =>
      fromSlider(DESCENT_SPECS.lambda, min + k * (step as number)),
    );
    expect(stops.map(lambdaOf)).toEqual([...ALPHAS]);
    expect(ALPHAS[0]).toBe(0);
    expect(ALPHAS.at(-1)).toBe(1);
    expect(lambdaOf(s.lambda)).toBe(0);
    for (const lambda of TABLE_LAMBDAS.slice(1)) expect(lambdaOf(settle(DESCENT_SPECS.lambda, lambda))).toBeCloseTo(lambda, 15);
  });

  it('computes every p near the threshold and the table’s p = n/2, n, 2n, 4n', () => {
    for (let j = 1; j < PS.length; j++) expect(PS[j]).toBeGreaterThan(PS[j - 1]!);
    expect(PS[0]).toBe(1);
    expect(PS.at(-1)).toBe(FEATURES);
    for (let p = N_SAMPLES - 6; p <= N_SAMPLES + 6; p++) expect(PS).toContain(p);
    for (const p of TABLE_PS) expect(PS).toContain(p);
  });

  it('writes λ = 0 as ridgeless and the noise as σ', () => {
    expect(formatParam('lambda', s.lambda, t)).toBe('λ = 0 (ridgeless)');
    expect(formatParam('lambda', settle(DESCENT_SPECS.lambda, 0.001), t)).toBe('λ = 0.001');
    expect(formatParam('noise', s.noise, t)).toBe('σ = 0.3');
    expect(formatParam('lambda', s.lambda, { ...strings.ja })).toBe('λ = 0（リッジなし）');
  });
});

describe('descent demo claims (the default setting and the table)', () => {
  it('the ridgeless test error peaks at p = n, more than 10 times its value at p = n/2, and falls again to below the classical best', () => {
    const peak = Math.max(...result.test);
    expect(PS[result.test.indexOf(peak)]).toBe(N_SAMPLES);
    expect(peak).toBeGreaterThan(10 * valueAt(result.test, N_SAMPLES / 2));
    const classicalBest = Math.min(...result.test.filter((_, j) => PS[j]! < N_SAMPLES));
    expect(valueAt(result.test, FEATURES)).toBeLessThan(classicalBest);
  });

  it('the training error reaches 0 at p = n and stays there', () => {
    for (const [j, p] of PS.entries()) {
      if (p >= N_SAMPLES) expect(result.train[j]).toBeLessThan(1e-20);
      else expect(result.train[j]).toBeGreaterThan(1e-4);
    }
  });

  it('λ = 0.001 removes the peak: the test error at p = n drops below its value at n/2, and the curve hardly rises anywhere', () => {
    const ridge = descentView({ ...s, lambda: settle(DESCENT_SPECS.lambda, 0.001) });
    expect(ridge.lambda).toBeCloseTo(0.001, 15);
    expect(valueAt(ridge.test, N_SAMPLES)).toBeLessThan(valueAt(ridge.test, N_SAMPLES / 2));
    const rise = Math.max(...ridge.test.map((v, j) => v - Math.min(...ridge.test.slice(0, j + 1))));
    expect(rise).toBeLessThan(0.02);
    for (const [j, v] of ridge.test.entries()) expect(v).toBeGreaterThanOrEqual(result.best[j]! - 1e-15);
  });

  it('the best λ for each p is the lower envelope of all λ, and lies on or below the curve shown', () => {
    const sweep = fullSweep();
    for (const [j, v] of result.best.entries()) {
      expect(v).toBeLessThanOrEqual(result.test[j]!);
      expect(v).toBeCloseTo(Math.min(...ALPHAS.map((_, l) => descentCurve(sweep, l, s.noise).test[j]!)), 14);
    }
  });

  it('the table is the medians at p = n/2, n, 2n, 4n for each table λ, as the model computes them', () => {
    const sweep = doubleDescentSweep(makeTask(), { ps: [...TABLE_PS], alphas: TABLE_LAMBDAS.map((l) => ALPHAS[lambdaIndex(Math.max(l, 1e-5))]!) });
    TABLE_LAMBDAS.forEach((_, k) => {
      expect(result.table[k]).toEqual(descentCurve(sweep, k, s.noise).test);
    });
  });
});

describe('descent demo render', () => {
  const view = renderDescent(result, t);

  it('draws the test and training error and the best-λ envelope, and the threshold at p = n', () => {
    expect(view.svg.match(/<polyline/g)).toHaveLength(3);
    for (const cls of ['line-main', 'line-compare', 'line-reference']) expect(view.svg).toContain(`<polyline class="${cls}"`);
    expect(view.svg).toContain('class="threshold" x1="25%"');
    expect(view.svg).toContain('>30 (= n)</text>');
    // The training error is 0 from p = n on: that line leaves the plot below, with the kit's arrow.
    expect(view.svg).toContain('↓ cut off below');
  });

  it('says the height of the peak, the λ and σ in use, in the status line', () => {
    expect(view.status).toBe(
      `λ = 0 (ridgeless), σ = 0.3: at p = n = 30 the test error is ${quotes['ridgeless.peak']!('en')}, ${quotes['ridgeless.ratio']!('en')} times its value at p = 15 (${quotes['ridgeless.half']!('en')}). At p = 120 it is ${quotes['ridgeless.end']!('en')}.`,
    );
    expect(view.caption).toBe('Test error (median of 20 draws), σ = 0.3');
    expect(tableHead(t)).toEqual(['λ', ['p = 15', '(= n/2)'], ['p = 30', '(= n)'], ['p = 60', '(= 2n)'], ['p = 120', '(= 4n)']]);
  });

  it('the numbers the prose quotes are the table’s', () => {
    const ridgeRow = view.rows[TABLE_LAMBDAS.indexOf(0.001)]!;
    expect(view.rows[0]!.slice(0, 3)).toEqual(['0 (ridgeless)', quotes['ridgeless.half']!('en'), quotes['ridgeless.peak']!('en')]);
    expect(view.rows[0]![4]).toBe(quotes['ridgeless.end']!('ja'));
    expect([ridgeRow[1], ridgeRow[2], ridgeRow[4]]).toEqual([quotes['ridge.half']!('en'), quotes['ridge.peak']!('en'), quotes['ridge.end']!('en')]);
    expect(Number(quotes['ridgeless.classicalBest']!('en'))).toBeGreaterThan(Number(quotes['ridgeless.end']!('en')));
  });

  it('without noise the peak stays: σ = 0 still gives more than 10 times the error at p = n/2', () => {
    expect(Number(quotes['noiseless.peak']!('en'))).toBeGreaterThan(10 * Number(quotes['noiseless.half']!('en')));
  });
});

describe('descent demo jobs', () => {
  it('a superseded first job stops early; the next one finishes the same sweep and answers like the build', async () => {
    const cancelled = { cancelled: false, progress: () => {} };
    const first = handlers.curves({ lambda: s.lambda, noise: s.noise }, cancelled);
    cancelled.cancelled = true;
    expect(await first).toBeUndefined();
    const job = { cancelled: false, progress: () => {} };
    const answer = (await handlers.curves({ lambda: s.lambda, noise: s.noise }, job)) as DescentResult;
    expect(answer).toEqual(result);
    const other = (await handlers.curves({ lambda: settle(DESCENT_SPECS.lambda, 0.01), noise: 0.7 }, job)) as DescentResult;
    expect(other).toEqual(descentView({ lambda: settle(DESCENT_SPECS.lambda, 0.01), noise: 0.7 }));
  }, 60_000);
});
