/**
 * Picking elements: where (condition only → nonzero; three arguments → element-wise choice with
 * broadcasting and NEP 50 promotion), take/put, take_along_axis/put_along_axis, argwhere, flatnonzero,
 * choose, select, extract, compress, unravel_index, ravel_multi_index, ix_, ndindex, ndenumerate,
 * digitize, bincount, isin, and the set routines (intersect1d, union1d, setdiff1d, setxor1d).
 */
import { wasmOn } from '../../../runtime/ufunc';
import { stridedLoop } from '../../../runtime/ndarray';
import { maskedCopyKernel } from '../../../runtime/wasm/copy';
import { NDArray, broadcastShapes, broadcastStrides, contiguousStrides } from '../../../runtime/ndarray';
import { heap } from '../../../runtime/memory';
import * as D from '../../../runtime/dtype';
import { PyTuple, tuple, PySlice, PyFloat } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { makeExc } from '../../objects/exceptions';
import { repr } from '../../objects/repr';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { truthy, eq, index as pyIndex } from '../../objects/protocols';
import { toArray, ArrayIter } from '../../objects/iterators';
import { asArray, allocArray, allocPermuted, copyInto, fromPython, castCopy, keepOrderPerm } from './coerce';
import { kwArgs, kwNamed, applyUfunc, commonDType, dtRepr } from './ufuncs';
import { warnFrom } from '../warnings';
import { ufunc } from './ufuncTable';
import { normAxis, DTypePromotionErrorType } from './axes';
import { ravel, finishOut } from './reductions';
import { nonzero } from './misc';
import { getIndex, setIndex } from './indexing';
import { NPScalar, scalar, weakKind, pyToDomain } from './scalars';
import { compareFor, unique, searchsorted } from './sorting';
import { concatenate } from './joining';
import { shapeCompact, shapeRepr } from './alloc';

const WEAK_CLASS: Record<string, string> = { int: '_PyLongDType', float: '_PyFloatDType', complex: '_PyComplexDType', bool: 'BoolDType' };

/**
 * The common dtype of np.where's / np.select's values (NEP 50: Python scalars are weak). A Python
 * number beside a string has no common DType (NumPy 2 raises DTypePromotionError; `prefix` is
 * np.select's wording); a Python bool beside strings becomes its str(), 'True'/'False'.
 */
function operandsDType(vals: any[], prefix = ''): D.DType {
  const ops = vals.map((v) => {
    if (v instanceof NDArray) return { arr: v, value: v, weak: null, wasArray: true };
    if (v instanceof NPScalar) return { arr: asArray(v), value: v, weak: null, wasArray: false };
    const w = weakKind(v);
    return w ? { arr: null, value: v, weak: w, wasArray: false } : { arr: asArray(v), value: v, weak: null, wasArray: false };
  });
  const text = ops.find((o) => o.arr && o.arr.dtype.isText);
  if (text) {
    const num = ops.findIndex((o) => o.weak && o.weak !== 'bool');
    if (num >= 0) {
      const names = ops.map((o) => (o.weak ? WEAK_CLASS[o.weak] : D.dtypeClass(o.arr!.dtype)));
      const other = ops.findIndex((o) => o === text);
      const [a, b] = num < other ? [names[num], names[other]] : [names[other], names[num]];
      const cls = (n: string) => `<class 'numpy.dtypes.${n}'>`;
      const msg = `The DType ${cls(a)} could not be promoted by ${cls(b)}. This means that no common DType exists for the given inputs. For example they cannot be stored in a single array unless the dtype is \`object\`. The full list of DTypes is: (${names.map(cls).join(', ')})`;
      if (prefix) throwPy('TypeError', prefix + msg);
      throw makeExc(DTypePromotionErrorType, msg);
    }
    if (ops.some((o) => o.weak === 'bool')) {
      const dt = commonDType(ops.filter((o) => !o.weak));
      return dt.kind === 'U' && dt.itemsize / 4 < 5 ? D.unicode(5) : dt.kind === 'S' && dt.itemsize < 5 ? D.bytes(5) : dt;
    }
  }
  return commonDType(ops);
}

