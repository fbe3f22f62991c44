/** Live L1/L2 geometry: sliders and dragging redraw both panels. */
import { writeState } from '../kit/params';
import { GEOMETRY_SPECS, type GeometryState, type Norm, formatPoint, fromPx, geometrySvg, optimum } from './svg';
import { fill } from '../kit/text';
import { startDemo } from '../kit/start';

export function mount(root: HTMLElement): void {
  const { id, strings, state } = startDemo(root, GEOMETRY_SPECS);
  const inputs = [...root.querySelectorAll<HTMLInputElement>('input[data-param]')];
  let writeTimer: number | undefined;

  function render() {
    for (const plot of root.querySelectorAll<HTMLElement>('.plot')) {
      const norm = plot.dataset.norm as Norm;
      // Our own markup from numbers; no outside data reaches innerHTML.
      plot.innerHTML = geometrySvg(norm, state as GeometryState, strings[`demo.geometry.${norm}`]!);
      const w = optimum(norm, state as GeometryState);
      const zeros = [0, 1].filter((i) => w[i] === 0).map((i) => `w${i === 0 ? '₁' : '₂'}`);
      root.querySelector(`[data-result="${norm}"]`)!.textContent =
        fill(strings['demo.geometry.result']!, { norm: norm.toUpperCase(), point: formatPoint(w) }) +
        (zeros.length ? fill(strings['demo.geometry.zero']!, { coord: zeros.join(', ') }) : strings['demo.geometry.noZero']!);
    }
    for (const input of inputs) {
      const key = input.dataset.param as keyof GeometryState;
      input.value = String(state[key]);
      root.querySelector(`[data-value="${key}"]`)!.textContent = state[key].toFixed(2);
    }
    window.clearTimeout(writeTimer);
    writeTimer = window.setTimeout(() => history.replaceState(history.state, '', writeState(id, state, GEOMETRY_SPECS, new URL(location.href))), 150);
  }

  for (const input of inputs) {
    input.addEventListener('input', () => {
      state[input.dataset.param as keyof GeometryState] = Number(input.value);
      render();
    });
  }

  // Dragging the unpenalised solution on either panel.
  const clamp = (v: number, spec: { min: number; max: number }) => Math.min(spec.max, Math.max(spec.min, v));
  for (const plot of root.querySelectorAll<HTMLElement>('.plot')) {
    let dragging = false;
    const move = (event: PointerEvent) => {
      const svg = plot.querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      const view = svg.viewBox.baseVal;
      const [x, y] = fromPx(((event.clientX - box.left) / box.width) * view.width + view.x, ((event.clientY - box.top) / box.height) * view.height + view.y);
      state.c1 = Math.round(clamp(x, GEOMETRY_SPECS.c1) * 20) / 20;
      state.c2 = Math.round(clamp(y, GEOMETRY_SPECS.c2) * 20) / 20;
      render();
    };
    plot.addEventListener('pointerdown', (event) => {
      dragging = true;
      plot.setPointerCapture(event.pointerId);
      move(event);
    });
    plot.addEventListener('pointermove', (event) => dragging && move(event));
    plot.addEventListener('pointerup', () => (dragging = false));
    plot.addEventListener('pointercancel', () => (dragging = false));
  }
  render();
  root.dataset.ready = '';
}
