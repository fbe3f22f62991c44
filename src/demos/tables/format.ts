/** Number formats of the comparison tables (U+2212 for minus signs, from the kit). */
import { formatFixed, formatNumber } from '../kit/format';

export const fmtCoef = (c: number) => (Math.abs(c) < 1e-10 ? '0' : formatFixed(c, 1));
export const fmtAlpha = (a: number) => formatNumber(a, 3);
export const fmtPct = (a: number) => (100 * a).toFixed(1);
export const fmtLoss = (l: number) => l.toFixed(3);
export const fmtMs = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