/** np.broadcast_arrays' complaint: the first pair of shapes that do not broadcast, named by position */
function checkBroadcastPairs(shapes: number[][]): void {
  for (let i = 0; i < shapes.length; i++) {
    for (let j = 0; j < i; j++) {
      if (!broadcastShapes([shapes[j], shapes[i]])) {
        throwPy('ValueError', `shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg ${j} with shape ${shapeRepr(shapes[j])} and arg ${i} with shape ${shapeRepr(shapes[i])}.`);
      }
    }
  }
}

export function where3(c: any, x: any, y: any): NDArray {
  const cond = asArray(c, D.bool);
  const dt = operandsDType([x, y]);
  const xa = choiceArray(x, dt), ya = choiceArray(y, dt);
  const shape = broadcastShapes([cond.shape, xa.shape, ya.shape]);
  if (!shape) throwPy('ValueError', `operands could not be broadcast together with shapes ${[cond, xa, ya].map((a) => shapeCompact(a.shape)).join(' ')} `);
  // laid out in the operands' memory order (NumPy's iterator, order='K')
  const out = allocPermuted(shape, dt, keepOrderPerm([cond, xa, ya], shape, false));
  copyInto(out, ya);
  const cv = cond.view(shape, broadcastStrides(cond, shape), cond.offset);
  const xv = xa.view(shape, broadcastStrides(xa, shape), xa.offset);
  // plain dtypes: a WebAssembly masked copy of x over the copy of y
  const k = wasmOn() && 'biufc'.includes(dt.kind) && dt.isNative ? maskedCopyKernel(dt.itemsize) : null;
  if (k !== null) {
    stridedLoop(shape, [out.addr, xv.addr, cv.addr], [out.strides, xv.strides, cv.strides], (len, [o, xs, m], [os, xst, ms]) => k(len, o, os, xs, xst, m, ms));
    return out;
  }
  const n = out.size;
  const idx = new Array(shape.length).fill(0);
  for (let k = 0; k < n; k++) {
    if (cv.get(idx)) out.set(idx, xv.get(idx));
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d] < shape[d]) break;
      idx[d] = 0;
    }
  }
  return out;
}

/** np.where's x or y in the result dtype: a Python scalar is cast unsafely (uint8 with -1 gives 255) */
function choiceArray(v: any, dt: D.DType): NDArray {
  if (weakKind(v) === null) return asArray(v, dt);
  const a = allocArray([], dt);
  a.set([], pyToDomain(v, dt, false));
  return a;
}

function unravel(flat: number, shape: number[], order: string): number[] {
  const idx = new Array(shape.length);
  if (order === 'F') {
    for (let d = 0; d < shape.length; d++) {
      idx[d] = flat % shape[d];
      flat = Math.floor(flat / shape[d]);
    }
  } else {
    for (let d = shape.length - 1; d >= 0; d--) {
      idx[d] = flat % shape[d];
      flat = Math.floor(flat / shape[d]);
    }
  }
  return idx;
}

function shapeOf(v: any): number[] {
  return (v instanceof PyTuple || Array.isArray(v) ? toArray(v) : [v]).map((x: any) => pyIndex(x));
}

export function take(x: any, indices: any, axisArg: any, mode: string): any {
  let a = asArray(x);
  let axis: number;
  // a 0-d array takes along its one element as a 1-d one (NumPy's PyArray_CheckAxis)
  if (axisArg === undefined || axisArg === null || a.ndim === 0) {
    a = ravel(a);
    axis = axisArg === undefined || axisArg === null ? 0 : normAxis(axisArg, 1);
  } else axis = normAxis(axisArg, a.ndim);
  const n = a.shape[axis];
  let idx = asArray(indices, D.int64);
  if (n === 0 && idx.size > 0) throwPy('IndexError', 'cannot do a non-empty take from an empty axes.');
  if (mode === 'wrap' || mode === 'clip') {
    const vals = idx.toArray().map((v: bigint) => {
      let i = Number(v);
      if (mode === 'wrap') i = ((i % n) + n) % n;
      else i = Math.min(Math.max(i, 0), n - 1);
      return i;
    });
    idx = fromPython(vals, D.int64).view(idx.shape.slice(), idx.ndim ? contiguousStrides(idx.shape, 8) : [], 0);
  }
  const key = [...new Array(axis).fill(new PySlice(null, null, null)), idx];
  // np.take fills a C-ordered result (not laid out as a[..., idx] is)
  return getIndex(a, tuple(key), false);
}

