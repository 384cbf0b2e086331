/**
 * Joining and splitting arrays: concatenate, stack, vstack, hstack, dstack, column_stack, split,
 * array_split, hsplit, vsplit, dsplit, append, insert, delete, tile, repeat — with NumPy's dtype
 * promotion of the pieces and its error messages. Everything is expressed with views and `copyInto`.
 */
import { NDArray, broadcastShapes, broadcastStrides } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { PyTuple, PySlice, tuple } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { str } from '../../objects/repr';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { index as pyIndex, sliceIndices, truthy } from '../../objects/protocols';
import { toArray } from '../../objects/iterators';
import { asArray, allocArray, allocPermuted, copyInto, castCopy, multiSortedPerm } from './coerce';
import { kwArgs, kwNamed, casting as castingRule, dtRepr } from './ufuncs';
import { normAxis } from './axes';
import { ravel } from './reductions';
import { optDType } from './dtypes';
import { expandDims } from './shape';
import { shapeCompact } from './alloc';
import { NPScalar, weakKind } from './scalars';

function seq(v: any): any[] {
  if (v instanceof NDArray) {
    const out = [];
    for (let i = 0; i < (v.ndim ? v.shape[0] : 0); i++) out.push(sub(v, 0, i));
    return out;
  }
  return toArray(v);
}

/** the view a[..., i, ...] along `axis` (that axis removed) */
export function sub(a: NDArray, axis: number, i: number): NDArray {
  return a.view(a.shape.filter((_, k) => k !== axis), a.strides.filter((_, k) => k !== axis), a.offset + i * a.strides[axis]);
}

/** the view a[..., start:start+len, ...] along `axis` */
export function slab(a: NDArray, axis: number, start: number, len: number): NDArray {
  const shape = a.shape.slice();
  shape[axis] = len;
  return a.view(shape, a.strides.slice(), a.offset + (len > 0 ? start * a.strides[axis] : 0));
}

function commonType(arrs: NDArray[], dtype?: D.DType): D.DType {
  return dtype ?? D.resultType(arrs.map((a) => a.dtype), []);
}

/** how concatenate's `out=`, `dtype=` and `casting=` keywords were given (all optional) */
export interface JoinOpts {
  out?: any;
  dtype?: D.DType;
  casting?: any;
}

export function concatenate(items: any[], axisArg: any, dtype?: D.DType, opts: JoinOpts = {}): NDArray {
  const given = opts.out !== undefined && opts.out !== null ? opts.out : null;
  if (given && dtype) throwPy('TypeError', 'concatenate() only takes `out` or `dtype` as an argument, but both were provided.');
  if (given && !(given instanceof NDArray)) throwPy('TypeError', 'return arrays must be of ArrayType');
  if (!items.length) throwPy('ValueError', 'need at least one array to concatenate');
  let arrs = items.map((x) => asArray(x));
  let axis: number;
  if (axisArg === null) {
    arrs = arrs.map((a) => ravel(a));
    axis = 0;
  } else {
    if (arrs[0].ndim === 0) throwPy('ValueError', 'zero-dimensional arrays cannot be concatenated');
    axis = normAxis(axisArg ?? 0, arrs[0].ndim);
  }
  const nd = arrs[0].ndim;
  arrs.forEach((a, i) => {
    if (a.ndim !== nd) {
      throwPy('ValueError', `all the input arrays must have same number of dimensions, but the array at index 0 has ${nd} dimension(s) and the array at index ${i} has ${a.ndim} dimension(s)`);
    }
    for (let d = 0; d < nd; d++) {
      if (d !== axis && a.shape[d] !== arrs[0].shape[d]) {
        throwPy('ValueError', `all the input array dimensions except for the concatenation axis must match exactly, but along dimension ${d}, the array at index 0 has size ${arrs[0].shape[d]} and the array at index ${i} has size ${a.shape[d]}`);
      }
    }
  });
  const shape = arrs[0].shape.slice();
  shape[axis] = arrs.reduce((n, a) => n + a.shape[axis], 0);
  if (given || dtype || opts.casting !== undefined) {
    // every piece must cast to the result's dtype under the casting rule (same_kind by default)
    const rule = castingRule(opts.casting);
    const target = given ? given.dtype : commonType(arrs, dtype);
    for (const a of arrs) {
      if (!D.canCast(a.dtype, target, rule)) throwPy('TypeError', `Cannot cast array data from ${dtRepr(a.dtype)} to ${dtRepr(target)} according to the rule '${rule}'`);
    }
  }
  if (given && (given.ndim !== shape.length || given.shape.some((s: number, i: number) => s !== shape[i]))) throwPy('ValueError', 'Output array is the wrong shape');
  // laid out in the inputs' common memory order, as NumPy's
  const out: NDArray = given ?? allocPermuted(shape, commonType(arrs, dtype), multiSortedPerm(arrs, nd));
  let pos = 0;
  for (const a of arrs) {
    if (a.shape[axis]) copyInto(slab(out, axis, pos, a.shape[axis]), a);
    pos += a.shape[axis];
  }
  return out;
}

