/**
 * Array creation: array/asarray and friends, zeros/ones/empty/full and their *_like forms, arange
 * (NumPy's length rule ceil((stop-start)/step) and fill rule start + i·((start+step)-start)), linspace
 * (NumPy's formula: i·step + start with the exact endpoint), logspace, geomspace, eye, identity, tri,
 * diag, indices, meshgrid, fromfunction, frombuffer, fromiter.
 */
import { NDArray, typedView, broadcastShapes } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { DType } from '../../../runtime/dtype';
import { writer } from '../../../runtime/elements';
import { heap } from '../../../runtime/memory';
import { PyTuple, PyBytes, tuple, PyFloat, PyComplex } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { bytesLike } from '../../objects/types/str';
import { repr as pyRepr } from '../../objects/repr';
import { builtin, call, Kw, PyBuiltin } from '../../objects/function';
import { truthy, index as pyIndex } from '../../objects/protocols';
import { iter } from '../../objects/iterators';
import { toDType, optDType } from './dtypes';
import { NPScalar, pyToDomain, weakKind } from './scalars';
import { fieldView } from './structured';
import { asArray, fromPython, allocArray, castCopy, copyInto, allocLike, castCopyLike } from './coerce';
import { applyUfunc, kwArgs, kwNamed, scalarArray } from './ufuncs';
import { ufunc } from './ufuncTable';
import { resolveShape, memOrder } from './shape';
import { getIndex, setIndex } from './indexing';
import { memoryError, shapeCompact as shapeText } from './alloc';
import { ravel, any as anyOf } from './reductions';
import { moveaxis } from './rearrange';
import { isTimeArange, timeArange } from './datetimes';
import { subclassOf, wrapAs } from './subclassing';
import { viaArrayMethod } from './arrayMethod';

function shapeArg(v: any): number[] {
  return resolveShape(v, -1);
}

function fill(a: NDArray, v: any): NDArray {
  if (a.size === 0) return a;
  const dv = pyToDomain(v, a.dtype);
  const t = typedView(a);
  if (t) {
    (t as any).fill(dv);
    return a;
  }
  const w = writer(a.dtype);
  const view = heap.view();
  for (let i = 0, p = a.addr; i < a.size; i++, p += a.itemsize) w(view, p, dv);
  return a;
}

/** the memory order of a new array: 'C' or 'F' ('A'/'K' need an array to follow; anything else is no order) */
function order(v: any): 'C' | 'F' {
  if (v === undefined || v === null || v === 'C' || v === 'c') return 'C';
  if (v === 'F' || v === 'f') return 'F';
  if (v === 'A' || v === 'K' || v === 'a' || v === 'k') throwPy('ValueError', "only 'C' or 'F' order is permitted");
  return throwPy('ValueError', `order must be one of 'C', 'F', 'A', or 'K' (got ${pyRepr(v)})`);
}

function likeDType(a: NDArray, dt: any): DType {
  return dt === undefined || dt === null ? a.dtype : toDType(dt);
}

/** The dtype of a fill value taken alone (np.full(3, 2.5) is float64, np.full(2, True) is bool). */
function valueDType(v: any): DType {
  if (v instanceof NDArray) return v.dtype;
  if (v instanceof NPScalar) return v.dt;
  const k = weakKind(v);
  if (k) return D.defaultFor(k);
  return asArray(v).dtype;
}

/** np.zeros: zero bytes, except that objects (also as record fields) hold the int 0 (zero bytes are None there) */
function zeroArray(shape: number[], dt: DType, ord: 'C' | 'F'): NDArray {
  const a = allocArray(shape, dt, true, ord);
  zeroObjects(a);
  return a;
}
function zeroObjects(a: NDArray): void {
  if (a.dtype.kind === 'O') copyInto(a, asArray(0, D.object));
  else if (a.dtype.fields) for (const f of a.dtype.fields) if (hasObjects(f.dtype)) zeroObjects(fieldView(a, f.name));
}
function hasObjects(d: DType): boolean {
  return d.kind === 'O' || (d.fields ?? []).some((f) => hasObjects(f.dtype));
}

