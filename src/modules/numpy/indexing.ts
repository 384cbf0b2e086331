/**
 * Array subscripts, NumPy's rules: basic indexing (integers, slices with steps, `...`, `None`) returns
 * views or, with every axis taken by an integer, a NumPy scalar; advanced indexing (integer arrays,
 * lists, boolean masks, mixed with basic items) broadcasts the index arrays together, places their
 * dimensions where NumPy does (in place when the advanced items are adjacent, first otherwise) and
 * copies. Assignment goes through the same selection and broadcasts the value to it.
 */
import { maskCoords } from './maskCoords';
import { isFullMask, maskSelect, maskAssign } from './maskIndex';
import { NDArray, broadcastShapes, shapeSize, contiguousStrides } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { reader, writer } from '../../../runtime/elements';
import { heap } from '../../../runtime/memory';
import { gatherKernel } from '../../../runtime/wasm/gather';
import { wasmOn } from '../../../runtime/ufunc';
import { PyTuple, PySlice, Ellipsis, PyRange, PyFloat } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { makeExc, PyExc } from '../../objects/exceptions';
import { index as pyIndex, sliceIndices } from '../../objects/protocols';
import { typeOf } from '../../objects/pytype';
import { NPScalar, scalar } from './scalars';
import { asArray, allocArray, copyInto, objectValues } from './coerce';
import { shapeCompact } from './alloc';
import { isFieldKey, fieldIndex, NPVoid } from './structured';
import { dtRepr } from './ufuncs';

type Item = { kind: 'int'; i: number } | { kind: 'slice'; s: PySlice } | { kind: 'new' } | { kind: 'ell' } | { kind: 'adv'; arr: NDArray; bool: boolean };

function isAdvanced(k: any): boolean {
  return k instanceof NDArray || Array.isArray(k) || k instanceof PyRange || (k instanceof NPScalar && k.dt.kind === 'b') || typeof k === 'boolean';
}

const ONLY_VALID = 'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices';

/** whether a list index holds a slice, `...` or None (NumPy makes it an object array, which cannot index) */
function holdsIndexItems(k: any): boolean {
  const list = Array.isArray(k) ? k : k instanceof PyTuple ? k.items : null;
  if (list === null) return k === null || k === Ellipsis || k instanceof PySlice;
  return list.some(holdsIndexItems);
}

function classify(k: any): Item {
  if (k === null) return { kind: 'new' };
  if (k === Ellipsis) return { kind: 'ell' };
  if (k instanceof PySlice) return { kind: 'slice', s: k };
  // a 0-d integer array indexes as the integer it holds (a[np.array(3)] is a scalar, as in NumPy)
  if (k instanceof NDArray && k.ndim === 0 && (k.dtype.kind === 'i' || k.dtype.kind === 'u')) return { kind: 'int', i: Number(k.get([])) };
  if (isAdvanced(k)) {
    if (Array.isArray(k) && holdsIndexItems(k)) throwPy('IndexError', ONLY_VALID);
    const arr = asArray(typeof k === 'boolean' ? k : k instanceof NPScalar ? k.v !== 0 : k);
    if (arr.dtype.kind === 'b') return { kind: 'adv', arr, bool: true };
    if (arr.dtype.kind !== 'i' && arr.dtype.kind !== 'u') {
      // an empty list is an integer index; an empty non-integer array is refused like any other
      if (arr.size === 0 && !(k instanceof NDArray)) return { kind: 'adv', arr: asArray(arr, D.int64), bool: false };
      // NumPy converts a list with non-integers as an index sequence and refuses it with the general message
      throwPy('IndexError', Array.isArray(k) ? ONLY_VALID : 'arrays used as indices must be of integer (or boolean) type');
    }
    return { kind: 'adv', arr, bool: false };
  }
  if (k instanceof NPScalar && (k.dt.kind === 'i' || k.dt.kind === 'u')) return { kind: 'int', i: Number(k.v) };
  if (typeof k === 'number' && Number.isInteger(k)) return { kind: 'int', i: k };
  // an array-like object (np.ma's masked arrays, a class with __array__) indexes as its array
  if (typeof k === 'object' && !(k instanceof NPScalar) && typeOf(k).lookup('__index__') === undefined && typeOf(k).lookup('__array__') !== undefined) {
    const arr = asArray(k);
    if (arr.dtype.kind !== 'b' && arr.dtype.kind !== 'i' && arr.dtype.kind !== 'u') throwPy('IndexError', ONLY_VALID);
    return classify(arr);
  }
  if (typeof k === 'string' || (typeof k === 'number') || typeOf(k).lookup('__index__') === undefined) {
    throwPy('IndexError', ONLY_VALID);
  }
  return { kind: 'int', i: pyIndex(k) };
}

