import { describe, expect, it } from 'vitest';
import { OVERFIT_SPECS, lambdaOf, overfitView } from '../../../src/demos/overfit/model';

const base = { degree: 9, loglambda: -10, x: 'degree', seed: 1 };

describe('overfitting demo model', () => {
  it('shows overfitting at degree 15 and underfitting at degree 0 on the default sample', () => {
    const sweep = overfitView(base).sweep;
    const best = sweep.reduce((a, b) => (b.test < a.test ? b : a));
    expect(best.at).toBeGreaterThan(0);
    expect(best.at).toBeLessThan(15);
    expect(sweep[15]!.test).toBeGreaterThan(2 * best.test); // too flexible
    expect(sweep[0]!.test).toBeGreaterThan(2 * best.test); // too rigid
    expect(sweep[15]!.train).toBeLessThan(sweep[0]!.train);
  });

  it('makes the training error non-increasing in the degree without a penalty (nested least squares)', () => {
    const sweep = overfitView(base).sweep;
    for (let d = 1; d < sweep.length; d++) expect(sweep[d]!.train).toBeLessThanOrEqual(sweep[d - 1]!.train * (1 + 1e-9) + 1e-12);
  });

  it('lets a ridge penalty rescue degree 15, and too much of it underfit', () => {
    const sweep = overfitView({ ...base, degree: 15, x: 'lambda' }).sweep;
    const none = sweep[0]!;
    const best = sweep.reduce((a, b) => (b.test < a.test ? b : a));
    const most = sweep.at(-1)!;
    expect(best.test).toBeLessThan(none.test / 2);
    expect(most.test).toBeGreaterThan(best.test * 1.5);
    for (let k = 1; k < sweep.length; k++) expect(sweep[k]!.train).toBeGreaterThanOrEqual(sweep[k - 1]!.train * (1 - 1e-9));
  });

  it('treats the left end of the λ slider as no penalty', () => {
    expect(lambdaOf(OVERFIT_SPECS.loglambda.min)).toBe(0);
    expect(lambdaOf(0)).toBe(1);
  });
});
