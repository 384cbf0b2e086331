/**
 * Reductions shared by the ndarray methods and the np.* functions: sum, prod, min, max, mean, var, std,
 * all, any, argmin, argmax, cumsum, cumprod, ptp, count_nonzero — with `axis` (None, int, tuple,
 * negative), `keepdims`, `dtype`, `out`, `ddof` where NumPy has them.
 *
 * Sums and products go through the add/multiply ufunc reductions (pairwise float summation, integer
 * promotion of small ints to int64); mean divides in float64 (float32 stays float32) as NumPy's _mean does.
 */
import { NDArray, contiguousStrides } from '../../../runtime/ndarray';
import { wasmOn } from '../../../runtime/ufunc';
import { pairwise } from '../../../runtime/pairwise';
import { combineRows, RowKind } from '../../../runtime/wasm/reduceRows';
import * as D from '../../../runtime/dtype';
import { DType } from '../../../runtime/dtype';
import { reader } from '../../../runtime/elements';
import { heap } from '../../../runtime/memory';
import { NAT } from '../../../runtime/datetime';
import { throwPy } from '../../objects/errors';
import { truthy, lt, gt } from '../../objects/protocols';
import { PyTuple, PyComplex } from '../../objects/values';
import { truediv, asInt, asFloat } from '../../objects/arith';
import { NPScalar, scalar, castScalar } from './scalars';
import { asArray, allocArray, castCopy } from './coerce';
import { ufuncReduce, ufuncAccumulate, applyUfunc, PyUfunc } from './ufuncs';
import { normAxes, normAxis } from './axes';
import { ufunc } from './ufuncTable';
import { checkReduceOut, checkArgOut } from './reduceOut';
import { NDArrayType } from './arrayType';
import { warnFrom } from '../warnings';
import { scalarMath } from './scalarMath';

export interface RedOpts {
  axis?: any;
  dtype?: DType;
  out?: any;
  keepdims?: boolean;
  initial?: any;
  where?: any;
}

function axisArg(axis: any): any {
  return axis === undefined ? null : axis;
}

export function reduceWith(name: string, a: any, o: RedOpts): any {
  return ufuncReduce(ufunc(name), asArray(a), axisArg(o.axis), o.dtype, o.out, !!o.keepdims, o.initial, o.where);
}

export function sum(a: any, o: RedOpts): any {
  return smallSum(a, o) ?? reduceWith('add', a, o);
}

/** arrays this short are summed here in JS (what a reduction's setup costs is more than the sum) */
const SMALL_SUM = 128;

/**
 * The sum of a short C-contiguous float64 array (a row in a Python loop) with no options: NumPy's
 * pairwise order over the flat elements, computed here; undefined when not such a case or when the
 * sum is not finite (the reduction then reports an overflow as NumPy does).
 */
function smallSum(a: any, o: RedOpts): NPScalar | undefined {
  if (!(a instanceof NDArray) || (a as any).cls !== NDArrayType || a.dtype !== D.float64 || a.size > SMALL_SUM || a.size === 0 || !a.cContiguous) return undefined;
  if ((o.axis !== undefined && o.axis !== null) || o.dtype !== undefined || o.out !== undefined || o.keepdims || o.initial !== undefined || o.where !== undefined) return undefined;
  const p = a.addr;
  if (p % 8 !== 0) return undefined;
  const f = new Float64Array(heap.buffer, p, a.size);
  const s = 0 + pairwise((i) => f[i], 0, a.size);
  return Number.isFinite(s) ? scalar(D.float64, s) : undefined;
}
export function prod(a: any, o: RedOpts): any {
  return reduceWith('multiply', a, o);
}
export function amax(a: any, o: RedOpts): any {
  return reduceWith('maximum', asArray(a), o);
}
export function amin(a: any, o: RedOpts): any {
  return reduceWith('minimum', asArray(a), o);
}
export function all(a: any, o: RedOpts): any {
  return reduceWith('logical_and', asArray(a), o);
}
export function any(a: any, o: RedOpts): any {
  return reduceWith('logical_or', asArray(a), o);
}

/** The number of elements each reduction averages over: the axis sizes, or the True count of `where`. */
function countOf(arr: NDArray, axis: any, where?: any, keepdims = false): any {
  if (where !== undefined && where !== true) {
    const full = applyUfunc(ufunc('logical_or'), [where, allocArray(arr.shape, D.bool, true)], {});
    return ufuncReduce(ufunc('add'), asArray(full), axisArg(axis), D.int64, undefined, keepdims, undefined, undefined);
  }
  if (axis === undefined || axis === null) return arr.size;
  return normAxes(axis, arr.ndim).reduce((n, ax) => n * arr.shape[ax], 1);
}


