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
