// XᵀX, Xᵀv and column dot products, in WebAssembly SIMD where the runtime has it and in
// scalar JavaScript (../linalg) where it has not. No module-level state: createKernels()
// returns an object that owns the compiled module; pass it to whoever needs it.
import { dot, gram, xtvInto } from '../linalg';
import { checkColumn, checkShape, checkVectorLength } from './checks';
import { simdModule, WasmKernels } from './wasmKernels';

/**
 * A design matrix that lives where the kernels read it (the WebAssembly memory for SIMD), so
 * that it is written once and multiplied many times. X and v are fixed views: they stay valid
 * for the matrix's lifetime.
 */
export interface KernelMatrix {
  readonly n: number;
  readonly p: number;
  /** True when this matrix's products run in WebAssembly SIMD. */
  readonly simd: boolean;
  /** The n×p matrix, column-major (entry (i, j) at [i + j·n]): write the data here. */
  readonly X: Float64Array;
  /** A length-n vector beside X (a residual, y, …): the v of xtv() and colDot(). */
  readonly v: Float64Array;
  /** XᵀX (p×p, column-major). The array may be reused by the next gram(): read it, don't keep it. */
  gram(): Float64Array;
  /** out = Xᵀv (v = this.v). Without out, into an array the next xtv() may overwrite. */
  xtv(out?: Float64Array): Float64Array;
  /** x_jᵀv: column j of X times this.v. */
  colDot(j: number): number;
}

export interface MatrixOptions {
  /** Reserve room for XᵀX (p² numbers); gram() throws without it. Default false. */
  gram?: boolean;
}

export interface Kernels {
  /** True when the WebAssembly SIMD module is in use. */
  readonly simd: boolean;
  /** A new n×p matrix, all zeros. */
  matrix(n: number, p: number, options?: MatrixOptions): KernelMatrix;
  /** XᵀX of any column-major n×p array (copied into kernel memory first when SIMD). */
  gram(X: Float64Array, n: number, p: number): Float64Array;
  /** out = Xᵀv. Without a copy when X is the X of one of this object's matrices, else scalar. */
  xtvInto(X: Float64Array, n: number, p: number, v: Float64Array, out: Float64Array): Float64Array;
  /** a[aOff..aOff+len)·b[bOff..bOff+len), in JavaScript (use colDot() for data in a matrix). */
  dot(a: Float64Array, aOff: number, b: Float64Array, bOff: number, len: number): number;
}

export interface KernelOptions {
  /**
   * true: SIMD or an Error; false: scalar JavaScript; undefined (default): SIMD when this
   * runtime validates and compiles the module, else scalar.
   */
  simd?: boolean;
}

/** The kernels for this runtime; see KernelOptions. */
export function createKernels(options: KernelOptions = {}): Kernels {
  if (options.simd === false) return new ScalarKernels();
  const module = simdModule();
  if (module) return new WasmKernels(module, (n, p, o) => new ScalarMatrix(n, p, o));
  if (options.simd === true) throw new Error('WebAssembly SIMD (f64x2) is not available in this runtime');
  return new ScalarKernels();
}

/** The same API in plain JavaScript, over ../linalg. */
class ScalarKernels implements Kernels {
  readonly simd = false;
  matrix(n: number, p: number, options: MatrixOptions = {}): KernelMatrix {
    return new ScalarMatrix(n, p, options);
  }
  gram(X: Float64Array, n: number, p: number): Float64Array {
    checkShape(X, n, p);
    return gram(X, n, p);
  }
  xtvInto(X: Float64Array, n: number, p: number, v: Float64Array, out: Float64Array): Float64Array {
    checkShape(X, n, p);
    checkVectorLength(v, n, 'v');
    checkVectorLength(out, p, 'out');
    return xtvInto(X, n, p, v, out);
  }
  dot(a: Float64Array, aOff: number, b: Float64Array, bOff: number, len: number): number {
    return dot(a, aOff, b, bOff, len);
  }
}

export class ScalarMatrix implements KernelMatrix {
  readonly simd = false;
  readonly X: Float64Array;
  readonly v: Float64Array;
  private readonly out: Float64Array;
  private readonly withGram: boolean;

  constructor(
    readonly n: number,
    readonly p: number,
    options: MatrixOptions,
  ) {
    checkShape(null, n, p);
    this.X = new Float64Array(n * p);
    this.v = new Float64Array(n);
    this.out = new Float64Array(p);
    this.withGram = options.gram === true;
  }
  gram(): Float64Array {
    if (!this.withGram) throw new RangeError('gram(): this matrix was made without { gram: true }');
    return gram(this.X, this.n, this.p);
  }
  xtv(out: Float64Array = this.out): Float64Array {
    checkVectorLength(out, this.p, 'out');
    return xtvInto(this.X, this.n, this.p, this.v, out);
  }
  colDot(j: number): number {
    checkColumn(j, this.p);
    return dot(this.X, j * this.n, this.v, 0, this.n);
  }
}