/**
 * np.mean as NumPy's _mean: sum in the accumulation dtype (float64 for bools and ints, float32 for float16),
 * then divide into the sum's own dtype (out=sum, casting='unsafe': `dtype=np.int64` truncates the mean),
 * and a float16 input's mean is cast back to float16.
 */
export function mean(a: any, o: RedOpts): any {
  const arr = asArray(a);
  checkOut('add', arr, o);
  if (arr.dtype.kind === 'O' && o.dtype === undefined) return objectMean(arr, o);
  const half = o.dtype === undefined && arr.dtype === D.float16;
  let dt = o.dtype;
  if (!dt) dt = half ? D.float32 : arr.dtype.kind === 'f' || arr.dtype.kind === 'c' ? arr.dtype : D.float64;
  const n = countOf(arr, o.axis, o.where, !!o.keepdims);
  const empty = countAtMost(n, 0);
  if (empty) warnFrom('RuntimeWarning', 'Mean of empty slice');
  refuseText(arr);
  const s = ufuncReduce(ufunc('add'), arr, axisArg(o.axis), dt, undefined, !!o.keepdims, undefined, o.where);
  let r: any;
  // NumPy's count is an np.intp: a complex64 sum divides as complex128 (float32 steps of complex
  // division would round differently), cast back
  const count = typeof n === 'number' && dt === D.complex64 ? scalar(D.int64, BigInt(n)) : n;
  // (in place, except over empty slices, whose 0/0 must still see its operands to warn "invalid value")
  if (s instanceof NDArray && empty) r = castTo(applyUfunc(ufunc('true_divide'), [s, count], {}), s.dtype);
  else if (s instanceof NDArray) r = applyUfunc(ufunc('true_divide'), [s, count], { out: s, casting: 'unsafe' });
  else r = castTo(scalarMath('true_divide', s, count) ?? applyUfunc(ufunc('true_divide'), [s, count], {}), s.dt);
  return finishOut(half ? castTo(r, D.float16) : r, o.out);
}

/**
 * The mean of objects: their sum (Python's `+`) divided by the count — element-wise into an object array
 * along axes; for the whole array NumPy's _mean divides the sum object by the count (an np.intp) with
 * Python's `/`: ints and floats give np.float64, float32 elements np.float32, a Fraction stays a Fraction.
 * Other objects are divided by the count as a Python int (the same value; their own `/` need not know
 * NumPy integers).
 */
function objectMean(arr: NDArray, o: RedOpts): any {
  const n = countOf(arr, o.axis, o.where, !!o.keepdims);
  if (countAtMost(n, 0)) warnFrom('RuntimeWarning', 'Mean of empty slice');
  const s = ufuncReduce(ufunc('add'), arr, axisArg(o.axis), undefined, undefined, !!o.keepdims, undefined, o.where);
  if (s instanceof NDArray) return finishOut(applyUfunc(ufunc('true_divide'), [s, n], {}), o.out);
  // a NumPy scalar sum keeps its type (ret.dtype.type(ret / rcount))
  if (s instanceof NPScalar) return finishOut(castTo(truediv(s, scalar(D.int64, BigInt(n))), s.dt), o.out);
  const numeric = asInt(s) !== undefined || asFloat(s) !== undefined || s instanceof PyComplex;
  return finishOut(truediv(s, numeric ? scalar(D.int64, BigInt(n)) : n), o.out);
}

/**
 * mean/var/std of strings: NumPy's add.reduce meets them as they are (whatever dtype= says, only
 * bools and integers are summed as float64) and refuses them
 */
function refuseText(arr: NDArray): void {
  if (arr.dtype.isText) ufuncReduce(ufunc('add'), arr, null, undefined, undefined, false, undefined, undefined);
}

/** an array or NumPy scalar cast (unsafely) to `dt` */
export function castTo(x: NDArray | NPScalar, dt: DType): NDArray | NPScalar {
  if (x instanceof NDArray) return x.dtype === dt ? x : castCopy(x, dt);
  return x.dt === dt ? x : scalar(dt, castScalar(x, dt));
}

/**
 * The out= of a reduction computed here in steps (mean, var, ptp) checked as NumPy checks it, against
 * its first reduction `name`, before any step writes into it.
 */
