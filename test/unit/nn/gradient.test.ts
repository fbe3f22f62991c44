// Backpropagation against central finite differences, on every parameter of every layer,
// with the L2 penalty on, and with dropout/DropConnect masks held fixed.
import { describe, expect, test } from 'vitest';
import { createRng } from '../../../src/lib/prng';
import type { Activation } from '../../../src/lib/nn/activations';
import { batchGradient } from '../../../src/lib/nn/gradient';
import { type Task, allocateNetwork, initialize, weightNormSquared } from '../../../src/lib/nn/network';
import { type PassMode, createPass, forward } from '../../../src/lib/nn/pass';

interface Case {
  sizes: number[];
  activation: Activation;
  task: Task;
  dropout: number;
  dropConnect: number;
  l2: number;
}

function check(c: Case): number {
  const rng = createRng(11);
  const net = allocateNetwork(c.sizes, c.activation, c.task);
  initialize(net, rng);
  // Non-zero biases, so that their gradients are exercised away from the initial zeros.
  for (let l = 0; l < net.bOff.length; l++) {
    for (let k = net.bOff[l]; k < net.bOff[l] + c.sizes[l + 1]; k++) net.params[k] = 0.3 * rng.normal();
  }
  const m = 6;
  const nIn = c.sizes[0];
  const nOut = c.sizes[c.sizes.length - 1];
  const X = Float64Array.from({ length: m * nIn }, () => rng.normal());
  const Y = Float64Array.from({ length: m * nOut }, () => (c.task === 'binary' ? rng.uniform() : rng.normal()));
  const rows = Int32Array.from({ length: m }, (_, i) => i);
  const pass = createPass(net, c.dropout, c.dropConnect);
  let mode: PassMode = 'infer';
  if (c.dropout > 0 || c.dropConnect > 0) {
    forward(net, pass, X, 0, 'train', rng); // draws one set of masks, reused below
    mode = 'fixed';
  }
  const objective = (): number => {
    const g = new Float64Array(net.params.length);
    const data = batchGradient(net, pass, X, Y, rows, 0, m, g, 0, mode, null);
    return data + (c.l2 / 2) * weightNormSquared(net);
  };
  const grads = new Float64Array(net.params.length);
  batchGradient(net, pass, X, Y, rows, 0, m, grads, c.l2, mode, null);
  let worst = 0;
  const h = 1e-5;
  for (let k = 0; k < net.params.length; k++) {
    const saved = net.params[k];
    net.params[k] = saved + h;
    const up = objective();
    net.params[k] = saved - h;
    const down = objective();
    net.params[k] = saved;
    const numeric = (up - down) / (2 * h);
    worst = Math.max(worst, Math.abs(numeric - grads[k]) / Math.max(1, Math.abs(numeric)));
  }
  return worst;
}

describe('gradient check (central differences, h = 1e-5)', () => {
  const activations: Activation[] = ['tanh', 'sigmoid', 'linear', 'relu'];
  for (const activation of activations) {
    for (const task of ['binary', 'regression'] as const) {
      test(`${activation}, ${task}, [3, 5, 4, 2], l2 = 0.1`, () => {
        expect(check({ sizes: [3, 5, 4, 2], activation, task, dropout: 0, dropConnect: 0, l2: 0.1 })).toBeLessThan(1e-7);
      });
    }
  }
  test('single layer (no hidden units), regression', () => {
    expect(check({ sizes: [4, 1], activation: 'tanh', task: 'regression', dropout: 0, dropConnect: 0, l2: 0.5 })).toBeLessThan(1e-7);
  });
  test('with a fixed dropout mask', () => {
    expect(check({ sizes: [3, 6, 5, 1], activation: 'tanh', task: 'binary', dropout: 0.4, dropConnect: 0, l2: 0.05 })).toBeLessThan(1e-7);
  });
  test('with a fixed DropConnect mask', () => {
    expect(check({ sizes: [3, 6, 5, 1], activation: 'sigmoid', task: 'regression', dropout: 0, dropConnect: 0.3, l2: 0.05 })).toBeLessThan(1e-7);
  });
  test('with both masks fixed', () => {
    expect(check({ sizes: [2, 7, 3], activation: 'tanh', task: 'binary', dropout: 0.5, dropConnect: 0.25, l2: 0.2 })).toBeLessThan(1e-7);
  });
  test('the check can fail: a wrong penalty is detected', () => {
    // Gradient with l2 = 0.1 against an objective with l2 = 0.2 must disagree.
    const rng = createRng(1);
    const net = allocateNetwork([2, 3, 1], 'tanh', 'regression');
    initialize(net, rng);
    const pass = createPass(net);
    const X = Float64Array.from([0.5, -1]);
    const Y = Float64Array.from([0.3]);
    const g = new Float64Array(net.params.length);
    batchGradient(net, pass, X, Y, [0], 0, 1, g, 0.1, 'infer', null);
    const k = net.wOff[0];
    const f = (): number => batchGradient(net, pass, X, Y, [0], 0, 1, new Float64Array(g.length), 0, 'infer', null) + 0.1 * weightNormSquared(net);
    const s = net.params[k];
    net.params[k] = s + 1e-5;
    const up = f();
    net.params[k] = s - 1e-5;
    const down = f();
    net.params[k] = s;
    expect(Math.abs((up - down) / 2e-5 - g[k])).toBeGreaterThan(1e-3 * Math.abs(s));
  });
});
