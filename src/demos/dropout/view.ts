/**
 * Live dropout demo: every control becomes a job of jobs.ts in one lane of the compute channel
 * (a worker, or the page itself); frames that come back are drawn with the same functions that
 * drew the page at build time. A changed setting plays a fresh run, or with reduced motion
 * shows it finished.
 */
import { createChannel } from '../kit/channel';
import type { DemoContext } from '../kit/context';
import { bindControls, fillRows } from '../kit/dom';
import { fill } from '../kit/text';
import type { JobKind, RunInput } from './jobs';
import { DROPOUT_SPECS, type DatasetName, type RunFrame, demoData, fmtRate, roundRate } from './model';
import { renderDropout } from './render';

export const specs = DROPOUT_SPECS;
type Context = DemoContext<typeof DROPOUT_SPECS>;

/** The drawing of the network changes at most this often while playing (less flicker). */
const NET_INTERVAL = 250;

export function mount(ctx: Context): void {
  const { state, strings: t, $, root } = ctx;
  const channel = createChannel({
    worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
    fallback: () => import('./jobs').then((m) => m.handlers),
  });
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const playButton = $<HTMLButtonElement>('play');
  let frame: RunFrame | null = null;
  let playing = false;
  /** Frames are coming in (playing, or training to the end): the live region waits for the result. */
  let training = false;
  let queued = false;
  let lastNet = 0;

  function draw() {
    queued = false;
    if (!frame) return;
    const v = renderDropout(frame, demoData(frame.settings.data), t);
    // SVG markup generated from our own numbers and strings.
    root.querySelector('[data-chart="drop"]')!.innerHTML = v.dropSvg;
    root.querySelector('[data-chart="base"]')!.innerHTML = v.baseSvg;
    root.querySelector('[data-chart="loss"]')!.innerHTML = v.lossSvg;
    $('drop-name').textContent = v.name;
    $('progress').textContent = v.progress;
    $('summary').textContent = v.summary;
    $('rows-caption').textContent = v.caption;
    fillRows($('rows'), v.rows);
    const now = performance.now();
    if (!training || now - lastNet >= NET_INTERVAL) {
      lastNet = now;
      root.querySelector('[data-chart="net"]')!.innerHTML = v.netSvg;
      $('net-text').textContent = v.netText;
    }
    // The live region speaks when a run settles, not at every frame.
    if (!training && v.summary) $('announce').textContent = v.summary;
    // What is drawn now, for tests and tools.
    root.dataset.epoch = String(frame.epoch);
    root.dataset.steps = String(frame.steps);
    ctx.ready();
  }

  /**
   * Runs one job in the lane; a newer job supersedes it, and only the newest job's frames are
   * drawn (none when `quiet`: the page opens on the finished run that the build drew).
   */
  async function run(kind: JobKind, restart = false, quiet = false) {
    playing = kind === 'play';
    training = playing || kind === 'end';
    playButton.textContent = t[playing ? 'demo.dropout.pause' : 'demo.dropout.play']!;
    ctx.busy(true);
    const input: RunInput = {
      id: ctx.id,
      settings: { rate: state.rate, connect: state.connect, data: state.data as DatasetName },
      restart,
      speed: state.speed,
    };
    const onProgress = (value: unknown) => {
      frame = value as RunFrame;
      if (queued) return;
      queued = true;
      requestAnimationFrame(draw);
    };
    try {
      const result = await channel.run<RunFrame>(kind, input, { lane: 'run', onProgress: quiet ? undefined : onProgress });
      if (result === undefined) return;
      playing = false;
      training = false;
      frame = result;
      draw();
    } catch (e) {
      // A network that diverges stops the run; the figure keeps its last frame.
      playing = false;
      training = false;
      ctx.say(fill(t['demo.dropout.error']!, { message: e instanceof Error ? e.message : String(e) }));
    }
    playButton.textContent = t['demo.dropout.play']!;
    ctx.busy(false);
  }

  const controls = bindControls(
    ctx,
    (param, v) => (param === 'speed' ? t[`demo.dropout.speed${v}`]! : fmtRate(v)),
    (param) => {
      state.rate = roundRate(state.rate);
      controls.sync();
      ctx.commit();
      // A new speed goes on with the same run; any other setting starts a new one.
      if (param !== 'speed') void run(reduceMotion ? 'end' : 'play', true);
      else if (playing) void run('play');
    },
  );
  playButton.addEventListener('click', () => void run(playing ? 'pause' : 'play'));
  for (const kind of ['step', 'end', 'reset'] as const) $(kind).addEventListener('click', () => void run(kind));

  // Nobody watches a hidden tab or a demo scrolled away: stop training there (Play resumes).
  document.addEventListener('visibilitychange', () => {
    if (document.hidden && playing) void run('pause');
  });
  new IntersectionObserver((entries) => {
    if (playing && !entries.some((e) => e.isIntersecting)) void run('pause');
  }).observe(root);

  controls.sync();
  // The page opens on the finished run (as built); Play replays it from the start.
  void run('end', true, true);
}