function checkOut(name: string, arr: NDArray, o: RedOpts): void {
  if (!(o.out instanceof NDArray)) return;
  const axes = o.axis === undefined || o.axis === null ? [...arr.shape.keys()] : normAxes(o.axis, arr.ndim);
  checkReduceOut(name, arr.shape, axes, o.out, !!o.keepdims);
}

/** A result written (unsafely cast) into a given out= array, which is then the result; r itself without one. */
export function finishOut(r: any, out: any): any {
  if (out instanceof NDArray) {
    applyUfunc(ufunc('positive'), [r], { out, casting: 'unsafe' });
    return out;
  }
  return r;
}

/** np.var / np.std with ddof, as NumPy's _var: mean, squared deviations (|x|² for complex), sum / (n - ddof). */
export function variance(a: any, o: RedOpts & { ddof?: number; mean?: any }, sqrt = false): any {
  const arr = asArray(a);
  checkOut('add', arr, o);
  const ddof = o.ddof ?? 0;
  const dt = o.dtype ?? (arr.dtype.kind === 'f' || arr.dtype.kind === 'c' ? arr.dtype : D.float64);
  const n = countOf(arr, o.axis, o.where, !!o.keepdims);
  dofWarning(n, ddof);
  refuseText(arr);
  // NumPy 2's mean= keyword: the mean, already computed (broadcast against a as it stands)
  const given = o.mean !== undefined && o.mean !== null;
  const mean = given ? asArray(o.mean) : applyUfunc(ufunc('true_divide'), [asArray(ufuncReduce(ufunc('add'), arr, axisArg(o.axis), dt, undefined, true, undefined, o.where)), countOf(arr, o.axis, o.where, true)], {});
  const sameType = o.dtype === undefined || o.dtype === arr.dtype;
  const rows = !given && o.where === undefined && sameType && mean instanceof NDArray ? squaredDeviationRows(arr, mean, o.axis, !!o.keepdims) : null;
  if (rows !== null) return finishOut(divideCount(rows, n, ddof, sqrt), o.out);
  // real floats: (x - mean)**2 in one fused pass when every value is finite
  const fused = !given && arr.dtype.kind === 'f' && mean instanceof NDArray ? fuseArrays({ op: 'multiply', args: [SUB, SUB] }, [arr, mean]) : null;
  const x = fused ?? applyUfunc(ufunc('subtract'), [arr, mean], {});
  let sq: any;
  if (fused) sq = fused;
  else if (arr.dtype.kind === 'c') {
    const re = realPart(x), im = imagPart(x);
    sq = applyUfunc(ufunc('add'), [applyUfunc(ufunc('multiply'), [re, re], {}), applyUfunc(ufunc('multiply'), [im, im], {})], {});
  } else sq = applyUfunc(ufunc('multiply'), [x, x], {});
  // summed in the requested dtype, as NumPy's _var does (the mean above was too)
  const s = ufuncReduce(ufunc('add'), asArray(sq), axisArg(o.axis), o.dtype, undefined, !!o.keepdims, undefined, o.where);
  // the deviations and their squares never left this function: their memory is free again now, without
  // waiting for the garbage collector (np.std of a 2000x2000 array made 64 MB of garbage per call)
  for (const t of new Set([x, sq])) if (t instanceof NDArray && t !== arr && t.base === null) heap.free(t.block);
  return finishOut(divideCount(s, n, ddof, sqrt), o.out);
}

/** the variance from the sum of squared deviations: s / max(n - ddof, 0), and its square root for std */
/** NumPy's _var warns before dividing by a count that ddof leaves at zero or below */
function dofWarning(n: any, ddof: number): void {
  if (countAtMost(n, ddof)) warnFrom('RuntimeWarning', 'Degrees of freedom <= 0 for slice');
}

/** whether a count from countOf (a number, or per-slice counts under `where`) is at most `k` anywhere */
function countAtMost(n: any, k: number): boolean {
  if (typeof n === 'number') return n <= k;
  return truthy(any(applyUfunc(ufunc('less_equal'), [n, k], {}), {}));
}