function items(key: any): Item[] {
  const list = key instanceof PyTuple ? key.items : [key];
  // a tuple inside the index tuple is a sequence index like a list (a[(0, 1), (2, 3)])
  return list.map((k: any) => classify(k instanceof PyTuple ? k.items.slice() : k));
}

/** Expand `...` and check the count of indexed axes. */
function expand(its: Item[], ndim: number): Item[] {
  let consumed = 0;
  let ells = 0;
  for (const it of its) {
    if (it.kind === 'int' || it.kind === 'slice') consumed++;
    else if (it.kind === 'adv') consumed += it.bool ? it.arr.ndim : 1;
    else if (it.kind === 'ell') ells++;
  }
  if (ells > 1) throwPy('IndexError', "an index can only have a single ellipsis ('...')");
  if (consumed > ndim) throwPy('IndexError', `too many indices for array: array is ${ndim}-dimensional, but ${consumed} were indexed`);
  const out: Item[] = [];
  for (const it of its) {
    if (it.kind === 'ell') for (let i = 0; i < ndim - consumed; i++) out.push({ kind: 'slice', s: new PySlice(null, null, null) });
    else out.push(it);
  }
  if (!ells) for (let i = consumed; i < ndim; i++) out.push({ kind: 'slice', s: new PySlice(null, null, null) });
  return out;
}

/** Boolean masks become one integer index array per masked axis (their nonzero()); `first` is the array axis the mask starts at. */
function boolToInts(mask: NDArray, shapeHere: number[], first: number): NDArray[] {
  if (mask.ndim !== shapeHere.length || mask.shape.some((s, i) => s !== shapeHere[i])) {
    const ax = Math.max(mask.shape.findIndex((s, i) => s !== shapeHere[i]), 0);
    throwPy('IndexError', `boolean index did not match indexed array along axis ${first + ax}; size of axis is ${shapeHere[ax]} but size of corresponding boolean axis is ${mask.shape[ax]}`);
  }
  return maskCoords(mask, mask.shape);
}

interface Selection {
  /** the basic-indexed view (advanced axes kept whole) */
  view: NDArray;
  /**
   * advanced index arrays (int64 values), the view axes they index and the array axes (`src`, which
   * errors name); `int` marks an integer joining the advanced indices (left out of shape-mismatch errors)
   */
  adv: { arr: NDArray; axis: number; src: number; int: boolean }[];
  /** true when only integers were used on every axis (a scalar results) */
  scalar: boolean;
}

function select(a: NDArray, key: any): Selection {
  const given = items(key);
  const ellipsis = given.some((it) => it.kind === 'ell');
  const its = expand(given, a.ndim);
  const anyAdv = its.some((it) => it.kind === 'adv');
  const shape: number[] = [], strides: number[] = [];
  let offset = a.offset;
  let axis = 0;
  const adv: Selection['adv'] = [];
  let allInts = true;
  for (const it of its) {
    if (it.kind === 'new') {
      shape.push(1);
      strides.push(0);
      allInts = false;
      continue;
    }
    if (it.kind === 'int' && !anyAdv) {
      const n = a.shape[axis];
      let i = it.i;
      if (i < -n || i >= n) throwPy('IndexError', `index ${i} is out of bounds for axis ${axis} with size ${n}`);
      if (i < 0) i += n;
      offset += i * a.strides[axis];
      axis++;
      continue;
    }
    if (it.kind === 'slice') {
      const [start, , step, count] = sliceIndices(it.s, a.shape[axis]);
      offset += count > 0 ? start * a.strides[axis] : 0;
      shape.push(count);
      strides.push(a.strides[axis] * step);
      axis++;
      allInts = false;
      continue;
    }
    allInts = false;
    // advanced (integers join the advanced indices when any array is present)
    if (it.kind === 'int') {
      const z = allocArray([], D.int64);
      writer(D.int64)(heap.view(), z.addr, BigInt(it.i));
      adv.push({ arr: z, axis: shape.length, src: axis, int: true });
      shape.push(a.shape[axis]);
      strides.push(a.strides[axis]);
      axis++;
    } else if (it.kind === 'adv' && it.bool) {
      const m = it.arr;
      const here = a.shape.slice(axis, axis + m.ndim);
      if (m.ndim === 0) {
        // x[True] / x[False]: a new axis of length 1 or 0
        const ints = allocArray([m.get([]) ? 1 : 0], D.int64, true);
        adv.push({ arr: ints, axis: shape.length, src: axis, int: false });
        shape.push(1);
        strides.push(0);
        continue;
      }
      for (const ints of boolToInts(m, here, axis)) {
        adv.push({ arr: ints, axis: shape.length, src: axis, int: false });
        shape.push(a.shape[axis]);
        strides.push(a.strides[axis]);
        axis++;
      }
    } else if (it.kind === 'adv') {
      adv.push({ arr: it.arr, axis: shape.length, src: axis, int: false });
      shape.push(a.shape[axis]);
      strides.push(a.strides[axis]);
      axis++;
    }
  }
  const view = a.view(shape, strides, offset);
  // an Ellipsis (or a new axis) makes even a full integer index give a 0-d array, not an element
  return { view, adv, scalar: allInts && !anyAdv && !ellipsis && !its.some((it) => it.kind === 'new') };
}

