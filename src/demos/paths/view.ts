/**
 * The live coefficient-paths demo: controls → model.ts → Chart.js and the tables.
 * Loaded by <coefficient-paths> when it scrolls into view.
 */
import type { ChartConfiguration } from 'chart.js';
import { DASHES, currentTheme, seriesColor, themeColors } from '../kit/chart-theme';
import { readState, writeState } from '../kit/params';
import { formatCoef, formatLambda, pathTableColumns } from './format';
import { cvSummary, cvSvg } from './cv-render';
import { type CvCurve, MODELS, type Model, PATHS_SPECS, type PathCurve, clampLambda, coefAt, computeCv, computePath, countNonzero } from './model';
import { describeUrlProblems, fill } from '../kit/text';

type Strings = Record<string, string>;

export function mount(root: HTMLElement): void {
  const id = root.dataset.id!;
  const strings: Strings = JSON.parse(root.dataset.strings!);
  const features: string[] = JSON.parse(root.dataset.features!);
  const specs = { ...PATHS_SPECS, model: { ...PATHS_SPECS.model, default: (root.dataset.model as Model) ?? 'lasso' } };
  const $ = <T extends Element>(role: string) => root.querySelector<T>(`[data-role="${role}"]`)!;
  const modelInputs = [...root.querySelectorAll<HTMLInputElement>('[data-role="model"]')];
  const lambdaInput = $<HTMLInputElement>('lambda');
  const rhoInput = $<HTMLInputElement>('rho');
  const stdInput = $<HTMLInputElement>('std');
  const xSelect = $<HTMLSelectElement>('x');
  const message = root.querySelector<HTMLElement>('.demo-message')!;

  const { state, problems } = readState(id, location.search, specs);
  if (problems.length > 0) {
    message.textContent = describeUrlProblems(problems, strings['demo.urlProblem']!);
    message.hidden = false;
  }

  const settings = () => ({ model: state.model as Model, rho: state.rho, std: state.std });
  const keyOf = () => `${state.model}|${state.rho}|${state.std}`;
  // Computed in update(), in a task of its own after the module has loaded (no long task).
  let curve = undefined as unknown as PathCurve;
  let curveKey = '';
  let coef: number[] = [];
  /** Cross-validation runs in its own task after the path is drawn, so no task blocks for long. */
  let cv: CvCurve | undefined;
  const xOf = (lambda: number, c: number[]) => (state.x === 'l1' ? c.reduce((a, b) => a + Math.abs(b), 0) : Math.log10(lambda));

  function chartConfig(): ChartConfiguration<'line'> {
    const colors = themeColors();
    const theme = currentTheme();
    return {
      type: 'line',
      data: {
        datasets: features.map((name, j) => ({
          label: name,
          data: curve.lambdas.map((lambda, k) => ({ x: xOf(lambda, curve.coefs[k]!), y: curve.coefs[k]![j]! })),
          borderColor: seriesColor(j, theme),
          backgroundColor: seriesColor(j, theme),
          borderDash: DASHES[j % DASHES.length]!,
          borderWidth: 2,
          pointRadius: 0,
          tension: 0,
        })),
      },
      options: {
        animation: false,
        maintainAspectRatio: false,
        parsing: false,
        normalized: true,
        interaction: { mode: 'nearest', intersect: false },
        scales: {
          x: {
            type: 'linear',
            title: { display: true, text: strings[state.x === 'l1' ? 'demo.paths.xaxis.l1' : 'demo.paths.xaxis.lambda']!, color: colors.text },
            ticks: { color: colors.muted },
            grid: { color: colors.grid },
          },
          y: {
            title: { display: true, text: strings['demo.paths.coefAxis']!, color: colors.text },
            ticks: { color: colors.muted },
            grid: { color: colors.grid },
          },
        },
        plugins: {
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${formatCoef(item.parsed.y ?? 0)}` } },
          // @ts-expect-error: our own plugin's options
          marker: { x: xOf(state.lambda, coef), color: colors.mark },
        },
      },
      plugins: [chartJs!.markerPlugin],
    };
  }

  const canvas = root.querySelector('canvas')!;
  /** Chart.js arrives in its own chunk, evaluated in its own task. */
  let chartJs: typeof import('../kit/chart-setup') | undefined;
  let chart: import('chart.js').Chart<'line'> | undefined;
  let writeTimer: number | undefined;
  let chartPending = false;

  function update() {
    const key = keyOf();
    if (key !== curveKey) {
      curve = computePath(settings());
      curveKey = key;
      cv = undefined;
      renderPathTable();
    }
    if (!cv) scheduleCv();
    state.lambda = clampLambda(curve, state.lambda);
    coef = coefAt(settings(), state.lambda);
    syncControls();
    renderTable();
    if (cv) renderCv();
    if (chart) {
      const next = chartConfig();
      chart.data = next.data;
      chart.options = next.options!;
      chart.update('none');
    } else if (!chartPending) {
      // The first chart is built in its own task too.
      chartPending = true;
      void import('../kit/chart-setup').then((module) => {
        chartJs = module;
        window.setTimeout(() => {
          chart = module.themedChart(canvas, chartConfig);
          canvas.dataset.ready = '';
        }, 0);
      });
    }
    window.clearTimeout(writeTimer);
    writeTimer = window.setTimeout(() => history.replaceState(history.state, '', writeState(id, state, specs, new URL(location.href))), 150);
  }

  let cvTimer: number | undefined;
  function scheduleCv() {
    window.clearTimeout(cvTimer);
    cvTimer = window.setTimeout(() => {
      cv = computeCv(settings(), curve);
      $('cv-summary').textContent = cvSummary(cv, strings);
      renderCv();
    }, 0);
  }

  function renderCv() {
    // Our own SVG markup, built from numbers.
    $('cv-chart').innerHTML = cvSvg(cv!, state.lambda, strings);
  }

  function syncControls() {
    for (const input of modelInputs) input.checked = input.value === state.model;
    // Bounds on the slider's 0.01 grid, inside the path's range, so values never snap outside it.
    lambdaInput.min = String(Math.ceil(Math.log10(curve.lambdas[0]!) * 100) / 100);
    lambdaInput.max = String(Math.floor(Math.log10(curve.lambdas.at(-1)!) * 100) / 100);
    lambdaInput.value = String(Math.log10(state.lambda));
    lambdaInput.setAttribute('aria-valuetext', `λ = ${formatLambda(state.lambda)}`);
    $('lambda-out').textContent = formatLambda(state.lambda);
    rhoInput.value = String(state.rho);
    rhoInput.disabled = state.model !== 'enet';
    $('rho-out').textContent = state.model === 'lasso' ? '1' : state.model === 'ridge' ? '0' : String(state.rho);
    stdInput.checked = state.std;
    xSelect.value = state.x;
  }

  function renderTable() {
    root.querySelectorAll<HTMLElement>('[data-role="coef"]').forEach((cell, j) => {
      cell.textContent = formatCoef(coef[j]!);
    });
    root.querySelectorAll<HTMLElement>('.swatch').forEach((el, j) => {
      el.style.color = seriesColor(j);
    });
    $('caption').textContent = fill(strings['demo.paths.tableCaption']!, {
      lambda: formatLambda(state.lambda),
      model: strings[`demo.paths.model.${state.model}`]!,
      scaling: strings[state.std ? 'demo.paths.scaled' : 'demo.paths.unscaled']!,
    });
    $('status').textContent = fill(strings['demo.paths.nonzero']!, { count: countNonzero(coef), total: coef.length });
  }

  function renderPathTable() {
    const table = $<HTMLTableElement>('path-table');
    const columns = pathTableColumns(curve);
    table.querySelectorAll('thead th:not(:first-child)').forEach((th, i) => {
      th.textContent = `λ = ${formatLambda(curve.lambdas[columns[i]!]!)}`;
    });
    table.querySelectorAll('tbody tr').forEach((row, j) => {
      row.querySelectorAll('td').forEach((td, i) => {
        td.textContent = formatCoef(curve.coefs[columns[i]!]![j]!);
      });
    });
  }

  for (const input of modelInputs) {
    input.addEventListener('change', () => {
      if (input.checked && (MODELS as readonly string[]).includes(input.value)) {
        state.model = input.value;
        update();
      }
    });
  }
  lambdaInput.addEventListener('input', () => {
    state.lambda = 10 ** Number(lambdaInput.value);
    update();
  });
  rhoInput.addEventListener('input', () => {
    state.rho = Number(rhoInput.value);
    update();
  });
  stdInput.addEventListener('change', () => {
    state.std = stdInput.checked;
    update();
  });
  xSelect.addEventListener('change', () => {
    state.x = xSelect.value === 'l1' ? 'l1' : 'lambda';
    update();
  });
  $('use-min').addEventListener('click', () => {
    if (!cv) return;
    state.lambda = cv.lambdaMin;
    update();
  });
  $('use-1se').addEventListener('click', () => {
    if (!cv) return;
    state.lambda = cv.lambda1se;
    update();
  });
  // Recolour the swatches when the theme changes (the chart follows by itself).
  new MutationObserver(() => renderTable()).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  window.setTimeout(update, 0);
}