function divideCount(s: any, n: any, ddof: number, sqrt: boolean): any {
  const denom = typeof n === 'number' ? Math.max(n - ddof, 0) : applyUfunc(ufunc('maximum'), [applyUfunc(ufunc('subtract'), [n, ddof], {}), 0], {});
  // a whole-array result divides as NumPy scalars do (its warnings name 'scalar divide')
  const r = s instanceof NDArray ? applyUfunc(ufunc('true_divide'), [s, denom], {}) : scalarMath('true_divide', s, denom) ?? applyUfunc(ufunc('true_divide'), [s, denom], {});
  return sqrt ? applyUfunc(ufunc('sqrt'), [r], {}) : r;
}

/**
 * The layout the row kernels (runtime/wasm/reduceRows.ts) need to reduce `arr` over `axis`: a
 * C-contiguous native float array reduced over its leading axes, some kept; then rows of n elements,
 * `count` of them, the kept shape and the number of leading axes. Null otherwise.
 */
function leadingRows(arr: NDArray, axis: any): { n: number; count: number; kept: number[]; lead: number } | null {
  const dt = arr.dtype;
  if (!wasmOn() || (dt !== D.float64 && dt !== D.float32) || (arr as any).cls !== NDArrayType || !arr.cContiguous) return null;
  if (axis === undefined || axis === null) return null;
  const axes = normAxes(axis, arr.ndim);
  const lead = axes.length;
  if (lead === arr.ndim || axes.some((a, i) => a !== i)) return null;
  const kept = arr.shape.slice(lead);
  const n = kept.reduce((p, d) => p * d, 1), count = arr.size / Math.max(n, 1);
  return n === 0 || count === 0 ? null : { n, count, kept, lead };
}

/** the n elements at `addr` as a typed array (valid until the next allocation) */
function floats(dt: DType, addr: number, n: number): Float64Array | Float32Array {
  return dt === D.float64 ? new Float64Array(heap.buffer, addr, n) : new Float32Array(heap.buffer, addr, n);
}

/** `s` shaped as a keepdims result of reducing the first `lead` axes of `shape` */
function keptDims(s: NDArray, shape: number[], lead: number): NDArray {
  const sh = shape.map((d, i) => (i < lead ? 1 : d));
  return s.view(sh, contiguousStrides(sh, s.itemsize), s.offset);
}

/**
 * The rows of `arr` summed into a new zeroed array of the kept shape by a row kernel of `kind` with the
 * centre rows `centres()` returns (addresses are taken after the allocation), or null (and nothing
 * kept) when some sum is not finite — the operator-by-operator path then raises NumPy's warnings.
 */
function finiteRowSums(kind: RowKind, arr: NDArray, rows: { n: number; count: number; kept: number[] }, centres: () => number[]): NDArray | null {
  const dt = arr.dtype, size = dt.itemsize, n = rows.n;
  const s = allocArray(rows.kept, dt, true);
  const base = arr.addr;
  if (!combineRows(kind, size, n, s.addr, (r) => base + r * n * size, 0, rows.count, ...centres())) return null;
  if (floats(dt, s.addr, n).every(Number.isFinite)) return s;
  heap.free(s.block);
  return null;
}

/**
 * The sum of squared deviations of a C-contiguous float array over its leading axes (`m.var(axis=0)`),
 * accumulated row by row as the squares are computed (runtime/wasm/reduceRows.ts): the digits of
 * NumPy's temporaries and its axis-0 add.reduce, without the temporaries. Null when the layout does not
 * suit, or when some sum is not finite.
 */
function squaredDeviationRows(arr: NDArray, mean: NDArray, axis: any, keepdims: boolean): NDArray | null {
  const rows = leadingRows(arr, axis);
  if (rows === null || mean.dtype !== arr.dtype || !mean.cContiguous) return null;
  const s = finiteRowSums('sqdev', arr, rows, () => [mean.addr]);
  return s === null || !keepdims ? s : keptDims(s, arr.shape, rows.lead);
}

/**
 * `(l - r).var(…)` / `.std(…)` without the array l - r (`(m - m.mean(axis=0)).std(axis=0)`): when l
 * suits the row kernels and r is one contiguous row of the kept shape (constant along the reduced
 * axes), the mean's sum adds l[i] - r row by row (kind `dev`, seeded with row 0's differences as
 * NumPy's add.reduce starts from its first row) and the squared deviations are ((l[i] - r) - mean)²
 * (`sqdev2`): every difference rounded as NumPy's temporary holds it, so the digits are NumPy's.
 * Undefined when shapes, dtypes or options do not suit or a sum is not finite: the caller then
 * subtracts and reduces as usual. `parse` reads the method's arguments; it runs once the shapes are
 * known to broadcast, so its errors are those the method would raise after the subtraction.
 */
