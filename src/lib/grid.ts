// Evenly spaced grids, computed term by term as numpy computes them (so grids match scikit-learn's).
import { integerIn } from './validate';

/** numpy.linspace(start, stop, num): start + k·step, the last value exactly stop. */
export function linspace(start: number, stop: number, num: number): number[] {
  integerIn(num, 'num', 1, 1e7);
  if (!Number.isFinite(start) || !Number.isFinite(stop)) throw new RangeError(`linspace needs finite ends, got ${start} and ${stop}`);
  if (num === 1) return [start];
  const step = (stop - start) / (num - 1);
  return Array.from({ length: num }, (_, k) => (k === num - 1 ? stop : k * step + start));
}

/** numpy.logspace(start, stop, num): 10 to the powers linspace(start, stop, num). */
export function logspace(start: number, stop: number, num: number): number[] {
  return linspace(start, stop, num).map((e) => 10 ** e);
}
