/** Bar chart of the nine coefficients as an SVG string (build time and live). Pure. */
import { GROUP_OF } from './model';

const W = 270;
const H = 160;
const PAD = 18;

export function barsSvg(coef: number[], scale: number, title: string): string {
  const bw = (W - 2 * PAD) / coef.length;
  const mid = H / 2;
  const k = (H / 2 - PAD) / scale;
  const bars = coef
    .map((c, j) => {
      const h = Math.abs(c) * k;
      const y = c >= 0 ? mid - h : mid;
      const x = PAD + j * bw + bw * 0.15;
      const zero = Math.abs(c) < 1e-10;
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
