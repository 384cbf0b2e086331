/**
 * Python values → arrays (NumPy's array coercion: `np.array`, `np.asarray`, and every function that
 * accepts "array_like") and array elements → Python values / NumPy scalars.
 *
 * Coercion discovers the shape from nested lists, tuples, ranges and arrays (a ragged nesting raises
 * NumPy's "inhomogeneous shape" ValueError) and the dtype by promoting every leaf's dtype — Python
 * scalars take their default dtypes here (np.array([np.float32(1), 2]) is float64), unlike in arithmetic
 * where they are weak.
 */
import { DType } from '../../../runtime/dtype';
import * as D from '../../../runtime/dtype';
import { NDArray, shapeSize, broadcastStrides, stridedLoop, contiguousStrides } from '../../../runtime/ndarray';
import { copyKernel } from '../../../runtime/wasm/copy';
import { wasmOn } from '../../../runtime/ufunc';
import { PyDict } from '../../objects/hashtable';
import { getAttrOrUndef } from '../../objects/attrs';
import { call } from '../../objects/function';
import { reader, writer, converter } from '../../../runtime/elements';
import { heap, OutOfMemory } from '../../../runtime/memory';
import { PyTuple, PyRange, PyComplex, PyFloat, PyBytes, tuple } from '../../objects/values';
import { str as pyStr } from '../../objects/repr';
import { throwPy } from '../../objects/errors';
import { PyBoxed } from '../../objects/subclass';
import { toArray, isIterable } from '../../objects/iterators';
import { NPScalar, pyToDomain, domainToPy, weakKind, scalar } from './scalars';
import { unitOfElements } from './datetimePy';
import { checkAlloc, memoryError } from './alloc';
import { NPVoid, fieldView } from './structured';
import { reportingCast, warnComplexCast, flagNarrowedOverflow } from './castWarnings';
import { insertionSortAxes } from '../../../runtime/axisOrder';
import { bufferItems } from './bufferProtocol';
import { dtRepr } from './ufuncs';
import { protocolAttr } from './arrayMethod';

function isSeqAny(v: any): boolean {
  return Array.isArray(v) || v instanceof PyTuple || v instanceof PyRange || v instanceof NDArray;
}
function seqLen(v: any): number {
  if (Array.isArray(v)) return v.length;
  if (v instanceof PyTuple) return v.items.length;
  if (v instanceof PyRange) return v.length;
  return (v as NDArray).shape[0];
}
function seqItems(v: any): any[] {
  if (Array.isArray(v)) return v;
  if (v instanceof PyTuple) return v.items;
  if (v instanceof PyRange) {
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = v.at(i);
    return out;
  }
  return [];
}

/** The dtype a lone Python or NumPy scalar gets in array coercion (object for anything else NumPy cannot type). */
export function leafDType(v: any): DType {
  if (v instanceof NPScalar) return v.dt;
  if (v instanceof NPVoid) return v.arr.dtype;
  const k = weakKind(v);
  if (k === 'int' && typeof v === 'bigint') {
    if (v >= -(2n ** 63n) && v < 2n ** 63n) return D.int64;
    if (v >= 0n && v < 2n ** 64n) return D.uint64;
    return D.object;
  }
  if (k) return D.defaultFor(k);
  if (typeof v === 'string') return D.unicode(Math.max(1, [...v].length));
  if (v instanceof PyBytes) return D.bytes(Math.max(1, v.data.length));
  // instances of str and bytes subclasses are text to NumPy too
  if (v instanceof PyBoxed && (typeof v.value === 'string' || v.value instanceof PyBytes)) return leafDType(v.value);
  return D.object;
}

/**
 * A nested sequence whose lengths disagree at `depth`. Converted with a dimension limit (a value assigned
 * into an array view) NumPy stops discovering at the limit, so raggedness at or beyond it reads as a
 * value too deep for the target.
 */
function inhomogeneous(shape: number[], depth: number, maxDims: number): never {
  if (depth >= maxDims) throwPy('ValueError', `setting an array element with a sequence. The requested array would exceed the maximum number of dimension of ${maxDims}.`);
  const s = shape.slice(0, depth);
  const shp = s.length === 1 ? `(${s[0]},)` : `(${s.join(', ')})`;
  return throwPy(
    'ValueError',
    `setting an array element with a sequence. The requested array has an inhomogeneous shape after ${depth} dimensions. The detected shape was ${shp} + inhomogeneous part.`,
  );
}

