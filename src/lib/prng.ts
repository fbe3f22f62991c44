// One seeded generator for everything: xoshiro128** (Blackman & Vigna), seeded by splitmix32,
// with 53-bit uniforms and Box–Muller normals. scripts/fixtures/make_linear_fixtures.py
// carries a line-by-line Python port, so fixtures can be regenerated bit for bit.

export interface Rng {
  /** Uniform in [0, 1) with 53 random bits. */
  uniform(): number;
  /** Standard normal (Box–Muller; the second value of each pair is cached). */
  normal(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Raw 32-bit output. */
  nextUint32(): number;
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/** A generator for an integer seed in [0, 2³²). */
export function createRng(seed: number): Rng {
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new RangeError(`seed must be an integer in [0, 4294967295], got ${seed}`);
  }
  // splitmix32 fills the four state words (never all zero).
  let a = seed | 0;
  const s = new Int32Array(4);
  for (let k = 0; k < 4; k++) {
    a = (a + 0x9e3779b9) | 0;
    let z = a;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    s[k] = z ^ (z >>> 16);
  }
  const next = (): number => {
    const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  };
  const uniform = (): number => ((next() >>> 5) * 67108864 + (next() >>> 6)) / 2 ** 53;
  let spare: number | null = null;
  return {
    nextUint32: next,
    uniform,
    normal(): number {
      if (spare !== null) {
        const z = spare;
        spare = null;
        return z;
      }
      const u1 = 1 - uniform(); // in (0, 1]: log is finite
      const u2 = uniform();
      const r = Math.sqrt(-2 * Math.log(u1));
      spare = r * Math.sin(2 * Math.PI * u2);
      return r * Math.cos(2 * Math.PI * u2);
    },
    int(n: number): number {
      if (!Number.isInteger(n) || n < 1 || n > 2 ** 53) {
        throw new RangeError(`int(n) needs an integer n >= 1, got ${n}`);
      }
      return Math.floor(uniform() * n);
    },
  };
}
