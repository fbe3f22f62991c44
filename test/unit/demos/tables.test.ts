import { describe, expect, it } from 'vitest';
import { computeDropoutTable } from '../../../src/demos/tables/dropout';
import { computeEnetCv } from '../../../src/demos/tables/enet-cv';
import { fmtAlpha, fmtCoef } from '../../../src/demos/tables/format';
import { TASK, computeOverview } from '../../../src/demos/tables/overview';
import { overviewCells } from '../../../src/demos/tables/overview-render';

describe('overview table', () => {
  const o = computeOverview(0, () => 0);
  const row = (k: string) => o.rows.find((r) => r.key === k)!;
  it('the lasso row has fewer non-zeros than ridge, Elastic Net in between', () => {
    expect(row('ridge').nonZero).toBe(TASK.nFeatures);
    expect(row('lasso').nonZero).toBeLessThan(row('enet').nonZero);
    expect(row('enet').nonZero).toBeLessThan(row('ridge').nonZero);
  });
  it('on this sparse p > n task the L1 penalties beat ridge on held-out MSE', () => {
    expect(o.nTrain).toBe(70);
    expect(o.nTest).toBe(30);
    expect(row('lasso').testMse).toBeLessThan(row('ridge').testMse);
    expect(row('enet').testMse).toBeLessThan(row('ridge').testMse);
  });
  it('is deterministic apart from the clock and changes with the seed', () => {
    const strip = (x: typeof o) => x.rows.map(({ ms: _ms, ...rest }) => rest);
    expect(strip(computeOverview(0, () => 1))).toEqual(strip(o));
    expect(strip(computeOverview(1, () => 0))).not.toEqual(strip(o));
    let t = 0;
    expect(computeOverview(0, () => (t += 5)).rows.every((r) => r.ms === 5)).toBe(true);
    expect(overviewCells(o)[1]![1]).toBe('120 / 120');
  });
});

describe('diabetes CV table', () => {
  const { columns, features } = computeEnetCv();
  it('has L1, L2 and Elastic Net at α_min and α_1se, with α_1se ≥ α_min', () => {
    expect(columns.map((c) => `${c.model}:${c.rule}`)).toEqual(['lasso:min', 'lasso:1se', 'ridge:min', 'ridge:1se', 'enet:min', 'enet:1se']);
    for (let k = 0; k < 6; k += 2) {
      expect(columns[k + 1]!.alpha).toBeGreaterThanOrEqual(columns[k]!.alpha);
      // The 1-SE rule: within one standard error of the minimum.
      expect(columns[k + 1]!.cvMse).toBeLessThanOrEqual(columns[k]!.cvMse + columns[k]!.cvSe + 1e-9);
    }
    expect(features).toHaveLength(10);
  });
  it('the lasso keeps fewer features than ridge, and fewer still at α_1se', () => {
    const [lMin, l1se, rMin] = columns;
    expect(lMin!.nonZero).toBeLessThan(rMin!.nonZero);
    expect(rMin!.nonZero).toBe(10);
    expect(l1se!.nonZero).toBeLessThanOrEqual(lMin!.nonZero);
    expect(lMin!.coef.filter((c) => c === 0).length).toBe(10 - lMin!.nonZero);
  });
});

describe('dropout vs DropConnect table', () => {
  const d = computeDropoutTable(() => 0);
  it('trains three nets on the same split and reports accuracies and losses', () => {
    expect(d.rows.map((r) => r.key)).toEqual(['none', 'dropout', 'dropconnect']);
    expect(d.nTrain + d.nVal + d.nTest).toBe(300);
    for (const r of d.rows) {
      for (const part of [r.train, r.validation, r.test]) {
        expect(part.accuracy).toBeGreaterThan(0.8);
        expect(part.loss).toBeGreaterThan(0);
      }
    }
  });
  it('without regularization the net fits the training set best but generalises worse than with dropout', () => {
    const [none, dropout] = d.rows;
    expect(none!.train.loss).toBeLessThan(dropout!.train.loss);
    expect(dropout!.test.loss).toBeLessThan(none!.test.loss);
  });
});

describe('formats', () => {
  it('uses a real minus sign and exact zeros', () => {
    expect(fmtCoef(-1.25)).toBe('−1.3');
    expect(fmtCoef(1e-12)).toBe('0');
    expect(fmtAlpha(0.00631)).toBe('0.00631');
    expect(fmtAlpha(1e-5)).toBe('0.00001');
    expect(fmtAlpha(4.2e5)).toBe('420,000');
  });
});
