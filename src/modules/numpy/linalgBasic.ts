/**
 * Matrix products for the `@` operator, `np.matmul`, `np.dot`, `ndarray.dot`: 1-d·1-d (inner product),
 * 2-d·2-d, matrix·vector, and stacks of matrices broadcast over leading axes, with NumPy's shape errors.
 * The element loop runs through the multiply/add scalar ops of the promoted dtype, so integer products
 * wrap and complex products are exact as in NumPy's own (non-BLAS) loops; float64/float32 products run in
 * WebAssembly kernels with the same summation order (runtime/wasm/matmul.ts, matmulPacked.ts), except
 * where NumPy's OpenBLAS route is modelled bit for bit (runtime/linalg/blasMatmul.ts).
 */
import { matmulKernel } from '../../../runtime/wasm/matmul';
import { packedMatmul } from '../../../runtime/wasm/matmulPacked';
import { blasMatmul } from '../../../runtime/linalg/blasMatmul';
import { zdotu, zdotPlain } from '../../../runtime/linalg/zdot';
import { trace, traceLaunch } from '../../../runtime/debug';
import { NDArray, broadcastShapes } from '../../../runtime/ndarray';
import { reader, writer } from '../../../runtime/elements';
import { heap } from '../../../runtime/memory';
import * as D from '../../../runtime/dtype';
import { findLoop } from '../../../runtime/ufunc';
import { objectLoop } from './objectUfuncs';
import { throwPy } from '../../objects/errors';
import { asArray, allocArray, castCopyLike, copyArray, copyInto } from './coerce';
import { scalar, NPScalar, weakKind } from './scalars';
import { commonDTypeOf } from './promote';
import { shapeCompact } from './alloc';

