// The features the solver sweeps: chosen by the sequential strong rule (Tibshirani et al. 2012)
// at the start of a solve, then grown by every feature that violates its KKT condition at a
// gap check, so that the result is exact for the whole problem.

export class WorkingSet {
  /** The features, in increasing order: idx[0..m). */
  readonly idx: Int32Array;
  /** inW[j] = 1 when j is in the set. */
  readonly inW: Uint8Array;
  m = 0;

  constructor(private readonly p: number) {
    this.idx = new Int32Array(p);
    this.inW = new Uint8Array(p);
  }

  /** Strong rule: keep j if w_j ≠ 0 or |x_jᵀR| ≥ threshold (2·l1 − l1 of the previous solution). */
  pick(w: Float64Array, xtr: Float64Array, threshold: number): void {
    const { idx, inW } = this;
    let m = 0;
    for (let j = 0; j < this.p; j++) {
      const keep = w[j] !== 0 || Math.abs(xtr[j]) >= threshold;
      inW[j] = keep ? 1 : 0;
      if (keep) idx[m++] = j;
    }
    this.m = m;
  }

  /** Adds the features outside the set whose KKT condition |x_jᵀR| ≤ l1 fails; returns how many. */
  addViolators(xtr: Float64Array, l1: number): number {
    const { idx, inW, p } = this;
    let added = 0;
    for (let j = 0; j < p; j++) {
      if (inW[j] === 0 && Math.abs(xtr[j]) > l1) {
        inW[j] = 1;
        added++;
      }
    }
    if (added > 0) {
      let m = 0;
      for (let j = 0; j < p; j++) if (inW[j] === 1) idx[m++] = j;
      this.m = m;
    }
    return added;
  }
}
