/**
 * The kit's one rule for a number param's value (clamp to the range, then the slider's grid), the
 * URL message built on it, and every demo's sliders: defaults on their grid, a reasonable number
 * of key presses across, links that read back to the same value.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ParamSpec, formatValue, fromSlider, narrow, readState, settle, sliderAttributes, toSlider } from '../../../src/demos/kit/params';
import { ECHO_MAX, PROBLEM_KEYS, describeUrlProblems, shorten } from '../../../src/demos/kit/text';
import { DEMO_NAMES } from '../../../src/demos/registry';
import { ja } from '../../../src/i18n/ja';
import { en } from '../../../src/i18n/en';

type NumberSpec = ParamSpec & { kind: 'number' };
const log: NumberSpec = { kind: 'number', min: 1e-4, max: 1e5, default: 1, scale: 'log', step: 0.2 };
const linear: NumberSpec = { kind: 'number', min: 0, max: 0.7, default: 0.3, step: 0.05 };

/** Each demo's params, from its view (the paths demo builds them from its element). */
async function specsOf(name: string): Promise<Record<string, ParamSpec>> {
  const view = (await import(`../../../src/demos/${name}/view.ts`)) as { specs: Record<string, ParamSpec> | ((root: unknown) => Record<string, ParamSpec>) };
  return typeof view.specs === 'function' ? view.specs({ dataset: {} }) : view.specs;
}
const sliders = (specs: Record<string, ParamSpec>) => Object.entries(specs).filter((e): e is [string, NumberSpec] => e[1].kind === 'number');

describe('settle: one rule for the value in use', () => {
  it('clamps every number to the nearest end, infinities included', () => {
    expect(settle(log, -5)).toBe(1e-4);
    expect(settle(log, Number.POSITIVE_INFINITY)).toBe(1e5);
    expect(settle(log, Number.NEGATIVE_INFINITY)).toBe(1e-4);
    expect(settle(linear, 1e300)).toBe(0.7);
  });

  it('moves a value to the slider grid, in log10 on a log scale', () => {
    expect(settle(log, 0.0045)).toBe(10 ** -2.4);
    expect(settle(log, 1)).toBe(1);
    expect(settle(linear, 0.12)).toBe(0.1);
    expect(settle({ kind: 'number', min: 1, max: 100, default: 30, integer: true }, 7.6)).toBe(8);
  });

  it('gives the value a slider position means, and that position back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 45 }), (k) => {
        const position = Number((-4 + k * 0.2).toFixed(10));
        const value = fromSlider(log, position);
        return toSlider(log, value) === position && settle(log, value) === value;
      }),
    );
  });

  it('narrows a live range to points of the same grid, inside the range asked for', () => {
    const live = narrow(log, 0.004516, 45.16);
    expect(toSlider(log, live.min)).toBe(-2.2);
    expect(toSlider(log, live.max)).toBe(1.6);
    expect(settle(live, 1e-4)).toBe(live.min);
    expect(settle(live, 0.05)).toBe(settle(log, 0.05));
  });
});

describe('readState: numbers clamp, text falls back to the default', () => {
  const specs = { lambda: log };
  it.for([
    ['-5', 1e-4, 'out-of-range'],
    ['1e999', 1e5, 'out-of-range'],
    ['-Infinity', 1e-4, 'out-of-range'],
    ['1e300', 1e5, 'out-of-range'],
    ['abc', 1, 'invalid'],
    ['NaN', 1, 'invalid'],
    ['', 1, 'invalid'],
    ['9'.repeat(4000), 1e5, 'out-of-range'],
  ] as const)('%$: %s', ([given, value, reason]) => {
    const { state, problems } = readState('p', new URLSearchParams({ 'p.lambda': given }), specs);
    expect(state.lambda).toBe(value);
    expect(problems.map((p) => p.reason)).toEqual([reason]);
  });
});

describe('the URL message', () => {
  it('has one template per reason, stating the rule, in both languages', () => {
    for (const key of Object.values(PROBLEM_KEYS)) {
      expect(ja[key]).toMatch(/\{param\}=\{given\}.*\{used\}/);
      expect(en[key]).toMatch(/\{param\}=\{given\}.*\{used\}/);
    }
    expect(ja['demo.urlOutOfRange']).toContain('いちばん近い端');
    expect(ja['demo.urlInvalid']).toContain('既定値');
    expect(en['demo.urlOutOfRange']).toContain('nearest end');
    expect(en['demo.urlInvalid']).toContain('default');
  });

  it(`echoes at most ${ECHO_MAX} characters of a value, and names the value as the control shows it`, () => {
    expect(shorten('x'.repeat(4000))).toHaveLength(ECHO_MAX);
    expect(shorten('x'.repeat(4000)).endsWith('…')).toBe(true);
    expect(shorten('😀'.repeat(40))).toBe(`${'😀'.repeat(ECHO_MAX - 1)}…`);
    expect(shorten('-5')).toBe('-5');
    const { problems } = readState('paths', new URLSearchParams({ 'paths.lambda': '9'.repeat(4000) }), { lambda: log });
    const text = describeUrlProblems(problems, ja, () => 'λ = 100000');
    expect(text.length).toBeLessThan(120);
    expect(text).toContain('にしました');
    expect(text).toContain('λ = 100000');
  });
});

describe.each(DEMO_NAMES)('sliders of demo %s', (name) => {
  it('start on their grid, cross their range in at most 60 presses, and read their links back unchanged', async () => {
    for (const [param, spec] of sliders(await specsOf(name))) {
      expect(settle(spec, spec.default), `${name}.${param} default`).toBe(spec.default);
      const { min, max, step } = sliderAttributes(spec);
      const presses = Math.round((max - min) / (step === 'any' ? Number.NaN : step));
      // Whole-number sliders keep every value (1–100 epochs of patience); Page Up/Down jump a tenth.
      if (!spec.integer) expect(presses, `${name}.${param} presses`).toBeLessThanOrEqual(60);
      for (let k = 0; k <= presses; k++) {
        const value = fromSlider(spec, min + k * Number(step));
        const back = readState(name, new URLSearchParams({ [`${name}.${param}`]: formatValue(spec, value) }), { [param]: spec });
        expect(back.state[param], `${name}.${param} at step ${k}`).toBe(value);
        expect(back.problems).toEqual([]);
      }
    }
  });
});