export function stack(items: any[], axisArg: any, opts: JoinOpts = {}): NDArray {
  const arrs = items.map((x) => asArray(x));
  if (!arrs.length) throwPy('ValueError', 'need at least one array to stack');
  const s0 = arrs[0].shape;
  if (arrs.some((a) => a.ndim !== s0.length || a.shape.some((s, i) => s !== s0[i]))) throwPy('ValueError', 'all input arrays must have the same shape');
  const axis = normAxis(axisArg ?? 0, s0.length + 1);
  return concatenate(arrs.map((a) => expandDims(a, axis)), axis, opts.dtype, opts);
}

export function atleast(a: NDArray, n: number): NDArray {
  if (a.ndim >= n) return a;
  if (n === 1) return a.view([1], [0], a.offset);
  if (n === 2) return a.ndim === 0 ? a.view([1, 1], [0, 0], a.offset) : a.view([1, a.shape[0]], [0, a.strides[0]], a.offset);
  if (a.ndim === 0) return a.view([1, 1, 1], [0, 0, 0], a.offset);
  if (a.ndim === 1) return a.view([1, a.shape[0], 1], [0, a.strides[0], 0], a.offset);
  return a.view([...a.shape, 1], [...a.strides, 0], a.offset);
}

function splitPoints(n: number, sections: any, even: boolean): number[] {
  if (sections instanceof NDArray || Array.isArray(sections) || sections instanceof PyTuple) {
    const idx = seq(sections).map((x: any) => pyIndex(x));
    return [0, ...idx, n];
  }
  const k = pyIndex(sections);
  if (k <= 0) throwPy('ValueError', 'number sections must be larger than 0.');
  if (even && n % k !== 0) throwPy('ValueError', 'array split does not result in an equal division');
  const each = Math.floor(n / k), extra = n % k;
  const pts = [0];
  for (let i = 0; i < k; i++) pts.push(pts[i] + each + (i < extra ? 1 : 0));
  return pts;
}

export function split(x: any, sections: any, axisArg: any, even: boolean): any[] {
  const a = asArray(x);
  // NumPy reads ary.shape[axis] before any axis check
  const ax = pyIndex(axisArg ?? 0);
  if (ax < -a.ndim || ax >= a.ndim) throwPy('IndexError', 'tuple index out of range');
  const axis = normAxis(ax, a.ndim);
  const n = a.shape[axis];
  const pts = splitPoints(n, sections, even);
  const out = [];
  for (let i = 0; i + 1 < pts.length; i++) {
    const lo = Math.min(Math.max(pts[i] < 0 ? pts[i] + n : pts[i], 0), n);
    const hi = Math.min(Math.max(pts[i + 1] < 0 ? pts[i + 1] + n : pts[i + 1], 0), n);
    out.push(slab(a, axis, lo, Math.max(hi - lo, 0)));
  }
  return out;
}

export function repeat(x: any, repeats: any, axisArg: any): NDArray {
  let a = asArray(x);
  let axis: number;
  if (axisArg === undefined || axisArg === null) {
    a = ravel(a);
    axis = 0;
  } else axis = normAxis(axisArg, a.ndim);
  const n = a.shape[axis];
  const rep = asArray(repeats).toArray().map((v: any) => Math.trunc(Number(v)));
  const counts = rep.length === 1 ? new Array(n).fill(rep[0]) : rep;
  if (counts.length !== n) throwPy('ValueError', `operands could not be broadcast together with shape (${n},) (${counts.length},)`);
  // one repeat count for all makes a negative total length; a per-element negative count is reported as such
  if (counts.some((c) => c < 0)) throwPy('ValueError', rep.length === 1 ? 'negative dimensions are not allowed' : 'repeats may not contain negative values.');
  const shape = a.shape.slice();
  shape[axis] = counts.reduce((s, c) => s + c, 0);
  const out = allocArray(shape, a.dtype);
  let pos = 0;
  for (let i = 0; i < n; i++) {
    const src = slab(a, axis, i, 1);
    for (let r = 0; r < counts[i]; r++) copyInto(slab(out, axis, pos++, 1), src);
  }
  return out;
}

