/**
 * What the pages say about the numbers they quote (issue 15), for the numbers added after the first
 * round (test/unit/demo-numbers.test.ts has the others): the AdamW page's sweep over the decay demo's λ
 * slider, the defaults that exercises' derivations rely on, the demos' own labels, and facts about the
 * diabetes data. Each test names the sentence it checks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../src/i18n';
import { loadDiabetes } from '../../src/lib';
import { strings as augmentStrings } from '../../src/demos/augment/strings';
import { runDecay } from '../../src/demos/decay/model';
import { NEAR_ZERO, collapseIndex, collapsedLosses, decaySweep, lambdaGrid } from '../../src/demos/decay/quotes-adamw';
import { DECAY_SPECS, RUNS } from '../../src/demos/decay/specs';
import { GEOMETRY_SPECS } from '../../src/demos/geometry/model';
import { OVERFIT_SPECS } from '../../src/demos/overfit/model';
import { featureNames } from '../../src/demos/paths/jobs';
import { PATHS_SPECS } from '../../src/demos/paths/specs';
import { strings as pathsStrings } from '../../src/demos/paths/strings';
import { quoteText } from '../../src/demos/quotes';
import { ENET_CV } from '../../src/demos/tables/enet-cv';
import { strings as tablesStrings } from '../../src/demos/tables/strings';

const textOf = (id: string, lang: Lang): string => quoteText(id, lang);
const n = (id: string) => Number(textOf(id, 'en').replace('−', '-').replace(/[+%]/g, ''));

/** The sweep trains 17 × 4 networks (about 7 s) unless src/demos/quote-cache.ts has it. */
beforeAll(() => void decaySweep(), 180_000);