/**
 * Shape of a nested sequence (validated) and its leaves in C order; tuples are records when `records`;
 * `maxDims` as in `inhomogeneous`.
 */
function discover(v: any, records = false, maxDims = Infinity): { shape: number[]; leaves: any[] } {
  const isSeq = (x: any) => isSeqAny(x) && !(records && x instanceof PyTuple);
  const shape: number[] = [];
  let x = v;
  while (isSeq(x)) {
    if (x instanceof NDArray) {
      shape.push(...x.shape);
      break;
    }
    const n = seqLen(x);
    shape.push(n);
    if (n === 0) break;
    x = seqItems(x)[0];
  }
  const leaves: any[] = [];
  const walk = (node: any, d: number) => {
    if (node instanceof NDArray) {
      const rest = shape.slice(d);
      if (rest.length !== node.ndim || rest.some((s, i) => s !== node.shape[i])) inhomogeneous(shape, d, maxDims);
      const dt = node.dtype.native;
      for (const e of node.toArray()) leaves.push(dt.kind === 'O' ? e : new NPScalar(dt, e));
      return;
    }
    if (d === shape.length) {
      if (isSeq(node)) inhomogeneous(shape, d, maxDims);
      leaves.push(node);
      return;
    }
    if (!isSeq(node) || seqLen(node) !== shape[d]) inhomogeneous(shape, d, maxDims);
    for (const c of seqItems(node)) walk(c, d + 1);
  };
  walk(v, 0);
  return { shape, leaves };
}

/**
 * Shape and leaves of a nested sequence made into an object array: as deep as every branch agrees on
 * the lengths (NumPy's dtype=object discovery), deeper sequences stay elements (`[[1, 2], [3]]` → shape
 * (2,) of two lists). Elements of nested arrays come out as their Python values.
 */
function discoverObjects(v: any, maxDims = Infinity): { shape: number[]; leaves: any[] } {
  const shapeOf = (node: any): number[] => {
    if (node instanceof NDArray) return node.shape.slice();
    if (!isSeqAny(node)) return [];
    const subs = seqItems(node).map(shapeOf);
    const out = [subs.length];
    if (!subs.length) return out;
    for (let d = 0; d < subs[0].length && subs.every((x) => x[d] === subs[0][d]); d++) out.push(subs[0][d]);
    return out;
  };
  const shape = shapeOf(v).slice(0, maxDims);
  const leaves: any[] = [];
  const walk = (node: any, d: number) => {
    if (d === shape.length) leaves.push(node);
    else if (node instanceof NDArray && node.ndim === shape.length - d) {
      for (const e of node.toArray()) leaves.push(domainToPy(node.dtype, e));
    } else if (node instanceof NDArray) {
      for (let i = 0; i < node.shape[0]; i++) walk(node.view(node.shape.slice(1), node.strides.slice(1), node.offset + i * node.strides[0]), d + 1);
    } else for (const c of seqItems(node)) walk(c, d + 1);
  };
  walk(v, 0);
  return { shape, leaves };
}

/**
 * An array exposed by another object through NumPy's protocols: `__array_interface__` (a dict with
 * data address, typestr, shape and strides over memory owned by one of our arrays, found through the
 * object's `base`) or an `__array__()` method. Null when the object offers neither.
 */
function fromProtocol(v: any): NDArray | null {
  if (v === null || typeof v !== 'object' || v instanceof PyTuple || v instanceof PyRange || Array.isArray(v)) return null;
  // a record scalar is a 0-d view of its array's item (np.asarray(a[0]) writes through, as in NumPy)
  if (v instanceof NPVoid) return v.arr;
  const buffered = bufferItems(v);
  if (buffered) return buffered;
  const ai = protocolAttr(v, '__array_interface__');
  if (ai instanceof PyDict) {
    const dt = D.parseDType(String(ai.get('typestr'))) ?? throwPy('TypeError', 'data type not understood');
    const shape = (ai.get('shape') as PyTuple).items.map(Number);
    const st = ai.get('strides');
    const strides = st instanceof PyTuple ? st.items.map(Number) : contiguousStrides(shape, dt.itemsize);
    const data = ai.get('data');
    const addr = data instanceof PyTuple ? Number(data.items[0]) : Number(data);
    const owner = getAttrOrUndef(v, 'base');
    if (!(owner instanceof NDArray) || addr < owner.block.ptr || addr >= owner.block.ptr + Math.max(owner.block.size, 1)) {
      return throwPy('TypeError', 'the __array_interface__ data pointer does not lie in an array this interpreter owns');
    }
    const a = new NDArray(owner.block, dt, shape, strides, addr - owner.block.ptr, owner.owner, !(data instanceof PyTuple && data.items[1] === true));
    return a;
  }
  const am = protocolAttr(v, '__array__');
  if (am !== undefined && !(v instanceof NPScalar)) {
    const r = call(am, [], null);
    if (r instanceof NDArray) return r;
  }
  return null;
}