/**
 * The advanced selection as a list of element addresses in result order, and the result shape.
 */
function gatherPlan(sel: Selection): { shape: number[]; addrs: number[] } {
  const v = sel.view;
  const idxShapes = sel.adv.map((x) => x.arr.shape);
  const b = broadcastShapes(idxShapes);
  if (!b) throwPy('IndexError', `shape mismatch: indexing arrays could not be broadcast together with shapes ${sel.adv.filter((x) => !x.int).map((x) => shapeCompact(x.arr.shape)).join(' ')} `);
  const advAxes = sel.adv.map((x) => x.axis);
  const adjacent = advAxes.every((ax, i) => i === 0 || ax === advAxes[i - 1] + 1);
  const rest = [...Array(v.ndim).keys()].filter((d) => !advAxes.includes(d));
  const first = advAxes[0];
  // result dims: in place when adjacent, otherwise broadcast dims first
  const before = adjacent ? rest.filter((d) => d < first) : [];
  const after = adjacent ? rest.filter((d) => d > first) : rest;
  const shape = [...before.map((d) => v.shape[d]), ...b, ...after.map((d) => v.shape[d])];
  // index values broadcast to b, checked against their axis length
  const nb = shapeSize(b);
  const vals = sel.adv.map((x) => {
    const rd = reader(x.arr.dtype);
    const src = x.arr;
    const st = src.shape.length;
    const out = new Array(nb);
    const n = v.shape[x.axis];
    const bidx = new Array(b.length).fill(0);
    const dv = heap.view();
    for (let k = 0; k < nb; k++) {
      let addr = src.addr;
      for (let d = 0; d < st; d++) {
        const bd = b.length - st + d;
        if (src.shape[d] !== 1) addr += bidx[bd] * src.strides[d];
      }
      let i = Number(rd(dv, addr));
      if (i < -n || i >= n) throwPy('IndexError', `index ${i} is out of bounds for axis ${x.src} with size ${n}`);
      if (i < 0) i += n;
      out[k] = i * v.strides[x.axis];
      for (let d = b.length - 1; d >= 0; d--) {
        if (++bidx[d] < b[d]) break;
        bidx[d] = 0;
      }
    }
    return out;
  });
  const advOffset = new Array(nb).fill(0);
  for (const vv of vals) for (let k = 0; k < nb; k++) advOffset[k] += vv[k];
  const addrs: number[] = [];
  const beforeShape = before.map((d) => v.shape[d]);
  const afterShape = after.map((d) => v.shape[d]);
  const nBefore = shapeSize(beforeShape), nAfter = shapeSize(afterShape);
  const offs = (dims: number[], shp: number[], n: number) => {
    const o = new Array(n);
    const idx = new Array(dims.length).fill(0);
    for (let k = 0; k < n; k++) {
      let s = 0;
      for (let j = 0; j < dims.length; j++) s += idx[j] * v.strides[dims[j]];
      o[k] = s;
      for (let j = dims.length - 1; j >= 0; j--) {
        if (++idx[j] < shp[j]) break;
        idx[j] = 0;
      }
    }
    return o;
  };
  const ob = offs(before, beforeShape, nBefore), oa = offs(after, afterShape, nAfter);
  for (let i = 0; i < nBefore; i++) for (let k = 0; k < nb; k++) for (let j = 0; j < nAfter; j++) addrs.push(v.addr + ob[i] + advOffset[k] + oa[j]);
  return { shape, addrs };
}

