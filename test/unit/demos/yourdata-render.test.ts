// The "your own data" outputs: the coefficient CSV and the scikit-learn / glmnet snippets.
import { describe, expect, it } from 'vitest';
import { type Fitted, coefCsv, dropFlatRuns, markerAt, pathSvg, pythonSnippet, rSnippet } from '../../../src/demos/yourdata/render';
import { strings } from '../../../src/demos/yourdata/strings';

const base = {
  fileName: 'data.csv',
  delimiter: ',',
  encoding: 'utf-8',
  target: 'y',
  features: [
    { name: 'x', column: 1, source: 'x' },
    { name: '天気=雨', column: 2, source: '天気', level: '雨' },
  ],
  standardize: true,
  lambda: 0.25,
  l1Ratio: 1,
  n: 40,
  ySd: 2,
};

describe('coefCsv', () => {
  it('writes a header, the intercept, then one row per feature, quoting names with commas and quotes, numbers in full', () => {
    const csv = coefCsv(['a,b', 'say "hi"'], { coef: [0.1 + 0.2, -1e-20], intercept: 3 }, strings.en);
    expect(csv).toBe('Feature,Coefficient\r\nIntercept,3\r\n"a,b",0.30000000000000004\r\n"say ""hi""",-1e-20\r\n');
  });
});

describe('snippets', () => {
  it('Python: ElasticNet with alpha = λ and l1_ratio = ρ, the one-hot column and the scaler', () => {
    const py = pythonSnippet({ ...base, l1Ratio: 0.5 });
    expect(py).toContain('ElasticNet(alpha=0.25, l1_ratio=0.5,');
    expect(py).toContain('X["天気=雨"] = (df["天気"].astype(str).str.strip() == "雨").astype(float)');
    expect(py).toContain('StandardScaler()');
    expect(py).toContain('df.dropna(subset=["y", "x", "天気"])');
  });

  it('R: for the Lasso glmnet takes lambda = λ and alpha = 1', () => {
    expect(rSnippet(base)).toContain('glmnet(X, y, alpha = 1, lambda = 0.25, standardize = TRUE');
  });

  it('R: for ρ = 0.5 and sd(y) = 2, lambda = λρ + 2λ(1 − ρ) = 0.375 and alpha = λρ / lambda = 1/3', () => {
    const r = rSnippet({ ...base, l1Ratio: 0.5, standardize: false });
    const lambda = Number(/lambda = ([\d.e-]+)/.exec(r)![1]);
    const alpha = Number(/alpha = ([\d.e-]+)/.exec(r)![1]);
    expect(lambda).toBeCloseTo(0.375, 15);
    expect(alpha).toBeCloseTo(1 / 3, 15);
    expect(r).toContain('standardize = FALSE');
    expect(r).toContain('fileEncoding = "UTF-8-BOM"');
  });
});

describe('the path chart', () => {
  const alphas = [10, 1, 0.1, 0.01];
  const fitted = {
    alphas,
    coefs: [
      [0, 0],
      [0, 0],
      [0.5, 0],
      [0.9, -1],
    ],
    featureNames: ['a<b', 'c'],
    meanMse: [4, 3, 2, 2.5],
    seMse: [0.1, 0.1, 0.1, 0.1],
    indexMin: 2,
    index1se: 1,
  } as unknown as Fitted;

  it('dropFlatRuns keeps the ends and every change of a run of equal values, and drops the rest', () => {
    const pts: [number, number][] = [[0, 0], [1, 0], [2, 0], [3, 0.5], [4, 0.5], [5, 0.5], [6, 1]]; // prettier-ignore
    expect(dropFlatRuns(pts)).toEqual([[0, 0], [2, 0], [3, 0.5], [5, 0.5], [6, 1]]); // prettier-ignore
    expect(dropFlatRuns([[0, 1], [1, 1]])).toEqual([[0, 1], [1, 1]]); // prettier-ignore
  });

  it('markerAt is where the charts draw the λ marker; the names are escaped', () => {
    const svg = pathSvg(fitted, 1, true, strings.en);
    expect(svg).toContain(`<line class="marker" x1="${markerAt(fitted, 1)}"`);
    expect(markerAt(fitted, 0)).toBe('100%');
    expect(markerAt(fitted, 3)).toBe('0%');
    expect(svg).toContain('a&lt;b');
    expect(svg).not.toContain('a<b');
  });
});