export function varianceOfDifference(l: NDArray, r: NDArray, parse: () => RedOpts & { ddof?: number }, sqrt: boolean): NDArray | undefined {
  const dt = l.dtype;
  if (r.dtype !== dt || !r.cContiguous || r.ndim > l.ndim || !l.cContiguous || (dt !== D.float64 && dt !== D.float32)) return undefined;
  const rShape = [...new Array(l.ndim - r.ndim).fill(1), ...r.shape];
  // r broadcasts to l's shape, so l - r would be made, of l's shape
  if (rShape.some((d, i) => d !== 1 && d !== l.shape[i])) return undefined;
  const o = parse();
  if (o.dtype !== undefined || o.out !== undefined || o.where !== undefined || o.initial !== undefined) return undefined;
  const rows = leadingRows(l, o.axis);
  if (rows === null || rShape.some((d, i) => (i < rows.lead ? d !== 1 : d !== l.shape[i]))) return undefined;
  const { n, count, lead } = rows;
  const size = dt.itemsize;
  // the sum of the differences: row 0's, then rows 1… added in order
  const s = allocArray(rows.kept, dt, false);
  const base = l.addr;
  const sv = floats(dt, s.addr, n), lv = floats(dt, base, n), rv = floats(dt, r.addr, n);
  for (let j = 0; j < n; j++) sv[j] = lv[j] - rv[j];
  if (!combineRows('dev', size, n, s.addr, (i) => base + i * n * size, 1, count, r.addr) || !floats(dt, s.addr, n).every(Number.isFinite)) {
    heap.free(s.block);
    return undefined;
  }
  const mean = applyUfunc(ufunc('true_divide'), [keptDims(s, l.shape, lead), count], {});
  heap.free(s.block);
  if (!(mean instanceof NDArray) || mean.dtype !== dt || !mean.cContiguous) return undefined;
  const q = finiteRowSums('sqdev2', l, rows, () => [r.addr, mean.addr]);
  if (q === null) return undefined;
  dofWarning(count, o.ddof ?? 0);
  return finishOut(divideCount(o.keepdims ? keptDims(q, l.shape, lead) : q, count, o.ddof ?? 0, sqrt), undefined);
}

import { realPart, imagPart } from './complexParts';
import { fuseArrays } from './fusion';
import type { FusedExpr } from '../../../runtime/wasm/fused';
import { argExtremeKernel } from '../../../runtime/wasm/extremes';

/** x0 - x1 (the deviations np.var squares) */
const SUB: FusedExpr = { op: 'subtract', args: [{ leaf: 0 }, { leaf: 1 }] };

/** argmin/argmax: first index of the extreme value (NaN wins, as NumPy). */
export function argExtreme(a: any, axis: any, max: boolean, keepdims = false, out: any = undefined): any {
  const arr = asArray(a);
  const name = max ? 'argmax' : 'argmin';
  // a 0-d array's axis is checked as a 1-d array's (NumPy's PyArray_CheckAxis); its answer is that of the whole
  if (arr.ndim === 0 && axis !== undefined && axis !== null) {
    normAxis(axis, 1);
    axis = null;
  }
  // empty lanes have no answer (an empty result of non-empty lanes is fine)
  const lanes = axis === undefined || axis === null ? arr.size : arr.shape[normAxis(axis, arr.ndim)];
  if (lanes === 0) throwPy('ValueError', `attempt to get ${name} of an empty sequence`);
  if (out !== undefined && out !== null) {
    const whole = axis === undefined || axis === null;
    const ax = whole ? -1 : normAxis(axis, arr.ndim);
    const shape = arr.shape.flatMap((s, i) => (whole || i === ax ? (keepdims ? [1] : []) : [s]));
    checkArgOut(name, shape, out);
    return finishOut(argExtreme(arr, axis, max, keepdims), out);
  }
  const better = cmpFn(arr.dtype, max);
  // the WebAssembly scan of a row (the same rule as `better`), for native numeric dtypes
  const row = wasmOn() ? argExtremeKernel(arr.dtype, max) : null;
  if (axis === undefined || axis === null) {
    let best = 0;
    if (row !== null && arr.cContiguous) best = row(arr.addr, arr.size, arr.itemsize);
    else {
      const vals = arr.toArray();
      for (let i = 1; i < vals.length; i++) if (better(vals[i], vals[best])) best = i;
    }
    // a 0-d array's keepdims result is 0-d, returned as a scalar
    if (keepdims && arr.ndim > 0) {
      const r = allocArray(arr.shape.map(() => 1), D.int64);
      r.set(arr.shape.map(() => 0), BigInt(best));
      return r;
    }
    return scalar(D.int64, BigInt(best));
  }
  const ax = normAxis(axis, arr.ndim);
  const outShape = arr.shape.filter((_, i) => i !== ax);
  const res = allocArray(outShape, D.int64);
  const rd = reader(arr.dtype);
  const dv = heap.view();
  const n = arr.shape[ax];
  const idx = new Array(outShape.length).fill(0);
  const total = res.size;
  for (let k = 0; k < total; k++) {
    let base = arr.addr;
    let j = 0;
    for (let d = 0; d < arr.ndim; d++) if (d !== ax) base += idx[j++] * arr.strides[d];
    let best = 0;
    if (row !== null) best = row(base, n, arr.strides[ax]);
    else {
      let bv = rd(dv, base);
      for (let i = 1; i < n; i++) {
        const v = rd(dv, base + i * arr.strides[ax]);
        if (better(v, bv)) {
          best = i;
          bv = v;
        }
      }
    }
    res.set(idx, BigInt(best));
    for (let d = idx.length - 1; d >= 0; d--) {
      if (++idx[d] < outShape[d]) break;
      idx[d] = 0;
    }
  }
  if (keepdims) {
    const kept = arr.shape.map((s, i) => (i === ax ? 1 : s));
    return res.view(kept, contiguousStrides(kept, res.itemsize), res.offset);
  }
  return res.ndim === 0 ? scalar(D.int64, res.get([])) : res;
}