/** NumPy's clip mode argument of take/put/choose */
function clipMode(v: any): 'raise' | 'wrap' | 'clip' {
  if (v === undefined || v === null || v === 'raise') return 'raise';
  if (v === 'wrap' || v === 'clip') return v;
  return throwPy('ValueError', `clipmode must be one of 'clip', 'raise', or 'wrap' (got ${repr(v)})`);
}

function alongAxis(a: NDArray, idx: NDArray, axis: number): any[] {
  // index arrays that pick idx[..., i, ...] along `axis` and broadcast elsewhere (NumPy's _make_along_axis_idx)
  const key: any[] = [];
  for (let d = 0; d < a.ndim; d++) {
    if (d === axis) key.push(idx);
    else {
      const shp = a.shape.map((_, k) => (k === d ? a.shape[d] : 1));
      const r = fromPython(Array.from({ length: a.shape[d] }, (_, i) => i), D.int64);
      key.push(r.view(shp, shp.map((_, k) => (k === d ? 8 : 0)), 0));
    }
  }
  return key;
}

/**
 * np.bincount's input as a 1-D integer array: an array must have an integer dtype (a safe cast), while
 * a list of non-integers is cast with NumPy 2.1's DeprecationWarning.
 */
function bincountInput(v: any): NDArray {
  const given = v instanceof NDArray;
  let x = asArray(v);
  if (x.ndim > 1) throwPy('ValueError', given ? 'object too deep for desired array' : 'setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.');
  if (x.ndim === 0) throwPy('ValueError', 'object of too small depth for desired array');
  if (!'biu'.includes(x.dtype.kind)) {
    if (given) throwPy('TypeError', `Cannot cast array data from ${dtRepr(x.dtype)} to dtype('int64') according to the rule 'safe'`);
    // an empty list reads as float64, silently
    if (x.size > 0) warnFrom('DeprecationWarning', 'Non-integer input passed to bincount. In a future version of NumPy, this will be an error. (Deprecated NumPy 2.1)');
    x = castCopy(x, D.int64);
  }
  return x;
}

/**
 * np.bincount of an integer array read as int64 through 32-bit halves (no boxing), counts in a typed
 * array; null (the general path) for values outside [0, 2**31) or an empty input.
 */
function bincountIntegers(x: NDArray, weights: any, minlength: any): NDArray | null {
  if (!'biu'.includes(x.dtype.kind) || x.size === 0 || x.dtype.timeUnit !== null) return null;
  const xs = castCopy(x, D.int64);
  const w = weights === undefined || weights === null ? null : castCopy(asArray(weights, D.float64), D.float64);
  if (w !== null && w.size !== xs.size) throwPy('ValueError', "The weights and list don't have the same length.");
  const n = xs.size;
  const halves = new Int32Array(heap.buffer, xs.addr, 2 * n);
  let top = -1;
  for (let i = 0; i < n; i++) {
    if (halves[2 * i + 1] !== 0) return null;
    const v = halves[2 * i];
    if (v < 0) return null;
    if (v > top) top = v;
  }
  const size = Math.max(top + 1, minlength === undefined || minlength === null ? 0 : pyIndex(minlength));
  const out = allocArray([size], w ? D.float64 : D.int64, true);
  const xv = new Int32Array(heap.buffer, xs.addr, 2 * n);
  if (w !== null) {
    const acc = new Float64Array(heap.buffer, out.addr, size);
    const wv = new Float64Array(heap.buffer, w.addr, n);
    for (let i = 0; i < n; i++) acc[xv[2 * i]] += wv[i];
  } else {
    const acc = new Float64Array(size);
    for (let i = 0; i < n; i++) acc[xv[2 * i]]++;
    const ov = new Int32Array(heap.buffer, out.addr, 2 * size);
    for (let i = 0; i < size; i++) ov[2 * i] = acc[i];
  }
  return out;
}

/** unravel_index's and ravel_multi_index's indices as int64: floats are refused, not truncated */
function intIndices(v: any): NDArray {
  const a = asArray(v);
  if ((a.dtype.kind === 'f' || a.dtype.kind === 'c') && a.size > 0) throwPy('TypeError', 'only int indices permitted');
  return asArray(a, D.int64);
}

