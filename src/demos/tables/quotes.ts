/**
 * Numbers the prose quotes from the comparison tables, computed by the tables' own code
 * (see src/demos/quotes.ts). The diabetes CV table is deterministic, so it is computed once.
 */
import type { QuoteSet } from '../quotes';
import { ENET_CV, type EnetColumn, computeEnetCv } from './enet-cv';

let enetCv: EnetColumn[] | undefined;
const column = (model: EnetColumn['model'], rule: EnetColumn['rule']): EnetColumn =>
  (enetCv ??= computeEnetCv().columns).find((c) => c.model === model && c.rule === rule)!;

export const quotes: QuoteSet = {
  /** The folds of the diabetes CV table. */
  'enetCv.folds': () => String(ENET_CV.nFolds),
  /** Non-zero coefficients of the lasso at α_min and α_1se, and of the Elastic Net (ρ = 0.5). */
  'enetCv.lassoNonZeroMin': () => String(column('lasso', 'min').nonZero),
  'enetCv.lassoNonZero1se': () => String(column('lasso', '1se').nonZero),
  'enetCv.enetNonZeroMin': () => String(column('enet', 'min').nonZero),
  'enetCv.enetNonZero1se': () => String(column('enet', '1se').nonZero),
};
