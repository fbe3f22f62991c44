/**
 * L1 vs L2 vs Elastic Net on the diabetes data (standardised features, raw target), each at
 * the α chosen by 10-fold CV (α_min and α_1se). Deterministic: a static build-time table.
 */
import { DIABETES_FEATURES, loadDiabetes, prepareLinear, standardize } from '../../lib';
import { NONZERO_TOL } from './overview';

export const ENET_CV = { nFolds: 10, seed: 0, enetRho: 0.5 } as const;
/** Ridge's CV grid: 10² … 10⁻⁴ (61 values); Lasso and Elastic Net use the default 100-value grid. */
export const RIDGE_GRID = Array.from({ length: 61 }, (_, k) => 10 ** (2 - k / 10));

export interface EnetColumn {
  model: 'lasso' | 'ridge' | 'enet';
  rule: 'min' | '1se';
  l1Ratio: number;
  alpha: number;
  coef: number[];
  nonZero: number;
  cvMse: number;
  cvSe: number;
}

export function computeEnetCv(): { features: string[]; n: number; columns: EnetColumn[] } {
  const data = loadDiabetes();
  const X = standardize(data.X).X;
  // One prepared problem for the three models: its CV folds are built once. Every fit starts
  // from 0, as fitElasticNet does.
  const problem = prepareLinear(X, data.y, { warmStarts: false });
  const columns: EnetColumn[] = [];
  for (const [model, l1Ratio] of [
    ['lasso', 1],
    ['ridge', 0],
    ['enet', ENET_CV.enetRho],
  ] as const) {
    const cv = problem.cv({
      l1Ratio, nFolds: ENET_CV.nFolds, seed: ENET_CV.seed, ...(l1Ratio === 0 ? { alphas: RIDGE_GRID } : {}),
    }); // prettier-ignore
    for (const [rule, i] of [
      ['min', cv.indexMin],
      ['1se', cv.index1se],
    ] as const) {
      const alpha = cv.alphas[i]!;
      const fit = problem.fit(alpha, l1Ratio);
      columns.push({
        model, rule, l1Ratio, alpha, coef: fit.coef,
        nonZero: fit.coef.filter((c) => Math.abs(c) > NONZERO_TOL).length,
        cvMse: cv.meanMse[i]!, cvSe: cv.seMse[i]!,
      }); // prettier-ignore
    }
  }
  return { features: [...DIABETES_FEATURES], n: X.length, columns };
}
