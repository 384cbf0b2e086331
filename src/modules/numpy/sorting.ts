/**
 * Sorting and searching: sort (function and in-place method), argsort, lexsort, searchsorted with
 * `side` and `sorter`, and unique with its index/inverse/count outputs, `axis=` and `equal_nan=`
 * (partition and argpartition are in partition.ts).
 *
 * Order is NumPy's: NaN sorts last, complex values lexicographically (NaNs last). `sort` is stable.
 * `argsort` with the default kind reproduces the order NumPy gives ties (runtime/argsort.ts: x86-simd-sort
 * for 32/64-bit numbers, NumPy's introsort otherwise; NumPy 2.4 runs it for kind='heapsort' too), and
 * kind='stable'/'mergesort' (or stable=True) a stable sort.
 */
import { hashOrderUnique } from './uniqueHash';
import { NDArray, contiguousStrides } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { DType } from '../../../runtime/dtype';
import { Complex } from '../../../runtime/elements';
import { NAT } from '../../../runtime/datetime';
import { PyTuple, tuple } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { truthy, lt, index as pyIndex } from '../../objects/protocols';
import { toArray } from '../../objects/iterators';
import { repr as pyRepr } from '../../objects/repr';
import { typeOf } from '../../objects/pytype';
import { asArray, allocArray, castCopy, castCopyLike, copyInto, fromPython } from './coerce';
import { kwArgs, kwNamed } from './ufuncs';
import { normAxis } from './axes';
import { ravel } from './reductions';
import { scalar, NPScalar } from './scalars';
import { slab, sub, concatenate } from './joining';
import { makeNamedTuple } from './namedTuple';
import { orderKeys } from './records';
import { defaultArgsort, complexLess } from '../../../runtime/argsort';
import { typedSortable, typedSortRow, typedView } from '../../../runtime/typedSort';
import { heap } from '../../../runtime/memory';
import { partition } from './partition';

/** Record comparison: the fields named by `keys` in turn (all fields in dtype order by default). */
function recordCompare(dt: DType, keys?: string[]): (x: any, y: any) => number {
  if (dt.subBase) {
    const c = compareFor(dt.subBase);
    return (x: any[], y: any[]) => {
      const a = x.flat(Infinity), b = y.flat(Infinity);
      for (let i = 0; i < a.length; i++) {
        const r = c(a[i], b[i]);
        if (r) return r;
      }
      return 0;
    };
  }
  if (!dt.fields) {
    // raw bytes, compared as unsigned bytes left to right (NumPy's void comparison)
    return (x: number[], y: number[]) => {
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
      return 0;
    };
  }
  const fields = dt.fields;
  const order = (keys ?? fields.map((f) => f.name)).map((n) => fields.findIndex((f) => f.name === n));
  const cmps = order.map((i) => compareFor(fields[i].dtype));
  return (x: any[], y: any[]) => {
    for (let k = 0; k < order.length; k++) {
      const r = cmps[k](x[order[k]], y[order[k]]);
      if (r) return r;
    }
    return 0;
  };
}

export function compareFor(dt: DType, order?: any): (x: any, y: any) => number {
  if (dt.kind === 'V') return recordCompare(dt, dt.fields ? orderKeys(dt, order) : undefined);
  if (dt.kind === 'c') {
    return (x: Complex, y: Complex) => (complexLess(x, y) ? -1 : complexLess(y, x) ? 1 : 0);
  }
  if (dt.kind === 'f') return (x, y) => (x !== x ? (y !== y ? 0 : 1) : y !== y ? -1 : x < y ? -1 : x > y ? 1 : 0);
  // objects: Python's `<` (NumPy's object sort compares with Py_LT only)
  if (dt.kind === 'O') return (x, y) => (truthy(lt(x, y)) ? -1 : truthy(lt(y, x)) ? 1 : 0);
  // NaT sorts last, as NaN does
  if (dt.timeUnit !== null) return (x, y) => (x === NAT ? (y === NAT ? 0 : 1) : y === NAT ? -1 : x < y ? -1 : x > y ? 1 : 0);
  return (x, y) => (x < y ? -1 : x > y ? 1 : 0);
}

