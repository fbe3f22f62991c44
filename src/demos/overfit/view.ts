/** Live overfitting demo: sliders, axis switch and "new sample" redraw both charts. */
import type { DemoContext } from '../kit/context';
import { bindControls, fillRows } from '../kit/dom';
import { OVERFIT_SPECS, type OverfitSettings } from './model';
import { fmtLambda, renderOverfit } from './render';

export const specs = OVERFIT_SPECS;

export function mount(ctx: DemoContext<typeof OVERFIT_SPECS>): void {
  const { state, strings: t, $ } = ctx;
  const controls = bindControls(ctx, (param, v) => (param === 'loglambda' ? fmtLambda(v, t['demo.overfit.none']!) : String(v)), render);

  function render() {
    const view = renderOverfit(state as OverfitSettings, t);
    // SVG markup generated from our own numbers and strings.
    ctx.root.querySelector('[data-chart="fit"]')!.innerHTML = view.fitSvg;
    ctx.root.querySelector('[data-chart="error"]')!.innerHTML = view.errorSvg;
    $('status').textContent = view.status;
    $('rows-head').textContent = t[state.x === 'lambda' ? 'demo.overfit.byLambda' : 'demo.overfit.byDegree']!;
    fillRows($('rows'), view.rows);
    controls.sync();
    ctx.commit();
  }

  $('resample').addEventListener('click', () => {
    state.seed = (state.seed % OVERFIT_SPECS.seed.max) + 1;
    render();
  });
  render();
  ctx.ready();
}