function cmpFn(dt: DType, max: boolean): (a: any, b: any) => boolean {
  if (dt.kind === 'c') {
    return (a, b) => {
      if (b.re !== b.re || b.im !== b.im) return false;
      if (a.re !== a.re || a.im !== a.im) return true;
      return max ? a.re > b.re || (a.re === b.re && a.im > b.im) : a.re < b.re || (a.re === b.re && a.im < b.im);
    };
  }
  if (dt.kind === 'f') return (a, b) => (b !== b ? false : a !== a ? true : max ? a > b : a < b);
  if (dt.kind === 'O') return max ? (a, b) => truthy(gt(a, b)) : (a, b) => truthy(lt(a, b));
  // NaT wins as NaN does
  if (dt.timeUnit !== null) return (a, b) => (b === NAT ? false : a === NAT ? true : max ? a > b : a < b);
  return max ? (a, b) => a > b : (a, b) => a < b;
}

export function cumulative(name: 'add' | 'multiply', a: any, axis: any, dtype: DType | undefined, out: any): NDArray {
  let arr = asArray(a);
  if (axis === undefined || axis === null) {
    arr = ravel(arr);
    axis = 0;
  }
  return ufuncAccumulate(ufunc(name), arr, axis, dtype, out);
}

/**
 * A C-ordered 1-d view (or copy when the layout does not allow one), always of the base class: the
 * callers flatten to compute (a subclass such as np.matrix would reshape its views back to 2-d), and
 * the methods give a subclass receiver's class back to their results themselves.
 */
export function ravel(a: NDArray): NDArray {
  if (a.cContiguous) return new NDArray(a.block, a.dtype, [a.size], [a.itemsize], a.offset, a.owner, a.writeable);
  // a copy owns its data (base None), as NumPy's
  const c = allocArray([a.size], a.dtype);
  copyInto(c.view(a.shape.slice(), contiguousStrides(a.shape, a.itemsize), c.offset), a);
  return c;
}
import { copyInto } from './coerce';

export function countNonzero(a: any, axis: any, keepdims: boolean): any {
  const arr = asArray(a);
  // objects count by their truth value
  const b = arr.dtype.kind === 'O' ? castCopy(arr, D.bool) : applyUfunc(ufunc('not_equal'), [arr, 0], {});
  return ufuncReduce(ufunc('add'), b instanceof NDArray ? b : asArray(b), axisArg(axis), D.int64, undefined, keepdims, undefined, undefined);
}

export function ptp(a: any, o: RedOpts): any {
  const arr = asArray(a);
  checkOut('maximum', arr, o);
  const inner = { ...o, out: undefined };
  const mx = amax(arr, inner), mn = amin(arr, inner);
  return finishOut(applyUfunc(ufunc('subtract'), [mx, mn], {}), o.out);
}

export { PyTuple, PyUfunc };