/** Visit every 1-d lane of `a` along `axis`: f(view of the lane, lane number). */
export function lanes(a: NDArray, axis: number, f: (lane: NDArray, k: number) => void): void {
  const others = a.shape.filter((_, i) => i !== axis);
  const total = others.reduce((p, s) => p * s, 1);
  const idx = new Array(others.length).fill(0);
  const ost = a.strides.filter((_, i) => i !== axis);
  for (let q = 0; q < total; q++) {
    let off = a.offset;
    for (let d = 0; d < others.length; d++) off += idx[d] * ost[d];
    f(a.view([a.shape[axis]], [a.strides[axis]], off), q);
    for (let d = idx.length - 1; d >= 0; d--) {
      if (++idx[d] < others[d]) break;
      idx[d] = 0;
    }
  }
}

function writeLane(lane: NDArray, vals: any[]): void {
  for (let i = 0; i < vals.length; i++) lane.set([i], vals[i]);
}

/** `order=` names fields, so it needs a structured array */
export function checkOrderArg(dt: DType, order: any): void {
  if (order !== undefined && order !== null && !dt.fields) throwPy('ValueError', 'Cannot specify order when the array has no fields.');
}

export function sortInPlace(a: NDArray, axisArg: any, order?: any): void {
  checkOrderArg(a.dtype, order);
  if (a.ndim === 0) throwPy('AxisError', 'axis -1 is out of bounds for array of dimension 0');
  const axis = normAxis(axisArg ?? -1, a.ndim);
  if (typedSortable(a.dtype) && a.dtype.kind !== 'V') {
    lanes(a, axis, (lane) => typedSortRow(a.dtype, lane.addr, lane.size, lane.strides[0]));
    return;
  }
  const cmp = compareFor(a.dtype, order);
  lanes(a, axis, (lane) => writeLane(lane, lane.toArray().sort(cmp)));
}

export function sort(x: any, axisArg: any, order?: any): NDArray {
  let a = asArray(x);
  if (axisArg === null) a = ravel(a);
  // the copy keeps the memory order of `a` (order='K'), as NumPy's does
  const out = castCopyLike(a, a.dtype, 'K');
  if (out.ndim === 0) throwPy('AxisError', 'axis -1 is out of bounds for array of dimension 0');
  sortInPlace(out, axisArg === null ? 0 : axisArg, order);
  return out;
}

/** The algorithm `kind=` / `stable=` select: NumPy reads only the first letter of `kind`. */
export function sortKind(kind: any, stable: any): 'quick' | 'stable' {
  let how: 'quick' | 'stable' = 'quick';
  const hasKind = kind !== undefined && kind !== null;
  if (hasKind) {
    if (typeof kind !== 'string') throwPy('TypeError', `sort kind must be str, not ${typeOf(kind).tpName}`);
    const k = kind.toLowerCase()[0];
    // NumPy 2.4 runs its default sort for 'heapsort' too
    if (k === 'm' || k === 's') how = 'stable';
    else if (k !== 'q' && k !== 'h') throwPy('ValueError', `sort kind must be one of 'quick', 'heap', or 'stable' (got '${kind}')`);
  }
  if (stable !== undefined && stable !== null) {
    if (hasKind) throwPy('ValueError', "`kind` and keyword parameters can't be provided at the same time. Use only one of them.");
    return truthy(stable) ? 'stable' : 'quick';
  }
  return how;
}

export function argsort(x: any, axisArg: any, order?: any, kind?: any, stable?: any): NDArray {
  let a = asArray(x);
  if (axisArg === null) a = ravel(a);
  checkOrderArg(a.dtype, order);
  const axis = normAxis(axisArg === null ? 0 : axisArg ?? -1, a.ndim);
  const out = allocArray(a.shape, D.int64);
  const cmp = compareFor(a.dtype, order);
  const how = sortKind(kind, stable);
  const native = !a.dtype.isText && a.dtype.kind !== 'V' && a.dtype.kind !== 'O';
  const outLanes: NDArray[] = [];
  lanes(out, axis, (l) => outLanes.push(l));
  lanes(a, axis, (lane, k) => {
    const vals = lane.toArray();
    let perm: number[];
    if (how === 'stable') perm = vals.map((_, i) => i).sort((i, j) => cmp(vals[i], vals[j]) || i - j);
    else if (native) perm = defaultArgsort(a.dtype, vals);
    else perm = defaultArgsort(a.dtype, vals, (i, j) => cmp(vals[i], vals[j]) < 0, a.dtype.kind === 'V');
    writeLane(outLanes[k], perm.map(BigInt));
  });
  return out;
}

