/**
 * Live weight-decay demo: moving λ retrains the four runs on the main thread in slices of a
 * few milliseconds (a whole recompute takes longer than 50 ms), then redraws.
 */
import { writeState } from '../kit/params';
import { DECAY_SPECS, type DecayEpoch, createDecayRuns } from './model';
import { fmtLambda, renderDecay } from './render';
import { startDemo } from '../kit/start';

const SLICE_MS = 12;

export function mount(root: HTMLElement): void {
  const { id, strings: t, state } = startDemo(root, DECAY_SPECS);
  const q = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const lambdaInput = q<HTMLInputElement>('[data-param="lambda"]');
  let job = 0;
  let writeTimer: number | undefined;

  function render(epochs: DecayEpoch[]) {
    const view = renderDecay(epochs, state, t);
    // SVG markup generated from our own numbers and strings.
    q('[data-chart="norm"]').innerHTML = view.normSvg;
    q('[data-chart="diff"]').innerHTML = view.diffSvg;
    q('[data-role="status"]').textContent = view.status;
    q<HTMLTableSectionElement>('[data-role="rows"]').replaceChildren(
      ...view.rows.map((r) => {
        const tr = document.createElement('tr');
        tr.append(
          Object.assign(document.createElement('th'), { scope: 'row', textContent: r[0]! }),
          ...r.slice(1).map((c) => Object.assign(document.createElement('td'), { textContent: c })),
        );
        return tr;
      }),
    );
    root.dataset.ready = '';
  }

  function recompute() {
    const mine = ++job;
    root.setAttribute('aria-busy', 'true');
    const runs = createDecayRuns(state.lambda);
    const epochs: DecayEpoch[] = [];
    const slice = () => {
      if (mine !== job) return;
      const start = performance.now();
      while (!runs.done && performance.now() - start < SLICE_MS) epochs.push(runs.next());
      if (runs.done) {
        root.removeAttribute('aria-busy');
        render(epochs);
      } else setTimeout(slice, 0);
    };
    slice();
  }

  function show() {
    lambdaInput.value = String(Math.log10(state.lambda));
    const text = `λ = ${fmtLambda(state.lambda)}`;
    lambdaInput.setAttribute('aria-valuetext', text);
    q('[data-value="lambda"]').textContent = fmtLambda(state.lambda);
  }

  lambdaInput.addEventListener('input', () => {
    state.lambda = 10 ** Number(lambdaInput.value);
    show();
    delete root.dataset.ready;
    recompute();
    window.clearTimeout(writeTimer);
    writeTimer = window.setTimeout(() => history.replaceState(history.state, '', writeState(id, state, DECAY_SPECS, new URL(location.href))), 150);
  });
  show();
  // The build-time figure already shows the default λ.
  if (state.lambda === DECAY_SPECS.lambda.default) root.dataset.ready = '';
  else recompute();
}
