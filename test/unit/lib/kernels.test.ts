// The XᵀX / Xᵀv / dot kernels (src/lib/kernels): the WebAssembly SIMD results agree with the
// scalar JavaScript ones and with a plain triple loop written here, on every shape (odd n, the
// 4×2 blocks' leftovers, n or p = 1); matrices keep their views; bad sizes throw RangeErrors;
// a runtime without SIMD gets the scalar kernels.
import fc from 'fast-check';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createKernels, type KernelMatrix, type Kernels } from '../../../src/lib/kernels/kernels';

const SEED = 0x6b65_726e;
const simd = createKernels({ simd: true });
const scalar = createKernels({ simd: false });

/** Σ_i a_i·b_i by a plain loop, and the bound Σ_i |a_i·b_i| that scales its rounding error. */
function naiveDot(a: ArrayLike<number>, aOff: number, b: ArrayLike<number>, bOff: number, n: number) {
  let s = 0;
  let abs = 0;
  for (let i = 0; i < n; i++) {
    s += a[aOff + i] * b[bOff + i];
    abs += Math.abs(a[aOff + i] * b[bOff + i]);
  }
  return { s, abs };
}

/**
 * |got − want| ≤ 1e-12 · Σ|a_i·b_i|: "relative to 1e-12" in the only sense that survives
 * cancellation (a sum near 0 of large terms). Any summation order of n < 4000 terms meets it.
 */
function close(got: number, want: { s: number; abs: number }): boolean {
  return Math.abs(got - want.s) <= 1e-12 * want.abs;
}

/** Entries that fail the comparison with the naive XᵀX, Xᵀv and column dots (empty = all agree). */
function mismatches(m: KernelMatrix): string[] {
  const { n, p, X, v } = m;
  const bad: string[] = [];
  const G = m.gram();
  const xtv = m.xtv(new Float64Array(p));
  for (let j = 0; j < p; j++) {
    for (let k = 0; k < p; k++) {
      if (!close(G[j + k * p], naiveDot(X, j * n, X, k * n, n))) bad.push(`G[${j},${k}]`);
    }
    const d = naiveDot(X, j * n, v, 0, n);
    if (!close(xtv[j], d)) bad.push(`xtv[${j}]`);
    if (!close(m.colDot(j), d)) bad.push(`colDot(${j})`);
  }
  return bad;
}

const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const problem = fc.record({ n: fc.integer({ min: 1, max: 41 }), p: fc.integer({ min: 1, max: 13 }) }).chain(({ n, p }) =>
  fc.record({
    n: fc.constant(n),
    p: fc.constant(p),
    X: fc.array(finite, { minLength: n * p, maxLength: n * p }),
    v: fc.array(finite, { minLength: n, maxLength: n }),
  }),
);

function load(k: Kernels, { n, p, X, v }: { n: number; p: number; X: ArrayLike<number>; v: ArrayLike<number> }): KernelMatrix {
  const m = k.matrix(n, p, { gram: true });
  m.X.set(X);
  m.v.set(v);
  return m;
}

