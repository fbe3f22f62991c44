/**
 * Live stability demo. The lasso on all the data and the B subsamples' paths are jobs of jobs.ts
 * in the compute channel (a worker, or the page itself), with progress while the subsamples are
 * fitted; only the newest selection is drawn. The threshold and the region Λ only read the
 * selection at hand, so they redraw at once without computing again.
 */
import { createChannel } from '../kit/channel';
import type { DemoContext } from '../kit/context';
import { bindControls, fillRows } from '../kit/dom';
import { defaults } from '../kit/params';
import type { SelectInput } from './jobs';
import { formatParam, frequencyChart, pathChart, progressText, stabilityTexts } from './render';
import { type FullPath, type Progress, STABILITY_SPECS, type Selection, type StabilitySettings } from './specs';

export const specs = STABILITY_SPECS;

/** Sets an element's text only when it differs (no needless layout). */
const setText = (el: Element, text: string) => {
  if (el.textContent !== text) el.textContent = text;
};

export function mount(ctx: DemoContext<typeof STABILITY_SPECS>): void {
  const { state, strings: t, $ } = ctx;
  const channel = createChannel({
    worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
    fallback: () => import('./jobs').then((m) => m.handlers),
  });
  let path: FullPath | undefined;
  let selection: Selection | undefined;
  /** Lanes whose newest job has not answered yet. */
  const open = new Set<string>();

  /**
   * What each chart was last drawn for: a chart is drawn again only when what it shows changes. The
   * build drew the default setting (the data and the code are the same), so that stays at first.
   */
  const keyOf = (b: number, seed: number, threshold: number, lambda: number) => `${b}|${seed}|${threshold}|${lambda}`;
  const first = defaults(STABILITY_SPECS);
  const drawn = { lambda: first.lambda, freq: keyOf(first.subsamples, first.seed, first.threshold, first.lambda) };

  function draw() {
    // While new subsamples are fitted, the selection at hand belongs to the old ones: their answer draws.
    if (!path || !selection || open.size > 0) return;
    const s = state as StabilitySettings;
    // SVG markup generated from our own numbers and strings.
    if (drawn.lambda !== s.lambda) {
      $('path-chart').innerHTML = pathChart(path, s, t);
      drawn.lambda = s.lambda;
    }
    const freq = keyOf(selection.subsamples, selection.seed, s.threshold, s.lambda);
    if (drawn.freq !== freq) {
      $('freq-chart').innerHTML = frequencyChart(selection, s, t);
      drawn.freq = freq;
    }
    const view = stabilityTexts(path, selection, s, t);
    setText($('status'), view.status);
    setText($('bound'), view.bound);
    setText($('lasso'), view.lasso);
    setText($('progress'), progressText(selection.subsamples, selection.subsamples, t));
    setText($('rows-caption'), view.caption);
    updateRows(view.rows);
    ctx.ready();
  }

  /** The table's cells in place (a slider tick changes a few of them). */
  function updateRows(rows: string[][]) {
    const body = $('rows');
    if (body.children.length !== rows.length) return fillRows(body, rows);
    rows.forEach((row, i) => row.forEach((cell, j) => setText(body.children[i]!.children[j]!, cell)));
  }

  /** Runs a job in its lane; the demo is busy until every lane's newest job has answered. */
  async function job<T>(lane: string, input: unknown, onProgress?: (value: unknown) => void): Promise<T | undefined> {
    open.add(lane);
    ctx.busy(true);
    let value: T | undefined;
    try {
      value = await channel.run<T>(lane, input, { onProgress });
    } catch (e) {
      open.delete(lane);
      return ctx.fail(e);
    }
    // Superseded: the newer job of the lane answers instead.
    if (value === undefined) return undefined;
    open.delete(lane);
    if (open.size === 0) ctx.busy(false);
    return value;
  }

  /**
   * Fits the subsamples of the current B and seed. Progress is shown for a reader's own change; on
   * load the build's text stays until the answer (a line that changes length would shift the page).
   */
  async function select(asked: boolean) {
    const input: SelectInput = { subsamples: state.subsamples, seed: state.seed };
    const show = (done: number) => asked && setText($('progress'), progressText(done, input.subsamples, t));
    show(0);
    if (asked) setText($('status'), t['demo.stability.computing']!);
    const answer = await job<Selection>('select', input, (p) => show((p as Progress).done));
    if (answer === undefined) return;
    selection = answer;
    draw();
  }

  const controls = bindControls(
    ctx,
    (param, v) => formatParam(param, v, t),
    (param) => {
      controls.sync();
      ctx.commit();
      if (param === 'subsamples') void select(true);
      else draw();
    },
  );

  $('resample').addEventListener('click', () => {
    state.seed = (state.seed % STABILITY_SPECS.seed.max) + 1;
    ctx.commit();
    void select(true);
  });

  controls.sync();
  void job<FullPath>('path', null).then((answer) => {
    if (answer === undefined) return;
    path = answer;
    draw();
  });
  // The build drew the default setting; its figures stay until the jobs answer.
  void select(false);
}