/**
 * np.lexsort(keys, axis=-1): indices that sort along `axis` by the last key, ties broken by the one before
 * it and so on (a stable sort). Every key must have the same shape; the result has that shape.
 */
export function lexsort(keysArg: any, axisArg: any = -1): any {
  let keys: NDArray[];
  if (keysArg instanceof NDArray) {
    if (keysArg.ndim === 0) throwPy('TypeError', 'need sequence of keys with len > 0 in lexsort');
    keys = Array.from({ length: keysArg.shape[0] }, (_, i) => sub(keysArg, 0, i));
  } else {
    if (typeof keysArg !== 'object' || keysArg === null) throwPy('TypeError', 'need sequence of keys with len > 0 in lexsort');
    keys = toArray(keysArg).map((k: any) => asArray(k));
  }
  if (!keys.length) throwPy('TypeError', 'need sequence of keys with len > 0 in lexsort');
  const shape = keys[0].shape;
  if (keys.some((k) => k.ndim !== shape.length || k.shape.some((n, i) => n !== shape[i]))) throwPy('ValueError', 'all keys need to be the same shape');
  if (shape.length === 0) return scalar(D.int64, 0n);
  const axis = normAxis(axisArg ?? -1, shape.length);
  const out = allocArray(shape.slice(), D.int64);
  const cmps = keys.map((k) => compareFor(k.dtype));
  const keyLanes: any[][][] = keys.map(() => []);
  keys.forEach((k, j) => lanes(k, axis, (lane) => keyLanes[j].push(lane.toArray())));
  lanes(out, axis, (lane, q) => {
    const vals = keyLanes.map((kl) => kl[q]);
    const order = Array.from({ length: lane.size }, (_, i) => i).sort((i, j) => {
      for (let k = keys.length - 1; k >= 0; k--) {
        const c = cmps[k](vals[k][i], vals[k][j]);
        if (c) return c;
      }
      return i - j;
    });
    writeLane(lane, order.map((i) => BigInt(i)));
  });
  return out;
}

/** NumPy's side converter: exactly 'left' or 'right' (other spellings of either get their own message) */
function searchSide(side: any): 'left' | 'right' {
  if (typeof side !== 'string') throwPy('TypeError', `search side must be str, not ${typeOf(side).tpName}`);
  if (side === 'left' || side === 'right') return side;
  if (/^[lLrR]/.test(side)) throwPy('ValueError', "search side must be one of 'left' or 'right'");
  return throwPy('ValueError', `search side must be 'left' or 'right' (got ${pyRepr(side)})`);
}

export function searchsorted(x: any, v: any, sideArg: any, sorter: any): any {
  const side = searchSide(sideArg);
  const a = asArray(x);
  if (a.ndim !== 1) throwPy('ValueError', a.ndim === 0 ? 'object of too small depth for desired array' : 'object too deep for desired array');
  let vals = a.toArray();
  if (sorter !== undefined && sorter !== null) {
    const sa = asArray(sorter);
    if (sa.size !== a.size) throwPy('ValueError', 'sorter.size must equal a.size');
    const s = sa.toArray().map(Number);
    vals = s.map((i) => vals[i]);
  }
  const isScalar = !(v instanceof NDArray || Array.isArray(v) || v instanceof PyTuple);
  const q = asArray(v);
  const dt = D.promote(a.dtype.native, q.dtype.native);
  const cmp = compareFor(dt);
  const conv = (arr: NDArray, vs: any[]) => (arr.dtype.native === dt ? vs : castCopy(arr, dt).toArray());
  const sv = conv(a, vals);
  const qs = conv(q, q.toArray());
  const right = side === 'right';
  const res = qs.map((t) => {
    let lo = 0, hi = sv.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = cmp(sv[mid], t);
      if (c < 0 || (right && c === 0)) lo = mid + 1;
      else hi = mid;
    }
    return BigInt(lo);
  });
  if (isScalar) return scalar(D.int64, res[0]);
  const out = allocArray(q.shape, D.int64);
  const flat = out.view([out.size], [8], 0);
  res.forEach((r, i) => flat.set([i], r));
  return out;
}

