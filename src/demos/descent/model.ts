/**
 * The double-descent demo's computation: 20 seeded draws of 30 training points and 120 random
 * ReLU features (makeDescentTask), ridge or minimum-norm fits for every p of PS and every λ of
 * the slider (createDescentSweep), then the medians over the draws at the chosen λ and σ. The
 * sweep does not depend on λ or σ, so it is computed once and kept. Pure (no DOM): build time,
 * the worker, the tests.
 */
import { type DescentSweep, createDescentSweep, descentCurve, makeDescentTask } from '../../lib';
import { ALPHAS, DRAWS, type DescentResult, type DescentSettings, FEATURES, INPUTS, N_SAMPLES, PS, SEED, TABLE_LAMBDAS, TABLE_PS, lambdaIndex } from './specs';

export const makeTask = () => makeDescentTask({ samples: N_SAMPLES, inputs: INPUTS, features: FEATURES, draws: DRAWS, seed: SEED });

/** The sweep, one (draw, p) per `advance()`, for a job to slice. */
export const createSweep = () => createDescentSweep(makeTask(), { ps: [...PS], alphas: [...ALPHAS] });

let computed: DescentSweep | undefined;
/** The whole sweep, computed once per process (about a second). */
export function fullSweep(): DescentSweep {
  if (!computed) {
    const sweep = createSweep();
    while (!sweep.advance());
    computed = sweep.result();
  }
  return computed;
}

/** Medians over the draws at a setting: the curves at λ, the best λ for each p, and the table. */
export function descentResult(sweep: DescentSweep, s: Pick<DescentSettings, 'lambda' | 'noise'>): DescentResult {
  const index = lambdaIndex(s.lambda);
  const curves = ALPHAS.map((_, l) => descentCurve(sweep, l, s.noise));
  const current = curves[index]!;
  const best = PS.map((_, j) => Math.min(...curves.map((c) => c.test[j]!)));
  const table = TABLE_LAMBDAS.map((lambda) => {
    const test = curves[lambda === 0 ? 0 : lambdaIndex(lambda)]!.test;
    return TABLE_PS.map((p) => test[PS.indexOf(p)]!);
  });
  return { lambda: ALPHAS[index]!, noise: s.noise, test: current.test, train: current.train, best, table };
}

/** Everything for a setting, at once (build time, tests). */
export const descentView = (s: Pick<DescentSettings, 'lambda' | 'noise'>): DescentResult => descentResult(fullSweep(), s);
