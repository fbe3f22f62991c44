/** Live grouping demo: sliders and "new sample" refit both models and redraw. */
import { writeState } from '../kit/params';
import { GROUPING_SPECS, type GroupingSettings, fitGrouping, keptPerGroup } from './model';
import { barsSvg, commonScale } from './svg';
import { fill } from '../kit/text';
import { startDemo } from '../kit/start';

const fmt = (c: number) => (Math.abs(c) < 1e-10 ? '0' : c.toFixed(2).replace('-', '−'));

export function mount(root: HTMLElement): void {
  const { id, strings, state } = startDemo(root, GROUPING_SPECS);
  const inputs = [...root.querySelectorAll<HTMLInputElement>('input[data-param]')];
  let writeTimer: number | undefined;

  function render() {
    const fit = fitGrouping(state as GroupingSettings);
    const scale = commonScale(fit.lasso, fit.enet);
    const titles = { lasso: strings['demo.grouping.lasso']!, enet: fill(strings['demo.grouping.enet']!, { rho: state.rho }) };
    for (const key of ['lasso', 'enet'] as const) {
      // Markup built from our own numbers and strings only.
      root.querySelector(`[data-bars="${key}"]`)!.innerHTML = barsSvg(fit[key], scale, titles[key]);
      root.querySelector(`[data-title="${key}"]`)!.textContent = titles[key];
      const [a, b, c] = keptPerGroup(fit[key]);
      root.querySelector(`[data-kept="${key}"]`)!.textContent = fill(strings['demo.grouping.kept']!, { a: a!, b: b!, c: c! });
      root.querySelectorAll(`[data-coef="${key}"]`).forEach((td, j) => (td.textContent = fmt(fit[key][j]!)));
    }
    root.querySelector('[data-role="caption"]')!.textContent = fill(strings['demo.grouping.caption']!, {
      lambda: state.lambda,
      corr: state.corr,
      seed: state.seed,
    });
    for (const input of inputs) {
      const key = input.dataset.param as keyof GroupingSettings;
      input.value = String(state[key]);
      root.querySelector(`[data-value="${key}"]`)!.textContent = String(state[key]);
    }
    window.clearTimeout(writeTimer);
    writeTimer = window.setTimeout(() => history.replaceState(history.state, '', writeState(id, state, GROUPING_SPECS, new URL(location.href))), 150);
  }

  for (const input of inputs) {
    input.addEventListener('input', () => {
      state[input.dataset.param as 'corr' | 'lambda' | 'rho'] = Number(input.value);
      render();
    });
  }
  root.querySelector('[data-role="resample"]')!.addEventListener('click', () => {
    state.seed = (state.seed % GROUPING_SPECS.seed.max) + 1;
    render();
  });
  render();
  root.dataset.ready = '';
}
