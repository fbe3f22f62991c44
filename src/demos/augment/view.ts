/** Live augmentation demo: toggles and the copies slider redraw the points at once; the nets train in a Worker. */
import { writeState } from '../kit/params';
import { type AugmentResult, type AugmentSettings, AUGMENT_SPECS, SEEDS, augmentedSet, runComparison, trainingSet } from './model';
import { accuracySvg, countText, pointsSvg, statusText, tableRows } from './render';
import { startDemo } from '../kit/start';

type Reply = { job: number; result?: AugmentResult; error?: string };

export function mount(root: HTMLElement): void {
  const { id, strings: t, state } = startDemo(root, AUGMENT_SPECS);
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const results = q<HTMLElement>('[data-role="results"]');
  const status = q<HTMLElement>('[data-role="status"]');
  let writeTimer: number | undefined;
  let job = 0;
  let busy = false;
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }

  const settings = () => ({ ...state }) as AugmentSettings;

  function drawPoints(boundary: readonly number[] | null) {
    const s = settings();
    const train = trainingSet(s, SEEDS[0]!);
    const aug = augmentedSet(s, train, SEEDS[0]!);
    // SVG markup generated from our own numbers and strings.
    q('[data-chart="points"]').innerHTML = pointsSvg(s, train, aug, boundary, t['demo.augment.pointsTitle']!);
    q('[data-role="count"]').textContent = countText(s, train.X.length, t);
    q<HTMLElement>('[data-role="no-transform"]').hidden = s.jitter || s.flip || s.rotate || s.noise;
  }

  function show(r: AugmentResult) {
    drawPoints(r.boundary);
    q('[data-chart="accuracy"]').innerHTML = accuracySvg(r, t);
    status.textContent = statusText(r, t);
    const body = q<HTMLTableSectionElement>('[data-role="rows"]');
    body.replaceChildren(
      ...tableRows(r, SEEDS, t).map((row) => {
        const tr = document.createElement('tr');
        const th = Object.assign(document.createElement('th'), { scope: 'row', textContent: row[0]! });
        tr.append(th, ...row.slice(1).map((c) => Object.assign(document.createElement('td'), { textContent: c })));
        return tr;
      }),
    );
    results.removeAttribute('aria-busy');
    results.classList.remove('computing');
  }

  function send() {
    busy = true;
    const payload = { job, state: settings() };
    if (worker) worker.postMessage(payload);
    else window.setTimeout(() => receive({ job: payload.job, result: runComparison(payload.state) }), 0);
  }

  function receive(reply: Reply) {
    busy = false;
    if (reply.job !== job) {
      send(); // the settings changed meanwhile: compute the latest ones
      return;
    }
    if (reply.result) show(reply.result);
    else {
      status.textContent = reply.error ?? '';
      results.removeAttribute('aria-busy');
      results.classList.remove('computing');
    }
  }
  worker?.addEventListener('message', (e: MessageEvent<Reply>) => receive(e.data));

  function update() {
    for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-param]')) {
      box.checked = Boolean(state[box.dataset.param as 'jitter' | 'flip' | 'rotate' | 'noise']);
    }
    for (const radio of root.querySelectorAll<HTMLInputElement>('[data-role="data"]')) radio.checked = radio.value === state.data;
    q<HTMLInputElement>('[data-param="copies"]').value = String(state.copies);
    q('[data-value="copies"]').textContent = String(state.copies);
    drawPoints(null);
    job += 1;
    results.setAttribute('aria-busy', 'true');
    results.classList.add('computing');
    status.textContent = t['demo.augment.computing']!;
    if (!busy) send();
    window.clearTimeout(writeTimer);
    writeTimer = window.setTimeout(() => history.replaceState(history.state, '', writeState(id, state, AUGMENT_SPECS, new URL(location.href))), 150);
  }

  for (const box of root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-param]')) {
    box.addEventListener('change', () => {
      state[box.dataset.param as 'jitter' | 'flip' | 'rotate' | 'noise'] = box.checked;
      update();
    });
  }
  for (const radio of root.querySelectorAll<HTMLInputElement>('[data-role="data"]')) {
    radio.addEventListener('change', () => {
      if (radio.checked) state.data = radio.value === 'moons' ? 'moons' : 'circles';
      update();
    });
  }
  const copies = q<HTMLInputElement>('[data-param="copies"]');
  copies.addEventListener('input', () => {
    state.copies = Number(copies.value);
    update();
  });
  const isDefault = Object.entries(AUGMENT_SPECS).every(([k, spec]) => state[k as keyof typeof state] === spec.default);
  if (!isDefault) update(); // the build-time figure shows the defaults
  root.dataset.ready = '';
}