/** a[key] */
/**
 * `a[idx]` with one integer index array (any axis, any index shape): the common gather, done with typed
 * arrays over the heap — int64 indices read as two 32-bit words, elements copied as 32-bit words (bytes
 * for odd sizes), the block after the indexed axis copied whole when it is contiguous. Null when the
 * index array is not a contiguous native int64 array (gatherPlan handles everything).
 */
function gatherOne(sel: Selection): NDArray | null {
  if (sel.adv.length !== 1) return null;
  const v = sel.view, { arr: idx, axis, src: srcAxis } = sel.adv[0];
  if (idx.dtype !== D.int64 || !idx.cContiguous) return null;
  const it = v.itemsize;
  const shape = [...v.shape.slice(0, axis), ...idx.shape, ...v.shape.slice(axis + 1)];
  const n = v.shape[axis], step = v.strides[axis];
  const nIdx = idx.size;
  // byte offsets of the positions before and after the indexed axis, in C order
  const offsets = (dims: number[]): number[] => {
    let o = [0];
    for (const d of dims) {
      const next: number[] = [];
      for (const x of o) for (let j = 0; j < v.shape[d]; j++) next.push(x + j * v.strides[d]);
      o = next;
    }
    return o;
  };
  const before = offsets([...Array(axis).keys()]);
  const afterDims = [...Array(v.ndim).keys()].slice(axis + 1);
  const after = offsets(afterDims);
  const out = allocArray(shape, v.dtype);
  if (shapeSize(shape) === 0) {
    // nothing to copy, but the indices are still checked
    for (const i of idx.toArray()) if (i < -n || i >= n) throwPy('IndexError', `index ${i} is out of bounds for axis ${srcAxis} with size ${n}`);
    return out;
  }
  // one element per index (the common a[idx] on a 1-d array or the last axis): the WASM gather
  const g = v.ndim === 1 && wasmOn() ? gatherKernel(it) : null;
  if (g !== null && v.addr % it === 0) {
    const bad = g(v.addr, step, n, idx.addr, nIdx, out.addr);
    if (bad !== 0) {
      const i = Number(idx.toArray()[bad - 1]);
      throwPy('IndexError', `index ${i} is out of bounds for axis ${srcAxis} with size ${n}`);
    }
    return out;
  }
  const buf = heap.buffer;
  const w32 = new Int32Array(buf);
  // the indices, checked and turned into byte offsets along the axis
  const src = new Float64Array(nIdx);
  let p = idx.addr >>> 2;
  for (let k = 0; k < nIdx; k++, p += 2) {
    const lo = w32[p] >>> 0, hi = w32[p + 1];
    let i = hi * 4294967296 + lo;
    if (i < -n || i >= n) throwPy('IndexError', `index ${i} is out of bounds for axis ${srcAxis} with size ${n}`);
    if (i < 0) i += n;
    src[k] = i * step;
  }
  const base = v.addr;
  let dst = out.addr;
  const blockBytes = after.length * it;
  const afterContiguous = afterDims.length === 0 || v.strides[v.ndim - 1] === it && afterDims.every((d, j) => j === afterDims.length - 1 || v.strides[d] === v.strides[d + 1] * v.shape[d + 1]);
  const words = it % 4 === 0 && base % 4 === 0 && v.strides.every((x) => x % 4 === 0) ? it >> 2 : 0;
  const bytes = new Uint8Array(buf);
  if (after.length === 1 && words === 2) {
    // one 8-byte element per index: the tight loop
    for (let b = 0; b < before.length; b++) {
      const from = base + before[b];
      let d = dst >>> 2;
      for (let k = 0; k < nIdx; k++, d += 2) {
        const a0 = (from + src[k]) >>> 2;
        w32[d] = w32[a0];
        w32[d + 1] = w32[a0 + 1];
      }
      dst += nIdx * 8;
    }
    return out;
  }
  for (const ob of before) {
    for (let k = 0; k < nIdx; k++) {
      const from = base + ob + src[k];
      if (afterContiguous && blockBytes >= 64) {
        bytes.copyWithin(dst, from, from + blockBytes);
        dst += blockBytes;
        continue;
      }
      for (const oa of after) {
        const a0 = from + oa;
        if (words > 0) {
          for (let w = 0; w < words; w++) w32[(dst >>> 2) + w] = w32[(a0 >>> 2) + w];
        } else {
          for (let b = 0; b < it; b++) bytes[dst + b] = bytes[a0 + b];
        }
        dst += it;
      }
    }
  }
  return out;
}

