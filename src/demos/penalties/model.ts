/**
 * The sparse-penalties demo: the thresholding rules w(z) of the lasso, L0, SCAD, MCP, the adaptive
 * lasso and the relaxed lasso for one λ, in the orthonormal case where each coordinate is solved on
 * its own (ESL Table 3.4). Cheap enough to compute in the page. Pure (no DOM); imports only the one
 * module of src/lib it needs.
 */
import { type ThresholdOptions, type ThresholdRule, THRESHOLD_RULES, thresholdBy, thresholdJumps } from '../../lib/penalties';
import type { ParamSpec, StateOf } from '../kit/params';

export const PENALTIES_SPECS = {
  lambda: { kind: 'number', min: 0, max: 2, default: 1, step: 0.05 },
  /** The unpenalised solution whose w(z) the table lists (the marker on the chart). */
  z: { kind: 'number', min: -4, max: 4, default: 2.4, step: 0.2 },
  a: { kind: 'number', min: 2.1, max: 6, default: 3.7, step: 0.1 },
  gamma: { kind: 'number', min: 1.1, max: 5, default: 3, step: 0.1 },
  phi: { kind: 'number', min: 0, max: 1, default: 0.5, step: 0.05 },
  soft: { kind: 'boolean', default: true },
  hard: { kind: 'boolean', default: true },
  scad: { kind: 'boolean', default: true },
  mcp: { kind: 'boolean', default: true },
  adaptive: { kind: 'boolean', default: false },
  relaxed: { kind: 'boolean', default: false },
} satisfies Record<string, ParamSpec>;

export type PenaltiesSettings = StateOf<typeof PENALTIES_SPECS>;
export const RULES: readonly ThresholdRule[] = THRESHOLD_RULES;
/** The adaptive lasso's exponent ν (Zou's γ), fixed at his most common choice. */
export const ADAPTIVE_NU = 1;
/** The chart's z range. */
export const Z_RANGE = [-4, 4] as const;

export const optionsOf = (s: PenaltiesSettings): ThresholdOptions => ({ a: s.a, gamma: s.gamma, phi: s.phi, nu: ADAPTIVE_NU });

export const wOf = (rule: ThresholdRule, s: PenaltiesSettings, z = s.z): number => thresholdBy(rule, z, s.lambda, optionsOf(s));

/** Points where a rule bends (or jumps), so that a polyline through them draws it exactly. */
function kinks(rule: ThresholdRule, s: PenaltiesSettings): number[] {
  const l = s.lambda;
  const ends: Record<ThresholdRule, number[]> = {
    soft: [l],
    hard: [l],
    scad: [l, 2 * l, s.a * l],
    mcp: [l, s.gamma * l],
    adaptive: [l ** (1 / (1 + ADAPTIVE_NU))],
    relaxed: [l],
  };
  return ends[rule].flatMap((v) => [v, -v]);
}

/**
 * The rule's graph over the chart's range as pieces that a line may join: a rule that jumps
 * (hard, relaxed with φ < 1) is cut at each jump, and each piece ends at the limit from its side.
 */
export function curvePieces(rule: ThresholdRule, s: PenaltiesSettings, samples = 161): [number, number][][] {
  const [lo, hi] = Z_RANGE;
  const grid = Array.from({ length: samples }, (_, k) => lo + ((hi - lo) * k) / (samples - 1));
  const inside = (v: number) => v > lo && v < hi;
  const xs = [...new Set([...grid, ...kinks(rule, s).filter(inside)])].sort((x, y) => x - y);
  const jumps = thresholdJumps(rule, s.lambda, optionsOf(s)).filter(inside);
  const cuts = [lo, ...jumps, hi];
  const pieces: [number, number][][] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [from, to] = [cuts[k]!, cuts[k + 1]!];
    // Just inside the piece at a jump: the value the piece tends to there.
    const near = (v: number, towards: number) => (jumps.includes(v) ? v + (towards - v) * 1e-9 : v);
    const piece = xs.filter((x) => x > from && x < to).map((x): [number, number] => [x, wOf(rule, s, x)]);
    piece.unshift([from, wOf(rule, s, near(from, to))]);
    piece.push([to, wOf(rule, s, near(to, from))]);
    pieces.push(piece);
  }
  return pieces;
}
