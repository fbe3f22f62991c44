/** Live L1/L2 geometry: the sliders, the keyboard and dragging the white dot redraw both panels. */
import type { DemoContext } from '../kit/context';
import { bindControls } from '../kit/dom';
import { GEOMETRY_SPECS, NORMS, centreAt } from './model';
import { formatParam, fromPx, geometrySvg, resultText } from './render';

export const specs = GEOMETRY_SPECS;

export function mount(ctx: DemoContext<typeof GEOMETRY_SPECS>): void {
  const { state, strings: t, root } = ctx;
  const controls = bindControls(ctx, (_, v) => formatParam(v), render);
  const plot = (norm: string) => root.querySelector<HTMLElement>(`.plot[data-norm="${norm}"]`)!;

  function render() {
    for (const norm of NORMS) {
      // Our own markup from numbers; no outside data reaches innerHTML.
      plot(norm).innerHTML = geometrySvg(norm, state, t[`demo.geometry.${norm}`]!);
      root.querySelector(`[data-result="${norm}"]`)!.textContent = resultText(norm, state, t);
    }
    controls.sync();
    ctx.commit();
  }

  // Dragging the unpenalised solution on either panel (the ŵ sliders do the same from the keyboard).
  for (const norm of NORMS) {
    const el = plot(norm);
    let dragging = false;
    const move = (event: PointerEvent) => {
      const svg = el.querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      const view = svg.viewBox.baseVal;
      centreAt(state, fromPx(((event.clientX - box.left) / box.width) * view.width + view.x, ((event.clientY - box.top) / box.height) * view.height + view.y));
      render();
    };
    el.addEventListener('pointerdown', (event) => {
      dragging = true;
      el.setPointerCapture(event.pointerId);
      move(event);
    });
    el.addEventListener('pointermove', (event) => dragging && move(event));
    el.addEventListener('pointerup', () => (dragging = false));
    el.addEventListener('pointercancel', () => (dragging = false));
  }
  render();
  ctx.ready();
}
