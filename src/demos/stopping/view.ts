/**
 * Live early-stopping demo. The worker trains (a whole run at once on load and on a new
 * sample, or epoch by epoch while playing); where early stopping stops is recomputed here,
 * from the stored validation history, whenever patience or min_delta move.
 */
import { writeState } from '../kit/params';
import { type EpochRow, MAX_EPOCHS, STOPPING_SPECS, type StoppingSettings } from './model';
import { fmtDelta, renderStopping } from './render';
import type { FromWorker, ToWorker } from './worker';
import { startDemo } from '../kit/start';

const EPOCH_DELAY_MS = 20;

function fillBody(body: HTMLTableSectionElement, rows: string[][]) {
  body.replaceChildren(
    ...rows.map((r) => {
      const tr = document.createElement('tr');
      const th = Object.assign(document.createElement('th'), { scope: 'row', textContent: r[0]! });
      tr.append(th, ...r.slice(1).map((c) => Object.assign(document.createElement('td'), { textContent: c })));
      return tr;
    }),
  );
}

export function mount(root: HTMLElement): void {
  const { id, strings: t, state } = startDemo(root, STOPPING_SPECS);
  const q = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const playButton = q<HTMLButtonElement>('[data-role="play"]');
  const patienceInput = q<HTMLInputElement>('[data-param="patience"]');
  const deltaInput = q<HTMLInputElement>('[data-param="delta"]');
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  let rows: EpochRow[] = [];
  let gen = 0;
  let playing = false;
  let autoPaused = false;
  let visible = true;
  let frame = 0;
  let writeTimer: number | undefined;
  const send = (m: ToWorker) => worker.postMessage(m);

  function render() {
    frame = 0;
    const view = renderStopping(rows, state as StoppingSettings, t);
    // SVG markup generated from our own numbers and strings.
    q('[data-chart="curves"]').innerHTML = view.svg;
    q('[data-role="progress"]').textContent = view.progress;
    // The live region speaks only when something settles, not at every epoch of a run.
    if (!playing) q('[data-role="status"]').textContent = view.status;
    fillBody(q('[data-role="test-rows"]'), view.testRows);
    fillBody(q('[data-role="curve-rows"]'), view.curveRows);
    playButton.textContent = playing ? t['demo.stopping.pause']! : t['demo.stopping.play']!;
    playButton.setAttribute('aria-pressed', String(playing));
    patienceInput.value = String(state.patience);
    deltaInput.value = String(state.delta);
    q('[data-value="patience"]').textContent = String(state.patience);
    q('[data-value="delta"]').textContent = fmtDelta(state.delta);
  }
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(render);
  };
  const saveUrl = () => {
    window.clearTimeout(writeTimer);
    writeTimer = window.setTimeout(() => history.replaceState(history.state, '', writeState(id, state, STOPPING_SPECS, new URL(location.href))), 150);
  };

  function restart(complete: boolean) {
    gen += 1;
    rows = [];
    playing = false;
    autoPaused = false;
    send({ type: 'reset', gen, seed: state.seed });
    if (complete) send({ type: 'complete', gen });
  }
  function play() {
    if (rows.length >= MAX_EPOCHS) restart(false);
    playing = true;
    send({ type: 'play', gen, delay: EPOCH_DELAY_MS });
    render();
  }
  function pause(auto = false) {
    if (!playing) return;
    playing = false;
    autoPaused = auto;
    send({ type: 'pause', gen });
    render();
  }

  let ready = false;
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    if (e.data.gen !== gen) return;
    rows = rows.concat(e.data.rows);
    if (e.data.done) playing = false;
    if (!ready) {
      ready = true;
      render();
      root.dataset.ready = '';
    } else if (playing) schedule();
    else render();
  };

  playButton.addEventListener('click', () => (playing ? pause() : play()));
  q('[data-role="reset"]').addEventListener('click', () => {
    restart(false);
    render();
  });
  q('[data-role="resample"]').addEventListener('click', () => {
    state.seed = (state.seed % STOPPING_SPECS.seed.max) + 1;
    restart(true);
    render();
    saveUrl();
  });
  for (const input of [patienceInput, deltaInput]) {
    input.addEventListener('input', () => {
      state[input.dataset.param as 'patience' | 'delta'] = Number(input.value);
      render();
      saveUrl();
    });
  }
  // Pause while the demo is off screen or the tab is hidden; resume if we paused it.
  const resumeOrPause = () => {
    const shown = visible && document.visibilityState === 'visible';
    if (!shown) pause(true);
    else if (autoPaused) {
      autoPaused = false;
      play();
    }
  };
  new IntersectionObserver((entries) => {
    visible = entries.some((en) => en.isIntersecting);
    resumeOrPause();
  }).observe(root);
  document.addEventListener('visibilitychange', resumeOrPause);

  restart(true);
}