/**
 * The address of the element `key` names when it is one int per dimension (`v[3]`, `m[i, j]`, negative
 * counting from the end) and in bounds; -1 otherwise (the general path then selects, or raises).
 */
function elementAddr(a: NDArray, key: any): number {
  const nd = a.ndim;
  if (typeof key === 'number') {
    if (nd !== 1 || !Number.isInteger(key)) return -1;
    const n = a.shape[0], i = key < 0 ? key + n : key;
    return i >= 0 && i < n ? a.addrOf([i]) : -1;
  }
  if (!(key instanceof PyTuple) || key.items.length !== nd || nd === 0) return -1;
  const at = new Array<number>(nd);
  for (let d = 0; d < nd; d++) {
    const k = key.items[d];
    if (typeof k !== 'number' || !Number.isInteger(k)) return -1;
    const n = a.shape[d], i = k < 0 ? k + n : k;
    if (i < 0 || i >= n) return -1;
    at[d] = i;
  }
  return a.addrOf(at);
}

/**
 * `a[key] = value` for one element of a float64/float32 array and a Python int or float, of an int64
 * array and a Python int, or of any numeric array and a NumPy scalar of its dtype: written directly (what
 * the general path's cast gives); false when not such a case.
 */
function setElement(a: NDArray, key: any, value: any): boolean {
  const dt = a.dtype;
  let v: number | bigint;
  if (value instanceof NPScalar) {
    // a scalar of the array's own dtype (`b[i] += 1` writes back what it read)
    if (value.dt !== dt || (dt.kind !== 'f' && dt.kind !== 'i' && dt.kind !== 'u' && dt.kind !== 'b')) return false;
    v = value.v;
  } else if (dt === D.float64 || dt === D.float32) {
    const x = typeof value === 'number' ? value : value instanceof PyFloat ? value.v : undefined;
    // a float32 overflow is reported by the cast (the general path)
    if (x === undefined || (dt === D.float32 && !Number.isFinite(Math.fround(x)) && Number.isFinite(x))) return false;
    v = x;
  } else if (dt === D.int64 && typeof value === 'number' && Number.isInteger(value)) v = BigInt(value);
  else return false;
  const p = elementAddr(a, key);
  if (p < 0) return false;
  writer(dt)(heap.view(), p, v);
  return true;
}

/** a[key]; `numpyOrder` false keeps an advanced-indexing result C-ordered (np.take, np.compress) */
export function getIndex(a: NDArray, key: any, numpyOrder = true): any {
  if (a.dtype.kind !== 'V') {
    const p = elementAddr(a, key);
    if (p >= 0) return scalar(a.dtype, reader(a.dtype)(heap.view(), p));
  }
  if (isFieldKey(a, key)) return fieldIndex(a, key);
  if (isFullMask(a, key)) return maskSelect(a, key);
  const sel = select(a, key);
  if (sel.scalar) return a.dtype.kind === 'V' ? new NPVoid(sel.view) : scalar(a.dtype, sel.view.get([]));
  if (!sel.adv.length) return sel.view;
  const fast = gatherOne(sel);
  if (fast !== null) return numpyOrder ? numpyLayout(fast, sel) : fast;
  const plan = gatherPlan(sel);
  const out = allocArray(plan.shape, a.dtype);
  const rd = reader(a.dtype), wr = writer(a.dtype);
  const dv = heap.view();
  const it = a.itemsize;
  plan.addrs.forEach((p, k) => wr(dv, out.addr + k * it, rd(dv, p)));
  return numpyOrder ? numpyLayout(out, sel) : out;
}

