import { describe, expect, it } from 'vitest';
import { createLogisticDescent, fitLogistic } from '../../../src/lib';
import { handlers } from '../../../src/demos/logistic/jobs';
import { logisticResult, makeDataset, runDescent } from '../../../src/demos/logistic/model';
import { renderLogistic, tableHead } from '../../../src/demos/logistic/render';
import {
  CHECKPOINTS,
  LOGISTIC_SPECS,
  type LogisticResult,
  N_SAMPLES,
  T_MAX,
  TABLE_LAMBDAS,
  cOf,
  normOf,
  pointAt,
  scoreOf,
} from '../../../src/demos/logistic/specs';
import { defaults } from '../../../src/demos/kit/params';
import { strings } from '../../../src/demos/logistic/strings';
import { quotes } from '../../../src/demos/logistic/quotes';

const separable = makeDataset('separable');
const overlap = makeDataset('overlap');

/** ‖w‖ (and all weights) of plain gradient descent after each of `iters` steps. */
function descend(data: typeof separable, alpha: number, iters: number[]) {
  const gd = createLogisticDescent(data.X, data.y, { alpha });
  return iters.map((t) => {
    gd.step(t - gd.iteration);
    return { norm: Math.hypot(...gd.coef), weights: [...gd.coef, gd.intercept] };
  });
}

describe('logistic demo data', () => {
  it('has 40 points, 20 per class; a straight line separates them; 4 labels flip in the overlap set', () => {
    expect(separable.X).toHaveLength(N_SAMPLES);
    expect(separable.y.filter((v) => v === 1)).toHaveLength(N_SAMPLES / 2);
    // The generator's own line 0.8·x₁ + 0.6·x₂ = 0 separates the classes.
    separable.X.forEach((x, i) => expect(Math.sign(0.8 * x[0]! + 0.6 * x[1]!)).toBe(separable.y[i] === 1 ? 1 : -1));
    expect(overlap.X).toEqual(separable.X);
    expect(overlap.y.filter((v, i) => v !== separable.y[i])).toHaveLength(4);
  });

  it('fits the plane: every point inside [−3, 3]²', () => {
    for (const x of separable.X) for (const v of x) expect(Math.abs(v)).toBeLessThan(3);
  });
});

describe('logistic demo claim: the weights grow without a penalty on separable data, and settle with one', () => {
  const free = descend(separable, 0, [100, 1000, 3000, 10000]);

  it('without a penalty, ‖w‖ after 10,000 iterations is much larger than after 1,000, and still increasing', () => {
    expect(free[3]!.norm).toBeGreaterThan(1.4 * free[1]!.norm);
    expect(free[3]!.norm - free[1]!.norm).toBeGreaterThan(3);
    for (let k = 1; k < free.length; k++) expect(free[k]!.norm).toBeGreaterThan(free[k - 1]!.norm);
    // Still growing at the end: the last 100 steps add to ‖w‖.
    const gd = createLogisticDescent(separable.X, separable.y, { alpha: 0 });
    gd.step(T_MAX);
    const at = Math.hypot(...gd.coef);
    gd.step(100);
    expect(Math.hypot(...gd.coef)).toBeGreaterThan(at);
    // About like log t: the growth per decade stays between 2 and 6.
    expect(free[3]!.norm - free[1]!.norm).toBeLessThan(6);
    expect(free[1]!.norm - free[0]!.norm).toBeGreaterThan(2);
  });

  it('with λ = 0.01, the weights converge (5,000 vs 10,000 iterations differ by < 1e-6) to fitLogistic at the same λ (1e-4)', () => {
    const [mid, end] = descend(separable, 0.01, [5000, 10000]);
    for (let j = 0; j < 3; j++) expect(Math.abs(end!.weights[j]! - mid!.weights[j]!)).toBeLessThan(1e-6);
    const fit = fitLogistic(separable.X, separable.y, { alpha: 0.01, l1Ratio: 0, tol: 1e-12 });
    expect(fit.converged).toBe(true);
    [...fit.coef, fit.intercept].forEach((v, j) => expect(Math.abs(end!.weights[j]! - v)).toBeLessThan(1e-4));
    expect(end!.norm).toBeLessThan(free[1]!.norm / 2);
  });

  it('every table λ > 0 settles; a smaller λ leaves larger weights', () => {
    const norms = TABLE_LAMBDAS.filter((l) => l > 0).map((lambda) => {
      const fit = fitLogistic(separable.X, separable.y, { alpha: lambda, l1Ratio: 0, tol: 1e-12 });
      const run = runDescent(separable, lambda);
      const last = pointAt(run, T_MAX);
      expect(Math.abs(normOf(last) - Math.hypot(...fit.coef))).toBeLessThan(1e-4);
      return normOf(last);
    });
    for (let k = 1; k < norms.length; k++) expect(norms[k]).toBeLessThan(norms[k - 1]!);
  });

  it('on the overlap set the weights settle even without a penalty (the maximum likelihood estimate exists)', () => {
    const [mid, end] = descend(overlap, 0, [5000, 10000]);
    expect(Math.abs(end!.norm - mid!.norm)).toBeLessThan(1e-6);
    const fit = fitLogistic(overlap.X, overlap.y, { alpha: 0, l1Ratio: 0, tol: 1e-12 });
    expect(fit.converged).toBe(true);
    expect(Math.abs(end!.norm - Math.hypot(...fit.coef))).toBeLessThan(1e-4);
  });
});

