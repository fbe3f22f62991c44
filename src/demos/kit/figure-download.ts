/**
 * Saving a kit chart as SVG or PNG in the browser: the CSS each element of the chart uses is read
 * with the light theme forced on it (`color-scheme: light`), so dark mode saves the same file;
 * the PNG is that SVG (its CSS in style attributes) drawn at 2× into a canvas from a data: URL,
 * which the CSP allows for images. Files are Blob URLs: nothing is requested.
 */
import { type FigureRule, ruleKey, standaloneSvg } from './export-figure';

/** What a chart's CSS may set; anything else is layout that the markup already fixes. */
const PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'vector-effect',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'paint-order',
] as const;

/** Exported figures are at least this wide, so a figure saved on a phone stays legible. */
export const MIN_EXPORT_WIDTH = 640;

/** One rule per tag and class list, from the first element that has them (the chart styles by class). */
function rulesOf(svg: SVGSVGElement): FigureRule[] {
  const rules = new Map<string, FigureRule>();
  const previous = svg.getAttribute('style');
  svg.style.colorScheme = 'light';
  try {
    for (const el of [svg, ...svg.querySelectorAll('*')]) {
      const classes = el.getAttribute('class');
      if (!classes?.trim()) continue;
      const selector = ruleKey(el.tagName, classes);
      if (rules.has(selector)) continue;
      const computed = getComputedStyle(el);
      const style = Object.fromEntries(PROPS.map((p) => [p, computed.getPropertyValue(p)]).filter(([, v]) => v !== ''));
      rules.set(selector, { selector, style });
    }
  } finally {
    if (previous === null) svg.removeAttribute('style');
    else svg.setAttribute('style', previous);
  }
  return [...rules.values()];
}

/**
 * The chart inside `box` as a standalone SVG document and its size in px; `inline` puts the CSS in
 * style attributes (for drawing it as an image under this site's CSP, which refuses `<style>` there).
 */
export function figureSvg(box: Element, inline = false): { svg: string; width: number; height: number } {
  const chart = box.querySelector<SVGSVGElement>('svg.line-chart');
  if (!chart) throw new Error('no chart to save');
  const width = Math.max(MIN_EXPORT_WIDTH, Math.round(chart.getBoundingClientRect().width));
  const height = Number(chart.getAttribute('height'));
  const title = chart.getAttribute('aria-label') ?? '';
  const rules = rulesOf(chart);
  return { svg: standaloneSvg(new XMLSerializer().serializeToString(chart), { width, title, rules, inline }), width, height };
}

/** The SVG drawn at `scale`× into a canvas, as a PNG. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const img = new Image(width, height);
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const g = canvas.getContext('2d')!;
  g.scale(scale, scale);
  g.drawImage(img, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be made'))), 'image/png'));
}

/** Saves a blob under `name` through a temporary link. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Saves the chart inside `box` as `<name>.svg` or `<name>.png`. */
export async function saveFigure(box: Element, name: string, format: 'svg' | 'png'): Promise<void> {
  const { svg, width, height } = figureSvg(box, format === 'png');
  const blob = format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, width, height);
  saveBlob(blob, `${name}.${format}`);
}
