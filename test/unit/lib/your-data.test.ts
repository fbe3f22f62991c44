// A reader's own file, end to end, against scikit-learn (scripts/fixtures/make_your_data_fixtures.py):
// the file's bytes → decodeTable → readTable → prepareTable → cvElasticNet (10 folds, our folds,
// scikit-learn's grid) → the fit at α_min on all rows, mapped back to the original scale.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { cvElasticNet, fitElasticNet, unscaleCoef } from '../../../src/lib';
import { decodeTable, prepareTable, readTable } from '../../../src/lib/table';
import { loadJson, maxDiff } from './fixtures';

interface FitRef {
  l1Ratio: number;
  alphaMin: number;
  indexMin: number;
  alphaMax: number;
  sklearnAlpha: number;
  coefStandardized: number[];
  coef: number[];
  intercept: number;
}
interface CaseRef {
  file: string;
  encoding: 'utf-8' | 'shift_jis';
  delimiter: string;
  target: string;
  rows: number;
  droppedRows: number;
  n: number;
  p: number;
  featureNames: string[];
  means: number[];
  scales: number[];
  fits: FitRef[];
}
interface Fixture {
  nFolds: number;
  seed: number;
  nAlphas: number;
  eps: number;
  tol: number;
  cases: CaseRef[];
}

const fx = loadJson<Fixture>('your-data.json');
const bytesOf = (file: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/${file}`, import.meta.url))));

function prepared(ref: CaseRef) {
  const decoded = decodeTable(bytesOf(ref.file));
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.problems));
  const table = readTable(decoded.text);
  if (!table.ok) throw new Error(JSON.stringify(table.problems));
  const prep = prepareTable(table, { target: table.headers[table.headers.length - 1] });
  if (!prep.ok) throw new Error(JSON.stringify(prep.problems));
  return { decoded, table, prep };
}

/** Largest coefficient gap per file and ρ, printed once at the end (the measured agreement). */
const agreement: string[] = [];

describe.each(fx.cases)('$file', (ref) => {
  const { decoded, table, prep } = prepared(ref);

  test('is decoded, read and prepared as the reference was', () => {
    expect(decoded.encoding).toBe(ref.encoding);
    expect(table.delimiter).toBe(ref.delimiter);
    expect(table.rows).toHaveLength(ref.rows);
    expect(prep.target.name).toBe(ref.target);
    expect(prep.task).toBe('regression');
    expect(prep.featureNames).toEqual(ref.featureNames);
    expect([prep.X.length, prep.X[0].length]).toEqual([ref.n, ref.p]);
    expect(prep.rowNumbers).toHaveLength(ref.n);
    const dropped = prep.notes.find((n) => n.code === 'rows-dropped');
    expect(dropped?.code === 'rows-dropped' ? dropped.count : 0).toBe(ref.droppedRows);
    expect(maxDiff(prep.scaling.means, ref.means)).toBeLessThan(1e-9 * Math.max(1, ...ref.means.map(Math.abs)));
    expect(maxDiff(prep.scaling.scales, ref.scales)).toBeLessThan(1e-9 * Math.max(1, ...ref.scales));
  });

  test.each(ref.fits)('l1Ratio $l1Ratio: α_min and the coefficients at α_min agree with scikit-learn to 1e-6', (fit) => {
    const opts = { l1Ratio: fit.l1Ratio, nAlphas: fx.nAlphas, eps: fx.eps, tol: fx.tol, maxIter: 1e6 };
    const cv = cvElasticNet(prep.X, prep.y, { ...opts, nFolds: fx.nFolds, seed: fx.seed });
    expect(Math.abs(cv.alphas[0] - fit.alphaMax) / fit.alphaMax).toBeLessThan(1e-12);
    expect(cv.indexMin).toBe(fit.indexMin);
    expect(Math.abs(cv.alphaMin - fit.alphaMin) / fit.alphaMin).toBeLessThan(1e-6);
    const model = fitElasticNet(prep.X, prep.y, { alpha: cv.alphaMin, l1Ratio: fit.l1Ratio, tol: fx.tol, maxIter: 1e6 });
    expect(model.converged).toBe(true);
    const original = unscaleCoef(model.coef, model.intercept, prep.scaling);
    const gap = Math.max(maxDiff(original.coef, fit.coef), Math.abs(original.intercept - fit.intercept));
    const dAlpha = Math.abs(cv.alphaMin - fit.alphaMin) / fit.alphaMin;
    agreement.push(
      `${ref.file} ρ=${fit.l1Ratio}: α_min rel. ${dAlpha.toExponential(1)}; max |Δcoef|, |Δintercept| ${gap.toExponential(2)}; standardized ${maxDiff(model.coef, fit.coefStandardized).toExponential(2)}`,
    );
    expect(maxDiff(model.coef, fit.coefStandardized)).toBeLessThan(1e-6);
    expect(gap).toBeLessThan(1e-6);
  });
});

afterAll(() => console.log(agreement.join('\n')));
