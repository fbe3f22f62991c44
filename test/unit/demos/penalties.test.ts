import { describe, expect, it } from 'vitest';
import { thresholdBy } from '../../../src/lib/penalties';
import { defaults } from '../../../src/demos/kit/params';
import { ADAPTIVE_NU, PENALTIES_SPECS, RULES, curvePieces } from '../../../src/demos/penalties/model';
import { fmtW, renderPenalties } from '../../../src/demos/penalties/render';
import { strings } from '../../../src/demos/penalties/strings';

const base = defaults(PENALTIES_SPECS);
const options = (s: typeof base) => ({ a: s.a, gamma: s.gamma, phi: s.phi, nu: ADAPTIVE_NU });

describe('sparse-penalties demo model', () => {
  it('draws each rule exactly: every point is the engine’s w(z), the kinks included', () => {
    for (const s of [base, { ...base, lambda: 1.55, a: 2.1, gamma: 1.1, phi: 0.2 }, { ...base, lambda: 0 }]) {
      for (const rule of RULES) {
        for (const piece of curvePieces(rule, s)) {
          // Each end is the limit from inside the piece (at a jump, the value on that side).
          piece.forEach(([z, w], k) => {
            const inside = k === 0 ? 1e-9 : k === piece.length - 1 ? -1e-9 : 0;
            expect(Math.abs(w - thresholdBy(rule, z + inside, s.lambda, options(s)))).toBeLessThan(1e-7);
          });
        }
        const xs = curvePieces(rule, s)
          .flat()
          .map(([z]) => z);
        if (rule === 'scad') for (const kink of [2 * s.lambda, s.a * s.lambda].filter((v) => v < 4)) expect(xs).toContain(kink);
        if (rule === 'mcp' && s.gamma * s.lambda < 4) expect(xs).toContain(s.gamma * s.lambda);
      }
    }
  });

  it('cuts L0 and the relaxed lasso (φ < 1) at their jumps ±λ, and no other rule', () => {
    const pieces = (rule: (typeof RULES)[number], s = base) => curvePieces(rule, s);
    expect(pieces('hard')).toHaveLength(3);
    expect(pieces('hard')[2]![0]).toEqual([1, expect.closeTo(1, 6)]);
    expect(pieces('hard')[1]!.at(-1)).toEqual([1, 0]);
    expect(pieces('relaxed')).toHaveLength(3);
    expect(pieces('relaxed', { ...base, phi: 1 })).toHaveLength(1);
    for (const rule of ['soft', 'scad', 'mcp', 'adaptive'] as const) expect(pieces(rule)).toHaveLength(1);
    expect(pieces('hard', { ...base, lambda: 0 })).toHaveLength(1);
  });
});

describe('sparse-penalties demo render', () => {
  it('lists every rule at z with the engine’s values, and draws only the rules shown, each named once', () => {
    for (const lang of ['ja', 'en'] as const) {
      const t = strings[lang];
      const v = renderPenalties(base, t);
      expect(v.rows.map((r) => r.slice(1))).toEqual(
        RULES.map((rule) => {
          const w = thresholdBy(rule, base.z, base.lambda, options(base));
          return [fmtW(w), fmtW(base.z - w)];
        }),
      );
      const labels = [...v.svg.matchAll(/<text class="end-label [^"]*"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
      expect(labels.sort()).toEqual(
        RULES.filter((rule) => base[rule])
          .map((rule) => t[`demo.penalties.${rule}`])
          .sort(),
      );
      expect(v.svg).not.toContain('pen-adaptive');
      expect(renderPenalties({ ...base, adaptive: true }, t).svg).toContain('pen-adaptive');
    }
    expect(renderPenalties(base, strings.ja).caption).toBe('z = 2.4、λ = 1 のとき');
    expect(renderPenalties({ ...base, z: -3.2 }, strings.en).caption).toBe('At z = −3.2, λ = 1');
  });

  it('writes an exact zero as 0 and other values with two decimals', () => {
    expect(fmtW(0)).toBe('0');
    expect(fmtW(-1.5)).toBe('−1.50');
    expect(fmtW(1.6352941)).toBe('1.64');
  });
});