/** np.array(v, dtype) as a fresh array (always a copy); `maxDims` as in `inhomogeneous`. */
export function fromPython(v: any, dtype?: DType, maxDims = Infinity): NDArray {
  if (v instanceof NDArray) return dtype ? castCopy(v, dtype) : copyArray(v);
  const proto = fromProtocol(v);
  if (proto) return dtype ? castCopy(proto, dtype) : copyArray(proto);
  const text = typeof v === 'string' || v instanceof PyBytes || (v instanceof PyBoxed && (typeof v.value === 'string' || v.value instanceof PyBytes));
  if (!isSeqAny(v) && !(v instanceof NPScalar) && !text && weakKind(v) === null && v !== null && typeof v === 'object' && isIterable(v)) {
    // objects with len() and indexing (not mappings) are sequences to NumPy; generators, sets, dicts and
    // other iterables become object scalars
    if (!(v instanceof PyDict) && getAttrOrUndef(v, '__getitem__') !== undefined && getAttrOrUndef(v, '__len__') !== undefined) v = toArray(v);
  }
  const { shape, leaves } = dtype?.kind === 'O' ? discoverObjects(v) : discover(v, dtype?.kind === 'V' && !!dtype.fields, maxDims);
  let dt = dtype;
  if (dt && dt.isText && dt.chars === 0) {
    // dtype=str / dtype=bytes: the width is the longest element's (Python numbers count as their str())
    let n = 1;
    for (const l of leaves) n = Math.max(n, textWidth(l));
    dt = dt.kind === 'U' ? D.unicode(n) : D.bytes(n);
  }
  // dtype='datetime64': the unit the elements need (the finest of their strings, scalars and dates)
  if (dt && dt.timeUnit === '') dt = D.timeType(dt.kind as 'M' | 'm', unitOfElements(leaves, dt.kind === 'M'));
  if (!dt) {
    dt = leaves.length ? leafDType(leaves[0]) : D.float64;
    for (let i = 1; i < leaves.length; i++) {
      const l = leaves[i];
      const ld = l instanceof NPScalar ? l.dt : leafDType(l);
      if (ld !== dt) dt = D.promote(dt, ld);
    }
  }
  const out = allocArray(shape, dt);
  const wr = writer(dt);
  const dv = heap.view();
  let a = out.addr;
  // NumPy scalars among the elements cast as arrays do (a complex one to a real type warns)
  if (dtype) for (const l of leaves) if (l instanceof NPScalar && l.dt.kind === 'c') { warnComplexCast(l.dt, dt); break; }
  reportingCast(() => {
    for (const l of leaves) {
      wr(dv, a, pyToDomain(l, dt.native));
      a += dt.itemsize;
    }
  });
  return out;
}

/**
 * A value assigned into `ndim` dimensions of an object array: nested sequences are read no deeper than
 * that (NumPy's setitem discovery), so `a[[1]] = [[5]]` stores the list [5].
 */
export function objectValues(v: any, ndim: number): NDArray {
  if (v instanceof NDArray) return v;
  const { shape, leaves } = discoverObjects(v, ndim);
  const out = allocArray(shape, D.object);
  const wr = writer(D.object);
  const dv = heap.view();
  leaves.forEach((l, i) => wr(dv, out.addr + 8 * i, l));
  return out;
}

