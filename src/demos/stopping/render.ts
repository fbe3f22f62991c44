/** The early-stopping chart, status line and tables, from the stored run. Pure; shared by build and browser. */
import { type Series, clipText, lineChartSvg } from '../kit/svg-chart';
import { type Decision, type EpochRow, MAX_EPOCHS, type StoppingSettings, decide } from './model';
import { fill } from '../kit/text';
import { formatFixed, formatNumber } from '../kit/format';

export type StoppingStrings = Record<string, string>;
export const fmtLoss = (v: number) => formatFixed(v, 3);
export const fmtAcc = (v: number) => `${formatFixed(v * 100, 1)}%`;
export const fmtDelta = (v: number) => formatNumber(v, 3);

const Y_MAX = 1;
const EVERY = 20;

export interface StoppingView {
  decision: Decision;
  svg: string;
  status: string;
  progress: string;
  /** [label, test loss, test accuracy] */
  testRows: string[][];
  /** [epoch, train, validation, test] every 20 epochs. */
  curveRows: string[][];
}

export function renderStopping(rows: readonly EpochRow[], s: StoppingSettings, t: StoppingStrings): StoppingView {
  const decision = decide(rows, s.patience, s.delta);
  const { stopEpoch, bestEpoch } = decision;
  const cut = stopEpoch > 0 ? stopEpoch : Infinity;
  const pts = (key: 'train' | 'val', from: number, to: number) =>
    rows.filter((r) => r.epoch >= from && r.epoch <= to).map((r) => [r.epoch, r[key]] as [number, number]);
  const series: Series[] = [
    { points: pts('train', 0, cut), className: 'line-main', label: t['demo.stopping.train']! },
    { points: pts('val', 0, cut), className: 'line-compare', label: t['demo.stopping.val']! },
  ];
  if (stopEpoch > 0) {
    series.unshift(
      { points: pts('train', stopEpoch, MAX_EPOCHS), className: 'after' },
      { points: pts('val', stopEpoch, MAX_EPOCHS), className: 'after val-after' },
    );
    series.push({
      points: [
        [stopEpoch, 0],
        [stopEpoch, Y_MAX],
      ],
      className: 'stop-line',
    });
  }
  if (bestEpoch > 0) {
    series.push({
      points: [
        [bestEpoch, 0],
        [bestEpoch, Y_MAX],
      ],
      className: 'best-line',
    });
    series.push({ points: [[bestEpoch, rows[bestEpoch - 1]!.val]], className: 'best-dot', dots: true });
  }
  const svg = lineChartSvg({
    height: 240,
    x: [0, MAX_EPOCHS],
    y: [0, Y_MAX],
    title: t['demo.stopping.chartLabel']!,
    series,
    xTicks: [0, 100, 200, 300, 400].map((x) => ({ value: x, label: String(x) })),
    yTicks: [0, 0.25, 0.5, 0.75, 1].map((y) => ({ value: y, label: String(y) })),
    xLabel: t['demo.stopping.epoch']!,
    yLabel: t['demo.stopping.loss']!,
    endLabels: 'end',
    clipped: clipText(t),
  });

  const last = rows.at(-1);
  const best = bestEpoch > 0 ? rows[bestEpoch - 1]! : undefined;
  const full = rows.length >= MAX_EPOCHS ? rows[MAX_EPOCHS - 1]! : undefined;
  let status = '';
  if (!last || !best) status = t['demo.stopping.statusEmpty']!;
  else if (full && stopEpoch > 0) {
    status = fill(t['demo.stopping.statusDone']!, {
      stop: stopEpoch,
      best: bestEpoch,
      max: MAX_EPOCHS,
      esLoss: fmtLoss(best.testLoss),
      fullLoss: fmtLoss(full.testLoss),
      esAcc: fmtAcc(best.testAcc),
      fullAcc: fmtAcc(full.testAcc),
    });
  } else if (full) status = fill(t['demo.stopping.statusNoStop']!, { max: MAX_EPOCHS, best: bestEpoch });
  else if (stopEpoch > 0) status = fill(t['demo.stopping.statusStopped']!, { stop: stopEpoch, best: bestEpoch });
  else status = fill(t['demo.stopping.statusRunning']!, { best: bestEpoch, wait: decision.wait, patience: s.patience });
  const progress = fill(t['demo.stopping.progress']!, { epoch: last?.epoch ?? 0, max: MAX_EPOCHS });

  const testRows: string[][] = [];
  if (best && stopEpoch > 0) {
    testRows.push([fill(t['demo.stopping.rowBest']!, { epoch: bestEpoch }), fmtLoss(best.testLoss), fmtAcc(best.testAcc)]);
    const atStop = rows[stopEpoch - 1]!;
    testRows.push([fill(t['demo.stopping.rowStop']!, { epoch: stopEpoch }), fmtLoss(atStop.testLoss), fmtAcc(atStop.testAcc)]);
  }
  if (full) testRows.push([fill(t['demo.stopping.rowFull']!, { epoch: MAX_EPOCHS }), fmtLoss(full.testLoss), fmtAcc(full.testAcc)]);
  const curveRows = rows
    .filter((r) => r.epoch === 1 || r.epoch % EVERY === 0)
    .map((r) => [String(r.epoch), fmtLoss(r.train), fmtLoss(r.val), fmtLoss(r.testLoss)]);
  return { decision, svg, status, progress, testRows, curveRows };
}