describe('what the pages say about these numbers', () => {
  const run = (key: (typeof RUNS)[number]['key']) => RUNS.findIndex((r) => r.key === key);

  it('AdamW page: the sweep is the demo itself, at every λ of its slider', () => {
    const sweep = decaySweep();
    expect(sweep.map((p) => p.lambda)).toEqual(lambdaGrid());
    expect(sweep[0]!.lambda).toBe(DECAY_SPECS.lambda.min);
    expect(sweep.at(-1)!.lambda).toBe(DECAY_SPECS.lambda.max);
    expect(sweep.length).toBe(Math.round(Math.log10(DECAY_SPECS.lambda.max / DECAY_SPECS.lambda.min) / DECAY_SPECS.lambda.step) + 1);
    // The cached sweep equals a fresh run of the demo (the one the page draws, at the default λ).
    const last = runDecay(DECAY_SPECS.lambda.default).at(-1)!;
    const atDefault = sweep.find((p) => p.lambda === DECAY_SPECS.lambda.default)!;
    expect(atDefault).toEqual({ lambda: DECAY_SPECS.lambda.default, norms: last.norms, trainLoss: last.trainLoss, valLoss: last.valLoss });
  }, 60_000);

  it('AdamW page: from the collapse on, the L2 runs stick at about ln 2, while AdamW only shrinks', () => {
    const sweep = decaySweep();
    const k = collapseIndex(sweep);
    expect(k).toBeGreaterThan(0);
    // "the weights are nearly zero" from that λ on, and not before it.
    expect(Math.max(sweep[k - 1]!.norms[run('sgdL2')]!, sweep[k - 1]!.norms[run('adamL2')]!)).toBeGreaterThanOrEqual(NEAR_ZERO);
    // "training and validation loss stick at about 0.69, close to ln 2 ≈ 0.693".
    for (const loss of collapsedLosses(sweep)) {
      expect(Math.abs(loss - n('decay.adamw.collapsedLoss'))).toBeLessThan(0.01);
      expect(Math.abs(loss - Math.LN2)).toBeLessThan(0.01);
    }
    // "AdamW's weights only shrink gradually": smaller at every step of the slider, far from zero at the collapse.
    const adamW = sweep.map((p) => p.norms[run('adamWd')]!);
    adamW.slice(1).forEach((norm, i) => expect(norm).toBeLessThan(adamW[i]!));
    expect(adamW[k]).toBeGreaterThan(100 * NEAR_ZERO);
    // "at the right end it gets worse again"; Adam + L2's best λ is "much smaller" (ten times at least).
    expect(n('decay.adamw.adamWValAtMax')).toBeGreaterThan(n('decay.adamw.adamWBestVal') + 0.05);
    expect(10 * n('decay.adamw.adamL2BestLambda')).toBeLessThan(n('decay.adamw.adamWBestLambda'));
  });

  it('neural-network article: which of Adam + L2 and AdamW has the lower validation loss changes along the λ slider', () => {
    const winners = new Set(decaySweep().map((p) => (p.valLoss[run('adamL2')]! < p.valLoss[run('adamWd')]! ? 'L2' : 'AdamW')));
    expect(winners).toEqual(new Set(['L2', 'AdamW']));
  });

  it('the derivations and settings in the exercises assume the demos open where they do', () => {
    // l1-vs-l2: "|0.6| + |0.3| = 0.9 is within the budget of 1"; the half-line from (1, 0) with slope −0.5 (correlation 0.5).
    expect(GEOMETRY_SPECS.t.default).toBe(1);
    expect(GEOMETRY_SPECS.r.default).toBe(0.5);
    // l1-regularization: "raise ŵ₂ to 2, so that it equals ŵ₁"; "raise λ tenfold, to 10".
    expect(GEOMETRY_SPECS.c1.default).toBe(2);
    expect(10 * PATHS_SPECS.lambda.default).toBe(10);
    // elastic-net article: the table's Elastic Net and the paths demo's both use "ρ = 0.5" (0.5 is too common to be a demo number).
    expect(ENET_CV.enetRho).toBe(0.5);
    expect(PATHS_SPECS.rho.default).toBe(0.5);
    // regularization-overview: "the polynomial degree to its maximum of 15", "λ … to 10 at the right end".
    expect(OVERFIT_SPECS.degree.max).toBe(15);
    expect(10 ** OVERFIT_SPECS.loglambda.max).toBe(10);
  });

  it("the demos' own labels state the constants that the prose quotes", () => {
    for (const lang of LANGS) {
      const fold = lang === 'ja' ? '分割' : '-fold';
      expect(pathsStrings[lang]['demo.paths.cvTitle']).toContain(`${textOf('paths.folds', lang)}${fold}`);
      expect(augmentStrings[lang]['demo.augment.jitter']).toContain(`±${textOf('augment.jitter', lang)}`);
      expect(tablesStrings[lang]['demo.tables.enet.caption']).toContain(`${textOf('tables.enetCv.folds', lang)}${fold}`);
      expect(tablesStrings[lang]['demo.tables.enet.caption']).toContain(`ρ = ${ENET_CV.enetRho}`);
    }
  });

  it('l1-vs-l2 and the Elastic Net article: facts about the diabetes data that the prose states', () => {
    const { X } = loadDiabetes({ scaled: false });
    const column = (name: string) => X.map((row) => row[featureNames().indexOf(name)]!);
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    const sd = (v: number[]) => Math.sqrt(mean(v.map((x) => (x - mean(v)) ** 2)));
    const corr = (a: number[], b: number[]) => mean(a.map((x, i) => (x - mean(a)) * (b[i]! - mean(b)))) / (sd(a) * sd(b));
    const [s1, s2, s5] = [column('s1'), column('s2'), column('s5')];
    // "total cholesterol and LDL … correlated at about 0.9".
    expect(corr(s1, s2)).toBeCloseTo(0.9, 1);
    // "total cholesterol has a standard deviation of about 35 and log triglycerides about 0.5, … more than 60 times".
    expect(Math.round(sd(s1))).toBe(35);
    expect(sd(s5)).toBeCloseTo(0.5, 1);
    expect(sd(s1) / sd(s5)).toBeGreaterThan(60);
  });
});
