/**
 * The Python (scikit-learn) and R (glmnet) code that reproduce a logistic fit of the page (a
 * two-valued target): LogisticRegression with C = 1/(n·λ), glmnet with family = "binomial",
 * lambda = λ and alpha = ρ (no rescaling by the target's spread, unlike the Gaussian family). Pure.
 */
import { fromCanonical } from '../../lib/crosswalk';
import { type SnippetInput, pandasData, rData } from './render';

export interface LogisticSnippetInput extends SnippetInput {
  /** The target's value coded 1. */
  positive: string;
}

const q = (s: string) => JSON.stringify(s);

/**
 * scikit-learn's C for the page's λ (src/lib/crosswalk.ts), and glmnet's lambda and alpha: for the
 * binomial family they are λ and ρ themselves (the crosswalk's λρ + λ(1 − ρ) would only add rounding).
 */
export function logisticSettings(lambda: number, l1Ratio: number, n: number) {
  const sk = fromCanonical({ lambda, l1Ratio }, { n, loss: 'log-loss' })['sklearn-logistic']!.setting;
  return { C: sk.C, glmnet: { lambda, alpha: l1Ratio } };
}

/** scikit-learn's penalty for ρ: 'l1', 'l2' or 'elasticnet' with l1_ratio (saga takes all three). */
/** A numeric target's value coded 1 is compared as a number (pandas may read 1 as 1.0), a text one after trimming, as the page reads it. */
const isNumber = (v: string) => v.trim() !== '' && Number.isFinite(Number(v));

function penalty(l1Ratio: number): string {
  if (l1Ratio === 1) return "penalty='l1'";
  if (l1Ratio === 0) return "penalty='l2'";
  return `penalty='elasticnet', l1_ratio=${l1Ratio}`;
}

export function pythonLogisticSnippet(s: LogisticSnippetInput): string {
  const { C } = logisticSettings(s.lambda, s.l1Ratio, s.n);
  return [
    'import pandas as pd',
    'from sklearn.linear_model import LogisticRegression',
    'from sklearn.pipeline import make_pipeline',
    'from sklearn.preprocessing import StandardScaler, FunctionTransformer',
    '',
    ...pandasData(s),
    isNumber(s.positive)
      ? `y = (df[${q(s.target)}] == ${s.positive}).astype(int)`
      : `y = (df[${q(s.target)}].astype(str).str.strip() == ${q(s.positive)}).astype(int)`,
    `model = make_pipeline(${s.standardize ? 'StandardScaler()' : 'FunctionTransformer()'}, LogisticRegression(${penalty(s.l1Ratio)}, C=${C}, solver='saga', tol=1e-10, max_iter=1000000))`,
    'model.fit(X, y)',
    'coef = model[-1].coef_[0]' + (s.standardize ? ' / model[0].scale_  # back to the units of the columns' : ''),
    'print(dict(zip(X.columns, coef)))',
  ].join('\n');
}

export function rLogisticSnippet(s: LogisticSnippetInput): string {
  const { glmnet } = logisticSettings(s.lambda, s.l1Ratio, s.n);
  return [
    'library(glmnet)',
    ...rData(s),
    isNumber(s.positive)
      ? `y <- as.numeric(df[[${q(s.target)}]] == ${s.positive})`
      : `y <- as.numeric(trimws(as.character(df[[${q(s.target)}]])) == ${q(s.positive)})`,
    `fit <- glmnet(X, y, family = "binomial", alpha = ${glmnet.alpha}, lambda = ${glmnet.lambda}, standardize = ${s.standardize ? 'TRUE' : 'FALSE'}, thresh = 1e-20)`,
    'print(coef(fit))',
  ].join('\n');
}