export function matmul(x: any, y: any): any {
  if (weakKind(x) || weakKind(y) || x instanceof NPScalar || y instanceof NPScalar) {
    if ((x instanceof NDArray && x.ndim === 0) || !(x instanceof NDArray) || !(y instanceof NDArray)) {
      const a0 = asArray(x), b0 = asArray(y);
      if (a0.ndim === 0 || b0.ndim === 0) throwPy('ValueError', `matmul: Input operand ${a0.ndim === 0 ? 0 : 1} does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)`);
    }
  }
  const ain = asArray(x), bin = asArray(y);
  if (ain.ndim === 0 || bin.ndim === 0) {
    const which = ain.ndim === 0 ? 0 : 1;
    throwPy('ValueError', `matmul: Input operand ${which} does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)`);
  }
  const dt = commonDTypeOf([ain, bin]);
  // float64 products run on float64 operands (NumPy casts before its BLAS call), keeping their layout
  const toF64 = (v: NDArray) => (dt === D.float64 && v.dtype !== D.float64 ? castCopyLike(v, D.float64, 'K') : v);
  const a = toF64(ain), b = toF64(bin);
  // object elements multiply and add with Python's operators, each sum starting from its first product
  const obj = dt.kind === 'O';
  const mul = obj ? objectLoop('multiply') : findLoop('multiply', [dt, dt])!;
  const add = obj ? objectLoop('add') : findLoop('add', [dt, dt])!;
  const a2 = a.ndim === 1 ? a.view([1, a.shape[0]], [0, a.strides[0]], a.offset) : a;
  const b2 = b.ndim === 1 ? b.view([b.shape[0], 1], [b.strides[0], 0], b.offset) : b;
  const n = a2.shape[a2.ndim - 2], k = a2.shape[a2.ndim - 1];
  const k2 = b2.shape[b2.ndim - 2], m = b2.shape[b2.ndim - 1];
  if (k !== k2) {
    throwPy('ValueError', `matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size ${k2} is different from ${k})`);
  }
  // complex128 vector·vector is OpenBLAS zdotu in NumPy for positive element strides, else its own loop (zdot.ts)
  if (a.ndim === 1 && b.ndim === 1 && dt.char === 'D' && a.dtype.char === 'D' && b.dtype.char === 'D' && a.dtype.isNative && b.dtype.isNative) {
    const blas = (x: NDArray) => x.shape[0] <= 1 || (x.strides[0] > 0 && x.strides[0] % 16 === 0);
    if (a.addr % 8 === 0 && b.addr % 8 === 0 && a.strides[0] % 8 === 0 && b.strides[0] % 8 === 0) {
      const f = new Float64Array(heap.buffer);
      const [re, im] = (blas(a) && blas(b) ? zdotu : zdotPlain)(f, k, a.addr / 8, a.strides[0] / 8, b.addr / 8, b.strides[0] / 8);
      return scalar(dt, new Complex(re, im));
    }
  }
  const batchA = a2.shape.slice(0, -2), batchB = b2.shape.slice(0, -2);
  const batch = broadcastShapes([batchA, batchB]);
  if (!batch) {
    // NumPy's iterator: each operand's batch dims with its core dims as newaxis, then the output's core shape
    const remap = (x: NDArray, bx: number[]) => `${shapeCompact(x.shape)}->(${[...bx.map(String), 'newaxis', 'newaxis'].join(',')})`;
    throwPy('ValueError', `operands could not be broadcast together with remapped shapes [original->remapped]: ${remap(a, batchA)} ${remap(b, batchB)}  and requested shape (${n},${m})`);
  }
  const outShape = [...batch, n, m];
  const out = allocArray(outShape, mul.outs[0]);
  const t0 = trace.level ? performance.now() : 0;
  const rda = reader(a.dtype), rdb = reader(b.dtype), wr = writer(out.dtype);
  const cva = a.dtype.native === dt ? null : convert(a.dtype, dt);
  const cvb = b.dtype.native === dt ? null : convert(b.dtype, dt);
  // float64/float32 in native order, aligned: a WebAssembly kernel (same summation order)
  const aligned = (x: NDArray) => x.addr % x.itemsize === 0 && x.strides.every((st) => st % x.itemsize === 0);
  const wasm = (dt.char === 'd' || dt.char === 'f') && !cva && !cvb && a.dtype.isNative && b.dtype.isNative && aligned(a2) && aligned(b2);
  // packing pays once both sides are wide enough to reuse each packed panel (measured: 32³ and up)
  const packed = wasm && n >= 8 && m >= 4 && n * k * m >= 1 << 15 ? packedMatmul(dt.char) : null;
  const kernel = wasm && !packed ? matmulKernel(dt.char) : null;
  const work = packed ? heap.alloc(packed.workspace(n, k, m)) : null;
  const dv = heap.view();
  // float64 takes NumPy's BLAS routes (ddot, dgemv, dgemm's small kernel) where they are modelled
  const f64 = wasm && dt.char === 'd' ? new Float64Array(heap.buffer) : null;
  const nb = batch.reduce((p, s) => p * s, 1);
  const bidx = new Array(batch.length).fill(0);
  let o = out.addr;
  const zero = obj ? undefined : add.fn(mul.fn(readZero(dt), readZero(dt)), readZero(dt));
  for (let q = 0; q < nb; q++) {
    let pa = a2.addr, pb = b2.addr;
    for (let d = 0; d < batch.length; d++) {
      const da = d - (batch.length - batchA.length), db = d - (batch.length - batchB.length);
      if (da >= 0 && batchA[da] !== 1) pa += bidx[d] * a2.strides[da];
      if (db >= 0 && batchB[db] !== 1) pb += bidx[d] * b2.strides[db];
    }
    const sa0 = a2.strides[a2.ndim - 2], sa1 = a2.strides[a2.ndim - 1];
    const sb0 = b2.strides[b2.ndim - 2], sb1 = b2.strides[b2.ndim - 1];
    // (the BLAS model indexes float64 elements: a misaligned view, of a record field say, keeps the kernels)
    if (f64 && (pa | pb | sa0 | sa1 | sb0 | sb1) % 8 === 0 && blasMatmul(f64, n, k, m, pa / 8, sa0 / 8, sa1 / 8, pb / 8, sb0 / 8, sb1 / 8, o / 8)) {
      o += n * m * 8;
    } else if (packed) {
      packed.run(pa, pb, o, n, k, m, sa0, sa1, sb0, sb1, work!.ptr);
      o += n * m * out.itemsize;
    } else if (kernel) {
      kernel(pa, pb, o, n, k, m, sa0, sa1, sb0, sb1);
      o += n * m * out.itemsize;
    } else for (let i = 0; i < n; i++) {
      for (let j = 0; j < m; j++) {
        let acc: any = zero;
        for (let t = 0; t < k; t++) {
          let va = rda(dv, pa + i * sa0 + t * sa1);
          let vb = rdb(dv, pb + t * sb0 + j * sb1);
          if (cva) va = cva(va);
          if (cvb) vb = cvb(vb);
          acc = acc === undefined ? mul.fn(va, vb) : add.fn(acc, mul.fn(va, vb));
        }
        wr(dv, o, acc ?? 0);
        o += out.itemsize;
      }
    }
    for (let d = batch.length - 1; d >= 0; d--) {
      if (++bidx[d] < batch[d]) break;
      bidx[d] = 0;
    }
  }
  if (work) heap.free(work);
  if (trace.level) traceLaunch(`matmul ${dt.name} ${n}x${k} @ ${k}x${m}${nb > 1 ? ` (${nb} pairs)` : ''} ${packed ? 'packed' : kernel ? 'wasm' : 'js'}`, outShape, t0);
  let res = out;
  if (a.ndim === 1 && b.ndim === 1) return scalar(out.dtype, out.get([0, 0]));
  if (a.ndim === 1) res = out.view([...batch, m], [...out.strides.slice(0, batch.length), out.strides[out.ndim - 1]], 0);
  else if (b.ndim === 1) res = out.view([...batch, n], out.strides.slice(0, -1), 0);
  return res;
}

