import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ParamSpec, readState, writeState } from '../../../src/demos/kit/params';

const specs = {
  lambda: { kind: 'number', min: 0.01, max: 100, default: 1 },
  degree: { kind: 'number', min: 0, max: 15, default: 3, integer: true },
  model: { kind: 'enum', values: ['lasso', 'ridge', 'enet'], default: 'lasso' },
  std: { kind: 'boolean', default: true },
} satisfies Record<string, ParamSpec>;

describe('readState', () => {
  it('reads valid values with the demo prefix and ignores other demos', () => {
    const { state, problems } = readState('paths', '?paths.lambda=0.1&paths.model=enet&paths.std=0&other.lambda=5', specs);
    expect(state).toEqual({ lambda: 0.1, degree: 3, model: 'enet', std: false });
    expect(problems).toEqual([]);
  });

  it('clamps out-of-range numbers and reports them', () => {
    const { state, problems } = readState('paths', 'paths.lambda=1e9&paths.degree=-4', specs);
    expect(state.lambda).toBe(100);
    expect(state.degree).toBe(0);
    expect(problems.map((p) => [p.param, p.reason, p.used])).toEqual([
      ['paths.lambda', 'out-of-range', '100'],
      ['paths.degree', 'out-of-range', '0'],
    ]);
  });

  it('replaces garbage with the default and reports it', () => {
    const { state, problems } = readState('paths', 'paths.lambda=abc&paths.model=%3Cscript%3E&paths.std=maybe&paths.degree=', specs);
    expect(state).toEqual({ lambda: 1, degree: 3, model: 'lasso', std: true });
    expect(problems.map((p) => p.reason)).toEqual(['invalid', 'invalid', 'invalid', 'invalid']);
    expect(problems.find((p) => p.param === 'paths.model')?.given).toBe('<script>');
  });

  it('rounds integers without complaint when they are in range', () => {
    expect(readState('d', 'd.degree=4.4', specs)).toEqual({ state: { lambda: 1, degree: 4, model: 'lasso', std: true }, problems: [] });
  });

  it('moves a value between the steps of a linear slider to the nearest step, and says so', () => {
    const stepped = { rate: { kind: 'number', min: 0, max: 0.6, default: 0.3, step: 0.05 } } satisfies Record<string, ParamSpec>;
    expect(readState('d', 'd.rate=0.12', stepped)).toEqual({
      state: { rate: 0.1 },
      problems: [{ param: 'd.rate', name: 'rate', given: '0.12', used: '0.1', reason: 'off-step' }],
    });
    expect(readState('d', 'd.rate=0.15', stepped).problems).toEqual([]);
    const log = { lambda: { kind: 'number', min: 1e-4, max: 10, default: 1, scale: 'log', step: 0.1 } } satisfies Record<string, ParamSpec>;
    // On a log slider the grid is in log10: 0.0123 lies between 10^−2 and 10^−1.9.
    expect(readState('d', 'd.lambda=0.0123', log)).toEqual({
      state: { lambda: 10 ** -1.9 },
      problems: [{ param: 'd.lambda', name: 'lambda', given: '0.0123', used: '0.01259', reason: 'off-step' }],
    });
    expect(readState('d', 'd.lambda=0.01259', log).problems).toEqual([]);
  });

  it('reads 0 as the left end of a log slider whose left end stands for λ = 0, and writes it back as 0', () => {
    const zero = { lambda: { kind: 'number', min: 1e-5, max: 1, default: 0.01, scale: 'log', step: 0.25, zeroAtMin: true } } satisfies Record<
      string,
      ParamSpec
    >;
    expect(readState('d', 'd.lambda=0', zero)).toEqual({ state: { lambda: 1e-5 }, problems: [] });
    const negative = readState('d', 'd.lambda=-5', zero);
    expect(negative.state.lambda).toBe(1e-5);
    expect(negative.problems.map((p) => [p.reason, p.used])).toEqual([['out-of-range', '0']]);
    expect(writeState('d', { lambda: 1e-5 }, zero, new URL('https://x.test/')).search).toBe('?d.lambda=0');
    expect(readState('d', 'd.lambda=1e-5', specs).problems).toEqual([
      { param: 'd.lambda', name: 'lambda', given: '1e-5', used: '0.01', reason: 'out-of-range' },
    ]);
  });

  it('never yields a value outside its spec, whatever the URL says', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (a, b, c, d) => {
        const params = new URLSearchParams({ 'p.lambda': a, 'p.degree': b, 'p.model': c, 'p.std': d });
        const { state } = readState('p', params, specs);
        return (
          state.lambda >= 0.01 &&
          state.lambda <= 100 &&
          Number.isInteger(state.degree) &&
          state.degree >= 0 &&
          state.degree <= 15 &&
          ['lasso', 'ridge', 'enet'].includes(state.model) &&
          typeof state.std === 'boolean'
        );
      }),
    );
  });
});

describe('writeState', () => {
  it('writes non-default values, drops defaults, keeps other params and the hash', () => {
    const url = new URL('https://example.org/ja/glossary/l1-regularization/?other.x=2&paths.model=ridge#paths');
    const next = writeState('paths', { lambda: 0.1, degree: 3, model: 'lasso', std: false }, specs, url);
    expect(next.search).toBe('?other.x=2&paths.lambda=0.1&paths.std=0');
    expect(next.hash).toBe('#paths');
  });

  it('round-trips through readState', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.integer({ min: 0, max: 15 }),
        fc.constantFrom('lasso', 'ridge', 'enet'),
        fc.boolean(),
        (lambda, degree, model, std) => {
          const url = writeState('p', { lambda, degree, model, std }, specs, new URL('https://x.test/'));
          const { state, problems } = readState('p', url.search, specs);
          expect(problems).toEqual([]);
          expect(state.lambda).toBeCloseTo(lambda, Math.max(0, 3 - Math.floor(Math.log10(lambda))));
          expect({ ...state, lambda: 0 }).toEqual({ lambda: 0, degree, model, std });
        },
      ),
    );
  });
});
