/**
 * The logistic demo's computation: 40 seeded points in the plane, two classes that a straight
 * line separates (or the same points with 4 labels flipped), and plain gradient descent on the
 * mean log-loss plus (λ/2)‖w‖² (createLogisticDescent), recorded at CHECKPOINTS up to T_MAX.
 * Without a penalty on the separable set ‖w‖ keeps growing (about like log t); with λ > 0 it
 * settles at the unique minimiser. Pure (no DOM): build time, the worker, the tests.
 */
import { createLogisticDescent, createRng } from '../../lib';
import {
  CHECKPOINTS,
  type Dataset,
  type DatasetName,
  type LogisticResult,
  type LogisticSettings,
  N_FLIPPED,
  N_SAMPLES,
  type Run,
  T_MAX,
  TABLE_ITERS,
  TABLE_LAMBDAS,
  type TableRow,
  lambdaOf,
  normOf,
  pointAt,
  scoreOf,
} from './specs';

export const SEED = 7;
/** The class means are ±CENTRE; every point of class 1 has u·x ≥ MARGIN and of class 0 u·x ≤ −MARGIN. */
const CENTRE = [0.9, 0.5] as const;
const SPREAD = 0.75;
const U = [0.8, 0.6] as const;
const MARGIN = 0.3;

/** The seeded data set: 20 points per class, separable with a margin; "overlap" flips N_FLIPPED labels. */
export function makeDataset(name: DatasetName, seed = SEED): Dataset {
  const rng = createRng(seed);
  const X: number[][] = [];
  const y: number[] = [];
  for (const label of [0, 1]) {
    const sign = label === 1 ? 1 : -1;
    while (X.length < (label + 1) * (N_SAMPLES / 2)) {
      const x = [sign * CENTRE[0] + SPREAD * rng.normal(), sign * CENTRE[1] + SPREAD * rng.normal()];
      if (sign * (U[0] * x[0]! + U[1] * x[1]!) < MARGIN) continue;
      X.push(x);
      y.push(label);
    }
  }
  if (name === 'overlap') {
    const flip = createRng((seed + 0x9e3779b9) >>> 0);
    const chosen = new Set<number>();
    while (chosen.size < N_FLIPPED) chosen.add(flip.int(N_SAMPLES));
    for (const i of chosen) y[i] = 1 - y[i]!;
  }
  return { X, y };
}

/** A run that advances in chunks (so that a job can be sliced), recording the weights at CHECKPOINTS. */
export function createRun(dataset: Dataset, lambda: number) {
  const gd = createLogisticDescent(dataset.X, dataset.y, { alpha: lambda });
  const points: Run['points'] = [];
  let next = 0;
  return {
    get done() {
      return next >= CHECKPOINTS.length;
    },
    /** Steps to the next checkpoint and records it. */
    advance(): void {
      const t = CHECKPOINTS[next++]!;
      gd.step(t - gd.iteration);
      const [w1, w2] = gd.coef;
      points.push([t, w1!, w2!, gd.intercept]);
    },
    result: (): Run => ({ lambda, points }),
  };
}

export function runDescent(dataset: Dataset, lambda: number): Run {
  const run = createRun(dataset, lambda);
  while (!run.done) run.advance();
  return run.result();
}

/** The table's row for a run. */
export function tableRow(dataset: Dataset, run: Run): TableRow {
  const last = pointAt(run, T_MAX);
  return { lambda: run.lambda, norms: TABLE_ITERS.map((t) => normOf(pointAt(run, t))), ...scoreOf(dataset, last) };
}

/** The runs of the table (λ ∈ TABLE_LAMBDAS), the first of them without a penalty. */
export function tableRuns(dataset: Dataset): Run[] {
  return TABLE_LAMBDAS.map((lambda) => runDescent(dataset, lambda));
}

/** Everything the figures and the table show for a setting, computed at once (build time, tests). */
export function logisticResult(s: Pick<LogisticSettings, 'lambda' | 'penalty' | 'data'>): LogisticResult {
  const data = s.data as DatasetName;
  const dataset = makeDataset(data);
  const runs = tableRuns(dataset);
  const lambda = lambdaOf(s);
  const run = runs.find((r) => r.lambda === lambda) ?? runDescent(dataset, lambda);
  return { data, dataset, run, free: runs[0]!, table: runs.map((r) => tableRow(dataset, r)) };
}
