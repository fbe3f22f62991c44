/**
 * The live coefficient-paths demo. Every computation (the path, the fit at one λ, 10-fold CV)
 * is a job in jobs.ts, run in a Web Worker; this module only draws the results. While the λ
 * slider moves, each tick supersedes the last one's job, so only the newest fit is drawn.
 */
import { createChannel } from '../kit/channel';
import { seriesColor } from '../kit/chart-theme';
import type { DemoContext } from '../kit/context';
import { bindControls, fillRows } from '../kit/dom';
import { formatNumber } from '../kit/format';
import { settle } from '../kit/params';
import { fill } from '../kit/text';
import type { PathsChart } from './chart';
import { cvSummary, cvSvg } from './cv-render';
import type { FitResult } from './jobs';
import { type CvCurve, MODELS, type Model, PATHS_SPECS, type PathCurve, type PathsSettings, lambdaAxis, lambdaDomain, l1RatioOf } from './specs';
import { fitText, formatCoef, pathTable } from './render';

/** The `model` prop of the component is the default of the `model` param. */
export const specs = (root: HTMLElement) => {
  const model = MODELS.find((m) => m === root.dataset.model) ?? PATHS_SPECS.model.default;
  return { ...PATHS_SPECS, model: { ...PATHS_SPECS.model, default: model as string } };
};
type Specs = ReturnType<typeof specs>;

export function mount(ctx: DemoContext<Specs>): void {
  const { state, strings: t, root, $ } = ctx;
  const features: string[] = JSON.parse(root.dataset.features!);
  const names: string[] = JSON.parse(root.dataset.names!);
  const channel = createChannel({
    worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
    fallback: () => import('./jobs').then((m) => m.handlers),
  });
  const rhoInput = root.querySelector<HTMLInputElement>('[data-param="rho"]')!;
  const canvas = root.querySelector('canvas')!;
  const settings = (): PathsSettings => ({ model: state.model as Model, rho: state.rho, std: state.std });

  let curve: PathCurve | undefined;
  let cv: CvCurve | undefined;
  let shown: FitResult | undefined;
  let chart: PathsChart | undefined;
  /** Numbers the fit jobs in the order the view asks for them (`data-drawn-job` tells which one is drawn). */
  let fits = 0;

  const format = (param: string, v: number) => (param === 'rho' ? formatNumber(l1RatioOf(settings())) : formatNumber(v));
  const controls = bindControls(ctx, format, (param) => {
    if (param === 'lambda') fit();
    else if (param === 'x') chart?.redraw();
    else compute();
    sync();
    ctx.commit();
  });
  function sync() {
    controls.sync();
    rhoInput.disabled = state.model !== 'enet';
  }

  /** Lanes still waiting for their newest job; the demo is busy until every lane has drawn. */
  const open = new Set<string>();
  async function job<T>(lane: string, input: unknown, draw: (value: T) => void): Promise<void> {
    open.add(lane);
    ctx.busy(true);
    try {
      const value = await channel.run<T>(lane, input);
      // Superseded by a newer job of the lane, which draws instead.
      if (value === undefined) return;
      draw(value);
    } catch (e) {
      ctx.say(fill(t['demo.failed']!, { message: e instanceof Error ? e.message : String(e) }));
    }
    open.delete(lane);
    if (open.size === 0) ctx.busy(false);
  }

  /** New settings: a new path, the fit at λ on it, and its cross-validation. */
  function compute() {
    cv = undefined;
    // The fit waits for the path: λ first moves into the path's range (ctx.narrow).
    void job('path', settings(), drawPath);
    void job('cv', settings(), drawCv);
  }

  function fit() {
    const seq = ++fits;
    const asked = state.lambda;
    void job<FitResult>('fit', { settings: settings(), lambda: asked }, (result) => {
      shown = result;
      drawFit(seq);
    });
  }

  function drawPath(next: PathCurve) {
    curve = next;
    // The slider spans the path's range on the spec's own grid, so λ never leaves the path.
    ctx.narrow('lambda', next.lambdas[0]!, next.lambdas.at(-1)!);
    sync();
    fit();
    const table = pathTable(next, features);
    root.querySelectorAll('[data-role="path-head"] ~ th').forEach((th, i) => {
      th.textContent = table.head[i]!;
    });
    fillRows($('path'), table.rows);
    chart?.redraw();
    drawn();
  }

  const markerX = () => (state.x === 'l1' ? (shown?.l1 ?? 0) : lambdaAxis(shown?.lambda ?? state.lambda));

  function drawFit(seq: number) {
    const s = shown!;
    root.querySelectorAll('[data-role="coef"]').forEach((cell, j) => {
      cell.textContent = formatCoef(s.coef[j]!);
    });
    const text = fitText({ model: state.model as Model, std: state.std, lambda: s.lambda, coef: s.coef }, t);
    $('caption').textContent = text.caption;
    $('status').textContent = text.status;
    moveCvMarker(s.lambda);
    chart?.moveMarker(markerX());
    root.dataset.drawnLambda = String(s.lambda);
    root.dataset.drawnJob = String(seq);
    drawn();
  }

  /** The demo is drawn once the chart, the path and a fit are (the page's scans wait for the canvas's mark too). */
  const drawn = () => {
    if (!chart || !curve || !shown) return;
    canvas.dataset.ready = '';
    ctx.ready();
  };

  function drawCv(next: CvCurve) {
    cv = next;
    // SVG markup built from our own numbers and strings.
    $('cv-chart').innerHTML = cvSvg(next, shown?.lambda ?? state.lambda, t);
    $('cv-summary').textContent = cvSummary(next, t);
  }

  /** A slider tick moves the CV chart's λ marker only (its x is a percentage of the plot, as lineChartSvg draws it). */
  function moveCvMarker(lambda: number) {
    const line = $('cv-chart').querySelector('line.marker');
    if (!cv || !line) return;
    const [lo, hi] = lambdaDomain(cv.lambdas);
    const at = `${Number((((lambdaAxis(lambda) - lo) / (hi - lo)) * 100).toFixed(2))}%`;
    line.setAttribute('x1', at);
    line.setAttribute('x2', at);
  }

  /** "Use λ_min" and "Use λ_1se": λ from the drawn cross-validation, on the slider's grid. */
  const useCv = (role: string, pick: (c: CvCurve) => number) =>
    $(role).addEventListener('click', () => {
      if (!cv) return;
      // The nearest point of the slider's grid, so that slider, value, URL and link agree.
      state.lambda = settle(ctx.specs.lambda, pick(cv));
      sync();
      fit();
      ctx.commit();
    });
  useCv('use-min', (c) => c.lambdaMin);
  useCv('use-1se', (c) => c.lambda1se);

  const colourSwatches = () =>
    root.querySelectorAll<HTMLElement>('.swatch').forEach((el, j) => {
      el.style.color = seriesColor(j);
    });
  // The swatches follow the theme (the chart follows by itself).
  new MutationObserver(colourSwatches).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  colourSwatches();
  sync();
  compute();
  // Chart.js loads while the worker computes; it is evaluated in the task that loads it, and the
  // (still empty) chart is built in a task of its own, so neither adds to the other's long task.
  void import('./chart').then(({ pathsChart }) =>
    setTimeout(() => {
      chart = pathsChart(canvas, () => ({ curve, features, names, x: state.x, marker: markerX(), t }));
      drawn();
    }, 0),
  );
}