function fullArray(shape: number[], v: any, dt: DType, ord: 'C' | 'F'): NDArray {
  const a = allocArray(shape, dt, false, ord);
  // NumPy's full is copyto(a, fill_value): a str/bytes fill becomes a text array first, so a failed parse
  // names the element np.str_('x') / np.bytes_(b'x')
  const text = (typeof v === 'string' || v instanceof PyBytes) && !dt.isText;
  if (v instanceof NDArray || Array.isArray(v) || v instanceof PyTuple || text) {
    const src = asArray(v, undefined);
    const b = broadcastShapes([src.shape, shape]);
    if (!b || b.length !== shape.length || b.some((d, i) => d !== shape[i])) {
      throwPy('ValueError', `could not broadcast input array from shape ${shapeText(src.shape)} into shape ${shapeText(shape)}`);
    }
    copyInto(a, src);
    return a;
  }
  return fill(a, v);
}

/** np.arange */
function arange(args: any[], kw: Kw): NDArray {
  const p = kwArgs(args, kw, ['start', 'stop', 'step', 'dtype', 'like']);
  let start = p.start, stop = p.stop, step = p.step;
  if (stop === undefined || stop === null) {
    stop = start;
    start = 0;
  }
  if (isTimeArange(start, stop, optDType(p.dtype))) return timeArange(p.start, p.stop, p.step, optDType(p.dtype));
  if (step === undefined || step === null) step = 1;
  const num = (v: any) => (v instanceof NPScalar ? Number(v.dt.kind === 'c' ? v.v.re : v.v) : v instanceof PyFloat ? v.v : typeof v === 'boolean' ? +v : Number(v));
  const s0 = num(start), s1 = num(stop), st = num(step);
  let dt = optDType(p.dtype);
  if (!dt) {
    const kinds = [start, stop, step].map((v) => (v instanceof NPScalar ? v.dt : D.defaultFor(weakKind(v) ?? 'float')));
    dt = kinds.reduce((a, b) => D.promote(a, b));
  }
  if (st === 0 || (step instanceof PyComplex && step.re === 0 && step.im === 0)) {
    // NumPy divides (stop - start) by step as Python numbers; a NumPy scalar step overflows its size instead
    if (step instanceof NPScalar) throwPy('ValueError', 'Maximum allowed size exceeded');
    const kinds = [start, stop, step].map(weakKind);
    const kind = kinds.includes('complex') ? 'complex ' : kinds.includes('float') ? 'float ' : '';
    throwPy('ZeroDivisionError', `${kind}division by zero`);
  }
  let len = Math.ceil((s1 - s0) / st);
  if (!Number.isFinite(len)) throwPy('ValueError', 'arange: cannot compute length');
  if (len < 0) len = 0;
  const a = allocArray([len], dt);
  const w = writer(dt);
  const view = heap.view();
  const tv = typedView(a);
  if (tv && tv instanceof Float64Array) {
    // NumPy's fill: a[0] = start, a[1] = start + step, a[i] = start + i * ((start + step) - start)
    const delta = s0 + st - s0;
    for (let i = 0; i < len; i++) tv[i] = i === 0 ? s0 : i === 1 ? s0 + st : s0 + i * delta;
  } else if (tv && tv instanceof Float32Array) {
    // the same fill in float32 arithmetic, as FLOAT_fill does
    const f = Math.fround, a0 = f(s0), a1 = f(s0 + st), delta = f(a1 - a0);
    for (let i = 0; i < len; i++) tv[i] = i === 0 ? a0 : i === 1 ? a1 : f(a0 + f(f(i) * delta));
  } else if (tv && tv instanceof BigInt64Array) {
    const t0 = Math.trunc(s0), ts = Math.trunc(st);
    for (let i = 0; i < len; i++) tv[i] = BigInt(t0 + i * ts);
  } else if (dt.kind === 'f' || dt.kind === 'c') {
    const delta = s0 + st - s0;
    for (let i = 0; i < len; i++) {
      const v = i === 0 ? s0 : i === 1 ? s0 + st : s0 + i * delta;
      w(view, a.addr + i * dt.itemsize, pyToDomain(new PyFloat(v), dt, false));
    }
  } else {
    const big = dt.domain === 'bigint';
    for (let i = 0; i < len; i++) {
      const v = Math.trunc(s0) + i * Math.trunc(st);
      w(view, a.addr + i * dt.itemsize, big ? BigInt(v) : dt.kind === 'b' ? (v ? 1 : 0) : v);
    }
  }
  return a;
}