/** characters an element takes in a text array of unspecified width */
function textWidth(v: any): number {
  if (v instanceof PyBoxed) v = v.value;
  if (typeof v === 'string') return [...v].length;
  if (v instanceof PyBytes) return v.data.length;
  if (weakKind(v) !== null) return [...pyStr(v)].length;
  const d = leafDType(v);
  return d.kind === 'O' ? [...pyStr(v)].length : D.strWidth(d);
}

/** A new C-contiguous array (MemoryError when memory cannot be had). */
export function allocArray(shape: number[], dt: DType, zero = false, order: 'C' | 'F' = 'C'): NDArray {
  // np.zeros(n, 'S') / np.empty(n, str): text of unspecified width gets one character
  if (dt.isText && dt.chars === 0) dt = dt.kind === 'U' ? D.unicode(1) : D.bytes(1);
  for (const s of shape) if (s < 0) throwPy('ValueError', 'negative dimensions are not allowed');
  const bytes = shapeSize(shape) * dt.itemsize;
  checkAlloc(bytes, shape, dt);
  try {
    return NDArray.empty(shape, dt, order, zero);
  } catch (e) {
    if (e instanceof OutOfMemory) memoryError(bytes, shape, dt);
    throw e;
  }
}

/**
 * A new array shaped like `a` in NumPy's memory order `order`: 'C', 'F', 'A' (F when `a` is
 * Fortran-contiguous and not C-contiguous) or 'K' (the axes laid out in the order of `a`'s strides,
 * largest first, so a transposed or Fortran array gives a like-strided result).
 */
export function allocLike(a: NDArray, dt: DType, order: any, zero = false, shape: number[] = a.shape): NDArray {
  const o = typeof order === 'string' ? order.toUpperCase() : 'K';
  if (o === 'F') return allocArray(shape, dt, zero, 'F');
  if (o === 'C' || shape.length !== a.ndim || a.ndim < 2 || a.cContiguous) return allocArray(shape, dt, zero, 'C');
  if (a.fContiguous) return allocArray(shape, dt, zero, 'F');
  if (o === 'A') return allocArray(shape, dt, zero, 'C');
  // axes by decreasing stride magnitude (stable, so equal strides keep C order)
  const perm = a.shape.map((_, i) => i).sort((i, j) => Math.abs(a.strides[j]) - Math.abs(a.strides[i]));
  const r = allocArray(perm.map((i) => shape[i]), dt, zero, 'C');
  const strides = new Array(shape.length);
  perm.forEach((ax, j) => (strides[ax] = r.strides[j]));
  return new NDArray(r.block, r.dtype, shape.slice(), strides, r.offset);
}

/**
 * The memory order NumPy's iterator gives a new output of broadcast shape `shape` for the operands `ins`
 * (ufuncs' default order='K'): axes sorted by increasing stride magnitude with a stable insertion sort
 * that starts from C order, where an axis moves inwards only when the operands that stride along both
 * axes agree (any operand wanting C order wins); broadcast and length-1 axes count as no stride. Returns
 * the axes outermost first, or null when that is C order. Fortran-contiguous operands give Fortran order
 * (element-wise loops' `trivial` path; reductions always sort).
 */
export function keepOrderPerm(ins: NDArray[], shape: number[], trivial = true): number[] | null {
  const nd = shape.length;
  if (nd < 2) return null;
  // operands all Fortran-contiguous (one not C-contiguous) take NumPy's trivial path: a Fortran result
  const multi = ins.filter((a) => a.ndim > 1 && a.size > 1);
  if (trivial && multi.length > 0 && multi.every((a) => a.fContiguous) && multi.some((a) => !a.cContiguous)) return [...Array(nd).keys()].reverse();
  const st = ins.map((a) => shape.map((n, d) => {
    const k = d - (nd - a.ndim);
    return k < 0 || n === 1 || a.shape[k] === 1 ? 0 : Math.abs(a.strides[k]);
  }));
  const perm = insertionSortAxes([...Array(nd).keys()].reverse(), st, (s, j0, j1) => (s[j0] === 0 || s[j1] === 0 ? null : s[j1] > s[j0])); // innermost first
  perm.reverse();
  return perm.every((d, i) => d === i) ? null : perm;
}

/**
 * The memory order np.concatenate gives its result: an insertion sort of the axes by decreasing |stride|
 * from C order, where an axis moves outwards only when the arrays that are longer than 1 along both axes
 * agree. The axes outermost first, or null for C order.
 */
