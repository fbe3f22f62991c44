/** Number formats of the comparison tables (U+2212 for minus signs). */
export const minus = (s: string) => s.replace('-', '−');
export const fmtCoef = (c: number) => (Math.abs(c) < 1e-10 ? '0' : minus(c.toFixed(1)));
export const fmtAlpha = (a: number) => minus(a >= 0.001 && a < 1000 ? String(Number(a.toPrecision(3))) : a.toExponential(2));
export const fmtPct = (a: number) => (100 * a).toFixed(1);
export const fmtLoss = (l: number) => l.toFixed(3);
export const fmtMs = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
export const fmtNum = (v: number, digits = 2) => minus(v.toFixed(digits));