describe('logistic demo model and render', () => {
  const s = defaults(LOGISTIC_SPECS);
  const result = logisticResult(s);
  const t: Record<string, string> = { ...strings.en };

  it('records the runs at whole, increasing checkpoints up to T_MAX, the slider grid among them', () => {
    expect(CHECKPOINTS[0]).toBe(1);
    expect(CHECKPOINTS.at(-1)).toBe(T_MAX);
    for (let k = 1; k < CHECKPOINTS.length; k++) expect(CHECKPOINTS[k]).toBeGreaterThan(CHECKPOINTS[k - 1]!);
    for (let k = 0; k <= 30; k++) expect(CHECKPOINTS).toContain(Math.round(10 ** (1 + k / 10)));
    expect(result.run.points.map((p) => p[0])).toEqual(CHECKPOINTS);
  });

  it('the table is the model’s runs: ‖w‖ at 1,000 and 10,000 iterations, C = 1/(nλ), loss and accuracy', () => {
    expect(result.table.map((r) => r.lambda)).toEqual([...TABLE_LAMBDAS]);
    const v = renderLogistic(result, s, t);
    expect(v.rows).toHaveLength(4);
    const free = runDescent(separable, 0);
    expect(v.rows[0]).toEqual([
      '0 (no penalty)',
      '∞',
      normOf(pointAt(free, 1000)).toFixed(3),
      normOf(pointAt(free, 10000)).toFixed(3),
      expect.any(String),
      '100%',
    ]);
    expect(v.rows[2]![1]).toBe(String(cOf(0.01)));
    expect(cOf(0.01)).toBeCloseTo(2.5, 12);
    expect(v.rows[2]![2]).toBe(v.rows[2]![3]);
    expect(tableHead(t)).toHaveLength(6);
  });

  it('draws the plane with 40 points and three probability lines, two ‖w‖ curves with end labels, and states C', () => {
    const v = renderLogistic(result, s, t);
    expect(v.planeSvg.match(/class="pt[01]"/g)).toHaveLength(N_SAMPLES);
    expect(v.planeSvg.match(/class="(boundary|level)"/g)).toHaveLength(3);
    expect(v.normSvg.match(/<polyline/g)).toHaveLength(2);
    expect(v.normSvg).toContain('>no penalty</text>');
    expect(v.normSvg).toContain('>λ = 0.01</text>');
    expect(v.cText).toBe('In scikit-learn’s LogisticRegression this λ is C = 1/(nλ) = 1/(40 × 0.01) = 2.5.');
    expect(v.status).toMatch(
      /^λ = 0\.01, iteration 10,000: ‖w‖ = 3\.277, mean log-loss 0\.053, training accuracy 100%\. Since iteration 1000, ‖w‖ has changed by less than 0\.0001/,
    );
    expect(v.progress).toBe('Iteration 10,000 / 10,000');
  });

  it('without a penalty the status shows ‖w‖ still growing, and C is replaced by penalty=None', () => {
    const off = { ...s, penalty: false };
    const v = renderLogistic(logisticResult(off), off, t);
    expect(v.normSvg.match(/<polyline/g)).toHaveLength(1);
    expect(v.status).toMatch(/^No penalty, iteration 10,000: ‖w‖ = 12\.\d{3}, .* Since iteration 1000, ‖w‖ has changed by \+4\.\d{3}\./);
    expect(v.cText).toContain('penalty=None');
    const score = scoreOf(separable, pointAt(logisticResult(off).run, T_MAX));
    expect(score.accuracy).toBe(1);
    expect(score.loss).toBeLessThan(0.001);
  });

  it('the numbers the prose quotes are the table’s', () => {
    const v = renderLogistic(result, s, t);
    expect([quotes.free1000!('ja'), quotes.free10000!('ja'), quotes.l2at10000!('en')]).toEqual([v.rows[0]![2], v.rows[0]![3], v.rows[2]![3]]);
    expect(v.rows[2]![2]).toBe(v.rows[2]![3]);
  });

  it('the worker job gives the same result as the build, and reuses the table runs for a new λ', async () => {
    const job = { cancelled: false, progress: () => {} };
    const a = (await handlers.train({ lambda: 0.01, data: 'separable' }, job)) as LogisticResult;
    expect(a).toEqual(result);
    const b = (await handlers.train({ lambda: 0.5, data: 'separable' }, job)) as LogisticResult;
    expect(b.run.lambda).toBe(0.5);
    expect(b.table).toEqual(result.table);
    expect(b).toEqual(logisticResult({ lambda: 0.5, penalty: true, data: 'separable' }));
  });
});
