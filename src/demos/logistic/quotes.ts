/**
 * Numbers the prose quotes from the logistic demo, computed by its own code (see
 * src/demos/quotes.ts): ‖w‖ on the separable data after 1000 and 10,000 iterations, without a
 * penalty and with λ = 0.01. The runs are deterministic, so they are computed once.
 */
import type { QuoteSet } from '../quotes';
import { makeDataset, tableRow, tableRuns } from './model';
import { fmtNorm } from './render';
import { TABLE_LAMBDAS, type TableRow } from './specs';

let rows: TableRow[] | undefined;
const row = (lambda: (typeof TABLE_LAMBDAS)[number]): TableRow => {
  if (!rows) {
    const dataset = makeDataset('separable');
    rows = tableRuns(dataset).map((run) => tableRow(dataset, run));
  }
  return rows.find((r) => r.lambda === lambda)!;
};

export const quotes: QuoteSet = {
  /** No penalty: ‖w‖ after 1000 and after 10,000 iterations. */
  free1000: () => fmtNorm(row(0).norms[0]!),
  free10000: () => fmtNorm(row(0).norms[1]!),
  /** λ = 0.01: ‖w‖ after 10,000 iterations (the same as after 1000 to the digits shown). */
  l2at10000: () => fmtNorm(row(0.01).norms[1]!),
};
