/**
 * Live weight-decay demo: moving λ retrains the four runs through the compute channel (off the
 * main thread); only the newest λ is drawn.
 */
import { createChannel } from '../kit/channel';
import type { DemoContext } from '../kit/context';
import { bindControls, fillRows } from '../kit/dom';
import { DECAY_SPECS, type DecayEpoch } from './specs';
import { fmtLambda, renderDecay } from './render';

export const specs = DECAY_SPECS;

export function mount(ctx: DemoContext<typeof DECAY_SPECS>): void {
  const { state, strings: t, $ } = ctx;
  const channel = createChannel({
    worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
    fallback: () => import('./jobs').then((m) => m.handlers),
  });
  const controls = bindControls(
    ctx,
    (_, v) => `λ = ${fmtLambda(v)}`,
    () => void update(),
  );

  async function update() {
    const lambda = state.lambda;
    controls.sync();
    ctx.commit();
    ctx.busy(true);
    const epochs = await channel.run<DecayEpoch[]>('train', lambda).catch(ctx.fail);
    if (!epochs) return; // superseded (a newer job draws) or failed
    const view = renderDecay(epochs, { lambda }, t);
    // SVG markup generated from our own numbers and strings.
    ctx.root.querySelector('[data-chart="norm"]')!.innerHTML = view.normSvg;
    ctx.root.querySelector('[data-chart="diff"]')!.innerHTML = view.diffSvg;
    $('status').textContent = view.status;
    fillRows($('rows'), view.rows);
    ctx.busy(false);
  }

  controls.sync();
  // The build-time figure shows the default λ; another λ from the URL trains now.
  if (state.lambda !== DECAY_SPECS.lambda.default) void update();
  ctx.ready();
}
