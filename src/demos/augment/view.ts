/**
 * Live augmentation demo: the data, the transforms and the copies slider redraw the points at
 * once; the nets train through the compute channel, and only the newest settings are drawn.
 */
import { createChannel } from '../kit/channel';
import type { DemoContext } from '../kit/context';
import { bindControls, fillRows } from '../kit/dom';
import { AUGMENT_DEFAULTS, AUGMENT_SPECS, type AugmentResult, type AugmentSettings, SEEDS, anyTransform } from './model';
import { accuracySvg, pointsView, statusText, tableRows } from './render';

export const specs = AUGMENT_SPECS;

export function mount(ctx: DemoContext<typeof AUGMENT_SPECS>): void {
  const { state, strings: t, $ } = ctx;
  const chart = (name: string) => ctx.root.querySelector(`[data-chart="${name}"]`)!;
  const channel = createChannel({
    worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
    fallback: () => import('./jobs').then((m) => m.handlers),
  });
  const controls = bindControls(
    ctx,
    (_, v) => String(v),
    () => void update(),
  );

  function drawPoints(s: AugmentSettings, boundary: readonly number[] | null) {
    const view = pointsView(s, boundary, t);
    // SVG markup generated from our own numbers and strings.
    chart('points').innerHTML = view.svg;
    $('count').textContent = view.count;
    $('no-transform').hidden = anyTransform(s);
  }

  async function update() {
    const s: AugmentSettings = { ...state };
    controls.sync();
    ctx.commit();
    ctx.busy(true);
    drawPoints(s, null);
    $('status').textContent = t['demo.augment.computing']!;
    const r = await channel.run<AugmentResult>('compare', s).catch(ctx.fail);
    if (!r) return; // superseded (a newer job draws) or failed
    drawPoints(s, r.boundary);
    chart('accuracy').innerHTML = accuracySvg(r, t);
    $('status').textContent = statusText(r, t);
    fillRows($('rows'), tableRows(r, SEEDS, t));
    ctx.busy(false);
  }

  controls.sync();
  // The build-time figure shows the defaults; any other state from the URL trains now.
  if (Object.entries(AUGMENT_DEFAULTS).some(([k, v]) => state[k as keyof AugmentSettings] !== v)) void update();
  ctx.ready();
}
