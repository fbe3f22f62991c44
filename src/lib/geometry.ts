// The picture behind L1 vs L2 (ESL Fig. 3.11): minimise a 2-D quadratic loss
//   L(w) = ½ (w − c)ᵀ A (w − c)
// over the L1 diamond ‖w‖₁ ≤ t or the L2 disc ‖w‖₂ ≤ t. Exact for L1 (vertices and edges),
// bisection on the Lagrange multiplier for L2.

export type Vec2 = [number, number];
/** Symmetric positive-definite 2×2 matrix [[a, b], [b, d]]. */
export interface Quad2 {
  a: number;
  b: number;
  d: number;
}

function check(A: Quad2, c: Vec2, t: number): void {
  for (const [name, v] of [
    ['A.a', A.a],
    ['A.b', A.b],
    ['A.d', A.d],
    ['c[0]', c[0]],
    ['c[1]', c[1]],
    ['t', t],
  ] as const) {
    if (!Number.isFinite(v)) throw new RangeError(`${name} must be a finite number, got ${v}`);
    if (Math.abs(v) > 1e150) throw new RangeError(`${name} must satisfy |${name}| ≤ 1e150, got ${v}`);
  }
  if (!(A.a > 0 && A.a * A.d - A.b * A.b > 0)) throw new RangeError('A must be positive definite (a > 0 and ad − b² > 0)');
  if (t < 0) throw new RangeError(`the budget t must be ≥ 0, got ${t}`);
}

export function quadLoss(A: Quad2, c: Vec2, w: Vec2): number {
  const u = w[0] - c[0];
  const v = w[1] - c[1];
  return 0.5 * (A.a * u * u + 2 * A.b * u * v + A.d * v * v);
}

/** The minimiser of the loss on the segment p→q (closed form, clamped to the segment). */
function bestOnSegment(A: Quad2, c: Vec2, p: Vec2, q: Vec2): Vec2 {
  const dir: Vec2 = [q[0] - p[0], q[1] - p[1]];
  const g: Vec2 = [p[0] - c[0], p[1] - c[1]];
  const curv = A.a * dir[0] * dir[0] + 2 * A.b * dir[0] * dir[1] + A.d * dir[1] * dir[1];
  const slope = A.a * g[0] * dir[0] + A.b * (g[0] * dir[1] + g[1] * dir[0]) + A.d * g[1] * dir[1];
  const s = curv > 0 ? Math.min(1, Math.max(0, -slope / curv)) : 0;
  return [p[0] + s * dir[0], p[1] + s * dir[1]];
}

/** argmin L(w) subject to |w₁| + |w₂| ≤ t. Coordinates that are 0 at the optimum are exactly 0. */
export function l1ConstrainedOptimum(A: Quad2, c: Vec2, t: number): Vec2 {
  check(A, c, t);
  if (Math.abs(c[0]) + Math.abs(c[1]) <= t) return [c[0], c[1]];
  if (t === 0) return [0, 0];
  const corners: Vec2[] = [
    [t, 0],
    [0, t],
    [-t, 0],
    [0, -t],
  ];
  let best: Vec2 = corners[0]!;
  let bestLoss = Infinity;
  for (let k = 0; k < 4; k++) {
    const w = bestOnSegment(A, c, corners[k]!, corners[(k + 1) % 4]!);
    // Snap to a corner when the edge minimiser is within rounding of it, so zeros are exact.
    const snapped: Vec2 = [Math.abs(w[0]) < 1e-12 * t ? 0 : w[0], Math.abs(w[1]) < 1e-12 * t ? 0 : w[1]];
    const loss = quadLoss(A, c, snapped);
    if (loss < bestLoss) {
      bestLoss = loss;
      best = snapped;
    }
  }
  return best;
}

/** argmin L(w) subject to ‖w‖₂ ≤ t: w(μ) = (A + μI)⁻¹ A c with ‖w(μ)‖ = t. */
export function l2ConstrainedOptimum(A: Quad2, c: Vec2, t: number): Vec2 {
  check(A, c, t);
  if (Math.hypot(c[0], c[1]) <= t) return [c[0], c[1]];
  if (t === 0) return [0, 0];
  const Ac: Vec2 = [A.a * c[0] + A.b * c[1], A.b * c[0] + A.d * c[1]];
  const at = (mu: number): Vec2 => {
    const a = A.a + mu;
    const d = A.d + mu;
    const det = a * d - A.b * A.b;
    return [(d * Ac[0] - A.b * Ac[1]) / det, (a * Ac[1] - A.b * Ac[0]) / det];
  };
  let lo = 0;
  let hi = 1;
  while (Math.hypot(...at(hi)) > t && hi < 1e300) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = 0.5 * (lo + hi);
    if (Math.hypot(...at(mid)) > t) lo = mid;
    else hi = mid;
  }
  return at(hi);
}

/** Semi-axes and rotation of the level set L(w) = level (an ellipse centred at c). */
export function lossEllipse(A: Quad2, level: number): { rx: number; ry: number; angle: number } {
  const tr = A.a + A.d;
  const disc = Math.sqrt(((A.a - A.d) / 2) ** 2 + A.b * A.b);
  const l1 = tr / 2 + disc;
  const l2 = tr / 2 - disc;
  const angle = Math.atan2(l1 - A.a, A.b === 0 ? 1e-300 : A.b);
  const theta = A.b === 0 ? (A.a >= A.d ? 0 : Math.PI / 2) : angle;
  return { rx: Math.sqrt((2 * level) / l1), ry: Math.sqrt((2 * level) / l2), angle: theta };
}