export function selectionFunctions(): Record<string, PyBuiltin> {
  const b = (name: string, f: (args: any[], kw: Kw) => any) => builtin(name, kwNamed(name, f));
  return {
    where: b('where', (args, kw) => {
      // np.where's parameters are positional-only
      const named = ['condition', 'x', 'y'].filter((n) => kw?.has(n));
      if (named.length) throwPy('TypeError', `where() got some positional-only arguments passed as keyword arguments: '${named.join(', ')}'`);
      const p = kwArgs(args, kw, ['condition', 'x', 'y']);
      if (p.x === undefined && p.y === undefined) return nonzero(p.condition);
      if (p.x === undefined || p.y === undefined) throwPy('ValueError', 'either both or neither of x and y should be given');
      return where3(p.condition, p.x, p.y);
    }),
    take: b('take', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'indices', 'axis', 'out', 'mode']);
      return finishOut(take(p.a, p.indices, p.axis, p.mode ?? 'raise'), p.out);
    }),
    put: b('put', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'ind', 'v', 'mode']);
      const a = asArray(p.a);
      const flat = ravel(a);
      const ind = asArray(p.ind, D.int64).toArray().map(Number);
      const vals = ravel(asArray(p.v, a.dtype)).toArray();
      const n = a.size, mode = clipMode(p.mode);
      ind.forEach((i, k) => {
        // NumPy's put: 'wrap' takes i mod n, 'clip' clamps to [0, n - 1] (negative indices too)
        if (mode === 'wrap') i = ((i % n) + n) % n;
        else if (mode === 'clip') i = Math.min(Math.max(i, 0), n - 1);
        else if (i < -n || i >= n) throwPy('IndexError', `index ${i} is out of bounds for axis 0 with size ${n}`);
        else if (i < 0) i += n;
        flat.set([i], vals[k % vals.length]);
      });
      if (flat.block === a.block && flat.addr === a.addr) return null;
      copyInto(a, flat.view(a.shape.slice(), contiguousStrides(a.shape, a.itemsize), 0));
      return null;
    }),
    take_along_axis: b('take_along_axis', (args, kw) => {
      const p = kwArgs(args, kw, ['arr', 'indices', 'axis']);
      let a = asArray(p.arr);
      let idx = asArray(p.indices);
      if (p.axis === null) {
        a = ravel(a);
        idx = ravel(idx);
      }
      const axis = normAxis(p.axis === null ? 0 : p.axis ?? -1, a.ndim);
      if (idx.ndim !== a.ndim) throwPy('ValueError', '`indices` and `arr` must have the same number of dimensions');
      return getIndex(a, tuple(alongAxis(a, idx, axis)));
    }),
    put_along_axis: b('put_along_axis', (args, kw) => {
      const p = kwArgs(args, kw, ['arr', 'indices', 'values', 'axis']);
      const a = asArray(p.arr);
      const axis = normAxis(p.axis, a.ndim);
      setIndex(a, tuple(alongAxis(a, asArray(p.indices), axis)), p.values);
      return null;
    }),
    argwhere: b('argwhere', (args) => {
      const a = asArray(args[0]);
      const nz = nonzero(a.ndim === 0 ? a.view([1], [0], a.offset) : a) as PyTuple;
      const cols = nz.items as NDArray[];
      const n = cols[0].size;
      const nd = a.ndim === 0 ? 0 : a.ndim;
      const out = allocArray([n, nd], D.int64);
      cols.slice(0, nd).forEach((c, d) => c.toArray().forEach((v: bigint, i: number) => out.set([i, d], v)));
      return out;
    }),
    flatnonzero: b('flatnonzero', (args) => (nonzero(ravel(asArray(args[0]))) as PyTuple).items[0]),
    choose: b('choose', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'choices', 'out', 'mode']);
      const idx = asArray(p.a, D.int64);
      const choices = (p.choices instanceof NDArray ? Array.from({ length: p.choices.shape[0] }, (_, i) => getIndex(p.choices, i)) : toArray(p.choices)).map((c: any) => asArray(c));
      const dt = choices.reduce((d: D.DType, c: NDArray) => D.promote(d, c.dtype), choices[0].dtype);
      // NumPy's iterator takes the choices, then the index array, and names the first pair that clashes
      const shapes: number[][] = [...choices.map((c: NDArray) => c.shape), idx.shape];
      checkBroadcastPairs(shapes);
      const shape = broadcastShapes(shapes)!;
      const out = allocArray(shape, dt);
      const iv = idx.view(shape, broadcastStrides(idx, shape), idx.offset);
      const cv = choices.map((c: NDArray) => c.view(shape, broadcastStrides(c, shape), c.offset));
      const pos = new Array(shape.length).fill(0);
      for (let k = 0; k < out.size; k++) {
        let i = Number(iv.get(pos));
        if (p.mode === 'wrap') i = ((i % cv.length) + cv.length) % cv.length;
        else if (p.mode === 'clip') i = Math.min(Math.max(i, 0), cv.length - 1);
        else if (i < 0 || i >= cv.length) throwPy('ValueError', 'invalid entry in choice array');
        out.set(pos, castCopy(cv[i].view([], [], cv[i].addrOf(pos) - cv[i].block.ptr), dt).get([]));
        for (let d = shape.length - 1; d >= 0; d--) {
          if (++pos[d] < shape[d]) break;
          pos[d] = 0;
        }
      }
      if (p.out !== undefined && p.out !== null) return finishOut(out, p.out);
      return out.ndim === 0 ? scalar(out.dtype, out.get([])) : out;
    }),
    select: b('select', (args, kw) => {
      const p = kwArgs(args, kw, ['condlist', 'choicelist', 'default']);
      const conds = toArray(p.condlist);
      const choices = toArray(p.choicelist);
      if (conds.length !== choices.length) throwPy('ValueError', 'list of cases must be same length as list of conditions');
      if (conds.length === 0) throwPy('ValueError', 'select with an empty condition list is not possible');
      conds.forEach((c, i) => {
        if (asArray(c).dtype.kind !== 'b') throwPy('TypeError', `invalid entry ${i} in condlist: should be boolean ndarray`);
      });
      let result: any = p.default === undefined ? 0 : p.default;
      const dt = operandsDType([...choices, result], 'Choicelist and default value do not have a common dtype: ');
      // NumPy broadcasts the conditions together, then the choices with the default
      checkBroadcastPairs(conds.map((c) => asArray(c).shape));
      checkBroadcastPairs([...choices, result].map((c) => asArray(c).shape));
      result = asArray(result, dt);
      for (let i = conds.length - 1; i >= 0; i--) result = where3(conds[i], asArray(choices[i], dt), result);
      return result;
    }),
    extract: b('extract', (args) => getIndex(ravel(asArray(args[1])), ravel(asArray(args[0], D.bool)))),
    compress: b('compress', (args, kw) => {
      const p = kwArgs(args, kw, ['condition', 'a', 'axis', 'out']);
      let a = asArray(p.a);
      let axis: number;
      if (p.axis === undefined || p.axis === null) {
        a = ravel(a);
        axis = 0;
      } else axis = normAxis(p.axis, a.ndim);
      const cond = asArray(p.condition, D.bool).toArray();
      const keep = cond.map((c, i) => (c ? i : -1)).filter((i) => i >= 0);
      // a True past the end of the axis is an out-of-bounds take (Falses past it are ignored)
      const bad = keep.find((i) => i >= a.shape[axis]);
      if (bad !== undefined) throwPy('IndexError', `index ${bad} is out of bounds for axis ${axis} with size ${a.shape[axis]}`);
      return finishOut(getIndex(a, tuple([...new Array(axis).fill(new PySlice(null, null, null)), fromPython(keep, D.int64)]), false), p.out);
    }),
    unravel_index: b('unravel_index', (args, kw) => {
      const p = kwArgs(args, kw, ['indices', 'shape', 'order']);
      const shape = shapeOf(p.shape);
      const total = shape.reduce((x, y) => x * y, 1);
      const order = p.order ?? 'C';
      const isScalar = !(p.indices instanceof NDArray || Array.isArray(p.indices) || p.indices instanceof PyTuple);
      const idx = intIndices(p.indices);
      const vals = idx.toArray().map(Number);
      for (const v of vals) if (v < 0 || v >= total) throwPy('ValueError', `index ${v} is out of bounds for array with size ${total}`);
      const coords = vals.map((v) => unravel(v, shape, order));
      return tuple(shape.map((_, d) => (isScalar ? scalar(D.int64, BigInt(coords[0][d])) : reshapeLike(fromPython(coords.map((c) => c[d]), D.int64), idx.shape))));
    }),
    ravel_multi_index: b('ravel_multi_index', (args, kw) => {
      const p = kwArgs(args, kw, ['multi_index', 'dims', 'mode', 'order']);
      const dims = shapeOf(p.dims);
      const parts = toArray(p.multi_index).map(intIndices);
      const modes: string[] = p.mode instanceof PyTuple || Array.isArray(p.mode) ? toArray(p.mode).map(String) : dims.map(() => String(p.mode ?? 'raise'));
      const shape = broadcastShapes(parts.map((x: NDArray) => x.shape))!;
      const views = parts.map((x: NDArray) => x.view(shape, broadcastStrides(x, shape), x.offset));
      const n = shape.reduce((x, y) => x * y, 1);
      const out: number[] = [];
      const pos = new Array(shape.length).fill(0);
      for (let k = 0; k < n; k++) {
        const idxs: number[] = new Array(dims.length);
        for (let d = 0; d < dims.length; d++) {
          let i = Number(views[d].get(pos));
          if (modes[d] === 'wrap') i = ((i % dims[d]) + dims[d]) % dims[d];
          else if (modes[d] === 'clip') i = Math.min(Math.max(i, 0), dims[d] - 1);
          else if (i < 0 || i >= dims[d]) throwPy('ValueError', 'invalid entry in coordinates array');
          idxs[d] = i;
        }
        let flat = 0;
        if (p.order === 'F') for (let d = dims.length - 1; d >= 0; d--) flat = flat * dims[d] + idxs[d];
        else for (let d = 0; d < dims.length; d++) flat = flat * dims[d] + idxs[d];
        out.push(flat);
        for (let d = shape.length - 1; d >= 0; d--) {
          if (++pos[d] < shape[d]) break;
          pos[d] = 0;
        }
      }
      if (shape.length === 0) return scalar(D.int64, BigInt(out[0]));
      return reshapeLike(fromPython(out, D.int64), shape);
    }),
    ix_: b('ix_', (args) =>
      tuple(
        args.map((x, k) => {
          let a = asArray(x);
          if (a.ndim !== 1) throwPy('ValueError', 'Cross index must be 1 dimensional');
          if (a.dtype.kind === 'b') a = (nonzero(a) as PyTuple).items[0];
          if (a.size === 0 && a.dtype.kind === 'f') a = castCopy(a, D.int64);
          const shp = args.map((_, j) => (j === k ? a.size : 1));
          return a.view(shp, shp.map((_, j) => (j === k ? a.strides[0] ?? a.itemsize : 0)), a.offset);
        }),
      ),
    ),
    ndindex: b('ndindex', (args) => {
      const shape = args.length === 1 && (args[0] instanceof PyTuple || Array.isArray(args[0])) ? shapeOf(args[0]) : args.map((x) => pyIndex(x));
      const n = shape.reduce((x, y) => x * y, 1);
      const items = Array.from({ length: n }, (_, k) => tuple(unravel(k, shape, 'C')));
      return new ArrayIter(items);
    }),
    ndenumerate: b('ndenumerate', (args) => {
      const a = asArray(args[0]);
      const items: any[] = [];
      const n = a.size;
      for (let k = 0; k < n; k++) {
        const idx = unravel(k, a.shape, 'C');
        items.push(tuple([tuple(idx), scalar(a.dtype, a.get(idx))]));
      }
      return new ArrayIter(items);
    }),
    digitize: b('digitize', (args, kw) => {
      const p = kwArgs(args, kw, ['x', 'bins', 'right']);
      if (asArray(p.x).dtype.kind === 'c') throwPy('TypeError', 'x may not be complex');
      const bins = asArray(p.bins);
      // NumPy's _monotonicity reads the bins as float64 (safe casting)
      if (!D.canCast(bins.dtype, D.float64, 'safe')) throwPy('TypeError', `Cannot cast array data from ${dtRepr(bins.dtype)} to dtype('float64') according to the rule 'safe'`);
      if (bins.ndim !== 1) throwPy('ValueError', bins.ndim === 0 ? 'object of too small depth for desired array' : 'object too deep for desired array');
      const bv = bins.toArray().map(Number);
      // NumPy's _monotonicity: the first unequal pair sets the direction, which every pair must keep
      const first = bv.findIndex((x, i) => i > 0 && x !== bv[i - 1]);
      const increasing = first < 0 || bv[first] > bv[first - 1];
      if (bv.some((x, i) => i > 0 && (increasing ? x < bv[i - 1] : x > bv[i - 1]))) throwPy('ValueError', 'bins must be monotonically increasing or decreasing');
      const right = p.right !== undefined && truthy(p.right);
      // NumPy: searchsorted on the (reversed when decreasing) bins with the opposite side
      if (increasing) return searchsorted(bins, p.x, right ? 'left' : 'right', undefined);
      const rev = bins.view([bins.size], [-bins.strides[0]], bins.offset + (bins.size - 1) * bins.strides[0]);
      const r = searchsorted(rev, p.x, right ? 'left' : 'right', undefined);
      return applyUfunc(ufunc('subtract'), [bins.size, r]);
    }),
    bincount: b('bincount', (args, kw) => {
      const p = kwArgs(args, kw, ['x', 'weights', 'minlength']);
      if (p.minlength === null) throwPy('TypeError', 'use 0 instead of None for minlength');
      if (p.minlength !== undefined && pyIndex(p.minlength) < 0) throwPy('ValueError', "'minlength' must not be negative");
      const x = bincountInput(p.x);
      const fast = bincountIntegers(x, p.weights, p.minlength);
      if (fast !== null) return fast;
      const vals = x.toArray().map(Number);
      if (vals.some((v) => v < 0)) throwPy('ValueError', "'list' argument must have no negative elements");
      let top = -1;
      for (const v of vals) if (v > top) top = v;
      const n = Math.max(top + 1, p.minlength === undefined || p.minlength === null ? 0 : pyIndex(p.minlength));
      // NumPy returns zeros(minlength, intp) for empty input, weights or not
      if (vals.length === 0) return allocArray([n], D.int64, true);
      const w = p.weights === undefined || p.weights === null ? null : asArray(p.weights, D.float64).toArray();
      const counts = new Array(n).fill(0);
      vals.forEach((v, i) => (counts[v] += w ? w[i] : 1));
      return fromPython(counts.map((c) => (w ? new PyFloat(c) : c)), w ? D.float64 : D.int64);
    }),
    isin: b('isin', (args, kw) => {
      const p = kwArgs(args, kw, ['element', 'test_elements', 'assume_unique', 'invert', 'kind']);
      const e = asArray(p.element);
      const t = ravel(asArray(p.test_elements));
      if (p.kind !== undefined && p.kind !== null && p.kind !== 'sort' && p.kind !== 'table') throwPy('ValueError', `Invalid kind: ${repr(p.kind)}. Please use None, 'sort' or 'table'.`);
      if (p.kind === 'table' && ![e, t].every((a) => 'biu'.includes(a.dtype.kind))) {
        throwPy('ValueError', "The 'table' method is only supported for boolean or integer arrays. Please select 'sort' or None for kind.");
      }
      const dt = D.promote(e.dtype.native, t.dtype.native);
      const cmp = compareFor(dt);
      const inv = p.invert !== undefined && truthy(p.invert);
      const ev = castCopy(e, dt).toArray();
      // objects need not be ordered: NumPy compares each with every test element by ==
      const tv = dt.kind === 'O' ? castCopy(t, dt).toArray() : castCopy(t, dt).toArray().sort(cmp);
      const res = ev.map((v) => {
        if (dt.kind === 'O') return tv.some((x) => truthy(eq(v, x))) !== inv;
        let lo = 0, hi = tv.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (cmp(tv[mid], v) < 0) lo = mid + 1;
          else hi = mid;
        }
        // NaN sorts with NaN but equals nothing (NumPy's isin compares with ==)
        const found = lo < tv.length && cmp(tv[lo], v) === 0 && !isNaNValue(v);
        return found !== inv;
      });
      const out = fromPython(res, D.bool);
      return e.ndim === 0 ? scalar(D.bool, res[0] ? 1 : 0) : out.view(e.shape.slice(), contiguousStrides(e.shape, 1), 0);
    }),
    intersect1d: b('intersect1d', (args, kw) => {
      const p = kwArgs(args, kw, ['ar1', 'ar2', 'assume_unique', 'return_indices']);
      const common = setOp(p.ar1, p.ar2, (x, y) => x && y, 'none');
      if (p.return_indices === undefined || !truthy(p.return_indices)) return common;
      return tuple([common, firstIndices(p.ar1, common), firstIndices(p.ar2, common)]);
    }),
    union1d: b('union1d', (args) => unique(concatenate([ravel(asArray(args[0])), ravel(asArray(args[1]))], 0), {})),
    setdiff1d: b('setdiff1d', (args, kw) => {
      const p = kwArgs(args, kw, ['ar1', 'ar2', 'assume_unique']);
      // the values come from ar1, and keep its dtype
      if (p.assume_unique === undefined || !truthy(p.assume_unique)) return castCopy(setOp(p.ar1, p.ar2, (x, y) => x && !y, 'a'), asArray(p.ar1).dtype);
      // assumed unique: ar1's elements not in ar2, in ar1's order
      const a = ravel(asArray(p.ar1));
      const dt = D.promote(a.dtype, asArray(p.ar2).dtype);
      const cmp = compareFor(dt);
      const bv = castCopy(ravel(asArray(p.ar2)), dt).toArray();
      const av = castCopy(a, dt).toArray();
      const keep = fromPython(av.map((v) => !bv.some((x) => cmp(x, v) === 0)), D.bool);
      return getIndex(a, keep);
    }),
    setxor1d: b('setxor1d', (args) => setOp(args[0], args[1], (x, y) => x !== y, 'both')),
  };
}