function linspace(args: any[], kw: Kw): any {
  const p = kwArgs(args, kw, ['start', 'stop', 'num', 'endpoint', 'retstep', 'dtype', 'axis']);
  const num = p.num === undefined ? 50 : pyIndex(p.num);
  if (num < 0) throwPy('ValueError', `Number of samples, ${num}, must be non-negative.`);
  const endpoint = p.endpoint === undefined ? true : truthy(p.endpoint);
  const div = endpoint ? num - 1 : num;
  const start = asArray(p.start), stop = asArray(p.stop);
  let dt = D.promote(start.dtype, stop.dtype);
  if (dt.kind !== 'f' && dt.kind !== 'c') dt = D.float64;
  const outDt = optDType(p.dtype) ?? dt;
  const delta = applyUfunc(ufunc('subtract'), [stop, start], { dtype: dt });
  const idx = arange([0, num], new Map([['dtype', pyDTypeOf(dt)]]));
  const deltaArr = asArray(delta);
  let y: any = deltaArr.ndim ? idx.view([num, ...deltaArr.shape.map(() => 1)], [idx.strides[0], ...deltaArr.shape.map(() => 0)], idx.offset) : idx;
  let step: any;
  if (div > 0) {
    step = applyUfunc(ufunc('divide'), [delta, div]);
    const stepZero = truthy(applyUfunc(ufunc('equal'), [step, 0]) instanceof NDArray ? false : applyUfunc(ufunc('equal'), [step, 0]));
    if (stepZero) y = applyUfunc(ufunc('multiply'), [applyUfunc(ufunc('divide'), [y, div]), delta]);
    else y = applyUfunc(ufunc('multiply'), [y, step]);
  } else {
    step = NaN;
    y = applyUfunc(ufunc('multiply'), [y, delta]);
  }
  y = asArray(applyUfunc(ufunc('add'), [y, start]));
  if (endpoint && num > 1) setIndex(y, -1, stop);
  if (outDt.kind === 'i' || outDt.kind === 'u') y = asArray(applyUfunc(ufunc('floor'), [y]));
  let r = y.dtype === outDt ? y : castCopy(y, outDt);
  // the samples run along axis 0, then move to `axis` (a view, as NumPy's moveaxis)
  if (p.axis !== undefined && p.axis !== null && r.ndim > 1) r = moveaxis(r, 0, p.axis);
  if (p.retstep !== undefined && truthy(p.retstep)) return tuple([r, typeof step === 'number' ? new PyFloat(step) : step]);
  return r;
}

import { pyDType } from './dtypes';
function pyDTypeOf(dt: DType): any {
  return pyDType(dt);
}

function eye(args: any[], kw: Kw): NDArray {
  const p = kwArgs(args, kw, ['N', 'M', 'k', 'dtype', 'order', 'like']);
  const n = pyIndex(p.N);
  const m = p.M === undefined || p.M === null ? n : pyIndex(p.M);
  const k = p.k === undefined ? 0 : pyIndex(p.k);
  const dt = p.dtype === undefined ? D.float64 : toDType(p.dtype);
  const a = allocArray([n, m], dt, true, order(p.order));
  const one = pyToDomain(1, dt);
  for (let i = 0; i < n; i++) {
    const j = i + k;
    if (j >= 0 && j < m) a.set([i, j], one);
  }
  return a;
}

