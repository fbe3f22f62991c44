// The Elastic Net duality gap of scikit-learn's _cd_fast.pyx, in its n-scaled units:
// primal (1/2)‖R‖² + l1‖w‖₁ + (l2/2)‖w‖² with R = y − Xw, dual point θ = c·R where c scales
// R into the dual feasible set (‖Xᵀθ − l2·w‖∞ ≤ l1).

/**
 * rNorm2 = ‖R‖², rDotY = Rᵀy, xtr = XᵀR. For l1 = 0 < l2 (ridge) scikit-learn's dual point
 * degenerates (c = 0: the "gap" is then the primal objective and never passes the test), so
 * we use the ridge dual at θ = R instead: ‖R‖² − Rᵀy + (l2/2)‖w‖² + ‖XᵀR‖²/(2·l2).
 */
export function enetDualGap(rNorm2: number, rDotY: number, xtr: Float64Array, w: Float64Array, l1: number, l2: number): number {
  let dualNorm = 0;
  let xtr2 = 0;
  let wNorm2 = 0;
  let l1Norm = 0;
  for (let j = 0; j < w.length; j++) {
    xtr2 += xtr[j] * xtr[j];
    dualNorm = Math.max(dualNorm, Math.abs(xtr[j] - l2 * w[j]));
    wNorm2 += w[j] * w[j];
    l1Norm += Math.abs(w[j]);
  }
  if (l1 === 0 && l2 > 0) return rNorm2 - rDotY + 0.5 * l2 * wNorm2 + xtr2 / (2 * l2);
  let gap: number;
  let c: number;
  if (dualNorm > l1) {
    c = l1 / dualNorm;
    gap = 0.5 * (rNorm2 + rNorm2 * c * c);
  } else {
    c = 1;
    gap = rNorm2;
  }
  return gap + l1 * l1Norm - c * rDotY + 0.5 * l2 * (1 + c * c) * wNorm2;
}
