/** Live sparse-penalties demo: every slider and checkbox redraws the chart and the table at once (no worker: it is cheap). */
import type { DemoContext } from '../kit/context';
import { bindControls, fillRows } from '../kit/dom';
import { PENALTIES_SPECS } from './model';
import { fmtParam, renderPenalties } from './render';

export const specs = PENALTIES_SPECS;

export function mount(ctx: DemoContext<typeof PENALTIES_SPECS>): void {
  const { state, strings: t, $ } = ctx;
  const controls = bindControls(ctx, (_, v) => fmtParam(v), render);

  function render() {
    const view = renderPenalties(state, t);
    // SVG markup generated from our own numbers and strings.
    ctx.root.querySelector('[data-chart="thresholds"]')!.innerHTML = view.svg;
    $('rows-caption').textContent = view.caption;
    fillRows($('rows'), view.rows);
    controls.sync();
    ctx.commit();
  }

  render();
  ctx.ready();
}
