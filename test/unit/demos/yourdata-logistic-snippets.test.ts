// The code a reader copies for a two-valued target: LogisticRegression with C = 1/(n·λ), glmnet's binomial family.
import { describe, expect, it } from 'vitest';
import { logisticSettings, pythonLogisticSnippet, rLogisticSnippet } from '../../../src/demos/yourdata/snippets-logistic';

const base = {
  fileName: 'churn.csv',
  delimiter: ',',
  encoding: 'utf-8',
  target: '解約',
  positive: 'はい',
  features: [
    { name: '利用月数', column: 1, source: '利用月数' },
    { name: 'プラン=プレミアム', column: 4, source: 'プラン', level: 'プレミアム' },
  ],
  standardize: true,
  lambda: 0.005,
  l1Ratio: 1,
  n: 240,
  ySd: 0.5,
};

describe('logistic snippets', () => {
  it('C = 1/(n·λ); glmnet takes lambda = λ and alpha = ρ whatever the spread of y', () => {
    const s = logisticSettings(0.005, 0.5, 240);
    expect(s.C).toBeCloseTo(1 / 1.2, 14);
    expect(s.glmnet.lambda).toBe(0.005);
    expect(s.glmnet.alpha).toBe(0.5);
  });

  it('Python: the penalty of each model with saga, C, the 0/1 target from its positive value', () => {
    const py = pythonLogisticSnippet(base);
    expect(py).toContain(`LogisticRegression(penalty='l1', C=${1 / (240 * 0.005)}, solver='saga'`);
    expect(py).toContain('y = (df["解約"].astype(str).str.strip() == "はい").astype(int)');
    // A numeric target is compared as a number: pandas reads 1 as 1.0 in a column with a missing value.
    expect(pythonLogisticSnippet({ ...base, positive: '1' })).toContain('y = (df["解約"] == 1).astype(int)');
    expect(py).toContain('coef_[0] / model[0].scale_');
    expect(pythonLogisticSnippet({ ...base, l1Ratio: 0 })).toContain("penalty='l2'");
    expect(pythonLogisticSnippet({ ...base, l1Ratio: 0.3 })).toContain("penalty='elasticnet', l1_ratio=0.3");
    expect(pythonLogisticSnippet({ ...base, standardize: false })).toContain('FunctionTransformer()');
  });

  it('R: family = "binomial" with lambda = λ and alpha = ρ', () => {
    const r = rLogisticSnippet({ ...base, l1Ratio: 0.3, standardize: false });
    expect(r).toContain('glmnet(X, y, family = "binomial", alpha = 0.3, lambda = 0.005, standardize = FALSE');
    expect(r).toContain('y <- as.numeric(trimws(as.character(df[["解約"]])) == "はい")');
    expect(r).toContain('"プラン=プレミアム" = as.numeric(trimws(as.character(df[["プラン"]])) == "プレミアム")');
    expect(rLogisticSnippet({ ...base, positive: '1' })).toContain('y <- as.numeric(df[["解約"]] == 1)');
  });
});