function tri(args: any[], kw: Kw): NDArray {
  const p = kwArgs(args, kw, ['N', 'M', 'k', 'dtype', 'like']);
  const n = pyIndex(p.N);
  const m = p.M === undefined || p.M === null ? n : pyIndex(p.M);
  const k = p.k === undefined ? 0 : pyIndex(p.k);
  const dt = p.dtype === undefined ? D.float64 : toDType(p.dtype);
  const a = allocArray([n, m], dt, true);
  const one = pyToDomain(1, dt);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) if (j <= i + k) a.set([i, j], one);
  return a;
}

/** np.vander: columns x**(N-1) … x**0 (or increasing), built by repeated multiplication as NumPy's accumulate */
function vander(p: Record<string, any>): NDArray {
  const x = asArray(p.x);
  if (x.ndim !== 1) throwPy('ValueError', 'x must be a one-dimensional array or sequence.');
  const n = p.N === undefined || p.N === null ? x.shape[0] : pyIndex(p.N);
  const dt = D.promote(x.dtype, D.int64);
  const xd = castCopy(x, dt);
  const out = allocArray([x.shape[0], n], dt);
  let col: NDArray = castCopy(asArray(applyUfunc(ufunc('multiply'), [xd, 0])), dt);
  for (let k = 0; k < n; k++) {
    col = k === 0 ? asArray(applyUfunc(ufunc('add'), [col, 1])) : k === 1 ? xd : asArray(applyUfunc(ufunc('multiply'), [col, xd]));
    const j = p.increasing !== undefined && truthy(p.increasing) ? k : n - 1 - k;
    copyInto(out.view([x.shape[0]], [out.strides[0]], out.offset + j * out.strides[1]), col);
  }
  return out;
}

export function diag(args: any[], kw: Kw): NDArray {
  const p = kwArgs(args, kw, ['v', 'k']);
  const v = asArray(p.v);
  const k = p.k === undefined ? 0 : pyIndex(p.k);
  if (v.ndim === 1) {
    const n = v.shape[0] + Math.abs(k);
    const a = allocArray([n, n], v.dtype, true);
    for (let i = 0; i < v.shape[0]; i++) a.set(k >= 0 ? [i, i + k] : [i - k, i], v.get([i]));
    return a;
  }
  if (v.ndim !== 2) throwPy('ValueError', 'Input must be 1- or 2-d.');
  const [r, c] = v.shape;
  const len = Math.max(0, k >= 0 ? Math.min(r, c - k) : Math.min(r + k, c));
  const d = v.view([len], [v.strides[0] + v.strides[1]], v.offset + (len > 0 ? (k >= 0 ? k * v.strides[1] : -k * v.strides[0]) : 0));
  d.writeable = false;
  return d;
}

function indices(args: any[], kw: Kw): any {
  const p = kwArgs(args, kw, ['dimensions', 'dtype', 'sparse']);
  const dims = shapeArg(p.dimensions);
  const dt = p.dtype === undefined ? D.int64 : toDType(p.dtype);
  const sparse = p.sparse !== undefined && truthy(p.sparse);
  const nd = dims.length;
  const parts: NDArray[] = [];
  for (let d = 0; d < nd; d++) {
    const shp = sparse ? dims.map((s, i) => (i === d ? s : 1)) : dims;
    const a = allocArray(shp, dt);
    const vals = a.size;
    const w = writer(dt);
    const view = heap.view();
    const idx = new Array(nd).fill(0);
    for (let q = 0; q < vals; q++) {
      w(view, a.addr + q * dt.itemsize, pyToDomain(idx[d], dt));
      for (let j = nd - 1; j >= 0; j--) {
        if (++idx[j] < shp[j]) break;
        idx[j] = 0;
      }
    }
    parts.push(a);
  }
  if (sparse) return tuple(parts);
  const out = allocArray([nd, ...dims], dt);
  parts.forEach((a, d) => copyInto(getIndex(out, d), a));
  return out;
}

