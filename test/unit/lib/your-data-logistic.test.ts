// A reader's file with a two-valued target (test/fixtures/your-data/churn.csv) against scikit-learn
// (scripts/fixtures/make_your_data_logistic.py): the page's grid, 10-fold CV by the binomial
// deviance on our folds, λ_min and λ_1se, and LogisticRegression's coefficients at C = 1/(n·λ).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { type PreparedTable, decodeTable, prepareTable, readTable } from '../../../src/lib/table';
import { bootstrapSelection } from '../../../src/demos/yourdata/bootstrap';
import { LOGISTIC, createLogisticCv, createLogisticPath, logisticCoefAt, meanDeviance } from '../../../src/demos/yourdata/logistic';
import { FIT } from '../../../src/demos/yourdata/model';
import { loadJson, maxDiff } from './fixtures';

interface At {
  alpha: number;
  C: number;
  coef: number[];
  intercept: number;
}
interface FitRef {
  l1Ratio: number;
  alphaMax: number;
  indexMin: number;
  index1se: number;
  atMin: At;
  at1se: At | null;
}
interface Fixture {
  file: string;
  target: string;
  classes: [string, string];
  n: number;
  featureNames: string[];
  fits: Record<'lasso' | 'ridge', FitRef>;
  stability: { alpha: number; resamples: number; seed: number; counts: number[] };
}
const fx = loadJson<Fixture>('your-data-logistic.json');

function prepared(file: string, target?: string): PreparedTable {
  const decoded = decodeTable(new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/${file}`, import.meta.url)))));
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.problems));
  const table = readTable(decoded.text);
  if (!table.ok) throw new Error(JSON.stringify(table.problems));
  const prep = prepareTable(table, { target: target ?? table.headers.at(-1)! });
  if (!prep.ok) throw new Error(JSON.stringify(prep.problems));
  return prep;
}

const runAll = <T>(run: { step(): boolean; result(): T }): T => {
  while (!run.step());
  return run.result();
};

const agreement: string[] = [];

describe('churn.csv: logistic regression for a two-valued target', () => {
  const prep = prepared(fx.file);

  test('is a binary task coded as scikit-learn codes it', () => {
    expect(prep.task).toBe('binary');
    expect(prep.classes).toEqual(fx.classes);
    expect(prep.featureNames).toEqual(fx.featureNames);
    expect(prep.X).toHaveLength(fx.n);
  });

  test.each(Object.entries(fx.fits))('%s: grid, λ_min, λ_1se and the coefficients there agree with scikit-learn to 1e-6', (name, ref) => {
    const path = runAll(createLogisticPath(prep, ref.l1Ratio));
    expect(path.alphas).toHaveLength(FIT.nAlphas);
    expect(Math.abs(path.alphas[0]! - ref.alphaMax) / ref.alphaMax).toBeLessThan(1e-12);
    const cv = runAll(createLogisticCv(prep, ref.l1Ratio, path.alphas));
    expect(cv.indexMin).toBe(ref.indexMin);
    expect(cv.index1se).toBe(ref.index1se);
    for (const at of [ref.atMin, ref.at1se].filter((a) => a !== null)) {
      expect(Math.abs(1 / (fx.n * at.alpha) - at.C) / at.C).toBeLessThan(1e-12);
      const fit = logisticCoefAt(prep, ref.l1Ratio, at.alpha);
      const gap = Math.max(maxDiff(fit.coef, at.coef), Math.abs(fit.intercept - at.intercept));
      agreement.push(`${name} at C = ${at.C.toPrecision(4)}: max |Δcoef|, |Δintercept| ${gap.toExponential(2)}`);
      expect(gap).toBeLessThan(1e-6);
    }
  });

  test('the Lasso model sets some coefficients to exactly 0 at λ_1se, and none at the smallest λ', () => {
    const ref = fx.fits.lasso;
    const path = runAll(createLogisticPath(prep, 1));
    expect(path.coefs[0]!.every((c) => c === 0)).toBe(true);
    expect(path.coefs[ref.index1se]!.some((c) => c === 0)).toBe(true);
    expect(path.coefs.at(-1)!.every((c) => c !== 0)).toBe(true);
  });

  test('the Lasso model’s stability: L1 logistic regression selects each feature in as many of the 50 resamples as scikit-learn', () => {
    const ref = fx.stability;
    expect(ref.alpha).toBe(fx.fits.lasso.at1se!.alpha);
    const r = bootstrapSelection(prep.X, prep.y, { alpha: ref.alpha, loss: 'log', ...LOGISTIC, count: ref.resamples, seed: ref.seed });
    expect(r.resamples).toBe(50);
    expect([r.unconverged, r.oneClass]).toEqual([0, 0]);
    expect(r.counts).toEqual(ref.counts);
  });

  test('a logistic resample of one class selects nothing and is counted', () => {
    const X = [[1], [2], [3], [4]];
    const r = bootstrapSelection(X, [0, 0, 1, 1], {
      alpha: 0.01,
      loss: 'log',
      resamples: [
        [0, 1, 0, 1],
        [0, 1, 2, 3],
      ],
    });
    expect(r.oneClass).toBe(1);
    expect(r.counts).toEqual([1]);
    expect(() => bootstrapSelection(X, [0, 0, 1, 1], { alpha: 0.01, loss: 'hinge' as 'log' })).toThrow(RangeError);
  });

  test('the deviance of p = ½ everywhere is 2·log 2, and a confident right answer costs almost nothing', () => {
    const X = [[0], [0]];
    expect(meanDeviance(X, [0, 1], [0, 1], [0], 0)).toBeCloseTo(2 * Math.log(2), 14);
    expect(meanDeviance([[1]], [1], [0], [40], 0)).toBeLessThan(1e-16);
    expect(meanDeviance([[1]], [0], [0], [40], 0)).toBeCloseTo(80, 10);
  });
});

afterAll(() => console.log(agreement.join('\n')));
