// Ridge regression in closed form (./ridgeSolve), equal to scikit-learn's Ridge(alpha = n·α):
// a thin wrapper over a prepared problem (./prepared).
import { alphaOf } from './linearOptions';
import { prepareOnce } from './prepared';
import type { LinearFit, RidgeOptions } from './types';
import { checkOptions } from './validate';

export function fitRidge(X: number[][], y: number[], opts: RidgeOptions): LinearFit {
  const o = checkOptions(opts);
  const alpha = alphaOf(o.alpha);
  return prepareOnce(X, y, o).ridge(alpha);
}
