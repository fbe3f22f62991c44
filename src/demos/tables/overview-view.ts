/** Live overview table: "another seed" recomputes every measured column through the compute channel. */
import { createChannel } from '../kit/channel';
import type { DemoContext } from '../kit/context';
import { fill } from '../kit/text';
import { type Overview, OVERVIEW_SPECS } from './overview';
import { overviewCaption, overviewCells } from './overview-render';

export const specs = OVERVIEW_SPECS;

export function mount(ctx: DemoContext<typeof OVERVIEW_SPECS>): void {
  const { state, strings: t, $ } = ctx;
  const channel = createChannel({
    worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
    fallback: () => import('./jobs').then((m) => m.handlers),
  });

  function show(o: Overview) {
    $('caption').textContent = overviewCaption(o, t);
    overviewCells(o).forEach((cells, i) => {
      ctx.root.querySelectorAll(`[data-row="${i}"] [data-cell]`).forEach((td, k) => (td.textContent = cells[k]!));
    });
    $('time-note').textContent = t['demo.tables.overview.timeLive']!;
    $('status').textContent = fill(t['demo.tables.overview.done']!, { seed: o.seed });
  }

  async function update() {
    $('seed').textContent = String(state.seed);
    ctx.commit();
    ctx.busy(true);
    $('status').textContent = t['demo.tables.computing']!;
    const o = await channel.run<Overview>('overview', state.seed).catch(ctx.fail);
    if (!o) return; // superseded (a newer job draws) or failed
    show(o);
    ctx.busy(false);
  }

  $('reseed').addEventListener('click', () => {
    state.seed = (state.seed % OVERVIEW_SPECS.seed.max) + 1;
    void update();
  });
  if (state.seed !== OVERVIEW_SPECS.seed.default) void update();
  ctx.ready();
}
