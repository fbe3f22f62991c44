// Cyclic coordinate descent for the Elastic Net, after scikit-learn's _cd_fast.pyx
// (enet_coordinate_descent and its Gram variant) and glmnet (Friedman, Hastie, Tibshirani 2010).
//
// Works in scikit-learn's n-scaled units: minimise
//   (1/2)‖y − Xw‖² + l1·‖w‖₁ + (l2/2)·‖w‖²,   l1 = α·ρ·n,  l2 = α·(1−ρ)·n,
// which is n times the public objective. Stopping test as scikit-learn's: when the largest
// coordinate change of a sweep is below tol relative to max|w|, compute the duality gap over
// ALL features and stop if it is below tol·‖y‖². Speed-ups that keep that test exact:
//  - sweeps run over a working set chosen by the strong rule (./workingSet); features outside
//    it that violate the KKT conditions at a gap check join it;
//  - between those sweeps we iterate on the non-zero coefficients only (glmnet), on compact
//    copies, with Anderson extrapolation (./activeSet);
//  - the coordinates come from the residual (./dense) or from the Gram matrix (./gram);
//  - along a path, the residual and xtr carry over from the last gap check when w is unchanged;
//    from an extrapolated start, the strong rule screens with the last solution's gradient (the
//    sequential strong rule of Tibshirani et al. 2012) and Xᵀr over all p waits for the gap check.
// Every sweep (working set or non-zeros) counts in nIter, so nIter ≤ maxIter always.
import { ActiveSet } from './activeSet';
import { type CdData, type SweepStats, sweep } from './coordinates';
import { enetDualGap } from './dualGap';
import { WorkingSet } from './workingSet';

export interface CdResult {
  nIter: number;
  /** Duality gap divided by n (the public objective's units, as scikit-learn's dual_gap_). */
  gap: number;
  converged: boolean;
}

export class CdSolver {
  private readonly ws: WorkingSet;
  private readonly active: ActiveSet;
  private readonly stats: SweepStats = { dwMax: 0, wMax: 0 };
  /** The w at which the last solve ended: the residual and xtr are exact there (a gap check). */
  private readonly wLast: Float64Array;
  private haveLast = false;

  constructor(
    private readonly data: CdData,
    /** max_j |x_jᵀy|: the l1 at which every coefficient is 0. */
    private readonly l1Max: number,
  ) {
    this.ws = new WorkingSet(data.p);
    this.active = new ActiveSet(data);
    this.wLast = new Float64Array(data.p);
  }

  /**
   * Minimises from the warm start w (updated in place). l1Prev is the l1 at which w was solved
   * (for the strong rule); omit it for a start from 0. fromLast: w was made from this solver's
   * last solution (solved at l1Prev), as along a path, so that solution's gradient screens.
   */
  solve(w: Float64Array, l1: number, l2: number, maxIter: number, tol: number, l1Prev?: number, fromLast = false): CdResult {
    const { data, ws, stats } = this;
    if (data.yNorm2 === 0) {
      // y is constant: w = 0 is optimal and the scaled tolerance would be 0.
      w.fill(0);
      return { nIter: 0, gap: 0, converged: true };
    }
    const threshold = 2 * l1 - (l1Prev ?? this.l1Max);
    if (!this.haveLast || !sameEntries(w, this.wLast)) {
      if (this.haveLast && fromLast) {
        // The sequential strong rule: screen with the gradient at the last solution (xtr is
        // exact there), then bring the residual to the new start; xtr follows at the gap check.
        ws.pick(w, data.xtr, threshold);
        data.reset(w, false);
      } else {
        data.reset(w);
        ws.pick(w, data.xtr, threshold);
      }
    } else ws.pick(w, data.xtr, threshold);
    data.setWorkingSet(ws.idx, ws.m);
    const tolGap = tol * data.yNorm2;
    // After a failed gap check, sweep the non-zeros in bursts that cost about one gap check.
    let burst = 0;
    let nIter = 0;
    let gap = Infinity;
    let converged = false;
    while (nIter < maxIter) {
      sweep(data.full, ws.idx, ws.m, w, data.colNorm2, l1, l2, stats);
      nIter++;
      if (stats.wMax === 0 || stats.dwMax / stats.wMax < tol) {
        gap = this.dualGap(w, l1, l2);
        if (gap < tolGap) {
          converged = true;
          break;
        }
        burst = ws.addViolators(data.xtr, l1) > 0 ? 0 : Math.ceil(data.p / Math.max(ws.m, 1));
        data.setWorkingSet(ws.idx, ws.m);
      }
      nIter += this.active.run(w, ws.idx, ws.m, l1, l2, tol, burst, maxIter - nIter);
    }
    if (!converged) {
      // Out of sweeps: report the gap at the last iterate (it may still pass the test).
      gap = this.dualGap(w, l1, l2);
      converged = gap < tolGap;
    }
    this.wLast.set(w); // the gap check just made the residual and xtr exact at this w
    this.haveLast = true;
    return { nIter, gap: gap / data.n, converged };
  }

  /** Duality gap in n-scaled units at w, after bringing xtr up to date. */
  private dualGap(w: Float64Array, l1: number, l2: number): number {
    this.data.refresh(w, this.ws.inW);
    const [rNorm2, rDotY] = this.data.residualNorms(w);
    return enetDualGap(rNorm2, rDotY, this.data.xtr, w, l1, l2);
  }
}

/** a and b hold the same numbers (same length assumed). */
function sameEntries(a: Float64Array, b: Float64Array): boolean {
  for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return false;
  return true;
}
