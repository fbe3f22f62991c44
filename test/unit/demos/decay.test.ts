import { describe, expect, it } from 'vitest';
import { runDecay } from '../../../src/demos/decay/model';
import { DECAY_SPECS, EPOCHS, RUNS } from '../../../src/demos/decay/specs';
import { renderDecay } from '../../../src/demos/decay/render';
import { strings } from '../../../src/demos/decay/strings';
const en = strings.en;

const lambda = DECAY_SPECS.lambda.default;
const epochs = runDecay(lambda);
const last = epochs.at(-1)!;
const idx = (key: string) => RUNS.findIndex((r) => r.key === key);

describe('weight-decay demo model', () => {
  it('SGD: L2 in the loss and decoupled decay give the same weights, up to rounding', () => {
    expect(epochs).toHaveLength(EPOCHS);
    for (const e of epochs) expect(e.diffSgd).toBeLessThan(1e-12);
    expect(last.norms[idx('sgdL2')]).toBeCloseTo(last.norms[idx('sgdWd')]!, 10);
    expect(last.valLoss[idx('sgdL2')]).toBeCloseTo(last.valLoss[idx('sgdWd')]!, 10);
  });

  it('Adam: L2 and decoupled decay (AdamW) end with clearly different weights', () => {
    expect(last.diffAdam).toBeGreaterThan(0.1);
    expect(Math.abs(last.norms[idx('adamL2')]! - last.norms[idx('adamWd')]!)).toBeGreaterThan(1);
    expect(Math.abs(last.valLoss[idx('adamL2')]! - last.valLoss[idx('adamWd')]!)).toBeGreaterThan(0.01);
  });

  it('a larger λ shrinks the weights of every run', () => {
    const strong = runDecay(0.1).at(-1)!;
    for (let i = 0; i < RUNS.length; i++) expect(strong.norms[i]).toBeLessThan(last.norms[i]!);
  });
});

describe('weight-decay demo render', () => {
  it('draws four norm curves and two difference curves, and reports both differences', () => {
    const v = renderDecay(epochs, { lambda }, { ...en });
    expect(v.normSvg.match(/<polyline/g)).toHaveLength(4);
    expect(v.diffSvg.match(/<polyline/g)).toHaveLength(2);
    expect(v.rows.map((r) => r[0])).toEqual(RUNS.map((r) => en[`demo.decay.${r.key}`]));
    expect(v.status).toMatch(/^λ = 0\.01: under SGD the L2 and weight-decay parameters differ by at most (\d(\.\d)?×)?10⁻¹[⁵⁶⁷⁸] /);
  });
});
