/**
 * The logistic demo's jobs on the kit's compute channel: served by worker.ts, or run on the page
 * when no worker can start. The runs of the table (which include the run without a penalty)
 * depend on the data set only and are kept between jobs; a new λ then costs one run. No DOM.
 */
import { type Handlers, type JobContext, sliced } from '../kit/host';
import { createRun, makeDataset, tableRow } from './model';
import { type Dataset, type DatasetName, type LogisticResult, type Run, TABLE_LAMBDAS } from './specs';

export interface TrainInput {
  /** λ in use (0 = no penalty). */
  lambda: number;
  data: DatasetName;
}

const tables = new Map<DatasetName, { dataset: Dataset; runs: Run[] }>();

export const handlers = {
  /** The runs a setting needs, in slices that a newer job can cut; undefined when superseded. */
  train({ lambda, data }: TrainInput, job: JobContext): Promise<LogisticResult | undefined> {
    const kept = tables.get(data);
    const dataset = kept?.dataset ?? makeDataset(data);
    const lambdas: number[] = kept ? [] : [...TABLE_LAMBDAS];
    const known = (l: number) => (kept?.runs ?? []).some((r) => r.lambda === l) || lambdas.includes(l);
    if (!known(lambda)) lambdas.push(lambda);
    const done: Run[] = [];
    let current = lambdas.length > 0 ? createRun(dataset, lambdas[0]!) : undefined;
    return sliced(
      job,
      () => {
        if (!current) return true;
        current.advance();
        if (current.done) {
          done.push(current.result());
          current = done.length < lambdas.length ? createRun(dataset, lambdas[done.length]!) : undefined;
        }
        return current === undefined;
      },
      () => {
        const runs = kept?.runs ?? done.filter((r) => (TABLE_LAMBDAS as readonly number[]).includes(r.lambda));
        if (!kept) tables.set(data, { dataset, runs });
        const run = [...runs, ...done].find((r) => r.lambda === lambda)!;
        return { data, dataset, run, free: runs[0]!, table: runs.map((r) => tableRow(dataset, r)) };
      },
    );
  },
} satisfies Handlers;
