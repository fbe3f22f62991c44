/** Live grouping demo: the sliders and "new sample" refit both models and redraw. */
import type { DemoContext } from '../kit/context';
import { bindControls, fillRows } from '../kit/dom';
import { GROUPING_SPECS } from './model';
import { MODELS, renderGrouping } from './render';

export const specs = GROUPING_SPECS;

/** One refit of both models takes well under a millisecond (measured), so it runs on the page. */
export function mount(ctx: DemoContext<typeof GROUPING_SPECS>): void {
  const { state, strings: t, root, $ } = ctx;
  const controls = bindControls(ctx, (_, v) => String(v), render);

  function render() {
    const view = renderGrouping(state, t);
    for (const key of MODELS) {
      const panel = view.panels[key];
      // Markup built from our own numbers and strings only.
      root.querySelector(`[data-bars="${key}"]`)!.innerHTML = panel.svg;
      root.querySelector(`[data-title="${key}"]`)!.textContent = panel.title;
      root.querySelector(`[data-kept="${key}"]`)!.textContent = panel.kept;
    }
    fillRows($('rows'), view.rows);
    root.querySelector('.demo-details > summary')!.textContent = view.summary;
    controls.sync();
    ctx.commit();
  }

  $('resample').addEventListener('click', () => {
    state.seed = (state.seed % GROUPING_SPECS.seed.max) + 1;
    render();
  });
  render();
  ctx.ready();
}