export function tile(x: any, reps: any): NDArray {
  let a = asArray(x);
  const r: number[] = reps instanceof PyTuple || Array.isArray(reps) ? seq(reps).map((v: any) => pyIndex(v)) : [pyIndex(reps)];
  const nd = Math.max(a.ndim, r.length);
  while (r.length < nd) r.unshift(1);
  if (r.some((k) => k < 0)) throwPy('ValueError', 'negative dimensions are not allowed');
  if (a.ndim < nd) a = a.view([...new Array(nd - a.ndim).fill(1), ...a.shape], [...new Array(nd - a.ndim).fill(0), ...a.strides], a.offset);
  if (r.includes(0)) return allocArray(a.shape.map((n, d) => n * r[d]), a.dtype);
  let cur = a;
  for (let d = 0; d < nd; d++) if (r[d] !== 1) cur = concatenate(new Array(r[d]).fill(cur), d);
  return cur === a ? castCopy(a, a.dtype) : cur;
}

function indexList(obj: any, n: number): number[] {
  if (obj instanceof PySlice) {
    const [start, , step, count] = sliceIndices(obj, n);
    return Array.from({ length: count }, (_, i) => start + i * step);
  }
  const idx = asArray(obj);
  if (idx.dtype.kind === 'f' && idx.size > 0) throwPy('IndexError', 'arrays used as indices must be of integer (or boolean) type');
  return idx.toArray().map((v: any) => {
    let i = Number(v);
    if (i < -n || i >= n) throwPy('IndexError', `index ${i} is out of bounds for axis 0 with size ${n}`);
    if (i < 0) i += n;
    return i;
  });
}

export function deleteItems(x: any, obj: any, axisArg: any): NDArray {
  let a = asArray(x);
  let axis: number;
  if (axisArg === undefined || axisArg === null) {
    a = ravel(a);
    axis = 0;
  } else axis = normAxis(axisArg, a.ndim);
  const n = a.shape[axis];
  const mask = obj instanceof PySlice ? null : asArray(obj);
  if (mask && mask.dtype.kind === 'b' && (mask.ndim !== 1 || mask.size !== n)) {
    throwPy('ValueError', `boolean array argument obj to delete must be one dimensional and match the axis length of ${n}`);
  }
  // a boolean mask names the items to drop by position
  const drop = new Set(mask && mask.dtype.kind === 'b' ? mask.toArray().flatMap((b: any, i: number) => (b ? [i] : [])) : indexList(obj, n));
  const keep = [...Array(n).keys()].filter((i) => !drop.has(i));
  const shape = a.shape.slice();
  shape[axis] = keep.length;
  const out = allocArray(shape, a.dtype, false, fortranOnly(a));
  keep.forEach((i, k) => copyInto(slab(out, axis, k, 1), slab(a, axis, i, 1)));
  return out;
}

/** np.insert's and np.delete's result order: Fortran for a Fortran-contiguous, not C-contiguous input */
function fortranOnly(a: NDArray): 'C' | 'F' {
  return a.fContiguous && !a.cContiguous ? 'F' : 'C';
}

/**
 * Where NumPy's insert puts each new element: positions (negatives already counted from the end) shifted
 * by the number of insertions sorted before them (stable), then checked and wrapped against the result's
 * length `total` — so a bad position is reported shifted, and one in [-total, -n) still lands somewhere.
 */
function insertTargets(positions: number[], axis: number, total: number): number[] {
  const order = positions.map((p, i) => [p, i]).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const shifted = positions.slice();
  order.forEach(([p, i], k) => (shifted[i] = p + k));
  const bad = shifted.find((i) => i < -total || i >= total);
  if (bad !== undefined) throwPy('IndexError', `index ${bad} is out of bounds for axis ${axis} with size ${total}`);
  return shifted.map((i) => (i < 0 ? i + total : i));
}

