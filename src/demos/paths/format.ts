import type { PathCurve } from './model';

/** λ with three significant digits, without exponent notation in the usual range. */
export function formatLambda(lambda: number): string {
  if (lambda >= 1e4 || lambda < 1e-3) return lambda.toExponential(2);
  return String(Number(lambda.toPrecision(3)));
}

/** A coefficient: exact zeros as "0", others with one decimal (per-SD units of the target). */
export function formatCoef(c: number): string {
  if (Math.abs(c) < 1e-10) return '0';
  const s = Math.abs(c) < 0.05 ? c.toExponential(1) : c.toFixed(1);
  return s.replaceAll('-', '−');
}

/** Six evenly spaced columns of the path, smallest λ first. */
export function pathTableColumns(curve: PathCurve, count = 6): number[] {
  const last = curve.lambdas.length - 1;
  return Array.from({ length: count }, (_, i) => Math.round((last * i) / (count - 1)));
}
