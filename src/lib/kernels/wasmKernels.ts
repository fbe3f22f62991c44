// The SIMD kernels: simd.wat compiled once per Kernels object, one instance (with its own
// memory, sized once and never grown) per matrix, so the views X and v never detach.
import { dot, gram as scalarGram, xtvInto } from '../linalg';
import { checkColumn, checkShape, checkVectorLength } from './checks';
import type { KernelMatrix, Kernels, MatrixOptions } from './kernels';
import { SIMD_WASM_BASE64 } from './simd.wasm';

/** The module's exports (pointers are byte offsets into its memory). */
interface SimdExports {
  gram(x: number, n: number, p: number, g: number): void;
  xtv(x: number, n: number, p: number, v: number, out: number): void;
  dot(a: number, b: number, n: number): number;
}

const PAGE = 65536;
/** The most memory one instance asks for (2 GiB): 32-bit browsers may refuse more. */
const MAX_BYTES = 2 ** 31;

/**
 * The compiled module, or null where WebAssembly, SIMD or multi-value is missing, or where
 * compiling is refused (a CSP without 'wasm-unsafe-eval'). Validating the module itself is
 * the feature test: it checks exactly the instructions the kernels use. The module is under
 * 4 KB, so even a browser's main thread may compile it synchronously.
 */
export function simdModule(): WebAssembly.Module | null {
  if (typeof WebAssembly !== 'object') return null;
  const bytes = Uint8Array.from(atob(SIMD_WASM_BASE64), (c) => c.charCodeAt(0));
  if (!WebAssembly.validate(bytes)) return null;
  try {
    return new WebAssembly.Module(bytes);
  } catch {
    return null;
  }
}

/** Bytes for `count` float64 numbers, rounded up to 16 so the next region is 16-byte aligned. */
const bytesFor = (count: number): number => Math.ceil(count / 2) * 16;

function instantiate(module: WebAssembly.Module, bytes: number): { memory: WebAssembly.Memory; ex: SimdExports } {
  const memory = new WebAssembly.Memory({ initial: Math.max(1, Math.ceil(bytes / PAGE)) });
  const instance = new WebAssembly.Instance(module, { env: { memory } });
  return { memory, ex: instance.exports as unknown as SimdExports };
}

/** Memory layout: X (n·p), v (n), out (p), then G (p·p) when asked for. */
function layout(n: number, p: number, withGram: boolean) {
  const vPtr = bytesFor(n * p);
  const outPtr = vPtr + bytesFor(n);
  const gPtr = outPtr + bytesFor(p);
  return { vPtr, outPtr, gPtr, bytes: gPtr + (withGram ? bytesFor(p * p) : 0) };
}

class WasmMatrix implements KernelMatrix {
  readonly simd = true;
  readonly X: Float64Array;
  readonly v: Float64Array;
  private readonly out: Float64Array;
  private readonly G: Float64Array | null;
  private readonly ex: SimdExports;
  private readonly vPtr: number;
  private readonly outPtr: number;
  private readonly gPtr: number;

  constructor(
    module: WebAssembly.Module,
    readonly n: number,
    readonly p: number,
    withGram: boolean,
  ) {
    const { vPtr, outPtr, gPtr, bytes } = layout(n, p, withGram);
    const { memory, ex } = instantiate(module, bytes);
    this.ex = ex;
    this.vPtr = vPtr;
    this.outPtr = outPtr;
    this.gPtr = gPtr;
    this.X = new Float64Array(memory.buffer, 0, n * p);
    this.v = new Float64Array(memory.buffer, vPtr, n);
    this.out = new Float64Array(memory.buffer, outPtr, p);
    this.G = withGram ? new Float64Array(memory.buffer, gPtr, p * p) : null;
  }
  gram(): Float64Array {
    if (!this.G) throw new RangeError('gram(): this matrix was made without { gram: true }');
    this.ex.gram(0, this.n, this.p, this.gPtr);
    return this.G;
  }
  xtv(out?: Float64Array): Float64Array {
    if (out) checkVectorLength(out, this.p, 'out');
    this.ex.xtv(0, this.n, this.p, this.vPtr, this.outPtr);
    if (!out) return this.out;
    out.set(this.out);
    return out;
  }
  colDot(j: number): number {
    checkColumn(j, this.p);
    return this.ex.dot(8 * j * this.n, this.vPtr, this.n);
  }
}

export class WasmKernels implements Kernels {
  readonly simd = true;
  /** The matrices made here, by their X view: xtvInto on such an X needs no copy. */
  private readonly owners = new WeakMap<Float64Array, KernelMatrix>();
  /** Memory for gram() of outside arrays; grown when too small (no view of it escapes). */
  private scratch: { memory: WebAssembly.Memory; ex: SimdExports } | null = null;

  constructor(
    private readonly module: WebAssembly.Module,
    private readonly scalarMatrix: (n: number, p: number, options: MatrixOptions) => KernelMatrix,
  ) {}

  /** A SIMD matrix; a scalar one when it would need more than MAX_BYTES or memory is refused. */
  matrix(n: number, p: number, options: MatrixOptions = {}): KernelMatrix {
    checkShape(null, n, p);
    const withGram = options.gram === true;
    let m: KernelMatrix | null = null;
    if (layout(n, p, withGram).bytes <= MAX_BYTES) {
      try {
        m = new WasmMatrix(this.module, n, p, withGram);
      } catch (e) {
        if (!(e instanceof RangeError)) throw e; // out of memory: fall through to scalar
      }
    }
    m ??= this.scalarMatrix(n, p, options);
    this.owners.set(m.X, m);
    return m;
  }

  gram(X: Float64Array, n: number, p: number): Float64Array {
    checkShape(X, n, p);
    const gPtr = bytesFor(n * p);
    const bytes = gPtr + bytesFor(p * p);
    if (bytes > MAX_BYTES) return scalarGram(X, n, p);
    const { memory, ex } = this.scratchOf(bytes);
    new Float64Array(memory.buffer, 0, n * p).set(X);
    ex.gram(0, n, p, gPtr);
    return new Float64Array(memory.buffer, gPtr, p * p).slice();
  }

  xtvInto(X: Float64Array, n: number, p: number, v: Float64Array, out: Float64Array): Float64Array {
    checkShape(X, n, p);
    checkVectorLength(v, n, 'v');
    checkVectorLength(out, p, 'out');
    const m = this.owners.get(X);
    // Copying X in would cost more than the product itself: outside arrays go to JavaScript.
    if (!m || !m.simd || m.n !== n || m.p !== p) return xtvInto(X, n, p, v, out);
    if (v !== m.v) m.v.set(v.length === n ? v : v.subarray(0, n));
    m.xtv(out.length === p ? out : out.subarray(0, p));
    return out;
  }

  dot(a: Float64Array, aOff: number, b: Float64Array, bOff: number, len: number): number {
    return dot(a, aOff, b, bOff, len);
  }

  private scratchOf(bytes: number): { memory: WebAssembly.Memory; ex: SimdExports } {
    if (!this.scratch) this.scratch = instantiate(this.module, bytes);
    const { memory } = this.scratch;
    const missing = bytes - memory.buffer.byteLength;
    if (missing > 0) memory.grow(Math.ceil(missing / PAGE));
    return this.scratch;
  }
}