/** for each of the (sorted, distinct) `values`, the index of its first occurrence in the flattened `a` */
function firstIndices(a: any, values: NDArray): NDArray {
  const flat = ravel(asArray(a));
  const cmp = compareFor(values.dtype);
  const av = castCopy(flat, values.dtype).toArray();
  return fromPython(values.toArray().map((v) => av.findIndex((x) => cmp(x, v) === 0)), D.int64);
}

/**
 * A set operation over the distinct values of a and b, sorted (NaNs last). NumPy finds members by `==`, so
 * a NaN matches nothing: `nans` says how its NaNs (at most one per side, unique collapses them) come out:
 * 'none' (intersect1d), 'a' (setdiff1d keeps a's), 'both' (setxor1d keeps one from each side).
 */
function setOp(a: any, bArg: any, keep: (inA: boolean, inB: boolean) => boolean, nans: 'none' | 'a' | 'both'): NDArray {
  const ua = unique(a, {}) as NDArray, ub = unique(bArg, {}) as NDArray;
  const all = unique(concatenate([ua, ub], 0), {}) as NDArray;
  const dt = all.dtype;
  const cmp = compareFor(dt);
  const av = castCopy(ua, dt).toArray(), bv = castCopy(ub, dt).toArray();
  const has = (vs: any[], v: any) => vs.some((x) => cmp(x, v) === 0);
  const vals = all.toArray().filter((v) => !isNaNValue(v) && keep(has(av, v), has(bv, v)));
  const nanOf = (vs: any[]) => vs.filter(isNaNValue);
  if (nans !== 'none') vals.push(...nanOf(av), ...(nans === 'both' ? nanOf(bv) : []));
  const out = allocArray([vals.length], dt);
  vals.forEach((v, i) => out.set([i], v));
  return out;
}

function reshapeLike(a: NDArray, shape: number[]): NDArray {
  return a.view(shape.slice(), contiguousStrides(shape, 8), a.offset);
}

/** A NaN float or a complex with a NaN part (domain values). */
function isNaNValue(v: any): boolean {
  if (typeof v === 'number') return Number.isNaN(v);
  return v !== null && typeof v === 'object' && typeof v.re === 'number' && (Number.isNaN(v.re) || Number.isNaN(v.im));
}
