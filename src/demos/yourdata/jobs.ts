/**
 * The "your own data" jobs, for the compute channel (worker.ts, or the page where no worker runs).
 * The worker keeps the last table that was read without a problem: a bad file leaves it in place.
 */
import { type JobContext, type Handlers, later, sliced } from '../kit/host';
import { type Feature, type PreparedTable, type Table, type TableNote, type TableProblem, decodeTable, prepareTable, readTable } from '../../lib/table';
import { type FitSettings, type PathResult, type Run, coefAt, computePath, cvRun, l1RatioOf } from './model';
import { createLogisticCv, createLogisticPath, logisticCoefAt } from './logistic';
import { pathSvg } from './render';
import { runStability } from './stability';

/** Rows shown in the preview. */
export const PREVIEW_ROWS = 8;
/** Columns shown in the preview: enough to see how the file was read; 500 columns took 100 ms and more to lay out. */
export const PREVIEW_COLUMNS = 20;

export type LoadResult =
  | { ok: true; encoding: string; delimiter: string; columns: { name: string; kind: string }[]; preview: string[][]; rows: number; notes: TableNote[] }
  | { ok: false; problems: TableProblem[] };

export type FitResult =
  | ({
      ok: true;
      featureNames: string[];
      features: Feature[];
      target: string;
      notes: TableNote[];
      n: number;
      task: string;
      ySd: number;
      l1Ratio: number;
      /** The path chart's SVG markup at λ_min, drawn here when the page sends its strings (500 lines take ~40 ms to write). */
      pathMarkup?: string;
      /** What the CV error measures: squared error, or the binomial deviance of logistic regression (a two-valued target). */
      measure: 'mse' | 'deviance';
      /** A two-valued target: the value coded 0, then the one coded 1. */
      classes?: [string, string];
    } & PathResult)
  | { ok: false; problems: TableProblem[] };

/** A fit's stage: 1 read, 2 path, 3 cross-validation. */
export type Progress = { stage: 1 | 2 | 3 };

/** Runs the steps in slices of the kit's SLICE_MS, stopping between two steps once the job is cancelled. */
const steps = <T>(run: Run<T>, job: JobContext): Promise<T | undefined> =>
  sliced(
    job,
    () => run.step(),
    () => run.result(),
  );

let table: Table | undefined;
let prepared: { key: string; prep: PreparedTable } | undefined;

/** A chosen file comes as its File (a handle: the page never copies its bytes), pasted text as text. */
async function load(input: { file?: Blob; bytes?: ArrayBuffer; text?: string }, job?: JobContext): Promise<LoadResult | undefined> {
  let text = input.text;
  let encoding = 'utf-8';
  const bytes = input.file ? await input.file.arrayBuffer() : input.bytes;
  // A newer table was chosen while this file was being read: it must not replace that one.
  if (job?.cancelled) return undefined;
  if (bytes) {
    const decoded = decodeTable(new Uint8Array(bytes));
    if (!decoded.ok) return decoded;
    ({ text, encoding } = decoded);
  }
  const read = readTable(text ?? '');
  if (!read.ok) return read;
  table = read;
  prepared = undefined;
  return {
    ok: true,
    encoding,
    delimiter: read.delimiter,
    columns: read.columns.map((c) => ({ name: c.name, kind: c.kind })),
    preview: read.rows.slice(0, PREVIEW_ROWS).map((row) => row.slice(0, PREVIEW_COLUMNS)),
    rows: read.rows.length,
    notes: read.notes,
  };
}

const sdOf = (y: number[]): number => {
  const m = y.reduce((a, b) => a + b, 0) / y.length;
  return Math.sqrt(y.reduce((a, b) => a + (b - m) ** 2, 0) / y.length);
};

/** A fit as the page asks for it: the settings, and the strings of its charts (so that the path chart is drawn off its thread). */
export type FitRequest = FitSettings & { strings?: Record<string, string> };

async function fit(s: FitRequest, job: JobContext): Promise<FitResult | undefined> {
  if (!table) throw new Error('no table');
  job.progress({ stage: 1 } satisfies Progress);
  const key = JSON.stringify([s.target, s.features, s.standardize]);
  if (prepared?.key !== key) {
    const prep = prepareTable(table, { target: s.target, features: s.features, standardize: s.standardize });
    if (!prep.ok) return prep;
    prepared = { key, prep };
  }
  const { prep } = prepared;
  const l1Ratio = l1RatioOf(s);
  const binary = prep.task === 'binary';
  await later();
  if (job.cancelled) return undefined;
  job.progress({ stage: 2 } satisfies Progress);
  // Logistic regression's path goes one λ at a time, in slices; the least-squares path is one engine call.
  const path = binary ? await steps(createLogisticPath(prep, l1Ratio), job) : computePath(prep, l1Ratio);
  if (!path) return undefined;
  await later();
  if (job.cancelled) return undefined;
  job.progress({ stage: 3 } satisfies Progress);
  // One fold per step: Cancel stops the CV between folds.
  const cv = await steps((binary ? createLogisticCv : cvRun)(prep, l1Ratio, path.alphas), job);
  if (!cv) return undefined;
  const result: Extract<FitResult, { ok: true }> = {
    measure: binary ? 'deviance' : 'mse',
    classes: prep.classes,
    ok: true,
    featureNames: prep.featureNames,
    features: prep.features,
    target: prep.target.name,
    notes: prep.notes,
    n: prep.X.length,
    task: prep.task,
    ySd: sdOf(prep.y),
    l1Ratio,
    ...path,
    meanMse: cv.meanMse,
    seMse: cv.seMse,
    indexMin: cv.indexMin,
    index1se: cv.index1se,
  };
  return s.strings ? { ...result, pathMarkup: pathSvg(result, result.indexMin, s.standardize, s.strings) } : result;
}

export const handlers = {
  load,
  fit,
  /** The fit at one λ of the grid or between, warm-started from the path's solutions around it. */
  at: ({ settings, alpha }: { settings: FitSettings; alpha: number }) => {
    if (!prepared) throw new Error('no fit');
    const { prep } = prepared;
    return (prep.task === 'binary' ? logisticCoefAt : coefAt)(prep, l1RatioOf(settings), alpha);
  },
  /** Stage 4 of a Lasso fit (run in the fit's lane): how often each feature is selected over bootstrap resamples at λ_1se. */
  stability: ({ alpha }: { alpha: number }, job: JobContext) => {
    if (!prepared) throw new Error('no fit');
    return runStability(prepared.prep, alpha, job);
  },
} satisfies Handlers;
