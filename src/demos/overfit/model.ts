/**
 * The overfitting demo: polynomial fits of noisy sin(2πx) samples, with a ridge penalty λ,
 * and train/test error against the degree or against λ. Pure (no DOM).
 */
import { evalPolynomial, fitPolynomial, makeNoisySine, sineTarget, testSeed } from '../../lib';
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

function mse(fit: ReturnType<typeof fitPolynomial>, x: number[], y: number[]): number {
  return x.reduce((s, xi, i) => s + (y[i]! - evalPolynomial(fit, xi)) ** 2, 0) / x.length;
}

export function overfitView(s: OverfitSettings) {
  const train = makeNoisySine({ nSamples: N_TRAIN, noise: NOISE, seed: s.seed });
  const test = makeNoisySine({ nSamples: N_TEST, noise: NOISE, seed: testSeed(s.seed) });
  const errorsAt = (degree: number, lambda: number) => {
    const fit = fitPolynomial(train.x, train.y, degree, lambda);
    return { fit, train: mse(fit, train.x, train.y), test: mse(fit, test.x, test.y) };
  };
  const current = errorsAt(s.degree, lambdaOf(s.loglambda));
  const grid = Array.from({ length: 201 }, (_, i) => i / 200);
  const sweep =
    s.x === 'lambda'
      ? LOG_LAMBDAS.map((l) => ({ at: l, ...errorsAt(s.degree, lambdaOf(l)) }))
      : Array.from({ length: 16 }, (_, d) => ({ at: d, ...errorsAt(d, lambdaOf(s.loglambda)) }));
  return {
    train,
    curve: grid.map((x) => [x, evalPolynomial(current.fit, x)] as [number, number]),
    truth: grid.map((x) => [x, sineTarget(x)] as [number, number]),
    trainMse: current.train,
    testMse: current.test,
    sweep: sweep.map(({ at, train: tr, test: te }) => ({ at, train: tr, test: te })),
    noiseMse: NOISE * NOISE,
  };
}
