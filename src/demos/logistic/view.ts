/**
 * Live logistic demo. λ, the penalty switch and the data set start a job of jobs.ts in the
 * compute channel (a worker, or the page itself); only the newest job's runs are drawn. The
 * iteration slider, Play, Pause and Reset only choose which recorded iteration is shown, so they
 * redraw at once without training again.
 */
import { createChannel } from '../kit/channel';
import type { DemoContext } from '../kit/context';
import { bindControls, fillRows } from '../kit/dom';
import { settle, toSlider } from '../kit/params';
import type { TrainInput } from './jobs';
import { formatParam, renderLogistic } from './render';
import { type DatasetName, LOGISTIC_SPECS, type LogisticResult, type LogisticSettings, lambdaOf } from './specs';

export const specs = LOGISTIC_SPECS;

/** Milliseconds between two frames of Play (one step of the iteration slider each). */
const FRAME_MS = 80;
const ITER = LOGISTIC_SPECS.iter;

export function mount(ctx: DemoContext<typeof LOGISTIC_SPECS>): void {
  const { state, strings: t, $, root } = ctx;
  const channel = createChannel({
    worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
    fallback: () => import('./jobs').then((m) => m.handlers),
  });
  const playButton = $<HTMLButtonElement>('play');
  const lambdaInput = root.querySelector<HTMLInputElement>('input[data-param="lambda"]')!;
  let result: LogisticResult | undefined;
  let computing = false;
  let timer: number | undefined;

  const playing = () => timer !== undefined;
  const showBusy = () => ctx.busy(computing || playing());

  function showPlay() {
    playButton.textContent = t[playing() ? 'demo.logistic.pause' : 'demo.logistic.play']!;
    playButton.setAttribute('aria-pressed', String(playing()));
  }

  function draw() {
    showPlay();
    // While a new setting trains, the runs at hand belong to the old one: its answer draws.
    if (!result || computing) return;
    const view = renderLogistic(result, state as LogisticSettings, t);
    // SVG markup generated from our own numbers and strings.
    root.querySelector('[data-chart="plane"]')!.innerHTML = view.planeSvg;
    root.querySelector('[data-chart="norm"]')!.innerHTML = view.normSvg;
    $('progress').textContent = view.progress;
    // The live region speaks when something settles, not at every frame of Play.
    $('status').textContent = playing() ? t['demo.logistic.playing']! : view.status;
    $('c').textContent = view.cText;
    $('rows-caption').textContent = view.caption;
    fillRows($('rows'), view.rows);
  }

  function pause() {
    window.clearInterval(timer);
    timer = undefined;
    showBusy();
  }

  /** Trains for the current λ, penalty and data set; draws when the newest job answers. */
  async function train() {
    const input: TrainInput = { lambda: lambdaOf(state), data: state.data as DatasetName };
    computing = true;
    showBusy();
    let answer: LogisticResult | undefined;
    try {
      answer = await channel.run<LogisticResult>('train', input, { lane: 'train' });
    } catch (e) {
      computing = false;
      pause();
      ctx.fail(e);
      return;
    }
    if (answer === undefined) return; // superseded: the newer job draws
    result = answer;
    computing = false;
    draw();
    ctx.ready();
    showBusy();
  }

  const controls = bindControls(
    ctx,
    (param, v) => formatParam(param, v, t),
    (param) => {
      pause();
      lambdaInput.disabled = !state.penalty;
      controls.sync();
      ctx.commit();
      if (param === 'iter') draw();
      else void train();
    },
  );

  /** One step of the iteration slider's grid further, or null at its end. */
  const nextIter = (): number | null => {
    const position = toSlider(ITER, state.iter);
    const end = toSlider(ITER, ITER.max);
    return position >= end - 1e-9 ? null : settle(ITER, 10 ** (position + ITER.step));
  };

  playButton.addEventListener('click', () => {
    if (playing()) {
      pause();
      draw();
      return;
    }
    if (nextIter() === null) state.iter = ITER.min;
    timer = window.setInterval(() => {
      // The runs of a new setting are still on their way: wait for them.
      if (computing) return;
      const next = nextIter();
      if (next === null) {
        pause();
      } else state.iter = next;
      controls.sync();
      ctx.commit();
      draw();
    }, FRAME_MS);
    showBusy();
    controls.sync();
    ctx.commit();
    draw();
  });

  $('reset').addEventListener('click', () => {
    pause();
    state.iter = ITER.min;
    controls.sync();
    ctx.commit();
    draw();
  });

  lambdaInput.disabled = !state.penalty;
  controls.sync();
  // The build drew the default setting; the runs behind it are computed now (the slider and Play need them).
  void train();
}
