/**
 * Live dropout demo: the controls talk to a Web Worker that trains both networks; each frame it
 * sends back is drawn with the same functions that drew the page at build time.
 */
import { readState, writeState } from '../kit/params';
import type { Command, Reply } from './controller';
import { DROPOUT_SPECS, type DatasetName, type DropoutSettings, type RunFrame, demoData, fmtRate, roundRate } from './model';
import { renderDropout } from './render';
import { describeUrlProblems, fill } from '../kit/text';

/** The drawing of the network changes at most this often while playing (less flicker). */
const NET_INTERVAL = 250;

type Send = (command: Command) => void;

/** A worker when the browser can run one, else the same controller on the page. */
async function connect(onReply: (reply: Reply) => void): Promise<Send> {
  try {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (e: MessageEvent<Reply>) => onReply(e.data));
    // A worker script that cannot load (a blocking policy, a network error) says so in the demo.
    worker.addEventListener('error', (e) => onReply({ type: 'error', message: e.message || 'Web Worker' }));
    return (command) => worker.postMessage(command);
  } catch {
    const { createController } = await import('./controller');
    const controller = createController((reply) => setTimeout(() => onReply(reply), 0));
    return (command) => controller.handle(command);
  }
}

export async function mount(root: HTMLElement): Promise<void> {
  const id = root.dataset.id!;
  const t: Record<string, string> = JSON.parse(root.dataset.strings!);
  const { state, problems } = readState(id, location.search, DROPOUT_SPECS);
  const rounded = roundRate(state.rate);
  if (rounded !== state.rate) {
    problems.push({ param: `${id}.rate`, given: new URLSearchParams(location.search).get(`${id}.rate`) ?? '', used: fmtRate(rounded), reason: 'out-of-range' });
    state.rate = rounded;
  }
  const message = root.querySelector<HTMLElement>('.demo-message')!;
  if (problems.length > 0) {
    message.textContent = describeUrlProblems(problems, t['demo.urlProblem']!);
    message.hidden = false;
  }
  const q = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel)!;
  const rate = q<HTMLInputElement>('[data-param="rate"]');
  const connectBox = q<HTMLInputElement>('[data-param="connect"]');
  const speed = q<HTMLInputElement>('[data-param="speed"]');
  const radios = [...root.querySelectorAll<HTMLInputElement>('[data-param="data"]')];
  const playButton = q<HTMLButtonElement>('[data-role="play"]');
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  const settings = (): DropoutSettings => ({ rate: state.rate, connect: state.connect, data: state.data as DatasetName });
  let frame: RunFrame | null = null;
  let playing = false;
  let pending = false;
  let lastNet = 0;
  let writeTimer: number | undefined;
  let settingsTimer: number | undefined;

  function draw() {
    pending = false;
    if (!frame) return;
    const v = renderDropout(frame, demoData(frame.settings.data), t);
    // SVG markup generated from our own numbers and strings.
    q('[data-chart="drop"]').innerHTML = v.dropSvg;
    q('[data-chart="base"]').innerHTML = v.baseSvg;
    q('[data-chart="loss"]').innerHTML = v.lossSvg;
    q('[data-role="drop-name"]').textContent = v.name;
    q('[data-role="progress"]').textContent = v.progress;
    q('[data-role="summary"]').textContent = v.summary;
    q('[data-role="caption"]').textContent = v.caption;
    const cells = root.querySelectorAll('[data-role="rows"] tr');
    v.rows.forEach((row, i) => {
      const tr = cells[i]!;
      tr.querySelector('th')!.textContent = row[0]!;
      tr.querySelectorAll('td').forEach((td, k) => (td.textContent = row[k + 1]!));
    });
    const now = performance.now();
    if (!playing || now - lastNet >= NET_INTERVAL) {
      lastNet = now;
      q('[data-chart="net"]').innerHTML = v.netSvg;
      q('[data-role="net-text"]').textContent = v.netText;
    }
    if (!playing && v.summary) q('[data-role="announce"]').textContent = v.summary;
    // What is drawn now, for tests and tools.
    root.dataset.epoch = String(frame.epoch);
    root.dataset.steps = String(frame.steps);
    root.dataset.ready = '';
  }

  function controls() {
    rate.value = String(state.rate);
    q('[data-value="rate"]').textContent = fmtRate(state.rate);
    connectBox.checked = state.connect;
    for (const r of radios) r.checked = r.value === state.data;
    speed.value = String(state.speed);
    const speedText = t[`demo.dropout.speed${state.speed}`]!;
    q('[data-value="speed"]').textContent = speedText;
    speed.setAttribute('aria-valuetext', speedText);
    window.clearTimeout(writeTimer);
    writeTimer = window.setTimeout(() => history.replaceState(history.state, '', writeState(id, state, DROPOUT_SPECS, new URL(location.href))), 150);
  }

  function onReply(reply: Reply) {
    if (reply.type === 'error') {
      message.textContent = fill(t['demo.dropout.error']!, { message: reply.message });
      message.hidden = false;
      playing = false;
    } else {
      frame = reply.frame;
      playing = reply.playing;
    }
    playButton.textContent = playing ? t['demo.dropout.pause']! : t['demo.dropout.play']!;
    root.toggleAttribute('data-playing', playing);
    if (!pending) {
      pending = true;
      requestAnimationFrame(draw);
    }
  }

  const send = await connect(onReply);

  /** A changed setting starts a new run: played from the start, or (reduced motion) shown finished. */
  function restart(delay: number) {
    controls();
    window.clearTimeout(settingsTimer);
    settingsTimer = window.setTimeout(() => send({ type: 'settings', settings: settings(), play: !reduceMotion, toEnd: reduceMotion }), delay);
  }

  rate.addEventListener('input', () => {
    state.rate = roundRate(Number(rate.value));
    restart(200);
  });
  connectBox.addEventListener('change', () => {
    state.connect = connectBox.checked;
    restart(0);
  });
  for (const r of radios) {
    r.addEventListener('change', () => {
      if (!r.checked) return;
      state.data = r.value;
      restart(0);
    });
  }
  speed.addEventListener('input', () => {
    state.speed = Number(speed.value);
    controls();
    send({ type: 'speed', speed: state.speed });
  });
  playButton.addEventListener('click', () => send({ type: playing ? 'pause' : 'play' }));
  q('[data-role="step"]').addEventListener('click', () => send({ type: 'step' }));
  q('[data-role="end"]').addEventListener('click', () => send({ type: 'end' }));
  q('[data-role="reset"]').addEventListener('click', () => send({ type: 'reset' }));

  // Nobody watches a hidden tab or a demo scrolled away: stop training there (Play resumes).
  document.addEventListener('visibilitychange', () => {
    if (document.hidden && playing) send({ type: 'pause' });
  });
  new IntersectionObserver((entries) => {
    if (playing && !entries.some((e) => e.isIntersecting)) send({ type: 'pause' });
  }).observe(root);

  controls();
  send({ type: 'speed', speed: state.speed });
  // The page opens on the finished run (as built); Play replays it from the start.
  send({ type: 'settings', settings: settings(), toEnd: true });
}