export function multiSortedPerm(arrs: NDArray[], nd: number): number[] | null {
  const perm = insertionSortAxes([...Array(nd).keys()], arrs, (a, j0, j1) =>
    a.shape[j0] === 1 || a.shape[j1] === 1 ? null : Math.abs(a.strides[j0]) > Math.abs(a.strides[j1]),
  );
  return perm.every((d, i) => d === i) ? null : perm;
}

/** A new array of `shape` laid out in memory with the axes `perm` (outermost first; null: C order). */
export function allocPermuted(shape: number[], dt: DType, perm: number[] | null, zero = false): NDArray {
  if (perm === null) return allocArray(shape, dt, zero);
  const r = allocArray(perm.map((d) => shape[d]), dt, zero);
  const strides = new Array(shape.length);
  perm.forEach((d, j) => (strides[d] = r.strides[j]));
  return new NDArray(r.block, r.dtype, shape.slice(), strides, r.offset);
}

/** A copy of `a` with dtype `dt` in memory order `order` (see allocLike). */
export function castCopyLike(a: NDArray, dt: DType, order: any): NDArray {
  if (dt.isText && dt.chars === 0) return castCopy(a, dt, order === 'F' ? 'F' : 'C');
  const out = allocLike(a, dt, order);
  copyInto(out, a);
  return out;
}

/** A C-ordered copy of `a` with dtype `dt` (NumPy's unsafe cast). */
export function castCopy(a: NDArray, dt: DType, order: 'C' | 'F' = 'C'): NDArray {
  if (dt.isText && dt.chars === 0) {
    // objects take the width of their longest str()
    const n = Math.max(1, a.dtype.kind === 'O' ? a.toArray().reduce((n: number, v) => Math.max(n, textWidth(v)), 0) : D.strWidth(a.dtype));
    dt = dt.kind === 'U' ? D.unicode(n) : D.bytes(n);
  }
  const out = allocArray(a.shape, dt, false, order);
  copyInto(out, a);
  return out;
}

export function copyArray(a: NDArray, order: 'C' | 'F' = 'C'): NDArray {
  return castCopy(a, a.dtype, order);
}

/**
 * Copy src into dst element-wise (src broadcast to dst's shape), casting as needed, with the warnings of
 * the cast (castWarnings.ts).
 */
export function copyInto(dst: NDArray, src: NDArray): void {
  if (src.dtype === dst.dtype) return copyElements(dst, src);
  if (dst.dtype.fields && src.dtype.fields && dst.dtype.fields.length !== src.dtype.fields.length) {
    throwPy('TypeError', `Cannot cast array data from ${dtRepr(src.dtype)} to ${dtRepr(dst.dtype)} according to the rule 'unsafe'`);
  }
  if (dst.dtype.fields && !src.dtype.fields && src.dtype.kind !== 'O' && src.dtype.kind !== 'V') return copyIntoFields(dst, src);
  warnComplexCast(src.dtype, dst.dtype);
  reportingCast(() => copyElements(dst, src));
}

/** a plain array cast to a structured dtype: every field (each sub-array element too) gets the value */
function copyIntoFields(dst: NDArray, src: NDArray): void {
  for (const f of dst.dtype.fields!) {
    const v = fieldView(dst, f.name);
    const extra = v.ndim - dst.ndim;
    const s = extra === 0 ? src : src.view([...src.shape, ...Array(extra).fill(1)], [...src.strides, ...Array(extra).fill(0)], src.offset);
    copyInto(v, s);
  }
}

