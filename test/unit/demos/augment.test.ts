import { describe, expect, it } from 'vitest';
import { AUGMENT_SPECS, type AugmentSettings, GRID, N_TRAIN, augmentedSet, runComparison, summarize, trainingSet } from '../../../src/demos/augment/model';
import { boundaryPath, pointsSvg, tableRows } from '../../../src/demos/augment/render';
import { VIEWPORTS } from '../../../src/demos/augment/model';
import { readState } from '../../../src/demos/kit/params';

const defaults: AugmentSettings = { data: 'circles', jitter: true, flip: true, rotate: true, noise: false, copies: 4 };

describe('augmentation demo model', () => {
  it('augmentation raises mean test accuracy on the default seeded setting (circles)', () => {
    const r = runComparison(defaults);
    expect(r.with.accuracies).toHaveLength(5);
    expect(r.with.mean).toBeGreaterThan(r.without.mean + 0.01);
    expect(r.boundary).toHaveLength(GRID * GRID);
  });

  it('rotating and flipping the two moons breaks labels and lowers accuracy', () => {
    const moons = { ...defaults, data: 'moons' };
    const broken = runComparison(moons);
    const safe = runComparison({ ...moons, flip: false, rotate: false });
    expect(broken.with.mean).toBeLessThan(broken.without.mean - 0.05);
    expect(safe.with.mean).toBeGreaterThan(broken.with.mean + 0.05);
  });

  it('adds copies·n points that keep their source labels, and is reproducible', () => {
    const train = trainingSet(defaults, 0);
    const aug = augmentedSet({ ...defaults, copies: 3 }, train, 0);
    expect(train.X).toHaveLength(N_TRAIN);
    expect(aug.X).toHaveLength(4 * N_TRAIN);
    expect(aug.y.slice(N_TRAIN)).toEqual([...train.y, ...train.y, ...train.y]);
    // Circles: rotations and flips about the centre keep the radius; jitter moves it by ≤ 0.1·√2.
    aug.X.slice(N_TRAIN).forEach((p, k) => {
      const q = train.X[k % N_TRAIN]!;
      expect(Math.abs(Math.hypot(p[0]!, p[1]!) - Math.hypot(q[0]!, q[1]!))).toBeLessThanOrEqual(0.1 * Math.SQRT2 + 1e-12);
    });
    expect(augmentedSet({ ...defaults, copies: 3 }, train, 0)).toEqual(aug);
  });

  it('summarises with the sample standard deviation', () => {
    expect(summarize([0.8, 0.9, 1])).toEqual({ accuracies: [0.8, 0.9, 1], mean: expect.closeTo(0.9, 12), sd: expect.closeTo(0.1, 12) });
  });

  it('draws the 0.5 contour of a radial field as a closed ring of segments', () => {
    const v = VIEWPORTS.circles;
    const p: number[] = [];
    for (let r = 0; r < GRID; r++)
      for (let c = 0; c < GRID; c++) {
        const x = v.x[0] + ((v.x[1] - v.x[0]) * c) / (GRID - 1);
        const y = v.y[1] - ((v.y[1] - v.y[0]) * r) / (GRID - 1);
        p.push(Math.hypot(x, y) < 0.75 ? 1 : 0);
      }
    const path = boundaryPath(p, v);
    expect(path.match(/M/g)!.length).toBeGreaterThan(20);
    expect(boundaryPath(new Array(GRID * GRID).fill(0.9), v)).toBe('');
  });

  it('renders original and augmented points and a table with a mean ± sd row', () => {
    const train = trainingSet(defaults, 0);
    const svg = pointsSvg(defaults, train, augmentedSet(defaults, train, 0), null, 'title');
    expect(svg.match(/class="orig/g)).toHaveLength(N_TRAIN);
    expect(svg).not.toContain('boundary');
    const r = { without: summarize([0.9, 0.8]), with: summarize([0.95, 0.85]), boundary: [] };
    expect(tableRows(r, [0, 1], { 'demo.augment.meanSd': 'mean ± sd' })).toEqual([
      ['0', '90.0', '95.0'],
      ['1', '80.0', '85.0'],
      ['mean ± sd', '85.0 ± 7.1', '90.0 ± 7.1'],
    ]);
  });

  it('reads its URL state with clamping', () => {
    const { state, problems } = readState('augment', '?augment.copies=99&augment.flip=0&augment.data=moons', AUGMENT_SPECS);
    expect(state).toMatchObject({ copies: 8, flip: false, data: 'moons', jitter: true });
    expect(problems.map((p) => p.param)).toEqual(['augment.copies']);
  });
});
