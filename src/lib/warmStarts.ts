// The solutions a prepared problem remembers, per l1Ratio, so that a new α starts from those
// already found around it: the nearest one, moved linearly in α towards the nearest one on the
// other side (exact for the lasso while the support and signs hold), or away from the next one
// on its own side, as along a path. Once a path is known for a ratio, only its solutions are
// used, so that a fit's answer depends on α alone and not on the fits asked before it.

/** A solution (coefficients, and whatever else the problem keeps) at one α. */
export interface Solved {
  alpha: number;
  value: Float64Array;
}

/** Most solutions kept per l1Ratio (a whole default path fits), and most numbers kept in all. */
export const MAX_SOLUTIONS = 128;
export const MAX_NUMBERS = 1 << 20;

interface Kept {
  /** The solutions of a path (fixed until the next path), or of single fits. */
  fromPath: boolean;
  list: Solved[];
}

export class WarmStarts {
  /** Per l1Ratio; the least recently used ratio first. */
  private readonly byRatio = new Map<number, Kept>();

  /**
   * The start for alpha: the nearest solved α (in log α), moved linearly towards the nearest one on
   * the other side (interpolation) or, with none there, away from the next one on its own side
   * (extrapolation, as along a path), written into out. `top` is a solution known without solving
   * (w = 0 at αmax). Returns the solution the start came from (null when there is none).
   */
  start(l1Ratio: number, alpha: number, out: Float64Array, top: Solved | null = null): Solved | null {
    const kept = this.byRatio.get(l1Ratio);
    if (kept) this.touch(l1Ratio, kept);
    const list = kept?.list ?? [];
    const all = top ? [...list, top] : list;
    let near: Solved | null = null;
    for (const s of all) if (!near || logGap(alpha, s.alpha) < logGap(alpha, near.alpha)) near = s;
    if (!near) return null;
    const side = Math.sign(near.alpha - alpha);
    let other: Solved | null = null; // nearest on the other side
    let next: Solved | null = null; // next nearest on near's side
    for (const s of all) {
      if (s === near) continue;
      const d = logGap(alpha, s.alpha);
      if (Math.sign(s.alpha - alpha) !== side || side === 0) {
        if (!other || d < logGap(alpha, other.alpha)) other = s;
      } else if (!next || d < logGap(alpha, next.alpha)) next = s;
    }
    blend(alpha, near, other ?? next, out);
    return near;
  }

  /** Remembers the solution of a single fit (unless a path is known for the ratio). */
  add(l1Ratio: number, alpha: number, value: Float64Array): void {
    const kept = this.byRatio.get(l1Ratio) ?? { fromPath: false, list: [] };
    if (kept.fromPath) return;
    const list = kept.list.filter((s) => s.alpha !== alpha);
    list.push({ alpha, value });
    if (list.length > MAX_SOLUTIONS) list.shift();
    this.touch(l1Ratio, { fromPath: false, list });
  }

  /** Replaces the solutions of a ratio by those of a path (evenly thinned to MAX_SOLUTIONS). */
  replace(l1Ratio: number, solutions: readonly Solved[]): void {
    const len = solutions.length;
    const list =
      len <= MAX_SOLUTIONS ? [...solutions] : Array.from({ length: MAX_SOLUTIONS }, (_, i) => solutions[Math.round((i * (len - 1)) / (MAX_SOLUTIONS - 1))]);
    this.touch(l1Ratio, { fromPath: true, list });
  }

  /** Marks the ratio as the most recently used; drops the least recently used ones beyond MAX_NUMBERS. */
  private touch(l1Ratio: number, kept: Kept): void {
    this.byRatio.delete(l1Ratio);
    this.byRatio.set(l1Ratio, kept);
    let numbers = 0;
    for (const k of this.byRatio.values()) for (const s of k.list) numbers += s.value.length;
    for (const [ratio, k] of this.byRatio) {
      if (numbers <= MAX_NUMBERS || ratio === l1Ratio) break;
      this.byRatio.delete(ratio);
      for (const s of k.list) numbers -= s.value.length;
    }
  }
}

/** |log a − log b|, with 0 taken as the smallest double. */
function logGap(a: number, b: number): number {
  return Math.abs(Math.log(Math.max(a, Number.MIN_VALUE)) - Math.log(Math.max(b, Number.MIN_VALUE)));
}

/**
 * A start from the solution `near` moved linearly in α towards (or, with t < 0, away from) the
 * solution `other`: w = w_n + (w_o − w_n)·t, t = (α − α_n)/(α_o − α_n), t kept in [−1, 1]. A
 * coefficient that is zero in either keeps w_n; one that would cross zero starts at 0.
 */
export function blend(alpha: number, near: Solved, other: Solved | null, out: Float64Array): void {
  out.set(near.value);
  if (!other || other.alpha === near.alpha) return;
  const t = Math.max(-1, Math.min(1, (alpha - near.alpha) / (other.alpha - near.alpha)));
  if (!Number.isFinite(t) || t === 0) return;
  const wn = near.value;
  const wo = other.value;
  for (let j = 0; j < out.length; j++) {
    if (wn[j] === 0 || wo[j] === 0) continue;
    const v = wn[j] + (wo[j] - wn[j]) * t;
    if (Number.isFinite(v)) out[j] = v * wn[j] > 0 ? v : 0;
  }
}
