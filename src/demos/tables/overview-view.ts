/** Live overview table: "new seed" recomputes every measured column in a Worker. */
import { writeState } from '../kit/params';
import { type Overview, OVERVIEW_SPECS, computeOverview } from './overview';
import { overviewCaption, overviewCells } from './overview-render';
import { fill } from '../kit/text';
import { startDemo } from '../kit/start';

type Reply = { job: number; result?: Overview; error?: string };

export function mount(root: HTMLElement): void {
  const { id, strings: t, state } = startDemo(root, OVERVIEW_SPECS);
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const table = q<HTMLElement>('[data-role="table"]');
  const status = q<HTMLElement>('[data-role="status"]');
  const button = q<HTMLButtonElement>('[data-role="reseed"]');
  let job = 0;
  let busy = false;
  let writeTimer: number | undefined;
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./overview-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }

  function show(o: Overview) {
    q('[data-role="caption"]').textContent = overviewCaption(o, t);
    overviewCells(o).forEach((cells, i) => {
      root.querySelectorAll(`[data-row="${i}"] [data-cell]`).forEach((td, k) => (td.textContent = cells[k]!));
    });
    q('[data-role="time-note"]').textContent = t['demo.tables.overview.timeLive']!;
    status.textContent = fill(t['demo.tables.overview.done']!, { seed: o.seed });
    table.removeAttribute('aria-busy');
    table.classList.remove('computing');
  }

  function send() {
    busy = true;
    const payload = { job, seed: state.seed };
    if (worker) worker.postMessage(payload);
    else window.setTimeout(() => receive({ job: payload.job, result: computeOverview(payload.seed) }), 0);
  }

  function receive(reply: Reply) {
    busy = false;
    if (reply.job !== job) return send();
    if (reply.result) show(reply.result);
    else {
      status.textContent = reply.error ?? '';
      table.removeAttribute('aria-busy');
      table.classList.remove('computing');
    }
  }
  worker?.addEventListener('message', (e: MessageEvent<Reply>) => receive(e.data));

  function update() {
    q('[data-value="seed"]').textContent = String(state.seed);
    job += 1;
    table.setAttribute('aria-busy', 'true');
    table.classList.add('computing');
    status.textContent = t['demo.tables.computing']!;
    if (!busy) send();
    window.clearTimeout(writeTimer);
    writeTimer = window.setTimeout(() => history.replaceState(history.state, '', writeState(id, state, OVERVIEW_SPECS, new URL(location.href))), 150);
  }

  button.addEventListener('click', () => {
    state.seed = (state.seed % OVERVIEW_SPECS.seed.max) + 1;
    update();
  });
  if (state.seed !== OVERVIEW_SPECS.seed.default) update();
  root.dataset.ready = '';
}