describe('kernels: SIMD and scalar agree', () => {
  test('this runtime (Node 24) has the SIMD kernels', () => {
    expect(simd.simd).toBe(true);
    expect(simd.matrix(3, 2).simd).toBe(true);
    expect(scalar.simd).toBe(false);
  });

  test('property: both agree with a plain loop to 1e-12 · Σ|terms|, on random shapes and values', () => {
    fc.assert(
      fc.property(problem, (pb) => {
        expect(mismatches(load(simd, pb))).toEqual([]);
        expect(mismatches(load(scalar, pb))).toEqual([]);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test('property: SIMD equals scalar to 1e-12 relative on XᵀX, Xᵀv and every column dot', () => {
    fc.assert(
      fc.property(problem, (pb) => {
        const a = load(simd, pb);
        const b = load(scalar, pb);
        const [Ga, Gb] = [Float64Array.from(a.gram()), b.gram()];
        const [xa, xb] = [a.xtv(new Float64Array(pb.p)), b.xtv(new Float64Array(pb.p))];
        for (let j = 0; j < pb.p; j++) {
          const scale = naiveDot(pb.X, j * pb.n, pb.v, 0, pb.n).abs;
          expect(Math.abs(xa[j] - xb[j])).toBeLessThanOrEqual(1e-12 * scale);
          expect(Math.abs(a.colDot(j) - b.colDot(j))).toBeLessThanOrEqual(1e-12 * scale);
          for (let k = 0; k < pb.p; k++) {
            const s = naiveDot(pb.X, j * pb.n, pb.X, k * pb.n, pb.n).abs;
            expect(Math.abs(Ga[j + k * pb.p] - Gb[j + k * pb.p])).toBeLessThanOrEqual(1e-12 * s);
          }
        }
      }),
      { seed: SEED + 1, numRuns: 300 },
    );
  });

  test.each([
    [1, 1],
    [1, 9],
    [9, 1],
    [1001, 99],
    [100, 203],
    [442, 10],
  ])('%i×%i against the plain loop', (n, p) => {
    const X = Array.from({ length: n * p }, (_, i) => Math.sin(i * 1.3) * (1 + (i % 7)));
    const v = Array.from({ length: n }, (_, i) => Math.cos(i * 0.7) - 0.2);
    expect(mismatches(load(simd, { n, p, X, v }))).toEqual([]);
  });

  test('the plain-array functions: gram copies in (scratch grows), xtvInto on a matrix’s X needs no copy', () => {
    for (const [n, p] of [
      [5, 3],
      [300, 40],
      [7, 2],
    ]) {
      const X = Float64Array.from({ length: n * p }, (_, i) => ((i * 7919) % 13) - 6);
      const v = Float64Array.from({ length: n }, (_, i) => (i % 5) - 2);
      expect(simd.gram(X, n, p)).toEqual(scalar.gram(X, n, p));
      const m = simd.matrix(n, p);
      m.X.set(X);
      const viaMatrix = simd.xtvInto(m.X, n, p, v, new Float64Array(p));
      const viaCopy = simd.xtvInto(X, n, p, v, new Float64Array(p));
      expect(viaMatrix).toEqual(scalar.xtvInto(X, n, p, v, new Float64Array(p)));
      expect(viaCopy).toEqual(scalar.xtvInto(X, n, p, v, new Float64Array(p)));
      expect(simd.dot(X, n, v, 0, n)).toBe(scalar.dot(X, n, v, 0, n));
    }
  });
});

describe('kernels: matrices', () => {
  test('views stay valid while other matrices are made (no shared memory grows under them)', () => {
    const m = simd.matrix(4, 2, { gram: true });
    m.X.set([1, 2, 3, 4, 5, 6, 7, 8]);
    const X = m.X;
    for (let k = 0; k < 20; k++) simd.matrix(500, 60 + k, { gram: true });
    simd.gram(new Float64Array(2000 * 50), 2000, 50);
    expect(X.length).toBe(8);
    expect([...m.gram()]).toEqual([30, 70, 70, 174]);
  });

  test('gram() reads the current X; xtv() without out returns the matrix’s own array', () => {
    const m = simd.matrix(3, 1, { gram: true });
    m.X.set([1, 2, 2]);
    expect(m.gram()[0]).toBe(9);
    m.X[0] = 4;
    expect(m.gram()[0]).toBe(24);
    m.v.set([1, 1, 1]);
    expect([...m.xtv()]).toEqual([8]);
  });

  test.each([
    ['simd', simd],
    ['scalar', scalar],
  ])('%s: bad sizes and indices throw RangeErrors that say what is wrong', (_name, k) => {
    expect(() => k.matrix(0, 3)).toThrow(/n must be a positive integer, got 0/);
    expect(() => k.matrix(3, 1.5)).toThrow(/p must be a positive integer, got 1.5/);
    expect(() => k.matrix(2 ** 20, 2 ** 8)).toThrow(RangeError);
    expect(() => k.gram(new Float64Array(5), 2, 3)).toThrow(/X must hold n·p = 6 numbers, got 5/);
    expect(() => k.xtvInto(new Float64Array(6), 2, 3, new Float64Array(1), new Float64Array(3))).toThrow(/v must hold at least 2/);
    expect(() => k.xtvInto(new Float64Array(6), 2, 3, new Float64Array(2), new Float64Array(2))).toThrow(/out must hold at least 3/);
    const m = k.matrix(2, 3);
    expect(() => m.gram()).toThrow(/without \{ gram: true \}/);
    expect(() => m.colDot(3)).toThrow(/integer in \[0, 3\), got 3/);
    expect(() => m.colDot(-1)).toThrow(RangeError);
    expect(() => m.xtv(new Float64Array(2))).toThrow(/out must hold at least 3/);
  });
});

describe('kernels: a runtime without SIMD', () => {
  afterEach(() => vi.restoreAllMocks());

  test('gets the scalar kernels by default, and an Error when SIMD is required', () => {
    vi.spyOn(WebAssembly, 'validate').mockReturnValue(false);
    const k = createKernels();
    expect(k.simd).toBe(false);
    expect(k.matrix(2, 2).simd).toBe(false);
    expect(() => createKernels({ simd: true })).toThrow(/not available/);
  });

  test('gets the scalar kernels when compiling is refused (a CSP without wasm-unsafe-eval)', () => {
    vi.spyOn(WebAssembly, 'Module').mockImplementation(function () {
      throw new WebAssembly.CompileError('Wasm code generation disallowed by embedder');
    });
    expect(createKernels().simd).toBe(false);
  });
});
