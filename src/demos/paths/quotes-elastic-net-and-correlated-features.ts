/**
 * Numbers that the exercises of the Elastic Net article quote from the paths demo
 * (src/demos/quotes.ts): where the path of each model ends (λ_max, as the path table's last
 * column writes it) and the non-zero count of the Elastic Net (ρ = 0.5) at λ = 10^1.8, the
 * state that the exercise's link opens.
 */
import { formatNumber } from '../kit/format';
import { settle } from '../kit/params';
import type { QuoteSet } from '../quotes';
import { handlers } from './jobs';
import { PATHS_SPECS, type PathsSettings, countNonzero } from './specs';

const LASSO: PathsSettings = { model: 'lasso', rho: PATHS_SPECS.rho.default, std: true };
const ENET: PathsSettings = { model: 'enet', rho: PATHS_SPECS.rho.default, std: true };
const lambdaMax = (s: PathsSettings): number => handlers.path(s).lambdas.at(-1)!;

export const quotes: QuoteSet = {
  'elasticNet.lassoMax': () => formatNumber(lambdaMax(LASSO)),
  'elasticNet.enetMax': () => formatNumber(lambdaMax(ENET)),
  'elasticNet.nonZeroAt63': () => String(countNonzero(handlers.fit({ settings: ENET, lambda: settle(PATHS_SPECS.lambda, 63.1) }).coef)),
};