/**
 * The advanced-indexing result `out` (C-ordered) laid out in memory as NumPy lays it out, which shows in
 * its strides and flags: the broadcast index dimensions outermost (in C order), then the remaining
 * (sliced) dimensions in the memory order of the array they come from (by decreasing stride, stable).
 * So `a[:, [0, 1]]` of a C-ordered `a` is neither C- nor F-contiguous, and `f[[0, 1]]` of a Fortran
 * array keeps Fortran order in its trailing dimensions; the buffer in memory order is the result's base.
 * `out` itself when the layouts agree. An empty result has all strides 0.
 */
function numpyLayout(out: NDArray, sel: Selection): NDArray {
  // an empty result has all strides 0
  if (out.size === 0) return new NDArray(out.block, out.dtype, out.shape.slice(), out.shape.map(() => 0), out.offset);
  const v = sel.view;
  const advAxes = sel.adv.map((x) => x.axis);
  const nFancy = out.ndim - (v.ndim - advAxes.length);
  const adjacent = advAxes.every((ax, i) => i === 0 || ax === advAxes[i - 1] + 1);
  const rest = [...Array(v.ndim).keys()].filter((d) => !advAxes.includes(d));
  const nBefore = adjacent ? rest.filter((d) => d < advAxes[0]).length : 0;
  // result dimension → its position in memory order
  const fancy = [...Array(nFancy).keys()].map((j) => nBefore + j);
  const sub = rest.map((d, j) => ({ dim: j < nBefore ? j : j + nFancy, stride: Math.abs(v.strides[d]) }));
  sub.sort((x, y) => y.stride - x.stride);
  const perm = [...fancy, ...sub.map((x) => x.dim)];
  if (perm.every((d, i) => d === i) || out.size === 1) return out;
  const r = allocArray(perm.map((d) => out.shape[d]), out.dtype);
  const strides = new Array(out.ndim);
  perm.forEach((d, j) => (strides[d] = r.strides[j]));
  // a transposed view of the buffer, which stays its base (NumPy returns the same)
  const laid = new NDArray(r.block, r.dtype, out.shape.slice(), strides, r.offset, r);
  copyInto(laid, out);
  return laid;
}

/**
 * A list, tuple or n-d array given for one element: NumPy converts it with the dtype's scalar setter, so
 * the complaint depends on the dtype (int() for integers, a sequence error caused by float()'s for
 * floats, a sequence error for strings), and a bool element takes the sequence's truth. Returns the
 * value to store, when there is one.
 */
