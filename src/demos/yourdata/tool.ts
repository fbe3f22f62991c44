/**
 * The "your own data" tool in the browser: reads the reader's table in the worker (decode, parse,
 * check), shows the preview, notes and problems, and fits with progress and Cancel. Nothing is
 * sent anywhere: the bytes go to the worker by postMessage, and the URL holds the settings only.
 */
import type { Lang } from '../../i18n';
import { createChannel } from '../kit/channel';
import { formatNumber } from '../kit/format';
import { fill } from '../kit/text';
import type { FitRequest, FitResult, LoadResult, Progress } from './jobs';
import { describeNote, describeProblem } from './messages';
import type { FitSettings, ModelKind } from './model';
import { type Fitted, coefCsv, cvSummary, cvSvg, markerAt, pathSvg, pythonSnippet, rSnippet } from './render';
import { createStabilityView } from './stability-view';
import { logisticSettings, pythonLogisticSnippet, rLogisticSnippet } from './snippets-logistic';
import { MODELS, URL_ID, readSettings } from './url-state';
import { bindFigureDownloads } from './downloads';

const PREFIX = `${URL_ID}.`;

/** Resolves after the next rendering: changes made then are laid out in a later frame. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function mount(root: HTMLElement): void {
  const t: Record<string, string> = JSON.parse(root.dataset.strings!);
  const lang = root.dataset.lang as Lang;
  const ui = (key: string, vars: Record<string, string | number> = {}) => fill(t[`demo.yourdata.ui.${key}`]!, vars);
  const $ = <T extends HTMLElement = HTMLElement>(role: string) => root.querySelector<T>(`[data-role="${role}"]`)!;
  const channel = createChannel({
    worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
    fallback: () => import('./jobs').then((m) => m.handlers),
  });

  // Stage 4, the Lasso's stability (stability-view.ts).
  const stability = createStabilityView(root, channel, ui, $('status'));

  let source = { fileName: 'data.csv', encoding: 'utf-8', delimiter: ',' };
  let fitted: { result: Fitted; settings: FitSettings } | undefined;
  let downloadUrl: string | undefined;

  // Settings from the URL (never data), by the kit's value rule; a value that had to change is said.
  const fromUrl = readSettings(location.search, t, (p) => (p.name === 'model' ? ui(p.used) : p.used));
  $<HTMLInputElement>(`model-${fromUrl.model}`).checked = true;
  $<HTMLInputElement>('rho').value = String(fromUrl.rho);
  $<HTMLInputElement>('standardize').checked = fromUrl.standardize;
  $('url-message').textContent = fromUrl.message;
  $('url-message').hidden = fromUrl.message === '';

  const modelOf = (): ModelKind => MODELS.find((m) => $<HTMLInputElement>(`model-${m}`).checked) ?? 'lasso';
  function syncSettings(write = true): void {
    const rhoInput = $<HTMLInputElement>('rho');
    const r = Number(rhoInput.value);
    $('rho-out').textContent = String(r);
    rhoInput.setAttribute('aria-valuetext', String(r));
    $('rho-box').hidden = modelOf() !== 'enet';
    if (!write) return;
    const q = new URLSearchParams(location.search);
    q.set(`${PREFIX}model`, modelOf());
    if (modelOf() === 'enet') q.set(`${PREFIX}rho`, String(r));
    else q.delete(`${PREFIX}rho`);
    if ($<HTMLInputElement>('standardize').checked) q.delete(`${PREFIX}std`);
    else q.set(`${PREFIX}std`, '0');
    history.replaceState(history.state, '', `${location.pathname}?${q.toString()}${location.hash}`);
  }

  const busy = (on: boolean) => {
    root.toggleAttribute('data-busy', on);
    root.setAttribute('aria-busy', String(on));
    $<HTMLButtonElement>('fit').disabled = on;
    $<HTMLButtonElement>('cancel').disabled = !on;
  };
  const showProblems = (texts: string[]) => {
    const box = $('problems');
    box.replaceChildren(...texts.map((s) => Object.assign(document.createElement('p'), { textContent: s })));
  };

  /** The preview, then (in a task of its own: a wide table has hundreds of columns) the target and feature controls. */
  async function showTable(r: Extract<LoadResult, { ok: true }>): Promise<void> {
    const table = $('preview');
    // A wide table shows its first columns only (the worker sends no more).
    const shownColumns = r.columns.slice(0, r.preview[0]?.length ?? r.columns.length);
    $('preview-caption').textContent = ui(shownColumns.length < r.columns.length ? 'previewCaptionWide' : 'previewCaption', {
      shown: r.preview.length,
      shownColumns: shownColumns.length,
      rows: r.rows,
      columns: r.columns.length,
      encoding: r.encoding === 'shift_jis' ? 'Shift_JIS' : 'UTF-8',
    });
    const head = document.createElement('tr');
    for (const c of shownColumns) head.append(Object.assign(document.createElement('th'), { scope: 'col', textContent: c.name }));
    table.querySelector('thead')!.replaceChildren(head);
    table.querySelector('tbody')!.replaceChildren(
      ...r.preview.map((row) => {
        const tr = document.createElement('tr');
        for (const v of row) tr.append(Object.assign(document.createElement('td'), { textContent: v }));
        return tr;
      }),
    );
    showNotes(r.notes.map((n) => describeNote(n, lang)));
    await nextFrame();
    const select = $<HTMLSelectElement>('target');
    select.replaceChildren(...r.columns.map((c) => new Option(c.name, c.name)));
    select.value = r.columns.at(-1)!.name;
    fillFeatures(r.columns.map((c) => c.name));
    $('loaded').hidden = false;
  }

  function showNotes(texts: string[]): void {
    $('notes').replaceChildren(...texts.map((s) => Object.assign(document.createElement('li'), { textContent: s })));
    $('notes-box').hidden = texts.length === 0;
  }

  let columnNames: string[] = [];
  function fillFeatures(names: string[]): void {
    columnNames = names;
    const target = $<HTMLSelectElement>('target').value;
    $('features').replaceChildren(
      ...names
        .filter((n) => n !== target)
        .map((n) => {
          const label = document.createElement('label');
          const box = Object.assign(document.createElement('input'), { type: 'checkbox', checked: true, value: n });
          label.append(box, n);
          return label;
        }),
    );
  }

  async function load(input: { file?: File; text?: string }, fileName?: string): Promise<void> {
    try {
      const r = await channel.run<LoadResult>('load', input);
      if (!r) return;
      if (!r.ok) {
        showProblems(r.problems.map((p) => describeProblem(p, lang)));
        return;
      }
      showProblems([]);
      source = { fileName: fileName ?? 'data.csv', encoding: r.encoding, delimiter: r.delimiter };
      fitted = undefined;
      $('results').hidden = true;
      await showTable(r);
    } catch (e) {
      showProblems([ui('failed', { message: e instanceof Error ? e.message : String(e) })]);
    }
  }

  // The File itself goes to the worker, which reads it: no copy of a large file on the page's thread.
  const readFile = (file: File) => void load({ file }, file.name);

  $<HTMLInputElement>('file').addEventListener('change', (e) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (file) readFile(file);
  });
  $('read').addEventListener('click', () => void load({ text: $<HTMLTextAreaElement>('paste').value }));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.setAttribute('data-over', '');
  });
  drop.addEventListener('dragleave', () => drop.removeAttribute('data-over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.removeAttribute('data-over');
    const file = e.dataTransfer?.files[0];
    if (file) readFile(file);
  });
  $('target').addEventListener('change', () => fillFeatures(columnNames));
  for (const m of MODELS) $(`model-${m}`).addEventListener('change', () => syncSettings());
  $('rho').addEventListener('input', () => syncSettings());
  $('standardize').addEventListener('change', () => syncSettings());

  function settingsNow(): FitSettings {
    const features = [...$('features').querySelectorAll<HTMLInputElement>('input:checked')].map((b) => b.value);
    return {
      target: $<HTMLSelectElement>('target').value,
      features,
      standardize: $<HTMLInputElement>('standardize').checked,
      model: modelOf(),
      rho: Number($<HTMLInputElement>('rho').value),
    };
  }

  $('fit').addEventListener('click', () => void fit());
  $('cancel').addEventListener('click', () => {
    channel.cancel('fit');
    busy(false);
    $('status').textContent = ui('cancelled');
  });

  async function fit(): Promise<void> {
    const settings = settingsNow();
    busy(true);
    stability.clear();
    const status = $('status');
    const onProgress = (p: unknown) => (status.textContent = ui(`progress${(p as Progress).stage}`));
    try {
      const r = await channel.run<FitResult>('fit', { ...settings, strings: t } satisfies FitRequest, { lane: 'fit', onProgress });
      if (!r) return;
      busy(false);
      if (!r.ok) {
        showProblems(r.problems.map((p) => describeProblem(p, lang)));
        status.textContent = '';
        return;
      }
      showProblems([]);
      showNotes(r.notes.map((n) => describeNote(n, lang)));
      status.textContent = ui('done', { n: r.n, p: r.featureNames.length });
      fitted = { result: r, settings };
      $('results').hidden = false;
      $('binary').hidden = r.task !== 'binary';
      $('cv-summary').textContent = cvSummary(r, t);
      const slider = $<HTMLInputElement>('lambda');
      slider.max = String(r.alphas.length - 1);
      await showLambda(r.indexMin);
      root.setAttribute('data-fitted', String(Date.now()));
      // Stage 4 (Lasso only): how often each feature is selected over bootstrap resamples at λ_1se.
      if (settings.model === 'lasso') {
        busy(true);
        if (await stability.run(r.alphas[r.index1se]!)) {
          busy(false);
          status.textContent = ui('done', { n: r.n, p: r.featureNames.length });
        }
      }
    } catch (e) {
      busy(false);
      showProblems([ui('failed', { message: e instanceof Error ? e.message : String(e) })]);
    }
  }

  let drawnFor: Fitted | undefined;
  /** Index k of the grid: the slider runs from the largest λ (left) to the smallest. */
  async function showLambda(k: number): Promise<void> {
    if (!fitted) return;
    const { result: r, settings } = fitted;
    const alpha = r.alphas[k]!;
    const slider = $<HTMLInputElement>('lambda');
    slider.value = String(k);
    // A two-valued target: logistic regression, with scikit-learn's C = 1/(n·λ) beside λ.
    const logistic = r.measure === 'deviance' ? { ...logisticSettings(alpha, r.l1Ratio, r.n), positive: r.classes![1] } : undefined;
    const lambdaVars = { lambda: formatNumber(alpha), C: logistic ? formatNumber(logistic.C) : '', k: k + 1, count: r.alphas.length };
    const text = ui(logistic ? 'lambdaTextLogistic' : 'lambdaText', lambdaVars);
    $('lambda-out').textContent = text;
    slider.setAttribute('aria-valuetext', text);
    // SVG markup built from our own numbers and strings (names escaped): each chart in a task of
    // its own once per fit; a new λ only moves the markers.
    if (drawnFor !== r) {
      // Each chart in a frame of its own: its style and layout then stay apart from the other's.
      await nextFrame();
      if (fitted?.result !== r) return;
      $('path-chart').innerHTML = r.pathMarkup ?? pathSvg(r, k, settings.standardize, t);
      await nextFrame();
      if (fitted?.result !== r) return;
      $('cv-chart').innerHTML = cvSvg(r, k, t);
      await nextFrame();
      if (fitted?.result !== r) return;
      drawnFor = r;
    }
    for (const line of root.querySelectorAll('.yd-chart line.marker')) for (const a of ['x1', 'x2']) line.setAttribute(a, markerAt(r, k));
    const coef = await channel.run<{ coef: number[]; intercept: number }>('at', { settings, alpha }, { lane: 'at' });
    if (!coef || fitted?.result !== r) return;
    $('coef-caption').textContent = ui(logistic ? 'coefCaptionLogistic' : 'coefCaption', lambdaVars);
    const rows = [[ui('intercept'), coef.intercept] as const, ...r.featureNames.map((n, j) => [n, coef.coef[j]!] as const)];
    $('coef')
      .querySelector('tbody')!
      .replaceChildren(
        ...rows.map(([name, v], i) => {
          const tr = document.createElement('tr');
          tr.append(Object.assign(document.createElement('th'), { scope: 'row', textContent: name }));
          const td = Object.assign(document.createElement('td'), { className: 'num', textContent: formatNumber(v, 6).replace(/^-/, '−') });
          td.dataset.value = String(v);
          if (i === 0) td.dataset.intercept = '';
          tr.append(td);
          return tr;
        }),
      );
    if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    downloadUrl = URL.createObjectURL(new Blob([coefCsv(r.featureNames, coef, t)], { type: 'text/csv' }));
    $<HTMLAnchorElement>('download').href = downloadUrl;
    const snip = {
      ...source,
      target: r.target,
      features: r.features,
      standardize: settings.standardize,
      lambda: alpha,
      l1Ratio: r.l1Ratio,
      n: r.n,
      ySd: r.ySd,
    };
    const py = logistic ? pythonLogisticSnippet({ ...snip, positive: logistic.positive }) : pythonSnippet(snip);
    const rs = logistic ? rLogisticSnippet({ ...snip, positive: logistic.positive }) : rSnippet(snip);
    $('python').textContent = py;
    $('copy-python').dataset.copy = py;
    $('r').textContent = rs;
    $('copy-r').dataset.copy = rs;
    $('conversion').textContent = logistic ? ui('conversionLogistic', { n: r.n }) : ui('conversion', { sd: formatNumber(r.ySd) });
    root.setAttribute('data-lambda-index', String(k));
  }

  $('lambda').addEventListener('input', (e) => void showLambda(Number((e.target as HTMLInputElement).value)));
  $('use-min').addEventListener('click', () => fitted && void showLambda(fitted.result.indexMin));
  $('use-1se').addEventListener('click', () => fitted && void showLambda(fitted.result.index1se));

  // Figures saved as SVG or PNG, on the click.
  bindFigureDownloads(root, (message) => showProblems([ui('saveFailed', { message })]));

  syncSettings(fromUrl.problems.length > 0);
  root.querySelector<HTMLElement>('.yd-ui')!.hidden = false;
  root.setAttribute('data-ready', '');
}
