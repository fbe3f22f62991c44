/** The coefficient paths as a Chart.js line chart (loaded with Chart.js after the first path arrives). */
import type { Chart, ChartConfiguration } from 'chart.js';
import { CHART_FONT_SIZE, endLabelsPlugin, linkedX, themedChart } from '../kit/chart-setup';
import { DASHES, currentTheme, seriesColor, themeColors } from '../kit/chart-theme';
import { formatNumber } from '../kit/format';
import { type PathCurve, lambdaAxis, lambdaDomain, lambdaTicks } from './specs';
import { formatCoef } from './render';

export interface PathsChartInput {
  /** Undefined until the first path arrives: the chart is built empty. */
  curve: PathCurve | undefined;
  /** Feature labels, one series each. */
  features: readonly string[];
  /** Short feature names, written at the lines' ends. */
  names: readonly string[];
  x: string;
  /** The current λ (or ‖w‖₁) on the horizontal axis. */
  marker: number;
  t: Record<string, string>;
}

export interface PathsChart {
  /** Rebuilds the series (a new path, the other x-axis). */
  redraw(): void;
  /** Moves only the λ marker: what a slider tick changes. */
  moveMarker(x: number): void;
}

const EMPTY: PathCurve = { lambdas: [], coefs: [], l1: [] };

export function pathsChart(canvas: HTMLCanvasElement, input: () => PathsChartInput): PathsChart {
  function configure(): ChartConfiguration<'line'> {
    const { curve = EMPTY, features, names, x, t } = input();
    const colors = themeColors();
    const theme = currentTheme();
    const xOf = (k: number) => (x === 'l1' ? curve.l1[k]! : lambdaAxis(curve.lambdas[k]!));
    // The page's own font (Chart.js's default stack makes the browser look for fallback fonts), and our
    // own tick labels (Chart.js's would build an Intl.NumberFormat, whose first use costs a long task).
    const font = { family: getComputedStyle(canvas).fontFamily, size: CHART_FONT_SIZE };
    // On the λ axis both charts (this and the CV chart) span the path's λ grid with the same margins.
    const domain = x === 'lambda' && curve.lambdas.length > 0 ? lambdaDomain(curve.lambdas) : undefined;
    const linked = linkedX(domain, domain && lambdaTicks(domain));
    const axis = (text: string) => ({
      title: { display: true, text, color: colors.text, font },
      ticks: { color: colors.muted, font, callback: (v: number | string) => formatNumber(Number(v)) },
      grid: { color: colors.grid },
    });
    return {
      type: 'line',
      data: {
        datasets: features.map((_, j) => ({
          label: names[j] ?? '',
          data: curve.coefs.map((c, k) => ({ x: xOf(k), y: c[j]! })),
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
        layout: linked.layout,
        scales: {
          x: { type: 'linear', ...axis(t[x === 'l1' ? 'demo.paths.xaxis.l1' : 'demo.paths.xaxis.lambda']!), ...linked.x },
          y: { ...axis(t['demo.paths.coefAxis']!), ...linked.y },
        },
        plugins: {
          // The least regularized end (smallest λ, largest ‖w‖₁) is the first point: the lines are spread out there.
          endLabels: { at: 'first', font, halo: colors.bg },
          tooltip: {
            titleFont: font,
            bodyFont: font,
            callbacks: {
              title: ([item]) => (item ? `${x === 'l1' ? '‖w‖₁' : 'λ'} = ${formatNumber((x === 'l1' ? curve.l1 : curve.lambdas)[item.dataIndex]!)}` : ''),
              label: (item) => `${features[item.datasetIndex] ?? ''}: ${formatCoef(item.parsed.y ?? 0)}`,
            },
          },
        },
      },
      plugins: [endLabelsPlugin, { id: 'paths-marker', afterRender: (c) => place(c) }],
    };
  }

  /**
   * The λ marker is a line over the canvas, not drawn in it: a slider tick moves it without
   * redrawing the chart. It follows every render (a new path, a resize, the theme).
   */
  const line = Object.assign(document.createElement('div'), { className: 'chart-marker' });
  line.setAttribute('aria-hidden', 'true');
  canvas.after(line);
  let at = input().marker;
  function place({ chartArea: area, scales }: Chart<'line'>) {
    const px = scales.x?.getPixelForValue(at) ?? Number.NaN;
    line.hidden = !area || !(px >= area.left && px <= area.right);
    if (!line.hidden) line.style.cssText = `top: ${area.top}px; block-size: ${area.bottom - area.top}px; transform: translateX(${px}px)`;
  }

  const chart = themedChart(canvas, configure);
  return {
    redraw() {
      const next = configure();
      at = input().marker;
      chart.data = next.data;
      chart.options = next.options!;
      chart.update('none');
    },
    moveMarker(x) {
      at = x;
      place(chart);
    },
  };
}
