// The stability table's rows (stability-view.ts): highest share first, ties in column order, whole percentages.
import { describe, expect, it } from 'vitest';
import { stabilityRows } from '../../../src/demos/yourdata/stability-view';

describe('stabilityRows', () => {
  it('sorts by share, keeps column order on ties, and writes whole percentages', () => {
    const rows = stabilityRows({ featureNames: ['a', 'b', 'c', 'd'], shares: [0.04, 1, 0.96, 1] });
    expect(rows.map((r) => r.name)).toEqual(['b', 'd', 'c', 'a']);
    expect(rows.map((r) => r.percent)).toEqual(['100%', '100%', '96%', '4%']);
    expect(rows[2]!.share).toBe(0.96);
  });
});
