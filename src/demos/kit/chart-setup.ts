/**
 * Chart.js, registered with only what the demos draw (tree-shaken), themed from the page's
 * CSS custom properties, and redrawn when the theme switch changes the colour scheme.
 */
import { Chart, type ChartConfiguration, type ChartType, LineController, LineElement, LinearScale, type Plugin, PointElement, Tooltip } from 'chart.js';

import { placeLabels } from './chart-labels';
import { LABEL_SIZE, PLOT_PAD } from './svg-chart';

// Only what the demos use: the λ axis is already log₁₀ λ on a linear scale.
Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip);

/** Tick and label text in CSS px (Chart.js scales the canvas by devicePixelRatio itself, so this is the size on screen). */
export const CHART_FONT_SIZE = 12;

/**
 * Options that give a Chart.js chart the plot margins of the kit's SVG charts (PLOT_PAD) and a
 * fixed x range: two charts in one box with the same `domain` put a value at the same pixel.
 */
export function linkedX(domain: [number, number] | undefined, ticks?: readonly number[]) {
  return {
    layout: { padding: { left: 0, right: PLOT_PAD.right, top: PLOT_PAD.top } },
    x: {
      ...(domain ? { min: domain[0], max: domain[1] } : {}),
      // The linked charts' own ticks (not Chart.js's, which would add the range's ends).
      ...(ticks ? { afterBuildTicks: (scale: { ticks: { value: number }[] }) => void (scale.ticks = ticks.map((value) => ({ value }))) } : {}),
      afterFit(scale: { paddingLeft: number; paddingRight: number }) {
        scale.paddingLeft = 0;
        scale.paddingRight = 0;
      },
    },
    y: {
      afterFit(scale: { width: number }) {
        scale.width = PLOT_PAD.left;
      },
    },
  };
}

export interface EndLabelOptions {
  /** Label the first or the last point of each dataset. */
  at?: 'first' | 'last';
  font?: { family?: string };
  /** The halo behind the text (the page background). */
  halo?: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    endLabels?: EndLabelOptions;
  }
}

/**
 * Each dataset's label written beside its first or last point, in its colour, inside the plot,
 * pushed apart so that none overlap (placeLabels). What it drew is kept in the canvas's
 * `data-end-labels` (text and y) for tests.
 */
export const endLabelsPlugin: Plugin<'line'> = {
  id: 'endLabels',
  afterDatasetsDraw(chart, _args, opts: EndLabelOptions) {
    const { ctx, chartArea: area } = chart;
    if (!area) return;
    const ends = chart.data.datasets.flatMap((set, i) => {
      const points = chart.getDatasetMeta(i).data;
      const point = opts.at === 'last' ? points.at(-1) : points[0];
      return point && Number.isFinite(point.y) ? [{ text: set.label ?? '', color: String(set.borderColor), x: point.x, y: point.y }] : [];
    });
    const placed = placeLabels(
      ends.map((e) => e.y),
      LABEL_SIZE,
      area.top,
      area.bottom,
    );
    ctx.save();
    ctx.font = `700 ${CHART_FONT_SIZE}px ${opts.font?.family ?? 'sans-serif'}`;
    ctx.textBaseline = 'middle';
    ctx.lineJoin = 'round';
    ctx.lineWidth = 3;
    ctx.strokeStyle = opts.halo ?? '#fff';
    const drawn: { text: string; y: number }[] = [];
    ends.forEach((e, i) => {
      const y = placed[i];
      if (y === null || y === undefined) return;
      const right = e.x > (area.left + area.right) / 2;
      ctx.textAlign = right ? 'right' : 'left';
      const x = Math.min(area.right, Math.max(area.left, e.x)) + (right ? -4 : 4);
      ctx.strokeText(e.text, x, y);
      ctx.fillStyle = e.color;
      ctx.fillText(e.text, x, y);
      drawn.push({ text: e.text, y: Math.round(y * 10) / 10 });
    });
    ctx.restore();
    chart.canvas.dataset.endLabels = JSON.stringify(drawn);
  },
};

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
export function themedChart<T extends 'line'>(canvas: HTMLCanvasElement, configure: () => ChartConfiguration<T>): Chart<T> {
  const chart = new Chart(canvas, configure());
  // The smallest tick font the scales resolved (CSS px), for the page's checks of text size.
  const sizes = Object.values(chart.scales).map((scale) => (scale.options as { ticks?: { font?: { size?: number } } }).ticks?.font?.size ?? Number.NaN);
  canvas.dataset.tickFont = String(Math.min(...sizes));
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
