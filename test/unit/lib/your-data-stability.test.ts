// The Lasso's stability on a reader's own file (src/demos/yourdata/bootstrap.ts) against
// scikit-learn (scripts/fixtures/make_your_data_fixtures.py): the same bootstrap rows from our
// generator (ported to Python), Lasso at the same λ_1se, the same selection counts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { createRng, cvElasticNet } from '../../../src/lib';
import { decodeTable, prepareTable, readTable } from '../../../src/lib/table';
import { BOOTSTRAP, bootstrapRows, bootstrapSelection, byShare, createBootstrapSelection } from '../../../src/demos/yourdata/bootstrap';
import { loadJson } from './fixtures';

interface StabilityRef {
  alpha: number;
  resamples: number;
  seed: number;
  firstRows: number[];
  lastRows: number[];
  counts: number[];
}
interface CaseRef {
  file: string;
  fits: { l1Ratio: number; index1se: number; alpha1se: number }[];
  stability: StabilityRef;
}
const fx = loadJson<{ nFolds: number; seed: number; nAlphas: number; eps: number; tol: number; cases: CaseRef[] }>('your-data.json');

function prepared(file: string) {
  const decoded = decodeTable(new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/${file}`, import.meta.url)))));
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.problems));
  const table = readTable(decoded.text);
  if (!table.ok) throw new Error(JSON.stringify(table.problems));
  const prep = prepareTable(table, { target: table.headers.at(-1)! });
  if (!prep.ok) throw new Error(JSON.stringify(prep.problems));
  return prep;
}

describe.each(fx.cases)('$file', (ref) => {
  const prep = prepared(ref.file);
  const lasso = ref.fits.find((f) => f.l1Ratio === 1)!;

  test('our CV picks scikit-learn’s λ_1se', () => {
    const cv = cvElasticNet(prep.X, prep.y, { l1Ratio: 1, nAlphas: fx.nAlphas, eps: fx.eps, tol: fx.tol, maxIter: 1e6, nFolds: fx.nFolds, seed: fx.seed });
    expect(cv.index1se).toBe(lasso.index1se);
    expect(Math.abs(cv.alpha1se - lasso.alpha1se) / lasso.alpha1se).toBeLessThan(1e-9);
  });

  test('the bootstrap rows are those of the Python port of our generator', () => {
    const rows = bootstrapRows(prep.X.length, ref.stability.resamples, ref.stability.seed);
    expect(rows).toHaveLength(BOOTSTRAP.count);
    expect(rows[0]!.slice(0, 10)).toEqual(ref.stability.firstRows);
    expect(rows.at(-1)!.slice(-10)).toEqual(ref.stability.lastRows);
  });

  test('each feature is selected in as many resamples as scikit-learn’s Lasso selects it', () => {
    const r = bootstrapSelection(prep.X, prep.y, { alpha: ref.stability.alpha, tol: fx.tol, maxIter: 1e6 });
    expect(r.resamples).toBe(50);
    expect(r.unconverged).toBe(0);
    expect(r.counts).toEqual(ref.stability.counts);
    expect(r.shares).toEqual(ref.stability.counts.map((c) => c / 50));
  });
});

describe('bootstrapSelection on data where only the first feature drives y', () => {
  const rng = createRng(7);
  const n = 80;
  const X = Array.from({ length: n }, () => Array.from({ length: 6 }, () => rng.normal()));
  const y = X.map((row) => 2 * row[0]! + 0.5 * rng.normal());

  test('selects the driver in at least 95% of the resamples and each noise feature far less', () => {
    const r = bootstrapSelection(X, y, { alpha: 0.3 });
    expect(r.shares[0]).toBeGreaterThanOrEqual(0.95);
    for (const s of r.shares.slice(1)) expect(s).toBeLessThan(0.5);
    expect(byShare(r.shares)[0]).toBe(0);
  });

  test('is reproducible from its seed, and another seed draws other rows', () => {
    const a = bootstrapSelection(X, y, { alpha: 0.05, seed: 3 });
    expect(bootstrapSelection(X, y, { alpha: 0.05, seed: 3 })).toEqual(a);
    expect(bootstrapRows(n, 2, 3)).toEqual(bootstrapRows(n, 2, 3));
    expect(bootstrapRows(n, 1, 3)).not.toEqual(bootstrapRows(n, 1, 4));
  });

  test('fits exactly 50 resamples by default, one per step, and reads partial results', () => {
    const run = createBootstrapSelection(X, y, { alpha: 0.1 });
    expect(run.total).toBe(50);
    expect(() => run.result()).toThrow(RangeError);
    expect(run.step()).toBe(false);
    expect(run.result().resamples).toBe(1);
    let steps = 1;
    while (!run.step()) steps++;
    expect(steps + 1).toBe(50);
    expect(run.completed).toBe(50);
    expect(run.step()).toBe(true);
    expect(run.result().resamples).toBe(50);
  });

  test('draws with replacement: some rows repeat, all are in range', () => {
    const [rows] = bootstrapRows(n, 1, 0);
    expect(rows).toHaveLength(n);
    expect(new Set(rows).size).toBeLessThan(n);
    expect(rows!.every((i) => Number.isInteger(i) && i >= 0 && i < n)).toBe(true);
  });

  test('explicit resamples are used as given', () => {
    const resamples = [Array.from({ length: n }, (_, i) => i)];
    const r = bootstrapSelection(X, y, { alpha: 0.1, resamples });
    expect(r.resamples).toBe(1);
  });

  test.each([
    ['alpha 0', { alpha: 0 }, /alpha/],
    ['alpha NaN', { alpha: NaN }, /alpha/],
    ['a row out of range', { alpha: 0.1, resamples: [[0, 80]] }, /80, not a row index/],
    ['resamples and a seed', { alpha: 0.1, resamples: [[0, 1]], seed: 1 }, /not both/],
    ['count 0', { alpha: 0.1, count: 0 }, /resamples must be an integer/],
    ['seed −1', { alpha: 0.1, seed: -1 }, /seed/],
  ])('throws a RangeError for %s', (_, opts, message) => {
    expect(() => bootstrapSelection(X, y, opts)).toThrow(RangeError);
    expect(() => bootstrapSelection(X, y, opts)).toThrow(message);
  });

  test('throws a RangeError when y does not match X', () => {
    expect(() => bootstrapSelection(X, y.slice(1), { alpha: 0.1 })).toThrow(/one value per row/);
  });
});