function sequenceIntoElement(dt: D.DType, value: any): any {
  const isArr = value instanceof NDArray;
  const tn = typeOf(value).tpName;
  // NumPy converts the element with bool()/int()/float() and reports their error as the cause
  const notScalar = isArr ? makeExc('TypeError', 'only 0-dimensional arrays can be converted to Python scalars') : null;
  switch (dt.kind) {
    case 'b':
      if (!isArr) return value.length === undefined ? (value as PyTuple).items.length > 0 : value.length > 0;
      if (value.size === 1) return scalar(value.dtype, value.get(new Array(value.ndim).fill(0)));
      return throwCaused(makeExc('ValueError', 'The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()'));
    case 'i':
    case 'u':
      if (!isArr) throwPy('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${tn}'`);
      return throwCaused(notScalar!);
    case 'f':
      return throwCaused(notScalar ?? makeExc('TypeError', `float() argument must be a string or a real number, not '${tn}'`));
    case 'c':
      throwPy('TypeError', isArr ? 'only 0-dimensional arrays can be converted to Python scalars' : `must be real number, not ${tn}`);
      break;
    case 'U':
    case 'S':
      throwPy('ValueError', 'setting an array element with a sequence');
      break;
    case 'M':
    case 'm':
      throwPy('ValueError', `Could not convert object to NumPy ${dt.kind === 'M' ? 'datetime' : 'timedelta'}`);
  }
  return throwPy('ValueError', 'setting an array element with a sequence.');
}

/** NumPy's "setting an array element with a sequence." raised from the conversion error `cause` */
function throwCaused(cause: PyExc): never {
  const e = makeExc('ValueError', 'setting an array element with a sequence.');
  e.cause = cause;
  e.suppressContext = true;
  throw e;
}

/** a[key] = value */
export function setIndex(a: NDArray, key: any, value: any): void {
  if (!a.writeable) throwPy('ValueError', 'assignment destination is read-only');
  if (setElement(a, key, value)) return;
  if (isFieldKey(a, key)) {
    const target = fieldIndex(a, key);
    copyInto(target, value instanceof NDArray ? value : asArray(value, target.dtype));
    return;
  }
  if (isFullMask(a, key)) return maskAssign(a, key, value);
  const sel = select(a, key);
  // one element of an object array takes the value itself, a list or an array included
  if (sel.scalar && a.dtype.kind === 'O') return sel.view.set([], value);
  if (!sel.adv.length) {
    // one element takes a scalar or 0-d array only
    if (sel.scalar && a.dtype.kind !== 'V' && ((value instanceof NDArray && value.ndim > 0) || Array.isArray(value) || value instanceof PyTuple)) {
      value = sequenceIntoElement(a.dtype, value);
    }
    const src = a.dtype.kind === 'O' ? objectValues(value, sel.view.ndim) : assigned(value, sel.view.ndim, a.dtype);
    const b = broadcastShapes([src.shape, sel.view.shape]);
    if (!b || b.length > sel.view.ndim || b.some((s, i) => s !== sel.view.shape[i])) {
      throwPy('ValueError', `could not broadcast input array from shape ${shapeCompact(src.shape)} into shape ${shapeCompact(sel.view.shape)}`);
    }
    copyInto(sel.view, src);
    return;
  }
  const plan = gatherPlan(sel);
  // a full boolean mask takes only 0-d or 1-d values (NumPy's boolean assignment path)
  if (key instanceof NDArray && key.dtype.kind === 'b' && key.ndim === a.ndim && a.dtype.kind !== 'O') {
    const nd = (value instanceof NDArray ? value : asArray(value)).ndim;
    if (nd > 1) throwPy('TypeError', `NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has ${nd} dimensions`);
    const given = value instanceof NDArray ? value.size : asArray(value).size;
    if (nd === 1 && given !== 1 && given !== plan.shape[0]) {
      throwPy('ValueError', `NumPy boolean array indexing assignment cannot assign ${given} input values to the ${plan.shape[0]} output values where the mask is true`);
    }
  }
  const src = a.dtype.kind === 'O' ? objectValues(value, plan.shape.length) : assigned(value, plan.shape.length, a.dtype, false);
  const b = broadcastShapes([src.shape, plan.shape]);
  if (!b || b.length > plan.shape.length || b.some((s, i) => s !== plan.shape[i])) {
    throwPy('ValueError', `shape mismatch: value array of shape ${shapeCompact(src.shape)} could not be broadcast to indexing result of shape ${shapeCompact(plan.shape)}`);
  }
  // value broadcast to the plan's shape, in C order, converted to a's dtype
  const tmp = allocArray(plan.shape, a.dtype);
  copyInto(tmp, src);
  const rd = reader(a.dtype), wr = writer(a.dtype);
  const dv = heap.view();
  plan.addrs.forEach((p, k) => wr(dv, p, rd(dv, tmp.addr + k * a.itemsize)));
}

/**
 * The array a value assigned to `ndim` dimensions becomes: it loses leading length-1 axes beyond them
 * (NumPy's setitem); for a basic index a sequence may not be deeper than the target (NumPy converts it
 * with that limit)
 */
function assigned(value: any, ndim: number, dt: D.DType, limitSequences = true): NDArray {
  // a record scalar converts field by field: NumPy's scalar path names no casting rule
  if (value instanceof NPVoid && dt.fields && value.arr.dtype.fields && dt.fields.length !== value.arr.dtype.fields.length) {
    throwPy('TypeError', `Cannot cast array data from ${dtRepr(value.arr.dtype)} to ${dtRepr(dt)}.`);
  }
  let src = value instanceof NDArray ? value : asArray(value, valueDType(value, dt), limitSequences ? ndim : Infinity);
  if (src.ndim <= ndim) return src;
  if (limitSequences && !(value instanceof NDArray)) throwPy('ValueError', `setting an array element with a sequence. The requested array would exceed the maximum number of dimension of ${ndim}.`);
  while (src.ndim > ndim && src.shape[0] === 1) src = src.view(src.shape.slice(1), src.strides.slice(1), src.offset);
  return src;
}

/** The dtype a Python value is converted with before assignment into an array of dtype dt. */
function valueDType(value: any, dt: D.DType): D.DType | undefined {
  void value;
  return dt.native;
}

export { contiguousStrides };
