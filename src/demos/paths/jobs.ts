/**
 * The paths demo's jobs, for the compute channel (worker.ts, or the page where no worker runs)
 * and for the build's no-JS tables. The data are prepared once per module (both designs, with
 * their Gram matrices and CV folds) and the latest paths and CV curves are kept, so a λ slider
 * tick costs one warm-started fit (about one sweep) and nothing else.
 */
import type { Handlers } from '../kit/host';
import { type Diabetes, clampLambda, coefAt, computeCv, computePath, prepareDiabetes } from './model';
import { type CvCurve, type PathCurve, type PathsSettings, l1Norm, settingsKey } from './specs';

export interface FitResult {
  /** The λ of the fit: the asked one, kept inside the path's range. */
  lambda: number;
  coef: number[];
  l1: number;
}

let data: Diabetes | undefined;
const diabetes = (): Diabetes => (data ??= prepareDiabetes());

/** The last few results per settings (three models × standardised or not, and a ρ or two). */
function memo<T>(compute: (s: PathsSettings) => T, size = 8): (s: PathsSettings) => T {
  const cache = new Map<string, T>();
  return (s) => {
    const key = settingsKey(s);
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(s);
      if (cache.size >= size) cache.delete(cache.keys().next().value!);
    } else cache.delete(key);
    cache.set(key, value);
    return value;
  };
}

const pathOf = memo((s): PathCurve => computePath(diabetes(), s));
const cvOf = memo((s): CvCurve => computeCv(diabetes(), s, pathOf(s)));

export const handlers = {
  path: (s: PathsSettings): PathCurve => pathOf(s),
  fit: ({ settings, lambda }: { settings: PathsSettings; lambda: number }): FitResult => {
    const at = clampLambda(pathOf(settings), lambda);
    const coef = coefAt(diabetes(), settings, at);
    return { lambda: at, coef, l1: l1Norm(coef) };
  },
  cv: (s: PathsSettings): CvCurve => cvOf(s),
} satisfies Handlers;

/** The names of the features, in the order of the coefficients. */
export const featureNames = (): string[] => diabetes().names;