/** np.unique: sorted distinct values (NaNs collapsed to one, as NumPy 2 does by default). */
export function unique(x: any, p: Record<string, any>): any {
  const retIndex = p.return_index !== undefined && truthy(p.return_index);
  const retInverse = p.return_inverse !== undefined && truthy(p.return_inverse);
  const retCounts = p.return_counts !== undefined && truthy(p.return_counts);
  const a0 = asArray(x);
  if (p.axis !== undefined && p.axis !== null) return uniqueAxis(a0, normAxis(p.axis, a0.ndim), retIndex, retInverse, retCounts);
  const a = ravel(a0);
  // sorted=False: NumPy's hash-set order where it hashes (integers, datetimes, strings)
  if (p.sorted !== undefined && !truthy(p.sorted) && !retIndex && !retInverse && !retCounts) {
    const h = hashOrderUnique(a);
    if (h !== null) return h;
  }
  // equal_nan=False (the array-API unique_* functions): NaN != NaN, so every NaN is its own value
  const nanApart = p.equal_nan !== undefined && !truthy(p.equal_nan);
  if (!retIndex && !retInverse && !nanApart && typedSortable(a.dtype)) return uniqueSorted(a, retCounts);
  const vals = a.toArray();
  const cmp = compareFor(a.dtype);
  const order = vals.map((_, i) => i).sort((i, j) => cmp(vals[i], vals[j]) || i - j);
  const uniq: number[] = [];
  const inverse = new Array(vals.length);
  const counts: number[] = [];
  for (const i of order) {
    const last = uniq.length ? vals[uniq[uniq.length - 1]] : undefined;
    const sameNaN = !nanApart && uniq.length > 0 && hasNaN(last) && hasNaN(vals[i]);
    if (!uniq.length || (cmp(last, vals[i]) !== 0 && !sameNaN) || (nanApart && hasNaN(vals[i]))) {
      uniq.push(i);
      counts.push(0);
    }
    counts[counts.length - 1]++;
    inverse[i] = uniq.length - 1;
  }
  const u = allocArray([uniq.length], a.dtype);
  uniq.forEach((i, k) => u.set([k], vals[i]));
  if (!retIndex && !retInverse && !retCounts) {
    // NumPy's hash-set path keeps the first NaN met in the input (complex NaNs differ in their parts)
    const firstNaN = nanApart ? -1 : vals.findIndex(hasNaN);
    if (firstNaN >= 0) u.set([uniq.length - 1], vals[firstNaN]);
    return u;
  }
  const out: any[] = [u];
  if (retIndex) out.push(fromPython(uniq, D.int64));
  if (retInverse) {
    const inv = fromPython(inverse, D.int64);
    out.push(a0.ndim > 1 ? inv.view(a0.shape.slice(), contiguousStrides(a0.shape, 8), 0) : inv);
  }
  if (retCounts) out.push(fromPython(counts, D.int64));
  return tuple(out);
}

/**
 * np.unique of a numeric dtype without indices: a typed-array sort of a copy, then one pass keeping the
 * first of each run of equal values (one NaN for all, as equal_nan=True has it), with the run lengths
 * when counts are asked for.
 */
function uniqueSorted(a: NDArray, retCounts: boolean): any {
  const s = castCopy(a, a.dtype);
  const n = s.size, size = s.itemsize;
  typedSortRow(s.dtype, s.addr, n, size);
  const v = typedView(s.dtype, s.addr, n);
  const counts: number[] = [];
  let w = 0;
  for (let i = 0; i < n; i++) {
    const x = v[i];
    if (w > 0 && (x === v[w - 1] || (x !== x && v[w - 1] !== v[w - 1]))) counts[w - 1]++;
    else {
      v[w++] = x;
      counts.push(1);
    }
  }
  const u = allocArray([w], a.dtype);
  new Uint8Array(heap.buffer, u.addr, w * size).set(new Uint8Array(heap.buffer, s.addr, w * size));
  return retCounts ? tuple([u, fromPython(counts, D.int64)]) : u;
}

/** a NaN (complex with a NaN part) or NaT element: never equal to another, itself included */
function hasNaN(v: any): boolean {
  return typeof v === 'number' ? v !== v : v === NAT || (v instanceof Complex && (v.re !== v.re || v.im !== v.im));
}

/**
 * np.unique along an axis: the slabs sorted lexicographically (NaN last), a new run wherever a slab
 * differs from the previous one; NumPy compares slabs as records, so one holding a NaN always differs.
 */