import { converter, Complex } from '../../../runtime/elements';
import { DType } from '../../../runtime/dtype';
function convert(from: DType, to: DType): (v: any) => any {
  return converter(from.native, to);
}
function readZero(dt: DType): any {
  switch (dt.domain) {
    case 'bigint':
      return 0n;
    case 'complex':
      return new Complex(0, 0);
  }
  return 0;
}

/** np.dot: scalars multiply, 1-d/2-d as matmul, N-d·1-d over the last axis. */
export function dot(x: any, y: any): any {
  const a = asArray(x), b = asArray(y);
  if (a.ndim === 0 || b.ndim === 0) {
    return null;
  }
  if (b.ndim > 2) throwPy('NotImplementedError', 'np.dot with a >2-d second operand is not supported yet');
  if (a.ndim >= 1 && b.ndim >= 1 && a.shape[a.ndim - 1] !== b.shape[b.ndim >= 2 ? b.ndim - 2 : 0]) {
    throwPy('ValueError', `shapes ${shapeCompact(a.shape)} and ${shapeCompact(b.shape)} not aligned: ${a.shape[a.ndim - 1]} (dim ${a.ndim - 1}) != ${b.shape[b.ndim >= 2 ? b.ndim - 2 : 0]} (dim ${b.ndim >= 2 ? b.ndim - 2 : 0})`);
  }
  // NumPy's dot hands BLAS contiguous copies of strided vectors (matmul runs its own loop on those)
  if (a.ndim === 1 && b.ndim === 1 && a.dtype.char === 'D' && b.dtype.char === 'D') return matmul(contiguous(a), contiguous(b));
  return matmul(a, b);
}
/**
 * np.dot's out=: the product written into `out`, which NumPy requires to match it exactly (dtype, number
 * of dimensions, shape) and to be C-contiguous; returns `out`.
 */
export function dotInto(r: any, out: any): NDArray {
  if (!(out instanceof NDArray)) throwPy('TypeError', "'out' must be an array");
  const res = asArray(r);
  if (!D.sameDType(out.dtype, res.dtype) || out.ndim !== res.ndim || !out.cContiguous) {
    throwPy('ValueError', 'output array is not acceptable (must have the right datatype, number of dimensions, and be a C-Array)');
  }
  if (out.shape.some((n, i) => n !== res.shape[i])) throwPy('ValueError', 'output array has wrong dimensions');
  copyInto(out, res);
  return out;
}
function contiguous(v: NDArray): NDArray {
  return v.shape[0] <= 1 || v.strides[0] === v.itemsize ? v : copyArray(v);
}

/**
 * np.matmul's out=: the gufunc's checks of the output — at least the result's dimensions, then each
 * core dimension (n, m, or the one left of a vector product) equal to the result's — before the result
 * is written into it (broadcast over any extra leading dimensions of `out`); returns `out`.
 */
export function matmulInto(r: any, a: any, b: any, out: NDArray): NDArray {
  const res = r instanceof NDArray ? r : asArray(r);
  const core = (asArray(a).ndim > 1 ? 1 : 0) + (asArray(b).ndim > 1 ? 1 : 0);
  if (out.ndim < res.ndim) {
    throwPy('ValueError', 'output operand requires a reduction along dimension -1, but the reduction is not enabled. The dimension size of 1 does not match the expected output shape.');
  }
  for (let d = 0; d < core; d++) {
    const got = out.shape[out.ndim - core + d], want = res.shape[res.ndim - core + d];
    if (got !== want) throwPy('ValueError', `matmul: Output operand 0 has a mismatch in its core dimension ${d}, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size ${got} is different from ${want})`);
  }
  copyInto(out, res);
  return out;
}