export function insert(x: any, obj: any, values: any, axisArg: any): NDArray {
  let a = asArray(x);
  let axis: number;
  if (axisArg === undefined || axisArg === null) {
    a = ravel(a);
    axis = 0;
  } else axis = normAxis(axisArg, a.ndim);
  const n = a.shape[axis];
  const scalarIdx = !(obj instanceof NDArray || Array.isArray(obj) || obj instanceof PyTuple || obj instanceof PySlice);
  let positions: number[];
  if (obj instanceof PySlice) {
    const [start, , step, count] = sliceIndices(obj, n);
    positions = Array.from({ length: count }, (_, i) => start + i * step);
  } else {
    const idx = asArray(obj);
    if (idx.dtype.kind === 'f' && idx.size > 0) throwPy('TypeError', 'slice indices must be integers or None or have an __index__ method');
    const given = idx.toArray().map(Number);
    if (given.length === 1 && (given[0] < -n || given[0] > n)) throwPy('IndexError', `index ${str(obj)} is out of bounds for axis ${axis} with size ${n}`);
    positions = given.map((i) => (i < 0 ? i + n : i));
  }
  let vals = asArray(values, a.dtype);
  // a scalar index inserts the whole `values` block before that position
  if (scalarIdx) {
    const pos = positions[0];
    const blockShape = a.shape.slice();
    let v = vals;
    if (v.ndim === a.ndim) blockShape[axis] = v.shape[axis];
    else {
      blockShape[axis] = v.ndim === 0 ? 1 : a.ndim === 1 ? v.size : 1;
      if (a.ndim === 1) v = v.ndim === 0 ? v : ravel(v);
    }
    const block = allocArray(blockShape, a.dtype);
    copyInto(block, a.ndim > 1 && v.ndim === a.ndim - 1 ? expandDims(v, axis) : v);
    const joined = concatenate([slab(a, axis, 0, pos), block, slab(a, axis, pos, n - pos)], axis);
    const order = fortranOnly(a);
    if (order === 'C' ? joined.cContiguous : joined.fContiguous) return joined;
    const r = allocArray(joined.shape, joined.dtype, false, order);
    copyInto(r, joined);
    return r;
  }
  const m = positions.length;
  const shape = a.shape.slice();
  shape[axis] = n + m;
  const targets = insertTargets(positions, axis, n + m);
  const out = allocArray(shape, a.dtype, false, fortranOnly(a));
  // `values` broadcast to the new elements' block (NumPy assigns new[..., targets, ...] = values)
  const blockShape = a.shape.map((d, i) => (i === axis ? m : d));
  if (!broadcastShapes([vals.shape, blockShape])?.every((d, i) => d === blockShape[i])) {
    throwPy('ValueError', `shape mismatch: value array of shape ${shapeCompact(vals.shape)} could not be broadcast to indexing result of shape ${shapeCompact(blockShape)}`);
  }
  const block = vals.view(blockShape, broadcastStrides(vals, blockShape), vals.offset);
  const valueAt = (i: number) => slab(block, axis, i, 1);
  const isNew = new Array(n + m).fill(false);
  targets.forEach((t, i) => {
    isNew[t] = true;
    copyInto(slab(out, axis, t, 1), valueAt(i));
  });
  // the old elements fill the other places in order
  let src = 0;
  for (let pos = 0; pos < n + m && src < n; pos++) if (!isNew[pos]) copyInto(slab(out, axis, pos, 1), slab(a, axis, src++, 1));
  return out;
}

/** CPython's complaint about too many positional arguments to the Python function `name` */
function positionalAtMost(name: string, args: any[], min: number, max: number): void {
  if (args.length <= max) return;
  const takes = min === max ? `${max} positional argument${max === 1 ? '' : 's'}` : `from ${min} to ${max} positional arguments`;
  throwPy('TypeError', `${name}() takes ${takes} but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`);
}

