import { describe, expect, it } from 'vitest';
import { fromSlider, sliderAttributes, toSlider } from '../../../src/demos/kit/params';
import { fitElasticNet } from '../../../src/lib';
import { handlers } from '../../../src/demos/paths/jobs';
import { type Diabetes, coefAt, computePath, prepareDiabetes } from '../../../src/demos/paths/model';
import { cvSummary } from '../../../src/demos/paths/cv-render';
import { formatCoef, pathTable } from '../../../src/demos/paths/render';
import { PATHS_SPECS, type PathsSettings, countNonzero, lambdaAxis } from '../../../src/demos/paths/specs';
import { strings } from '../../../src/demos/paths/strings';

const lasso = { model: 'lasso', rho: 0.5, std: true } as const;
const ridge = { model: 'ridge', rho: 0.5, std: true } as const;

describe('paths demo jobs', () => {
  it('moves λ on a log scale of 45 steps, with the charts on the slider scale', () => {
    const spec = PATHS_SPECS.lambda;
    const { min, max, step } = sliderAttributes(spec);
    expect([min, max]).toEqual([-4, 5]);
    expect((max - min) / Number(step)).toBeCloseTo(45, 10);
    expect(fromSlider(spec, toSlider(spec, 0.3))).toBeCloseTo(10 ** -0.6, 12); // the nearest grid point
    expect(lambdaAxis(100)).toBe(2);
  });

  it('computes each path once: the next job with the same settings gets it from the cache', () => {
    const first = handlers.path(lasso);
    expect(handlers.path({ ...lasso, rho: 0.3 })).toBe(first); // ρ does not change the lasso
    expect(handlers.path({ ...lasso, std: false })).not.toBe(first);
    for (let k = 1; k < first.lambdas.length; k++) expect(first.lambdas[k]!).toBeGreaterThan(first.lambdas[k - 1]!);
  });

  it('fits at one λ inside the path range, and keeps λ inside it', () => {
    const path = handlers.path(lasso);
    const inside = handlers.fit({ settings: lasso, lambda: 1 });
    expect(inside.lambda).toBe(1);
    expect(inside.l1).toBeCloseTo(
      inside.coef.reduce((a, c) => a + Math.abs(c), 0),
      12,
    );
    const above = handlers.fit({ settings: lasso, lambda: 1e5 });
    expect(above.lambda).toBe(path.lambdas.at(-1));
    expect(countNonzero(above.coef)).toBe(0);
    expect(handlers.fit({ settings: lasso, lambda: 1e-4 }).lambda).toBe(path.lambdas[0]);
  });

  it('sets lasso coefficients exactly to zero as λ grows, and never ridge ones', () => {
    const small = handlers.fit({ settings: lasso, lambda: 0.01 });
    const large = handlers.fit({ settings: lasso, lambda: 10 });
    expect(countNonzero(large.coef)).toBeLessThan(countNonzero(small.coef));
    expect(countNonzero(handlers.fit({ settings: ridge, lambda: 1000 }).coef)).toBe(10);
  });

  it('answers a λ the same way whatever was asked before (a copied link shows the sender’s numbers), as exactly as a tight cold fit', () => {
    const enet = { model: 'enet', rho: 0.35, std: false } as const;
    const ask = (d: Diabetes, s: PathsSettings, lambda: number) => {
      computePath(d, s); // as the fit job does: the path first
      return coefAt(d, s, lambda);
    };
    const fresh = prepareDiabetes();
    const busy = prepareDiabetes();
    for (const lambda of [30, 0.02, 3, 0.5]) ask(busy, enet, lambda);
    ask(busy, lasso, 2);
    for (const lambda of [1, 0.1, 10 ** 1.4]) {
      const coef = ask(fresh, enet, lambda);
      expect(ask(busy, enet, lambda)).toEqual(coef);
      const exact = fitElasticNet(fresh.X, fresh.y, { alpha: lambda, l1Ratio: 0.35, tol: 1e-14, maxIter: 1e6 }).coef.map((c, j) => c * fresh.sd[j]!);
      expect(coef.map(formatCoef)).toEqual(exact.map(formatCoef));
    }
  });

  it('cross-validates on the path grid: λ_1se is at least λ_min, and the summary names both', () => {
    const cv = handlers.cv(lasso);
    expect(cv.lambdas).toEqual(handlers.path(lasso).lambdas);
    expect(cv.lambda1se).toBeGreaterThanOrEqual(cv.lambdaMin);
    expect(handlers.cv(lasso)).toBe(cv);
    expect(cvSummary(cv, strings.en)).toMatch(/^λ_min = [\d.]+ \(CV error \d+ ± \d+\); one-standard-error rule λ_1se = [\d.]+$/);
  });

  it('writes coefficients with a typeset minus and the path table with six λ columns', () => {
    expect(formatCoef(0)).toBe('0');
    expect(formatCoef(-12.34)).toBe('−12.3');
    expect(formatCoef(-0.0123)).toBe('−0.012');
    const table = pathTable(
      handlers.path(lasso),
      Array.from({ length: 10 }, (_, j) => `f${j}`),
    );
    expect(table.head).toHaveLength(6);
    expect(table.rows).toHaveLength(10);
    expect(table.rows[0]).toHaveLength(7);
  });
});
