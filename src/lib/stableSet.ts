// Reading a stability selection result (stability.ts) over a region Λ of the λ grid: the largest
// selection frequency of each feature, the stable set {j : max_{λ∈Λ} Π̂_j(λ) ≥ π_thr}, the average
// number q_Λ of features a subsample selects somewhere in Λ, and Meinshausen & Bühlmann's (2010,
// Theorem 1) bound on the expected number of false selections, E[V] ≤ q_Λ² / ((2π_thr − 1)·p).
// Light on purpose (no solver): a demo's view can import it.
import { checkOptions, integerIn, numberIn } from './validate';

/** Λ: the grid points with min ≤ λ ≤ max (either end may be left open). */
export interface Region {
  min?: number;
  max?: number;
}

/** A share of subsamples that equals the threshold up to rounding reaches it. */
const ROUNDING = 1e-12;

/** The indices k of the grid inside the region; a region that holds no grid point is refused. */
export function regionIndices(alphas: readonly number[], region: Region = {}): number[] {
  const o = checkOptions(region);
  const lo = numberIn(o.min, 'region.min', 0, Infinity, 0);
  const hi = o.max === undefined ? Infinity : numberIn(o.max, 'region.max', 0, Infinity);
  if (lo > hi) throw new RangeError(`region.min (${lo}) is above region.max (${hi})`);
  const inside = alphas.flatMap((a, k) => (a >= lo && a <= hi ? [k] : []));
  if (inside.length === 0) throw new RangeError(`the region [${lo}, ${hi}] holds no λ of the grid (${alphas.at(-1)} to ${alphas[0]})`);
  return inside;
}

/** max over λ in Λ of Π̂_j(λ), for every feature j. */
export function maxFrequency(r: { alphas: readonly number[]; frequencies: readonly (readonly number[])[] }, region?: Region): number[] {
  const ks = regionIndices(r.alphas, region);
  return r.frequencies[0].map((_, j) => Math.max(...ks.map((k) => r.frequencies[k][j])));
}

/** The stable set: features whose selection frequency reaches π_thr somewhere in Λ, increasing. */
export function stableSet(r: { alphas: readonly number[]; frequencies: readonly (readonly number[])[] }, threshold: number, region?: Region): number[] {
  const pi = numberIn(threshold, 'threshold', Number.MIN_VALUE, 1);
  return maxFrequency(r, region).flatMap((f, j) => (f >= pi - ROUNDING ? [j] : []));
}

/** q_Λ: the number of features a subsample selects at some λ in Λ, averaged over the subsamples. */
export function averageSelected(r: { alphas: readonly number[]; supports: readonly (readonly (readonly number[])[])[] }, region?: Region): number {
  const ks = regionIndices(r.alphas, region);
  if (r.supports.length === 0) throw new RangeError('the result has no subsample');
  let total = 0;
  for (const path of r.supports) {
    const union = new Set<number>();
    for (const k of ks) for (const j of path[k]) union.add(j);
    total += union.size;
  }
  return total / r.supports.length;
}

/**
 * Meinshausen & Bühlmann's bound E[V] ≤ q² / ((2π_thr − 1)·p) on the expected number of selected
 * features that carry no signal. It holds for π_thr ∈ (0.5, 1] only, and assumes that the noise
 * features are exchangeable and that the lasso does no worse than random guessing.
 */
export function errorBound(q: number, p: number, threshold: number): number {
  const features = integerIn(p, 'p', 1, 1e9);
  const selected = numberIn(q, 'q', 0, features);
  const pi = numberIn(threshold, 'threshold', 0, 1);
  if (pi <= 0.5) throw new RangeError(`the bound needs threshold > 0.5 (at 0.5 it is infinite, below it says nothing), got ${pi}`);
  return (selected * selected) / ((2 * pi - 1) * features);
}
