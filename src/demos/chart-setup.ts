/**
 * Chart.js, registered with only what the demos draw (tree-shaken), themed from the page's
 * CSS custom properties, and redrawn when the theme switch changes the colour scheme.
 */
import {
  Chart,
  type ChartConfiguration,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  type Plugin,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';

Chart.register(LineController, ScatterController, LineElement, PointElement, LinearScale, LogarithmicScale, Tooltip);

/** Series colours with at least 3:1 contrast on the page background, per theme. */
const SERIES = {
  light: ['#0b5cad', '#c0392b', '#1e7b34', '#8e44ad', '#b35900', '#00796b', '#ad1457', '#5d4037', '#455a64', '#7a6a00'],
  dark: ['#8cc0ff', '#ff8a80', '#81c784', '#ce93d8', '#ffb74d', '#4dd0e1', '#f48fb1', '#bcaaa4', '#b0bec5', '#fff176'],
};
/** Dash patterns, so that series differ by more than colour. */
export const DASHES: number[][] = [[], [6, 3], [2, 3], [10, 3, 2, 3]];

export type Theme = 'light' | 'dark';
export const currentTheme = (): Theme => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
export const seriesColor = (i: number, theme = currentTheme()) => SERIES[theme][i % SERIES[theme].length]!;

/** Resolves a CSS colour (custom properties use light-dark(), which canvas cannot read) to rgb(). */
function resolveColor(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  probe.hidden = true;
  document.body.append(probe);
  const rgb = getComputedStyle(probe).color;
  probe.remove();
  return rgb;
}

export function themeColors() {
  const v = (name: string) => resolveColor(`var(${name})`);
  return { text: v('--color-text'), muted: v('--color-muted'), grid: v('--color-border'), accent: v('--color-accent'), mark: v('--color-mark') };
}

/** A vertical marker line at `chart.options.plugins.marker.x` (in data units). */
export const markerPlugin: Plugin<'line'> = {
  id: 'marker',
  afterDatasetsDraw(chart, _args, opts: { x?: number; color?: string }) {
    if (opts.x === undefined || !Number.isFinite(opts.x)) return;
    const { ctx, chartArea, scales } = chart;
    const px = scales.x!.getPixelForValue(opts.x);
    if (px < chartArea.left || px > chartArea.right) return;
    ctx.save();
    ctx.strokeStyle = opts.color ?? '#000';
    ctx.lineWidth = 2;
    ctx.setLineDash([4, 4]);
    ctx.beginPath();
    ctx.moveTo(px, chartArea.top);
    ctx.lineTo(px, chartArea.bottom);
    ctx.stroke();
    ctx.restore();
  },
};

/** Creates a chart that follows theme changes; `configure` builds the config for the current theme. */
export function themedChart<T extends 'line' | 'scatter'>(canvas: HTMLCanvasElement, configure: () => ChartConfiguration<T>): Chart<T> {
  const chart = new Chart(canvas, configure());
  const observer = new MutationObserver(() => {
    const next = configure();
    chart.data = next.data;
    chart.options = next.options!;
    chart.update('none');
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return chart;
}

export { Chart };