function meshgrid(args: any[], kw: Kw): any {
  const p = kwArgs([], kw, ['copy', 'sparse', 'indexing']);
  if (p.indexing !== undefined && p.indexing !== 'xy' && p.indexing !== 'ij') throwPy('ValueError', "Valid values for `indexing` are 'xy' and 'ij'.");
  const xs = args.map((a) => asArray(a));
  const ij = p.indexing === 'ij';
  const sparse = p.sparse !== undefined && truthy(p.sparse);
  const n = xs.length;
  const shapes = xs.map((x) => x.size);
  const outShape = shapes.slice();
  if (!ij && n >= 2) [outShape[0], outShape[1]] = [outShape[1], outShape[0]];
  const res = xs.map((x, i) => {
    let pos = i;
    if (!ij && n >= 2 && i < 2) pos = 1 - i;
    const shp = outShape.map((s, j) => (j === pos ? s : 1));
    const flat = ravel(x);
    const v = new NDArray(flat.block, flat.dtype, shp, shp.map((_, j) => (j === pos ? flat.strides[0] : 0)), flat.offset, flat.owner, flat.writeable);
    let r: NDArray;
    if (sparse) r = castCopy(v, x.dtype);
    else {
      r = allocArray(outShape, x.dtype);
      copyInto(r, v);
    }
    // NumPy reshapes and broadcasts with subok=True: a subclass input gives grids of its class
    const cls = subclassOf(x);
    return cls === null ? r : wrapAs(r, cls, x);
  });
  return tuple(res);
}

function fromfunction(args: any[], kw: Kw): any {
  const fn = args[0];
  const shape = args[1];
  const dtArg = kw?.get('dtype');
  const rest = new Map(kw ?? []);
  rest.delete('dtype');
  const idx = indices([shape], new Map([['dtype', dtArg ?? pyDType(D.float64)]])) as NDArray;
  const parts: any[] = [];
  for (let i = 0; i < idx.shape[0]; i++) parts.push(getIndex(idx, i));
  return call(fn, parts, rest.size ? rest : null);
}

function frombuffer(args: any[], kw: Kw): NDArray {
  const p = kwArgs(args, kw, ['buffer', 'dtype', 'count', 'offset', 'like']);
  const dt = p.dtype === undefined ? D.float64 : toDType(p.dtype);
  if (dt.kind === 'O') throwPy('ValueError', 'cannot create an OBJECT array from memory buffer');
  // bytes, bytearray and memoryview; the data is copied in (array data lives in WASM memory), so a
  // bytearray's array is writeable like NumPy's but does not write through to it
  const src = p.buffer instanceof NDArray ? p.buffer : null;
  if (src && !src.cContiguous) throwPy('ValueError', 'ndarray is not C-contiguous');
  const data = src ? null : bytesLike(p.buffer);
  if (data === null && !src) throwPy('TypeError', 'a bytes-like object is required');
  const offset = p.offset === undefined ? 0 : pyIndex(p.offset);
  const size = src ? src.nbytes : data!.length;
  if (offset < 0 || offset > size) throwPy('ValueError', `offset must be non-negative and no greater than buffer length (${size})`);
  let avail = size - offset;
  if (avail % dt.itemsize !== 0 && (p.count === undefined || pyIndex(p.count) < 0)) throwPy('ValueError', 'buffer size must be a multiple of element size');
  const count = p.count === undefined || pyIndex(p.count) < 0 ? avail / dt.itemsize : pyIndex(p.count);
  if (count * dt.itemsize > avail) throwPy('ValueError', 'buffer is smaller than requested size');
  avail = count * dt.itemsize;
  // an ndarray exports its own memory: the result is a view of it, as NumPy's buffer protocol gives
  if (src) return src.view([count], [dt.itemsize], src.offset + offset, dt);
  const a = allocArray([count], dt);
  new Uint8Array(heap.buffer, a.addr, avail).set(data!.subarray(offset, offset + avail));
  a.writeable = !(p.buffer instanceof PyBytes);
  return a;
}

function fromiter(args: any[], kw: Kw): NDArray {
  const p = kwArgs(args, kw, ['iter', 'dtype', 'count', 'like']);
  const dt = toDType(p.dtype);
  const count = p.count === undefined ? -1 : pyIndex(p.count);
  const it = iter(p.iter);
  const vals: any[] = [];
  while (count < 0 || vals.length < count) {
    const v = it.next();
    if (v === undefined) break;
    vals.push(v);
  }
  if (count >= 0 && vals.length < count) throwPy('ValueError', `iterator too short: Expected ${count} but iterator had only ${vals.length} items.`);
  return fromPython(vals, dt);
}

