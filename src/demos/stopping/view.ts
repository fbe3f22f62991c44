/**
 * Live early-stopping demo. Training runs as jobs of jobs.ts in one lane of the compute channel
 * (a worker, or the page itself): the whole run on load and on a new sample, epoch by epoch
 * while playing. Where early stopping stops is decided here from the stored validation
 * history, so patience and min_delta redraw at once without retraining.
 */
import { createChannel } from '../kit/channel';
import type { DemoContext } from '../kit/context';
import { bindControls, fillRows } from '../kit/dom';
import { fill } from '../kit/text';
import type { JobKind, RunInput } from './jobs';
import { type EpochRow, STOPPING_SPECS, type StoppingSettings } from './model';
import { fmtDelta, renderStopping } from './render';

export const specs = STOPPING_SPECS;

const EPOCH_DELAY_MS = 20;

export function mount(ctx: DemoContext<typeof STOPPING_SPECS>): void {
  const { state, strings: t, $, root } = ctx;
  const channel = createChannel({
    worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
    fallback: () => import('./jobs').then((m) => m.handlers),
  });
  const playButton = $<HTMLButtonElement>('play');
  let rows: EpochRow[] = [];
  let playing = false;
  /** A job is training (playing, or a whole run on a new sample): frames come in, the status waits. */
  let training = false;
  /** Paused because the demo left the screen: it plays again when it comes back. */
  let autoPaused = false;
  let visible = true;
  let queued = false;

  function render() {
    queued = false;
    const view = renderStopping(rows, state as StoppingSettings, t);
    // SVG markup generated from our own numbers and strings.
    root.querySelector('[data-chart="curves"]')!.innerHTML = view.svg;
    $('progress').textContent = view.progress;
    // The live region speaks only when something settles, not at every epoch of a run.
    $('status').textContent = training ? t['demo.stopping.statusTraining']! : view.status;
    fillRows($('test-rows'), view.testRows);
    fillRows($('curve-rows'), view.curveRows);
    playButton.textContent = t[playing ? 'demo.stopping.pause' : 'demo.stopping.play']!;
    playButton.setAttribute('aria-pressed', String(playing));
  }

  /**
   * Runs one job in the lane; a newer job supersedes it, and only the newest job's rows are drawn
   * (none while it trains when `quiet`: on load the page shows the run that the build drew).
   */
  async function run(kind: JobKind, restart = false, quiet = false) {
    playing = kind === 'play';
    training = !quiet && (playing || kind === 'complete');
    if (training) $('status').textContent = t['demo.stopping.statusTraining']!;
    ctx.busy(true);
    const input: RunInput = { id: ctx.id, seed: state.seed, restart, delay: EPOCH_DELAY_MS };
    const onProgress = (value: unknown) => {
      rows = value as EpochRow[];
      if (queued) return;
      queued = true;
      requestAnimationFrame(render);
    };
    try {
      const result = await channel.run<EpochRow[]>(kind, input, { lane: 'run', onProgress: quiet ? undefined : onProgress });
      if (result === undefined) return;
      rows = result;
    } catch (e) {
      ctx.say(fill(t['demo.failed']!, { message: e instanceof Error ? e.message : String(e) }));
    }
    playing = false;
    training = false;
    render();
    ctx.ready();
    ctx.busy(false);
  }

  const controls = bindControls(
    ctx,
    (param, v) => (param === 'delta' ? fmtDelta(v) : String(v)),
    () => {
      controls.sync();
      render();
      ctx.commit();
    },
  );
  const press = (kind: JobKind, restart = false) => {
    autoPaused = false;
    void run(kind, restart);
  };
  playButton.addEventListener('click', () => press(playing ? 'pause' : 'play'));
  $('reset').addEventListener('click', () => press('reset'));
  $('resample').addEventListener('click', () => {
    state.seed = (state.seed % STOPPING_SPECS.seed.max) + 1;
    ctx.commit();
    press('complete', true);
  });

  // Pause while the demo is off screen or the tab is hidden; play again if we paused it.
  const followVisibility = () => {
    const shown = visible && document.visibilityState === 'visible';
    if (!shown && playing) {
      void run('pause');
      autoPaused = true;
    } else if (shown && autoPaused) press('play');
  };
  new IntersectionObserver((entries) => {
    visible = entries.some((e) => e.isIntersecting);
    followVisibility();
  }).observe(root);
  document.addEventListener('visibilitychange', followVisibility);

  controls.sync();
  void run('complete', true, true);
}