export function joiningFunctions(): Record<string, PyBuiltin> {
  const b = (name: string, f: (args: any[], kw: Kw) => any) => builtin(name, kwNamed(name, f));
  return {
    concatenate: b('concatenate', (args, kw) => {
      const p = kwArgs(args, kw, ['arrays', 'axis', 'out', 'dtype', 'casting']);
      return concatenate(seq(p.arrays), p.axis === undefined ? 0 : p.axis, optDType(p.dtype), p);
    }),
    stack: b('stack', (args, kw) => {
      positionalAtMost('stack', args, 1, 3);
      const p = kwArgs(args, kw, ['arrays', 'axis', 'out', 'dtype', 'casting']);
      return stack(seq(p.arrays), p.axis, { out: p.out, dtype: optDType(p.dtype), casting: p.casting });
    }),
    vstack: b('vstack', (args, kw) => {
      positionalAtMost('vstack', args, 1, 1);
      const p = kwArgs(args, kw, ['tup', 'dtype', 'casting']);
      return concatenate(seq(p.tup).map((x) => atleast(asArray(x), 2)), 0, optDType(p.dtype), { casting: p.casting });
    }),
    hstack: b('hstack', (args, kw) => {
      positionalAtMost('hstack', args, 1, 1);
      const p = kwArgs(args, kw, ['tup', 'dtype', 'casting']);
      const arrs = seq(p.tup).map((x) => atleast(asArray(x), 1));
      return concatenate(arrs, arrs.length && arrs[0].ndim === 1 ? 0 : 1, optDType(p.dtype), { casting: p.casting });
    }),
    dstack: b('dstack', (args) => {
      positionalAtMost('dstack', args, 1, 1);
      return concatenate(seq(args[0]).map((x) => atleast(asArray(x), 3)), 2);
    }),
    column_stack: b('column_stack', (args) => {
      positionalAtMost('column_stack', args, 1, 1);
      return concatenate(seq(args[0]).map((x) => {
        const a = asArray(x);
        return a.ndim < 2 ? atleast(a, 2).view([a.size, 1], [a.ndim ? a.strides[0] : 0, 0], a.offset) : a;
      }), 1);
    }),
    row_stack: b('row_stack', (args) => concatenate(seq(args[0]).map((x) => atleast(asArray(x), 2)), 0)),
    split: b('split', (args, kw) => {
      const p = kwArgs(args, kw, ['ary', 'indices_or_sections', 'axis']);
      return split(p.ary, p.indices_or_sections, p.axis, true);
    }),
    array_split: b('array_split', (args, kw) => {
      const p = kwArgs(args, kw, ['ary', 'indices_or_sections', 'axis']);
      return split(p.ary, p.indices_or_sections, p.axis, false);
    }),
    hsplit: b('hsplit', (args) => {
      const a = asArray(args[0]);
      return split(a, args[1], a.ndim > 1 ? 1 : 0, true);
    }),
    vsplit: b('vsplit', (args) => split(args[0], args[1], 0, true)),
    dsplit: b('dsplit', (args) => split(args[0], args[1], 2, true)),
    repeat: b('repeat', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'repeats', 'axis']);
      return repeat(p.a, p.repeats, p.axis);
    }),
    tile: b('tile', (args, kw) => {
      const p = kwArgs(args, kw, ['A', 'reps']);
      return tile(p.A, p.reps);
    }),
    append: b('append', (args, kw) => {
      const p = kwArgs(args, kw, ['arr', 'values', 'axis']);
      if (p.axis === undefined || p.axis === null) return concatenate([ravel(asArray(p.arr)), ravel(asArray(p.values))], 0);
      return concatenate([p.arr, p.values], p.axis);
    }),
    delete: b('delete', (args, kw) => {
      const p = kwArgs(args, kw, ['arr', 'obj', 'axis']);
      return deleteItems(p.arr, p.obj, p.axis);
    }),
    insert: b('insert', (args, kw) => {
      const p = kwArgs(args, kw, ['arr', 'obj', 'values', 'axis']);
      return insert(p.arr, p.obj, p.values, p.axis);
    }),
    block: b('block', (args) => block(args[0])),
    atleast_1d: b('atleast_1d', (args) => atleastN(args, 1)),
    atleast_2d: b('atleast_2d', (args) => atleastN(args, 2)),
    atleast_3d: b('atleast_3d', (args) => atleastN(args, 3)),
  };
}

/** np.block: nested lists are joined innermost-first along the last axes (depth d joins along -d). */
function block(spec: any): NDArray {
  const depthOf = (v: any): number => (Array.isArray(v) ? 1 + (v.length ? depthOf(v[0]) : 0) : 0);
  const depth = depthOf(spec);
  const leaves: NDArray[] = [];
  const collect = (v: any) => (Array.isArray(v) ? v.forEach(collect) : leaves.push(asArray(v)));
  collect(spec);
  const nd = Math.max(depth, ...leaves.map((a) => a.ndim));
  const lift = (a: NDArray) => (a.ndim >= nd ? a : a.view([...new Array(nd - a.ndim).fill(1), ...a.shape], [...new Array(nd - a.ndim).fill(0), ...a.strides], a.offset));
  const join = (v: any, level: number): NDArray => {
    if (!Array.isArray(v)) return lift(asArray(v));
    if (depthOf(v) + level !== depth) throwPy('ValueError', 'List depths are mismatched.');
    return concatenate(v.map((x) => join(x, level + 1)), -(depth - level));
  };
  return depth === 0 ? castCopy(asArray(spec), asArray(spec).dtype) : join(spec, 0);
}

function atleastN(args: any[], n: number): any {
  const r = args.map((x) => atleast(asArray(x), n));
  return r.length === 1 ? r[0] : tuple(r);
}

export { truthy, NPScalar, weakKind };
