/**
 * The overfitting demo: polynomial fits of noisy sin(2πx) samples, with a ridge penalty λ,
 * and train/test error against the degree or against λ. Pure (no DOM).
 */
import { degreeSweep, evalPolynomial, fitPolynomial, lambdaSweep, polynomialMse, sineTarget } from '../../lib';
import type { ParamSpec } from '../kit/params';

export const OVERFIT_SPECS = {
  degree: { kind: 'number', min: 0, max: 15, default: 9, integer: true },
  /** log10 λ; the left end of the slider (−10) means λ = 0. */
  loglambda: { kind: 'number', min: -10, max: 1, default: -10, step: 0.5 },
  x: { kind: 'enum', values: ['degree', 'lambda'], default: 'degree' },
  seed: { kind: 'number', min: 0, max: 9999, default: 1, integer: true },
} satisfies Record<string, ParamSpec>;

export interface OverfitSettings {
  degree: number;
  loglambda: number;
  x: string;
  seed: number;
}

export const N_TRAIN = 20;
const N_TEST = 500;
const NOISE = 0.3;
export const LOG_LAMBDAS = Array.from({ length: 23 }, (_, k) => -10 + k / 2);
export const lambdaOf = (loglambda: number) => (loglambda <= -10 ? 0 : 10 ** loglambda);

export function overfitView(s: OverfitSettings) {
  const sample = { nTrain: N_TRAIN, nTest: N_TEST, noise: NOISE, seed: s.seed };
  const lambda = lambdaOf(s.loglambda);
  const sweep =
    s.x === 'lambda'
      ? lambdaSweep({ ...sample, degree: s.degree, alphas: LOG_LAMBDAS.map(lambdaOf) })
      : degreeSweep({ ...sample, maxDegree: OVERFIT_SPECS.degree.max, alpha: lambda });
  const { train, test } = sweep;
  const fit = fitPolynomial(train.x, train.y, s.degree, lambda);
  const grid = Array.from({ length: 201 }, (_, i) => i / 200);
  const at = s.x === 'lambda' ? LOG_LAMBDAS : sweep.fits.map((_, d) => d);
  return {
    train,
    curve: grid.map((x) => [x, evalPolynomial(fit, x)] as [number, number]),
    truth: grid.map((x) => [x, sineTarget(x)] as [number, number]),
    trainMse: polynomialMse(fit, train),
    testMse: polynomialMse(fit, test),
    sweep: at.map((a, k) => ({ at: a, train: sweep.trainMse[k]!, test: sweep.testMse[k]! })),
    noiseMse: NOISE * NOISE,
  };
}
