/**
 * The grouping demo's figure and text from one setting: both bar charts (SVG strings), their
 * titles and "non-zero per group" lines, the table's rows and its summary. Pure; the same code
 * draws the build-time page and every live update.
 */
import { formatFixed } from '../kit/format';
import { fill } from '../kit/text';
import { GROUP_OF, type GroupingSettings, fitGrouping, keptPerGroup } from './model';

const W = 270;
const H = 160;
const PAD = 18;
const isZero = (c: number) => Math.abs(c) < 1e-10;

export function barsSvg(coef: number[], scale: number, title: string): string {
  const bw = (W - 2 * PAD) / coef.length;
  const mid = H / 2;
  const k = (H / 2 - PAD) / scale;
  const bars = coef
    .map((c, j) => {
      const h = Math.abs(c) * k;
      const y = c >= 0 ? mid - h : mid;
      const x = PAD + j * bw + bw * 0.15;
      const zero = isZero(c);
      return (
        `<rect class="bar g${GROUP_OF[j]}${zero ? ' zero' : ''}" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${(bw * 0.7).toFixed(1)}" height="${Math.max(h, zero ? 0 : 0.5).toFixed(1)}"/>` +
        `<text class="tick" x="${(x + bw * 0.35).toFixed(1)}" y="${H - 2}" text-anchor="middle">x${j + 1}</text>` +
        (zero ? `<text class="zero-label" x="${(x + bw * 0.35).toFixed(1)}" y="${mid - 4}" text-anchor="middle">0</text>` : '')
      );
    })
    .join('');
  return `<svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${title}"><line class="baseline" x1="${PAD}" x2="${W - PAD}" y1="${mid}" y2="${mid}"/>${bars}</svg>`;
}

/** A common scale for both panels, so bar heights compare. */
export const commonScale = (...coefs: number[][]) => Math.max(0.5, ...coefs.flat().map(Math.abs)) * 1.05;

const fmtCoef = (c: number) => (isZero(c) ? '0' : formatFixed(c, 2));

export const MODELS = ['lasso', 'enet'] as const;

export function renderGrouping(s: GroupingSettings, t: Record<string, string>) {
  const fit = fitGrouping(s);
  const scale = commonScale(fit.lasso, fit.enet);
  const panel = (key: (typeof MODELS)[number], title: string) => {
    const [a, b, c] = keptPerGroup(fit[key]);
    return { title, svg: barsSvg(fit[key], scale, title), kept: fill(t['demo.grouping.kept']!, { a: a!, b: b!, c: c! }) };
  };
  return {
    panels: { lasso: panel('lasso', t['demo.grouping.lasso']!), enet: panel('enet', fill(t['demo.grouping.enet']!, { rho: s.rho })) },
    rows: GROUP_OF.map((g, j) => [`x${j + 1}`, 'ABC'[g]!, fmtCoef(fit.lasso[j]!), fmtCoef(fit.enet[j]!)]),
    summary: fill(t['demo.grouping.caption']!, { lambda: s.lambda, corr: s.corr, seed: s.seed }),
  };
}
