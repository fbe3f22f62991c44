// Univariate thresholding operators of sparse penalties (ESL Table 3.4; Fan & Li 2001; Zhang 2010;
// Zou 2006; Meinshausen 2007).
//
// With this site's objective (1/2n)‖y − Xw‖² + penalty and orthonormal features, (1/n)XᵀX = I, the
// problem separates into one problem per coordinate:
//
//     w = argmin_w ½(z − w)² + p_λ(|w|),      z = (1/n)x_jᵀy  (the least-squares estimate)
//
// Each operator below maps z to that w. All are odd in z, never move w past 0 and never make
// |w| larger than |z|. λ = 0 gives w = z for every one of them.

import { MAX_ABS_VALUE } from './validate';

/** The thresholding rules of the sparse penalties compared on the site. */
export type ThresholdRule = 'soft' | 'hard' | 'scad' | 'mcp' | 'adaptive' | 'relaxed';
export const THRESHOLD_RULES: readonly ThresholdRule[] = ['soft', 'hard', 'scad', 'mcp', 'adaptive', 'relaxed'];

/** Fan & Li's (2001) choice for SCAD's a, from a Bayesian risk argument. */
export const SCAD_DEFAULT_A = 3.7;
/** A common choice for MCP's γ (ncvreg's default). */
export const MCP_DEFAULT_GAMMA = 3;

function finite(name: string, v: unknown): number {
  if (typeof v !== 'number') throw new RangeError(`${name} must be a number, got ${v === null ? 'null' : typeof v}`);
  if (Number.isNaN(v)) throw new RangeError(`${name} is NaN`);
  if (!Number.isFinite(v)) throw new RangeError(`${name} must be a finite number, got ${v}`);
  if (Math.abs(v) > MAX_ABS_VALUE) throw new RangeError(`${name} = ${v} is out of range: |${name}| must be at most 1e150`);
  return v;
}

function checkZLambda(z: number, lambda: number): void {
  finite('z', z);
  if (finite('lambda', lambda) < 0) throw new RangeError(`lambda must be ≥ 0, got ${lambda}`);
}

/** sign(z)·magnitude, with +0 for a zero magnitude (so that the operators are odd without −0). */
const signed = (z: number, magnitude: number): number => (magnitude > 0 ? (z < 0 ? -magnitude : magnitude) : 0);

/**
 * Soft-thresholding, the lasso's rule: sign(z)·(|z| − λ)₊. Minimiser of ½(z − w)² + λ|w|.
 */
export function softThreshold(z: number, lambda: number): number {
  checkZLambda(z, lambda);
  return signed(z, Math.abs(z) - lambda);
}

/**
 * Hard thresholding, the rule of best subset / L0: z·1[|z| > λ]. Minimiser of
 * ½(z − w)² + (λ²/2)·1[w ≠ 0] (Fan & Li 2001, §2.2): keeping z costs λ²/2, setting w = 0 costs z²/2.
 * At the tie |z| = λ it returns 0. A penalty c·‖w‖₀ written without the square thresholds at √(2c).
 */
export function hardThreshold(z: number, lambda: number): number {
  checkZLambda(z, lambda);
  return Math.abs(z) > lambda ? z + 0 : 0;
}

/**
 * SCAD thresholding (Fan & Li 2001, eq. 2.8), a > 2:
 *   sign(z)(|z| − λ)₊                 for |z| ≤ 2λ,
 *   ((a − 1)z − sign(z)·aλ)/(a − 2)   for 2λ < |z| ≤ aλ,
 *   z                                 for |z| > aλ.
 * Minimiser of ½(z − w)² + p(|w|) with SCAD's penalty (scadPenalty), which is convex in w for a > 2.
 */
export function scadThreshold(z: number, lambda: number, a: number = SCAD_DEFAULT_A): number {
  checkZLambda(z, lambda);
  if (!(finite('a', a) > 2)) throw new RangeError(`a must be > 2 (SCAD), got ${a}`);
  const m = Math.abs(z);
  if (m <= 2 * lambda) return signed(z, m - lambda);
  const aLambda = a * lambda;
  if (m > aLambda) return z + 0;
  // ((a − 1)|z| − aλ)/(a − 2) written as |z| − (aλ − |z|)/(a − 2): never above |z| after rounding.
  return signed(z, m - (aLambda - m) / (a - 2));
}

/**
 * MCP thresholding, Zhang's (2010) "firm" thresholding, γ > 1:
 *   sign(z)(|z| − λ)₊ / (1 − 1/γ)   for |z| ≤ γλ,
 *   z                               for |z| > γλ.
 * Minimiser of ½(z − w)² + p(|w|) with the minimax concave penalty (mcpPenalty), convex in w for γ > 1.
 */
export function mcpThreshold(z: number, lambda: number, gamma: number = MCP_DEFAULT_GAMMA): number {
  checkZLambda(z, lambda);
  if (!(finite('gamma', gamma) > 1)) throw new RangeError(`gamma must be > 1 (MCP), got ${gamma}`);
  const m = Math.abs(z);
  const gLambda = gamma * lambda;
  if (m > gLambda) return z + 0;
  if (m <= lambda) return 0;
  // γ(|z| − λ)/(γ − 1) written as |z| − (γλ − |z|)/(γ − 1): never above |z| after rounding.
  return signed(z, m - (gLambda - m) / (gamma - 1));
}

/**
 * Adaptive lasso (Zou 2006) with the least-squares estimate as its pilot: in the orthonormal case
 * the pilot of coordinate j is z itself, its weight is 1/|z|^ν and the penalty λ·|w|/|z|^ν gives
 *   sign(z)(|z| − λ/|z|^ν)₊,
 * which is 0 for |z| ≤ λ^(1/(1+ν)). Zou writes the exponent as γ; it must be > 0 (default 1).
 */