function uniqueAxis(a: NDArray, axis: number, retIndex: boolean, retInverse: boolean, retCounts: boolean): any {
  const n = a.shape[axis];
  const rows = Array.from({ length: n }, (_, i) => slab(a, axis, i, 1).toArray());
  const cmp = compareFor(a.dtype);
  const rowCmp = (i: number, j: number) => {
    for (let k = 0; k < rows[i].length; k++) {
      const c = cmp(rows[i][k], rows[j][k]);
      if (c) return c;
    }
    return 0;
  };
  const order = rows.map((_, i) => i).sort((i, j) => rowCmp(i, j) || i - j);
  const uniq: number[] = [];
  const counts: number[] = [];
  const inverse = new Array(n);
  for (const i of order) {
    if (!uniq.length || rowCmp(uniq[uniq.length - 1], i) !== 0 || rows[i].some(hasNaN)) {
      uniq.push(i);
      counts.push(0);
    }
    counts[counts.length - 1]++;
    inverse[i] = uniq.length - 1;
  }
  const u = n === 0 ? castCopy(a, a.dtype) : concatenate(uniq.map((i) => slab(a, axis, i, 1)), axis);
  if (!retIndex && !retInverse && !retCounts) return u;
  const out: any[] = [u];
  if (retIndex) out.push(fromPython(uniq, D.int64));
  if (retInverse) out.push(fromPython(inverse, D.int64));
  if (retCounts) out.push(fromPython(counts, D.int64));
  return tuple(out);
}

export function sortingFunctions(): Record<string, PyBuiltin> {
  const b = (name: string, f: (args: any[], kw: Kw) => any) => builtin(name, kwNamed(name, f));
  const UniqueCounts = makeNamedTuple('UniqueCountsResult', ['values', 'counts']);
  const UniqueInverse = makeNamedTuple('UniqueInverseResult', ['values', 'inverse_indices']);
  const UniqueAll = makeNamedTuple('UniqueAllResult', ['values', 'indices', 'inverse_indices', 'counts']);
  return {
    sort: b('sort', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'axis', 'kind', 'order', 'stable']);
      sortKind(p.kind, p.stable);
      return sort(p.a, p.axis === undefined ? -1 : p.axis, p.order);
    }),
    argsort: b('argsort', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'axis', 'kind', 'order', 'stable']);
      return argsort(p.a, p.axis === undefined ? -1 : p.axis, p.order, p.kind, p.stable);
    }),
    lexsort: b('lexsort', (args, kw) => {
      const p = kwArgs(args, kw, ['keys', 'axis']);
      return lexsort(p.keys, p.axis);
    }),
    partition: b('partition', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'kth', 'axis', 'kind', 'order']);
      if (p.order !== undefined && p.order !== null) checkOrderArg(asArray(p.a).dtype, p.order);
      return partition(p.a, p.kth, p.axis === undefined ? -1 : p.axis, false);
    }),
    argpartition: b('argpartition', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'kth', 'axis', 'kind', 'order']);
      if (p.order !== undefined && p.order !== null) checkOrderArg(asArray(p.a).dtype, p.order);
      return partition(p.a, p.kth, p.axis === undefined ? -1 : p.axis, true);
    }),
    searchsorted: b('searchsorted', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'v', 'side', 'sorter']);
      return searchsorted(p.a, p.v, p.side === undefined ? 'left' : p.side, p.sorter);
    }),
    unique: b('unique', (args, kw) => {
      const p = kwArgs(args, kw, ['ar', 'return_index', 'return_inverse', 'return_counts', 'axis', 'equal_nan', 'sorted']);
      return unique(p.ar, p);
    }),
    unique_values: b('unique_values', (args) => unique(args[0], { equal_nan: false, sorted: false })),
    unique_counts: b('unique_counts', (args) => {
      const r = unique(args[0], { return_counts: true, equal_nan: false }) as PyTuple;
      return UniqueCounts(r.items);
    }),
    unique_inverse: b('unique_inverse', (args) => {
      const r = unique(args[0], { return_inverse: true, equal_nan: false }) as PyTuple;
      return UniqueInverse(r.items);
    }),
    unique_all: b('unique_all', (args) => {
      const r = unique(args[0], { return_index: true, return_inverse: true, return_counts: true, equal_nan: false }) as PyTuple;
      return UniqueAll(r.items);
    }),
    sort_complex: b('sort_complex', (args) => {
      const s = sort(args[0], -1);
      // NumPy: 8- and 16-bit integers sort as complex64, everything else as complex128
      return s.dtype.kind === 'c' ? s : castCopy(s, 'bhBH'.includes(s.dtype.char) ? D.complex64 : D.complex128);
    }),
  };
}

export { copyInto, pyIndex, NPScalar };