function arrayFn(args: any[], kw: Kw): NDArray {
  const p = kwArgs(args, kw, ['object', 'dtype', 'copy', 'order', 'subok', 'ndmin', 'like']);
  const dt = optDType(p.dtype);
  let a: NDArray;
  const copy = p.copy === undefined ? true : p.copy === null ? null : truthy(p.copy);
  const order = memOrder(p.order, 'K');
  if (p.object instanceof NDArray) {
    // an array is used as it is when allowed and its layout suits `order`, else copied in that order
    // (the default 'K' keeps its memory order)
    const src = p.object;
    const sameType = !dt || dt === src.dtype;
    const fits = order === 'C' ? src.cContiguous : order === 'F' ? src.fContiguous : true;
    if (copy !== true && sameType && fits) a = src;
    else if (copy === false) return noCopy();
    else a = castCopyLike(src, dt ?? src.dtype, order);
  } else {
    const given = viaArrayMethod(p.object, dt ?? null, copy, noCopy);
    if (given !== null) a = dt && given.dtype !== dt ? castCopy(given, dt) : given;
    else if (copy === false) return noCopy();
    else a = fromPython(p.object, dt);
    if (order === 'F' && a.ndim > 1) a = castCopy(a, a.dtype, 'F');
  }
  // a subclass instance stays one only with subok=True
  const sub = subclassOf(p.object);
  if (sub !== null) a = p.subok !== undefined && truthy(p.subok) ? (subclassOf(a) === null ? wrapAs(a, sub, p.object) : a) : baseView(a);
  const ndmin = p.ndmin === undefined ? 0 : pyIndex(p.ndmin);
  if (a.ndim < ndmin) {
    const extra = ndmin - a.ndim;
    a = a.view([...new Array(extra).fill(1), ...a.shape], [...new Array(extra).fill(0), ...a.strides], a.offset);
  }
  return a;
}

function asarrayFn(args: any[], kw: Kw): NDArray {
  return baseView(asanyarrayFn(args, kw));
}

/** copy=False where a copy is needed (NumPy 2's error, with its migration hint) */
function noCopy(): never {
  return throwPy('ValueError', 'Unable to avoid copy while creating an array as requested.\n' +
    'If using `np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy when needed (no behavior change in NumPy 1.x).\n' +
    'For more details, see https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword.');
}

function asanyarrayFn(args: any[], kw: Kw): NDArray {
  const p = kwArgs(args, kw, ['a', 'dtype', 'order', 'device', 'copy', 'like']);
  const dt = optDType(p.dtype);
  const copy = p.copy === undefined || p.copy === null ? null : truthy(p.copy);
  const given = viaArrayMethod(p.a, dt ?? null, copy, noCopy);
  if (given !== null) p.a = given;
  else if (copy === false && !(p.a instanceof NDArray && (!dt || dt === p.a.dtype))) noCopy();
  const order = memOrder(p.order, 'K');
  // an array cast to another dtype keeps its memory order (order='K')
  let a = p.a instanceof NDArray && dt && dt !== p.a.dtype && order !== 'C' && order !== 'F' ? castCopyLike(p.a, dt, order) : asArray(p.a, dt);
  if (order === 'F' && !a.fContiguous) a = castCopy(a, a.dtype, 'F');
  else if (order === 'C' && !a.cContiguous) a = castCopy(a, a.dtype, 'C');
  else if (a === p.a && p.copy !== undefined && p.copy !== null && truthy(p.copy)) a = castCopyLike(a, a.dtype, order);
  return a;
}

/** `a` itself, or for an ndarray subclass instance a plain ndarray view of it */
function baseView(a: NDArray): NDArray {
  if (subclassOf(a) === null) return a;
  return new NDArray(a.block, a.dtype, a.shape, a.strides, a.offset, a.owner, a.writeable);
}

