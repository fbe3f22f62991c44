/**
 * Live double-descent demo. The λ and σ sliders start a job of jobs.ts in the compute channel (a
 * worker, or the page itself); the first job computes the sweep of fits, later ones only the
 * medians, and only the newest job's answer is drawn.
 */
import { createChannel } from '../kit/channel';
import type { DemoContext } from '../kit/context';
import { bindControls, fillRows } from '../kit/dom';
import { defaults } from '../kit/params';
import type { CurvesInput } from './jobs';
import { formatParam, renderDescent } from './render';
import { DESCENT_SPECS, type DescentResult } from './specs';

export const specs = DESCENT_SPECS;

/** An answer later than this is announced as being computed. */
const SLOW_MS = 200;

export function mount(ctx: DemoContext<typeof DESCENT_SPECS>): void {
  const { state, strings: t, $, root } = ctx;
  const channel = createChannel({
    worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
    fallback: () => import('./jobs').then((m) => m.handlers),
  });

  /** The setting the figure shows (the build drew the default one), and the number of the newest request. */
  let shown: CurvesInput = defaults(DESCENT_SPECS);
  let newest = 0;

  function draw(result: DescentResult, input: CurvesInput) {
    shown = input;
    const view = renderDescent(result, t);
    // SVG markup generated from our own numbers and strings.
    root.querySelector('[data-chart="descent"]')!.innerHTML = view.svg;
    $('status').textContent = view.status;
    $('rows-caption').textContent = view.caption;
    fillRows($('rows'), view.rows);
  }

  /** Computes the current setting; draws when the newest job answers. */
  async function update() {
    const input: CurvesInput = { lambda: state.lambda, noise: state.noise };
    const request = ++newest;
    ctx.busy(true);
    // If the answer is slow (the first job computes every fit), the figure shows another setting meanwhile: the status says so.
    const slow = window.setTimeout(() => {
      if (request === newest && (input.lambda !== shown.lambda || input.noise !== shown.noise)) $('status').textContent = t['demo.descent.computing']!;
    }, SLOW_MS);
    let answer: DescentResult | undefined;
    try {
      answer = await channel.run<DescentResult>('curves', input, { lane: 'curves' });
    } catch (e) {
      window.clearTimeout(slow);
      ctx.fail(e);
      return;
    }
    window.clearTimeout(slow);
    if (answer === undefined) return; // superseded: the newer job draws
    draw(answer, input);
    ctx.ready();
    ctx.busy(false);
  }

  const controls = bindControls(
    ctx,
    (param, v) => formatParam(param, v, t),
    () => {
      controls.sync();
      ctx.commit();
      void update();
    },
  );
  controls.sync();
  // The build drew the default setting; a setting from the URL, and every later one, is computed here.
  void update();
}
