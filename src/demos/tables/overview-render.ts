/** Cells of the overview table and its caption. Pure; shared by build and browser. */
import { formatFixed } from '../kit/format';
import { fmtAlpha, fmtMs } from './format';
import { type Overview, TASK } from './overview';
import { fill } from '../kit/text';

/** Measured cells per row, in column order: α, non-zeros, ‖w‖₂, test MSE, time. */
export function overviewCells(o: Overview): string[][] {
  return o.rows.map((r) => [fmtAlpha(r.alpha), `${r.nonZero} / ${TASK.nFeatures}`, formatFixed(r.norm2, 2), formatFixed(r.testMse, 2), fmtMs(r.ms)]);
}

export function overviewCaption(o: Overview, t: Record<string, string>): string {
  return fill(t['demo.tables.overview.caption']!, {
    n: TASK.nSamples, p: TASK.nFeatures, group: TASK.groupSize, corr: TASK.correlation, k: TASK.nInformative,
    noise: TASK.noise, seed: o.seed, nTrain: o.nTrain, nTest: o.nTest, folds: TASK.nFolds,
  }); // prettier-ignore
}