export function adaptiveLassoThreshold(z: number, lambda: number, nu = 1): number {
  checkZLambda(z, lambda);
  if (!(finite('nu', nu) > 0)) throw new RangeError(`nu must be > 0 (the adaptive lasso's exponent), got ${nu}`);
  const m = Math.abs(z);
  if (lambda === 0) return z + 0;
  if (m === 0) return 0;
  // |z|^ν may overflow (threshold 0, w = z) or underflow (threshold ∞, w = 0); both are the limits.
  return signed(z, m - lambda / m ** nu);
}

/**
 * Relaxed lasso (Meinshausen 2007), φ ∈ [0, 1]: the lasso at λ chooses the coordinates
 * (|z| > λ), which are then fitted again with the smaller penalty φλ:
 *   1[|z| > λ]·sign(z)(|z| − φλ) = φ·soft(z, λ) + (1 − φ)·hard(z, λ).
 * φ = 1 is the lasso, φ = 0 least squares on the chosen coordinates (hard thresholding).
 */
export function relaxedLassoThreshold(z: number, lambda: number, phi: number): number {
  checkZLambda(z, lambda);
  finite('phi', phi);
  if (phi < 0 || phi > 1) throw new RangeError(`phi must be in [0, 1] (the relaxed lasso), got ${phi}`);
  const m = Math.abs(z);
  return m > lambda ? signed(z, m - phi * lambda) : 0;
}

/**
 * SCAD's penalty p_λ(|w|) (Fan & Li 2001): λ|w| up to λ, then a quadratic that bends over to the
 * constant (a + 1)λ²/2 from aλ on. Its derivative is λ for |w| ≤ λ and (aλ − |w|)₊/(a − 1) beyond.
 */
export function scadPenalty(w: number, lambda: number, a: number = SCAD_DEFAULT_A): number {
  finite('w', w);
  if (finite('lambda', lambda) < 0) throw new RangeError(`lambda must be ≥ 0, got ${lambda}`);
  if (!(finite('a', a) > 2)) throw new RangeError(`a must be > 2 (SCAD), got ${a}`);
  const m = Math.abs(w);
  if (m <= lambda) return lambda * m;
  if (m <= a * lambda) return (2 * a * lambda * m - m * m - lambda * lambda) / (2 * (a - 1));
  return ((a + 1) * lambda * lambda) / 2;
}

/**
 * The minimax concave penalty (Zhang 2010): λ|w| − w²/(2γ) up to γλ, then the constant γλ²/2.
 * Its derivative (λ − |w|/γ)₊ falls from λ to 0.
 */
export function mcpPenalty(w: number, lambda: number, gamma: number = MCP_DEFAULT_GAMMA): number {
  finite('w', w);
  if (finite('lambda', lambda) < 0) throw new RangeError(`lambda must be ≥ 0, got ${lambda}`);
  if (!(finite('gamma', gamma) > 1)) throw new RangeError(`gamma must be > 1 (MCP), got ${gamma}`);
  const m = Math.abs(w);
  return m <= gamma * lambda ? lambda * m - (m * m) / (2 * gamma) : (gamma * lambda * lambda) / 2;
}

/** The L0 penalty in the form whose rule is hardThreshold(z, λ): (λ²/2)·1[w ≠ 0]. */
export function l0Penalty(w: number, lambda: number): number {
  finite('w', w);
  if (finite('lambda', lambda) < 0) throw new RangeError(`lambda must be ≥ 0, got ${lambda}`);
  return w === 0 ? 0 : (lambda * lambda) / 2;
}

/** The parameters of the rules other than z and λ; each has the default of its own function. */
export interface ThresholdOptions {
  /** SCAD's a > 2. */
  a?: number;
  /** MCP's γ > 1. */
  gamma?: number;
  /** The adaptive lasso's exponent ν > 0. */
  nu?: number;
  /** The relaxed lasso's φ ∈ [0, 1] (required for that rule). */
  phi?: number;
}

/** One rule by name: w(z) for the rule, λ and its options. */
export function thresholdBy(rule: ThresholdRule, z: number, lambda: number, options: ThresholdOptions = {}): number {
  switch (rule) {
    case 'soft':
      return softThreshold(z, lambda);
    case 'hard':
      return hardThreshold(z, lambda);
    case 'scad':
      return scadThreshold(z, lambda, options.a);
    case 'mcp':
      return mcpThreshold(z, lambda, options.gamma);
    case 'adaptive':
      return adaptiveLassoThreshold(z, lambda, options.nu);
    case 'relaxed':
      if (options.phi === undefined) throw new RangeError('phi is required for the relaxed lasso');
      return relaxedLassoThreshold(z, lambda, options.phi);
    default:
      throw new RangeError(`unknown rule "${String(rule)}": expected one of ${THRESHOLD_RULES.join(', ')}`);
  }
}

/**
 * Where a rule jumps (it is continuous everywhere else): hard thresholding at ±λ (from 0 to ±λ),
 * the relaxed lasso at ±λ when φ < 1 (from 0 to ±(1 − φ)λ). The others are continuous.
 */
export function thresholdJumps(rule: ThresholdRule, lambda: number, options: ThresholdOptions = {}): number[] {
  if (finite('lambda', lambda) < 0) throw new RangeError(`lambda must be ≥ 0, got ${lambda}`);
  if (lambda === 0) return [];
  if (rule === 'hard' || (rule === 'relaxed' && (options.phi ?? 0) < 1)) return [-lambda, lambda];
  return [];
}