/** a `*_like` result: an instance of the prototype's subclass unless subok=False */
function likeResult(r: NDArray, proto: any, subok: any): NDArray {
  const sub = subclassOf(proto);
  return sub !== null && (subok === undefined || truthy(subok)) ? wrapAs(r, sub, proto) : r;
}

/** logspace / geomspace: the samples, computed along axis 0, moved to `axis` (as linspace does). */
function sampleAxis(r: any, axis: any): any {
  return axis !== undefined && axis !== null && r instanceof NDArray && r.ndim > 1 ? moveaxis(r, 0, axis) : r;
}

export function creationFunctions(): Record<string, PyBuiltin> {
  const b = (name: string, f: (args: any[], kw: Kw) => any) => builtin(name, kwNamed(name, f));
  return {
    array: b('array', arrayFn),
    asarray: b('asarray', asarrayFn),
    asanyarray: b('asanyarray', asanyarrayFn),
    ascontiguousarray: b('ascontiguousarray', (args, kw) => {
      const a = asarrayFn(args, kw);
      return a.cContiguous ? (a.ndim === 0 ? a.view([1], [a.itemsize], a.offset) : a) : castCopy(a, a.dtype);
    }),
    asfortranarray: b('asfortranarray', (args, kw) => {
      const a = asarrayFn(args, kw);
      return a.fContiguous ? a : castCopy(a, a.dtype, 'F');
    }),
    copy: b('copy', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'order', 'subok']);
      const a = asArray(p.a);
      const c = castCopyLike(a, a.dtype, p.order ?? 'K');
      // subok=True keeps a subclass (its __array_finalize__ sees the original), as np.array(subok=True) does
      const cls = p.subok !== undefined && truthy(p.subok) ? subclassOf(a) : null;
      return cls ? wrapAs(c, cls, a) : c;
    }),
    zeros: b('zeros', (args, kw) => {
      const p = kwArgs(args, kw, ['shape', 'dtype', 'order', 'like']);
      return zeroArray(shapeArg(p.shape), p.dtype === undefined ? D.float64 : toDType(p.dtype), order(p.order));
    }),
    ones: b('ones', (args, kw) => {
      const p = kwArgs(args, kw, ['shape', 'dtype', 'order', 'like']);
      return fill(allocArray(shapeArg(p.shape), p.dtype === undefined ? D.float64 : toDType(p.dtype), false, order(p.order)), 1);
    }),
    empty: b('empty', (args, kw) => {
      const p = kwArgs(args, kw, ['shape', 'dtype', 'order', 'like']);
      return allocArray(shapeArg(p.shape), p.dtype === undefined ? D.float64 : toDType(p.dtype), true, order(p.order));
    }),
    full: b('full', (args, kw) => {
      const p = kwArgs(args, kw, ['shape', 'fill_value', 'dtype', 'order', 'like']);
      const dt = optDType(p.dtype) ?? valueDType(p.fill_value);
      return fullArray(shapeArg(p.shape), p.fill_value, dt, order(p.order));
    }),
    zeros_like: b('zeros_like', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'dtype', 'order', 'subok', 'shape']);
      const a = asArray(p.a);
      const z = allocLike(a, likeDType(a, p.dtype), p.order, true, p.shape === undefined || p.shape === null ? a.shape : shapeArg(p.shape));
      zeroObjects(z);
      return likeResult(z, p.a, p.subok);
    }),
    ones_like: b('ones_like', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'dtype', 'order', 'subok', 'shape']);
      const a = asArray(p.a);
      return likeResult(fill(allocLike(a, likeDType(a, p.dtype), p.order, false, p.shape === undefined || p.shape === null ? a.shape : shapeArg(p.shape)), 1), p.a, p.subok);
    }),
    empty_like: b('empty_like', (args, kw) => {
      const p = kwArgs(args, kw, ['prototype', 'dtype', 'order', 'subok', 'shape']);
      const a = asArray(p.prototype);
      return likeResult(allocLike(a, likeDType(a, p.dtype), p.order, true, p.shape === undefined || p.shape === null ? a.shape : shapeArg(p.shape)), p.prototype, p.subok);
    }),
    full_like: b('full_like', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'fill_value', 'dtype', 'order', 'subok', 'shape']);
      const a = asArray(p.a);
      const dt = likeDType(a, p.dtype);
      const shp = p.shape === undefined || p.shape === null ? a.shape : shapeArg(p.shape);
      const out = allocLike(a, dt, p.order, false, shp);
      copyInto(out, asArray(p.fill_value instanceof NDArray ? p.fill_value : castFill(p.fill_value, dt)));
      return likeResult(out, p.a, p.subok);
    }),
    arange: b('arange', arange),
    linspace: b('linspace', linspace),
    logspace: b('logspace', (args, kw) => {
      const p = kwArgs(args, kw, ['start', 'stop', 'num', 'endpoint', 'base', 'dtype', 'axis']);
      const lkw = new Map<string, any>();
      if (p.num !== undefined) lkw.set('num', p.num);
      if (p.endpoint !== undefined) lkw.set('endpoint', p.endpoint);
      const y = linspace([p.start, p.stop], lkw);
      const r = sampleAxis(applyUfunc(ufunc('power'), [p.base ?? new PyFloat(10), y]), p.axis);
      return p.dtype === undefined || p.dtype === null ? r : castCopy(asArray(r), toDType(p.dtype));
    }),
    geomspace: b('geomspace', (args, kw) => {
      const p = kwArgs(args, kw, ['start', 'stop', 'num', 'endpoint', 'dtype', 'axis']);
      const lkw = new Map<string, any>();
      if (p.num !== undefined) lkw.set('num', p.num);
      if (p.endpoint !== undefined) lkw.set('endpoint', p.endpoint);
      // NumPy rotates start to the positive reals, works with logs there, and rotates back
      const U = (name: string, ...xs: any[]) => applyUfunc(ufunc(name), xs);
      const start0 = U('multiply', p.start, new PyFloat(1)), stop0 = U('multiply', p.stop, new PyFloat(1));
      if (truthy(U('logical_or', anyOf(U('equal', start0, 0), {}), anyOf(U('equal', stop0, 0), {})))) throwPy('ValueError', 'Geometric sequence cannot include zero');
      const sign = U('sign', start0);
      const start = U('divide', start0, sign), stop = U('divide', stop0, sign);
      const y = linspace([U('log10', start), U('log10', stop)], lkw);
      const r = asArray(U('power', new PyFloat(10), y));
      const num = p.num === undefined ? 50 : pyIndex(p.num);
      if (num > 0) setIndex(r, 0, start);
      if (num > 1 && (p.endpoint === undefined || truthy(p.endpoint))) setIndex(r, -1, stop);
      const out = sampleAxis(asArray(U('multiply', r, sign)), p.axis);
      return p.dtype === undefined || p.dtype === null ? out : castCopy(out, toDType(p.dtype));
    }),
    eye: b('eye', eye),
    identity: b('identity', (args, kw) => {
      const p = kwArgs(args, kw, ['n', 'dtype', 'like']);
      const m = new Map<string, any>();
      if (p.dtype !== undefined) m.set('dtype', p.dtype);
      return eye([p.n], m);
    }),
    tri: b('tri', tri),
    diag: b('diag', diag),
    vander: b('vander', (args, kw) => vander(kwArgs(args, kw, ['x', 'N', 'increasing']))),
    diagflat: b('diagflat', (args, kw) => {
      const p = kwArgs(args, kw, ['v', 'k']);
      return diag([ravel(asArray(p.v)), p.k ?? 0], null);
    }),
    indices: b('indices', indices),
    meshgrid: b('meshgrid', meshgrid),
    fromfunction: b('fromfunction', fromfunction),
    frombuffer: b('frombuffer', frombuffer),
    fromiter: b('fromiter', fromiter),
  };
}

function castFill(v: any, dt: DType): NDArray {
  return scalarArray(dt, pyToDomain(v instanceof NPScalar ? v : v, dt, false));
}

export { memoryError };
