/**
 * Numbers the prose quotes from the double-descent demo (see src/demos/quotes.ts), computed by its
 * own model and formats: the default setting (λ = 0, σ = 0.3), λ = 0.001, and σ = 0. The sweep
 * behind them takes about a second and is computed once per build.
 */
import { defaults } from '../kit/params';
import type { QuoteSet } from '../quotes';
import { descentView } from './model';
import { fmtError, fmtNoise } from './render';
import { DESCENT_SPECS, N_SAMPLES, type DescentResult, PS, valueAt } from './specs';

const DEFAULTS = defaults(DESCENT_SPECS);
/** The λ and σ that the exercises ask the reader to set. */
export const EXERCISE_LAMBDA = 0.001;
export const EXERCISE_NOISE = 0;

const at = (r: DescentResult, p: number) => fmtError(valueAt(r.test, p));
const ridgeless = () => descentView(DEFAULTS);
const ridge = () => descentView({ ...DEFAULTS, lambda: EXERCISE_LAMBDA });
const noiseless = () => descentView({ ...DEFAULTS, noise: EXERCISE_NOISE });
/** The lowest ridgeless test error with fewer features than points (the bottom of the classical U). */
const classicalBest = (r: DescentResult) => Math.min(...r.test.filter((_, j) => PS[j]! < N_SAMPLES));

export const quotes: QuoteSet = {
  n: () => String(N_SAMPLES),
  'noise.default': () => fmtNoise(DEFAULTS.noise),
  /** Defaults (λ = 0, σ = 0.3): test error at p = n/2, n, 4n, the classical best, and the peak over the n/2 value. */
  'ridgeless.half': () => at(ridgeless(), N_SAMPLES / 2),
  'ridgeless.peak': () => at(ridgeless(), N_SAMPLES),
  'ridgeless.end': () => at(ridgeless(), 4 * N_SAMPLES),
  'ridgeless.classicalBest': () => fmtError(classicalBest(ridgeless())),
  'ridgeless.ratio': () => String(Math.round(valueAt(ridgeless().test, N_SAMPLES) / valueAt(ridgeless().test, N_SAMPLES / 2))),
  /** λ = 0.001: at p = n/2, n and 4n. */
  'ridge.half': () => at(ridge(), N_SAMPLES / 2),
  'ridge.peak': () => at(ridge(), N_SAMPLES),
  'ridge.end': () => at(ridge(), 4 * N_SAMPLES),
  /** σ = 0 (no noise), λ = 0: at p = n/2 and n. */
  'noiseless.half': () => at(noiseless(), N_SAMPLES / 2),
  'noiseless.peak': () => at(noiseless(), N_SAMPLES),
};
