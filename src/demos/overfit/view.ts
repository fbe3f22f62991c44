/** Live overfitting demo: sliders, axis switch and "new sample" redraw both charts. */
import { writeState } from '../kit/params';
import { OVERFIT_SPECS, type OverfitSettings } from './model';
import { fmtLambda, renderOverfit } from './render';
import { startDemo } from '../kit/start';

export function mount(root: HTMLElement): void {
  const { id, strings: t, state } = startDemo(root, OVERFIT_SPECS);
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  let writeTimer: number | undefined;

  function render() {
    const view = renderOverfit(state as OverfitSettings, t);
    // SVG markup generated from our own numbers and strings.
    q('[data-chart="fit"]').innerHTML = view.fitSvg;
    q('[data-chart="error"]').innerHTML = view.errorSvg;
    q('[data-role="status"]').textContent = view.status;
    q('[data-role="at-head"]').textContent = state.x === 'lambda' ? t['demo.overfit.byLambda']! : t['demo.overfit.byDegree']!;
    const body = q<HTMLTableSectionElement>('[data-role="rows"]');
    body.replaceChildren(
      ...view.rows.map((r) => {
        const tr = document.createElement('tr');
        const th = document.createElement('th');
        th.scope = 'row';
        th.textContent = r[0]!;
        tr.append(th, ...r.slice(1).map((c) => Object.assign(document.createElement('td'), { textContent: c })));
        return tr;
      }),
    );
    q<HTMLInputElement>('[data-param="degree"]').value = String(state.degree);
    q<HTMLInputElement>('[data-param="loglambda"]').value = String(state.loglambda);
    q('[data-value="degree"]').textContent = String(state.degree);
    q('[data-value="loglambda"]').textContent = fmtLambda(state.loglambda, t['demo.overfit.none']!);
    for (const radio of root.querySelectorAll<HTMLInputElement>('[data-role="x"]')) radio.checked = radio.value === state.x;
    window.clearTimeout(writeTimer);
    writeTimer = window.setTimeout(() => history.replaceState(history.state, '', writeState(id, state, OVERFIT_SPECS, new URL(location.href))), 150);
  }

  for (const input of root.querySelectorAll<HTMLInputElement>('input[data-param]')) {
    input.addEventListener('input', () => {
      state[input.dataset.param as 'degree' | 'loglambda'] = Number(input.value);
      render();
    });
  }
  for (const radio of root.querySelectorAll<HTMLInputElement>('[data-role="x"]')) {
    radio.addEventListener('change', () => {
      if (radio.checked) state.x = radio.value === 'lambda' ? 'lambda' : 'degree';
      render();
    });
  }
  q('[data-role="resample"]').addEventListener('click', () => {
    state.seed = (state.seed % OVERFIT_SPECS.seed.max) + 1;
    render();
  });
  render();
  root.dataset.ready = '';
}
