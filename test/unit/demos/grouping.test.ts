import { describe, expect, it } from 'vitest';
import { GROUPING_SPECS, fitGrouping, keptPerGroup, makeGroupedData } from '../../../src/demos/grouping/model';
import { fitElasticNet } from '../../../src/lib';

const defaults = { corr: GROUPING_SPECS.corr.default, lambda: GROUPING_SPECS.lambda.default, rho: GROUPING_SPECS.rho.default, seed: 1 };

describe('grouping demo model', () => {
  it('generates the same data for the same seed, with the requested within-group correlation', () => {
    const a = makeGroupedData(0.9, 3);
    expect(makeGroupedData(0.9, 3)).toEqual(a);
    const col = (j: number) => a.X.map((r) => r[j]!);
    const corr = (u: number[], v: number[]) =>
      u.reduce((s, x, i) => s + x * v[i]!, 0) / Math.sqrt(u.reduce((s, x) => s + x * x, 0) * v.reduce((s, x) => s + x * x, 0));
    expect(corr(col(0), col(1))).toBeGreaterThan(0.8);
    expect(Math.abs(corr(col(0), col(3)))).toBeLessThan(0.4);
  });

  it('shows the grouping effect at the default setting: Elastic Net keeps more of each signal group than the lasso', () => {
    let lassoKept = 0;
    let enetKept = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const { lasso, enet } = fitGrouping({ ...defaults, seed });
      lassoKept += keptPerGroup(lasso)
        .slice(0, 2)
        .reduce((s, k) => s + k, 0);
      enetKept += keptPerGroup(enet)
        .slice(0, 2)
        .reduce((s, k) => s + k, 0);
    }
    expect(enetKept).toBe(60); // all 6 signal features, for every seed
    expect(lassoKept).toBeLessThan(0.8 * enetKept); // the lasso drops members of the groups
  });

  it('spreads weight evenly within a group under Elastic Net as the correlation nears 1', () => {
    const { enet } = fitGrouping({ ...defaults, corr: 0.99 });
    const groupA = enet.slice(0, 3);
    expect(Math.min(...groupA)).toBeGreaterThan(0);
    expect(Math.max(...groupA) - Math.min(...groupA)).toBeLessThan(0.25 * Math.max(...groupA));
  });

  it('draws the same bars for a setting whatever the sliders did before (each fit starts from 0)', () => {
    const s = { ...defaults, lambda: 0.35, rho: 0.6 };
    for (const lambda of [0.05, 2, 0.8]) fitGrouping({ ...s, lambda });
    fitGrouping({ ...s, rho: 0.1 });
    const { X, y } = makeGroupedData(s.corr, s.seed);
    const opts = { alpha: s.lambda, tol: 1e-8, maxIter: 10000 };
    expect(fitGrouping(s)).toEqual({ lasso: fitElasticNet(X, y, { ...opts, l1Ratio: 1 }).coef, enet: fitElasticNet(X, y, { ...opts, l1Ratio: s.rho }).coef });
  });
});