function copyElements(dst: NDArray, src: NDArray): void {
  if (src.dtype === dst.dtype && src.cContiguous && dst.cContiguous && src.size === dst.size && src.ndim === dst.ndim && src.shape.every((s, i) => s === dst.shape[i])) {
    if (src.size) new Uint8Array(heap.buffer).copyWithin(dst.addr, src.addr, src.addr + src.nbytes);
    return;
  }
  // a WebAssembly row copy, where the copy or conversion is one of copy.ts's and the two do not overlap
  const k = src.block !== dst.block && wasmOn() ? copyKernel(src.dtype, dst.dtype) : null;
  if (k !== null) {
    stridedLoop(dst.shape, [dst.addr, src.addr], [dst.strides, broadcastTo(src, dst.shape)], (n, [d, s], [ds, ss]) => k(n, d, ds, s, ss));
    flagNarrowedOverflow(dst, src);
    return;
  }
  const rd = reader(src.dtype);
  const wr = writer(dst.dtype);
  const same = src.dtype.native === dst.dtype.native;
  const cv = same ? null : converter(src.dtype.native, dst.dtype.native);
  const dv = heap.view();
  const srcStrides = broadcastTo(src, dst.shape);
  // snapshot when the two overlap, so a[1:] = a[:-1] reads the old values
  let sBase = src.addr;
  let sStr = srcStrides;
  let tmp: NDArray | null = null;
  if (src.block === dst.block && src.block.size > 0) {
    tmp = NDArray.empty(src.shape, src.dtype);
    const n = src.size;
    const vals = src.toArray();
    const w = writer(src.dtype);
    const dv2 = heap.view();
    for (let i = 0; i < n; i++) w(dv2, tmp.addr + i * src.itemsize, vals[i]);
    sBase = tmp.addr;
    sStr = broadcastTo(tmp, dst.shape);
  }
  const dvv = tmp ? heap.view() : dv;
  stridedEach(dst.shape, [dst.addr, sBase], [dst.strides, sStr], (pd, ps) => {
    const v = rd(dvv, ps);
    wr(dvv, pd, cv ? cv(v) : v);
  });
}

function broadcastTo(a: NDArray, shape: number[]): number[] {
  return broadcastStrides(a, shape);
}
function stridedEach(shape: number[], bases: number[], strides: number[][], f: (a: number, b: number) => void): void {
  stridedLoop(shape, bases, strides, (n, addrs, steps) => {
    let a = addrs[0], b = addrs[1];
    for (let i = 0; i < n; i++, a += steps[0], b += steps[1]) f(a, b);
  });
}

/** Anything array-like as an array; arrays pass through (no copy). */
/** A ufunc result as an array: a NumPy scalar as 0-d, an object loop's Python value in a 0-d object array */
export function resultArray(x: any): NDArray {
  if (x instanceof NDArray) return x;
  if (x instanceof NPScalar) return asArray(x);
  const a = allocArray([], D.object);
  a.set([], x);
  return a;
}

export function asArray(v: any, dtype?: DType, maxDims = Infinity): NDArray {
  if (v instanceof NDArray) return dtype && dtype !== v.dtype ? castCopy(v, dtype) : v;
  const proto = fromProtocol(v);
  if (proto) return dtype && dtype !== proto.dtype ? castCopy(proto, dtype) : proto;
  return fromPython(v, dtype, maxDims);
}

/** The element of `a` at a full index as NumPy returns it from indexing: a NumPy scalar. */
export function elementScalar(a: NDArray, idx: number[]): NPScalar {
  return scalar(a.dtype, a.get(idx));
}

/** The element as a Python value (`item()`). */
export function elementPy(a: NDArray, idx: number[]): any {
  return itemToPy(a.dtype, a.get(idx));
}

/**
 * The Python value of one element, as `item()` and `tolist()` give it: domainToPy, except that a record's
 * sub-array fields come back as arrays (NumPy: `(9, array([1., 2.]), b'z')`), not as lists.
 */
export function itemToPy(dt: DType, v: any): any {
  if (dt.domain !== 'record' || !dt.fields) return domainToPy(dt, v);
  return tuple(dt.fields.map((f, i) => {
    const sub = f.dtype.subBase;
    if (!sub) return itemToPy(f.dtype, v[i]);
    const conv = (x: any): any => (Array.isArray(x) ? x.map(conv) : domainToPy(sub, x));
    return fromPython(conv(v[i]), sub);
  }));
}

/** Nested Python lists of an array's elements (`tolist()`); a 0-d array gives its item. */
export function toList(a: NDArray): any {
  const vals = a.toArray().map((v) => itemToPy(a.dtype, v));
  if (a.ndim === 0) return vals[0];
  let k = 0;
  const build = (d: number): any[] => {
    const n = a.shape[d];
    const out = new Array(n);
    for (let i = 0; i < n; i++) out[i] = d === a.ndim - 1 ? vals[k++] : build(d + 1);
    return out;
  };
  return build(0);
}

export { PyComplex, PyFloat };
