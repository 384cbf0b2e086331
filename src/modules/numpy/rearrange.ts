/**
 * Rearranging elements: flip/fliplr/flipud (negative-stride views), roll, rot90, moveaxis, rollaxis,
 * diagonal (a read-only view, as NumPy's), triu/tril, resize, trim_zeros, fill_diagonal, pad (constant,
 * edge, reflect, symmetric, wrap, maximum, minimum, mean, median, linear_ramp), and memory-overlap
 * queries (shares_memory, may_share_memory: exact for the strided layouts arrays have here).
 */
import { NDArray, shapeSize } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { PyTuple, tuple, PyFloat } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { median } from './quantiles';
import { builtin, call, Kw, PyBuiltin } from '../../objects/function';
import { index as pyIndex, truthy } from '../../objects/protocols';
import { toArray } from '../../objects/iterators';
import { asArray, allocArray, copyInto, castCopy, fromPython } from './coerce';
import { kwArgs, kwNamed, applyUfunc } from './ufuncs';
import { ufunc } from './ufuncTable';
import { normAxis, normAxes, AxisErrorType } from './axes';
import { makeExc } from '../../objects/exceptions';
import { transpose, reshape } from './shape';
import { concatenate, slab, sub } from './joining';
import { ravel } from './reductions';
import { nonzero } from './misc';
import { lanes } from './sorting';
import { PyDict } from '../../objects/hashtable';
import { str as pyStr, repr as pyRepr } from '../../objects/repr';
import * as R from './reductions';
import { pyToDomain } from './scalars';

function axesList(v: any, ndim: number, prefix?: string): number[] {
  if (v === undefined || v === null) return [...Array(ndim).keys()];
  return (v instanceof PyTuple || Array.isArray(v) ? toArray(v) : [v]).map((x: any) => normAxis(x, ndim, prefix));
}

export function flip(x: any, axis: any): NDArray {
  const a = asArray(x);
  const axes = axesList(axis, a.ndim);
  let off = a.offset;
  const strides = a.strides.slice();
  for (const ax of axes) {
    if (a.shape[ax] > 0) off += (a.shape[ax] - 1) * a.strides[ax];
    strides[ax] = -strides[ax];
  }
  return a.view(a.shape.slice(), strides, off);
}

export function roll(x: any, shift: any, axis: any): NDArray {
  const a = asArray(x);
  if (axis === undefined || axis === null) return reshape(roll(ravel(a), shift, 0), tuple(a.shape));
  const shifts = shift instanceof PyTuple || Array.isArray(shift) ? toArray(shift).map((s: any) => pyIndex(s)) : [pyIndex(shift)];
  const axes = axesList(axis, a.ndim);
  const per = new Array(a.ndim).fill(0);
  const n = Math.max(shifts.length, axes.length);
  for (let i = 0; i < n; i++) per[axes[axes.length === 1 ? 0 : i]] += shifts[shifts.length === 1 ? 0 : i];
  let cur = castCopy(a, a.dtype);
  for (let ax = 0; ax < a.ndim; ax++) {
    const len = a.shape[ax];
    if (!len) continue;
    const s = ((per[ax] % len) + len) % len;
    if (!s) continue;
    cur = concatenate([slab(cur, ax, len - s, s), slab(cur, ax, 0, len - s)], ax);
  }
  return cur;
}

export function rot90(x: any, k: number, axes: number[]): NDArray {
  const a = asArray(x);
  if (axes.length !== 2) throwPy('ValueError', 'len(axes) must be 2.');
  // NumPy compares the axes as given before range-checking them
  if (axes[0] === axes[1] || Math.abs(axes[0] - axes[1]) === a.ndim) throwPy('ValueError', 'Axes must be different.');
  if (axes.some((v) => v >= a.ndim || v < -a.ndim)) throwPy('ValueError', `Axes=(${axes.join(', ')}) out of range for array of ndim=${a.ndim}.`);
  const [a0, a1] = axes.map((v) => normAxis(v, a.ndim));
  k = ((k % 4) + 4) % 4;
  if (k === 0) return a.view(a.shape.slice(), a.strides.slice(), a.offset);
  if (k === 2) return flip(flip(a, a0), a1);
  const perm = [...Array(a.ndim).keys()];
  [perm[a0], perm[a1]] = [perm[a1], perm[a0]];
  return k === 1 ? transpose(flip(a, a1), perm) : flip(transpose(a, perm), a1);
}

export function moveaxis(x: any, src: any, dst: any): NDArray {
  const a = asArray(x);
  const s = axesList(src, a.ndim, 'source'), d = axesList(dst, a.ndim, 'destination');
  if (new Set(s).size !== s.length) throwPy('ValueError', 'repeated axis in `source` argument');
  if (new Set(d).size !== d.length) throwPy('ValueError', 'repeated axis in `destination` argument');
  if (s.length !== d.length) throwPy('ValueError', '`source` and `destination` arguments must have the same number of elements');
  const order = [...Array(a.ndim).keys()].filter((i) => !s.includes(i));
  const pairs = d.map((dd, i) => [dd, s[i]]).sort((p, q) => p[0] - q[0]);
  for (const [dd, ss] of pairs) order.splice(dd, 0, ss);
  return transpose(a, order);
}

export function diagonal(x: any, offset: number, axis1: number, axis2: number): NDArray {
  const a = asArray(x);
  if (a.ndim < 2) throwPy('ValueError', 'diag requires an array of at least two dimensions');
  const i1 = normAxis(axis1, a.ndim, 'axis1'), i2 = normAxis(axis2, a.ndim, 'axis2');
  if (i1 === i2) throwPy('ValueError', 'axis1 and axis2 cannot be the same');
  const n1 = a.shape[i1], n2 = a.shape[i2];
  const len = Math.max(0, offset >= 0 ? Math.min(n1, n2 - offset) : Math.min(n1 + offset, n2));
  const rest = [...Array(a.ndim).keys()].filter((d) => d !== i1 && d !== i2);
  let off = a.offset;
  if (len > 0) off += offset >= 0 ? offset * a.strides[i2] : -offset * a.strides[i1];
  const v = a.view([...rest.map((d) => a.shape[d]), len], [...rest.map((d) => a.strides[d]), a.strides[i1] + a.strides[i2]], off);
  v.writeable = false;
  return v;
}

function triangle(x: any, k: number, upper: boolean): NDArray {
  let a = asArray(x);
  // NumPy masks with tri(*a.shape[-2:]): a 1-d array of length m is broadcast to m rows first
  if (a.ndim === 1) a = a.view([a.shape[0], a.shape[0]], [0, a.strides[0]], a.offset);
  const out = castCopy(a, a.dtype);
  const [n, m] = a.shape.slice(-2);
  const zero = pyToDomain(0, a.dtype);
  const lead = a.shape.slice(0, -2);
  const count = shapeSize(lead);
  for (let q = 0; q < count; q++) {
    const idx: number[] = [];
    let r = q;
    for (let d = lead.length - 1; d >= 0; d--) {
      idx.unshift(r % lead[d]);
      r = Math.floor(r / lead[d]);
    }
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) if (upper ? j < i + k : j > i + k) out.set([...idx, i, j], zero);
  }
  return out;
}

export function resize(x: any, shapeArg: any): NDArray {
  const a = ravel(asArray(x));
  const shape = (shapeArg instanceof PyTuple || Array.isArray(shapeArg) ? toArray(shapeArg) : [shapeArg]).map((v: any) => pyIndex(v));
  if (shape.some((d) => d < 0)) throwPy('ValueError', 'all elements of `new_shape` must be non-negative');
  const total = shapeSize(shape);
  const out = allocArray(shape, a.dtype, true);
  if (a.size === 0 || total === 0) return out;
  const flat = out.view([total], [out.itemsize], 0);
  for (let pos = 0; pos < total; pos += a.size) {
    const len = Math.min(a.size, total - pos);
    copyInto(flat.view([len], [out.itemsize], pos * out.itemsize), a.view([len], a.strides, a.offset));
  }
  return out;
}

/**
 * The new memory of `a.resize(shape)`: a's elements in C order, then zeros (NumPy's in-place resize;
 * the np.resize function repeats the elements instead). Only a contiguous array that owns its data may
 * change size; ndpy cannot count references, so refcheck is not checked.
 */
export function resizeInPlace(a: NDArray, shapeArg: any): NDArray {
  const shape = (shapeArg instanceof PyTuple || Array.isArray(shapeArg) ? toArray(shapeArg) : [shapeArg]).map((v: any) => pyIndex(v));
  if (shape.some((d) => d < 0)) throwPy('ValueError', 'negative dimensions not allowed');
  if (!a.cContiguous && !a.fContiguous) throwPy('ValueError', 'resize only works on single-segment arrays');
  const total = shapeSize(shape);
  if (total !== a.size && a.base !== null) throwPy('ValueError', 'cannot resize this array: it does not own its data');
  const out = allocArray(shape, a.dtype, true);
  const n = Math.min(total, a.size);
  if (n > 0) copyInto(out.view([n], [out.itemsize], 0), ravel(a).view([n], [a.itemsize], 0));
  return out;
}

/** byte ranges [lo, hi) an array's elements span */
function extent(a: NDArray): [number, number] {
  let lo = a.addr, hi = a.addr;
  if (a.size === 0) return [lo, lo];
  for (let d = 0; d < a.ndim; d++) {
    const span = (a.shape[d] - 1) * a.strides[d];
    if (span < 0) lo += span;
    else hi += span;
  }
  return [lo, hi + a.itemsize];
}

export function mayShare(a: NDArray, b: NDArray): boolean {
  if (a.block !== b.block || a.size === 0 || b.size === 0) return false;
  const [l1, h1] = extent(a), [l2, h2] = extent(b);
  return l1 < h2 && l2 < h1;
}

/** exact overlap test: do the two element address sets intersect? */
export function sharesMemory(a: NDArray, b: NDArray): boolean {
  if (!mayShare(a, b)) return false;
  const addrs = (x: NDArray) => {
    const s = new Set<number>();
    const idx = new Array(x.ndim).fill(0);
    for (let k = 0; k < x.size; k++) {
      let p = x.addr;
      for (let d = 0; d < x.ndim; d++) p += idx[d] * x.strides[d];
      for (let byte = 0; byte < x.itemsize; byte++) s.add(p + byte);
      for (let d = x.ndim - 1; d >= 0; d--) {
        if (++idx[d] < x.shape[d]) break;
        idx[d] = 0;
      }
    }
    return s;
  };
  const [small, big] = a.size * a.itemsize <= b.size * b.itemsize ? [a, b] : [b, a];
  const sa = addrs(small);
  const idx = new Array(big.ndim).fill(0);
  for (let k = 0; k < big.size; k++) {
    let p = big.addr;
    for (let d = 0; d < big.ndim; d++) p += idx[d] * big.strides[d];
    for (let byte = 0; byte < big.itemsize; byte++) if (sa.has(p + byte)) return true;
    for (let d = big.ndim - 1; d >= 0; d--) {
      if (++idx[d] < big.shape[d]) break;
      idx[d] = 0;
    }
  }
  return false;
}

/** np.triu_indices / np.tril_indices: row and column indices of the triangle, row by row */
function triIndices(p: Record<string, any>, upper: boolean): any {
  const n = pyIndex(p.n), k = p.k === undefined ? 0 : pyIndex(p.k), m = p.m === undefined || p.m === null ? n : pyIndex(p.m);
  const rows: number[] = [], cols: number[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) if (upper ? j - i >= k : j - i <= k) rows.push(i), cols.push(j);
  return tuple([fromPython(rows, D.int64), fromPython(cols, D.int64)]);
}

/**
 * np.pad with a function mode: zero-pad, then for each axis call fn(vector, (before, after), axis, kwargs)
 * on every 1-d lane along that axis (a writable view), which fills the padding in place, as NumPy does.
 */
function padWith(x: any, widthArg: any, fn: any, kwargs: PyDict): NDArray {
  const a = asArray(x);
  const widths = padWidths(widthArg, a.ndim);
  const out = allocArray(a.shape.map((n, ax) => n + widths[ax][0] + widths[ax][1]), a.dtype, true);
  copyInto(out.view(a.shape.slice(), out.strides.slice(), out.offset + widths.reduce((o, w, ax) => o + w[0] * out.strides[ax], 0)), a);
  for (let ax = 0; ax < out.ndim; ax++) {
    const pw = fromPython(widths[ax], D.int64);
    lanes(out, ax, (lane) => call(fn, [lane, pw, ax, kwargs], null));
  }
  return out;
}

function padWidths(v: any, ndim: number): [number, number][] {
  const given = asArray(v === undefined ? 0 : v);
  if (given.dtype.kind !== 'i') throwPy('TypeError', '`pad_width` must be of integral type.');
  const arr = asArray(given, D.int64);
  const vals = arr.toArray().map(Number);
  // pad_width must broadcast to (ndim, 2), as NumPy's np.broadcast_to reports it
  if (arr.ndim > 2) throwPy('ValueError', 'input operand has more dimensions than allowed by the axis remapping');
  const [r, c] = arr.ndim === 2 ? arr.shape : [1, arr.ndim === 1 ? arr.shape[0] : 1];
  if ((r !== 1 && r !== ndim) || (c !== 1 && c !== 2)) {
    const shown = `(${arr.shape.join(',')}${arr.ndim === 1 ? ',' : ''})`;
    throwPy('ValueError', `operands could not be broadcast together with remapped shapes [original->remapped]: ${shown}  and requested shape (${ndim},2)`);
  }
  if (vals.some((x) => x < 0)) throwPy('ValueError', "index can't contain negative values");
  if (arr.size === 1) return new Array(ndim).fill([vals[0], vals[0]]);
  if (arr.ndim === 1 && arr.size === 2) return new Array(ndim).fill([vals[0], vals[1]]);
  if (arr.ndim === 2 && arr.shape[0] === 1) return new Array(ndim).fill([vals[0], vals[1]]);
  const out: [number, number][] = [];
  for (let d = 0; d < ndim; d++) out.push(arr.shape[1] === 1 ? [vals[d], vals[d]] : [vals[2 * d], vals[2 * d + 1]]);
  return out;
}

function padValues(v: any, ndim: number): [any, any][] {
  if (v === undefined) return new Array(ndim).fill([0, 0]);
  if (v instanceof PyTuple || Array.isArray(v)) {
    const items = toArray(v);
    if (items.length === 2 && !(items[0] instanceof PyTuple || Array.isArray(items[0]))) return new Array(ndim).fill([items[0], items[1]]);
    return items.map((it: any) => {
      const p = toArray(it);
      return [p[0], p[p.length - 1]];
    });
  }
  return new Array(ndim).fill([v, v]);
}

/** np.pad along one axis at a time, as NumPy's implementation does. */
/**
 * np.trim_zeros: the bounding box of the non-zero elements (leading and/or trailing all-zero hyperplanes
 * cut), along every axis or one; a 1-d list or tuple input is sliced as itself.
 */
function trimZeros(p: Record<string, any>): any {
  const a = asArray(p.filt);
  const trim = p.trim === undefined ? 'fb' : String(p.trim).toLowerCase();
  if (!['fb', 'bf', 'f', 'b'].includes(trim)) throwPy('ValueError', `unexpected character(s) in \`trim\`: ${pyRepr(p.trim)}`);
  const nz = asArray(applyUfunc(ufunc('not_equal'), [a.dtype.kind === 'O' ? castCopy(a, D.bool) : a, 0]));
  const lo = a.shape.map(() => Infinity), hi = a.shape.map(() => -Infinity);
  const idx = new Array(a.ndim).fill(0);
  nz.toArray().forEach((v: any) => {
    if (v) idx.forEach((x, d) => ((lo[d] = Math.min(lo[d], x)), (hi[d] = Math.max(hi[d], x + 1))));
    for (let d = a.ndim - 1; d >= 0; d--) {
      if (++idx[d] < a.shape[d]) break;
      idx[d] = 0;
    }
  });
  const any = lo.every(Number.isFinite);
  const start = (d: number) => (!any ? 0 : trim.includes('f') ? lo[d] : 0);
  const stop = (d: number) => (!any ? 0 : trim.includes('b') ? hi[d] : a.shape[d]);
  const axes = p.axis === undefined || p.axis === null ? [...a.shape.keys()] : [normAxis(p.axis, a.ndim, 'axis')];
  if (a.ndim === 1 && axes.length === 1) {
    if (Array.isArray(p.filt)) return p.filt.slice(start(0), stop(0));
    if (p.filt instanceof PyTuple) return tuple(p.filt.items.slice(start(0), stop(0)));
  }
  let r = a;
  for (const d of axes) r = slab(r, d, start(d), Math.max(stop(d) - start(d), 0));
  return r;
}

/** the keyword arguments each np.pad mode accepts (NumPy's `allowedkwargs`) */
const PAD_KWARGS: Record<string, string[]> = {
  empty: [], edge: [], wrap: [], constant: ['constant_values'], linear_ramp: ['end_values'],
  maximum: ['stat_length'], mean: ['stat_length'], median: ['stat_length'], minimum: ['stat_length'],
  reflect: ['reflect_type'], symmetric: ['reflect_type'],
};

export function pad(x: any, widthArg: any, mode: any, p: Record<string, any>, given: string[] = []): NDArray {
  let a = asArray(x);
  const widths = padWidths(widthArg, a.ndim);
  const allowed = typeof mode === 'string' && Object.hasOwn(PAD_KWARGS, mode) ? PAD_KWARGS[mode] : null;
  if (allowed === null) throwPy('ValueError', `mode '${pyStr(mode)}' is not supported`);
  const unsupported = given.filter((k) => !allowed.includes(k));
  if (unsupported.length) throwPy('ValueError', `unsupported keyword arguments for mode '${mode}': {${unsupported.map((k) => `'${k}'`).join(', ')}}`);
  const cvals = padValues(p.constant_values, a.ndim);
  const evals = padValues(p.end_values, a.ndim);
  if (a.size === 0 && mode !== 'constant' && mode !== 'empty') {
    // only 'constant' and 'empty' can extend an empty axis; otherwise the result is empty too
    widths.forEach(([lo, hi], ax) => {
      if (a.shape[ax] === 0 && (lo || hi)) throwPy('ValueError', `can't extend empty axis ${ax} using modes other than 'constant' or 'empty'`);
    });
    return allocArray(a.shape.map((n, ax) => n + widths[ax][0] + widths[ax][1]), a.dtype, true);
  }
  for (let ax = 0; ax < a.ndim; ax++) {
    const [before, after] = widths[ax];
    if (before < 0 || after < 0) throwPy('ValueError', "index can't contain negative values");
    if (!before && !after) continue;
    const n = a.shape[ax];
    const shape = a.shape.slice();
    shape[ax] = n + before + after;
    const out = allocArray(shape, a.dtype);
    copyInto(slab(out, ax, before, n), a);
    const fillSide = (start: number, len: number, side: 0 | 1) => {
      if (!len) return;
      const target = slab(out, ax, start, len);
      if (mode === 'constant') {
        copyInto(target, asArray(cvals[ax][side], a.dtype));
        return;
      }
      if (mode === 'edge') {
        copyInto(target, slab(a, ax, side === 0 ? 0 : n - 1, 1));
        return;
      }
      if (mode === 'maximum' || mode === 'minimum' || mode === 'mean' || mode === 'median') {
        const statLen = p.stat_length === undefined || p.stat_length === null ? n : Math.min(n, pyIndex(p.stat_length));
        const region = slab(a, ax, side === 0 ? 0 : n - statLen, statLen);
        const o = { axis: ax, keepdims: true };
        let r: any = mode === 'maximum' ? R.amax(region, o) : mode === 'minimum' ? R.amin(region, o) : mode === 'mean' ? R.mean(region, o) : median(region, ax, true);
        // NumPy's _round_if_needed: integer arrays take the rounded statistic (bools just its truth)
        if (a.dtype.kind === 'i' || a.dtype.kind === 'u') r = applyUfunc(ufunc('rint'), [r]);
        copyInto(target, asArray(r));
        return;
      }
      if (mode === 'linear_ramp') {
        const end = Number((evals[ax][side] as any)?.v ?? evals[ax][side]);
        const edge = slab(a, ax, side === 0 ? 0 : n - 1, 1);
        // NumPy's linspace(end, edge, len, endpoint=False), outermost position first
        const step = applyUfunc(ufunc('divide'), [applyUfunc(ufunc('subtract'), [edge, new PyFloat(end)]), len]);
        for (let j = 0; j < len; j++) {
          const val = applyUfunc(ufunc('add'), [new PyFloat(end), applyUfunc(ufunc('multiply'), [j, step])]);
          const pos = side === 0 ? j : len - 1 - j;
          copyInto(slab(target, ax, pos, 1), asArray(val));
        }
        return;
      }
      // reflect, symmetric (even), wrap: index mapping per padded position
      for (let i = 0; i < len; i++) {
        const pos = start + i;
        let src = pos - before;
        src = mapIndex(src, n, mode);
        copyInto(slab(out, ax, pos, 1), slab(a, ax, src, 1));
      }
    };
    if ((mode === 'reflect' || mode === 'symmetric') && p.reflect_type === 'odd') oddReflect(out, ax, before, after, n, mode === 'symmetric');
    else {
      fillSide(0, before, 0);
      fillSide(before + n, after, 1);
    }
    a = out;
  }
  return a === x ? castCopy(a, a.dtype) : a;
}

/**
 * reflect_type='odd' padding along `ax` of `out` (the original n values at [before, before + n)). Each
 * reflected value is 2·edge - mirror image, and a pad wider than the values is filled in rounds, as
 * NumPy does: each round mirrors at most a whole number of the original's periods (n values with the edge,
 * n - 1 without) of what is filled so far, left side then right, about the current outermost value.
 */
function oddReflect(out: NDArray, ax: number, before: number, after: number, n: number, symmetric: boolean): void {
  const at = (i: number) => slab(out, ax, i, 1);
  const twiceMinus = (edge: number, src: number) => asArray(applyUfunc(ufunc('subtract'), [applyUfunc(ufunc('multiply'), [at(edge), 2]), at(src)]));
  let lo = before, hi = before + n, left = before, right = after;
  while (left > 0 || right > 0) {
    const have = hi - lo;
    // the whole periods of the original among the filled values (the edge value is not mirrored by reflect)
    const span = symmetric ? Math.floor(have / n) * n : n === 1 ? 0 : Math.floor((have - 1) / (n - 1)) * (n - 1);
    if (span <= 0) {
      // a single value reflects to itself: 2·x - x
      for (; left > 0; left--, lo--) copyInto(at(lo - 1), twiceMinus(lo, lo));
      for (; right > 0; right--, hi++) copyInto(at(hi), twiceMinus(hi - 1, hi - 1));
      break;
    }
    const skip = symmetric ? 0 : 1;
    if (left > 0) {
      const k = Math.min(span, left);
      // computed before writing: the round's values come from what was there
      const vals = Array.from({ length: k }, (_, j) => twiceMinus(lo, lo + skip + j));
      vals.forEach((v, j) => copyInto(at(lo - 1 - j), v));
      lo -= k;
      left -= k;
    }
    if (right > 0) {
      const k = Math.min(span, right);
      const vals = Array.from({ length: k }, (_, j) => twiceMinus(hi - 1, hi - 1 - skip - j));
      vals.forEach((v, j) => copyInto(at(hi + j), v));
      hi += k;
      right -= k;
    }
  }
}

function mapIndex(i: number, n: number, mode: string): number {
  if (mode === 'wrap') return ((i % n) + n) % n;
  if (mode === 'reflect') {
    if (n === 1) return 0;
    const period = 2 * (n - 1);
    let k = ((i % period) + period) % period;
    if (k >= n) k = period - k;
    return k;
  }
  // symmetric
  const period = 2 * n;
  let k = ((i % period) + period) % period;
  if (k >= n) k = period - 1 - k;
  return k;
}

export function rearrangeFunctions(): Record<string, PyBuiltin> {
  const b = (name: string, f: (args: any[], kw: Kw) => any) => builtin(name, kwNamed(name, f));
  return {
    flip: b('flip', (args, kw) => {
      const p = kwArgs(args, kw, ['m', 'axis']);
      return flip(p.m, p.axis);
    }),
    fliplr: b('fliplr', (args) => {
      if (asArray(args[0]).ndim < 2) throwPy('ValueError', 'Input must be >= 2-d.');
      return flip(args[0], 1);
    }),
    flipud: b('flipud', (args) => {
      if (asArray(args[0]).ndim < 1) throwPy('ValueError', 'Input must be >= 1-d.');
      return flip(args[0], 0);
    }),
    roll: b('roll', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'shift', 'axis']);
      return roll(p.a, p.shift, p.axis);
    }),
    rot90: b('rot90', (args, kw) => {
      const p = kwArgs(args, kw, ['m', 'k', 'axes']);
      return rot90(p.m, p.k === undefined ? 1 : pyIndex(p.k), p.axes === undefined ? [0, 1] : toArray(p.axes).map((v: any) => pyIndex(v)));
    }),
    moveaxis: b('moveaxis', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'source', 'destination']);
      return moveaxis(p.a, p.source, p.destination);
    }),
    rollaxis: b('rollaxis', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'axis', 'start']);
      const a = asArray(p.a);
      const axis = normAxis(p.axis, a.ndim);
      let start = p.start === undefined ? 0 : pyIndex(p.start);
      if (start < -a.ndim || start > a.ndim) throw makeExc(AxisErrorType, `'start' arg requires ${-a.ndim} <= start < ${a.ndim + 1}, but ${start} was passed in`);
      if (start < 0) start += a.ndim;
      if (axis < start) start--;
      return moveaxis(a, axis, start);
    }),
    diagonal: b('diagonal', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'offset', 'axis1', 'axis2']);
      return diagonal(p.a, p.offset === undefined ? 0 : pyIndex(p.offset), p.axis1 === undefined ? 0 : pyIndex(p.axis1), p.axis2 === undefined ? 1 : pyIndex(p.axis2));
    }),
    triu: b('triu', (args, kw) => {
      const p = kwArgs(args, kw, ['m', 'k']);
      return triangle(p.m, p.k === undefined ? 0 : pyIndex(p.k), true);
    }),
    tril: b('tril', (args, kw) => {
      const p = kwArgs(args, kw, ['m', 'k']);
      return triangle(p.m, p.k === undefined ? 0 : pyIndex(p.k), false);
    }),
    resize: b('resize', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'new_shape']);
      return resize(p.a, p.new_shape);
    }),
    trim_zeros: b('trim_zeros', (args, kw) => trimZeros(kwArgs(args, kw, ['filt', 'trim', 'axis']))),
    triu_indices: b('triu_indices', (args, kw) => triIndices(kwArgs(args, kw, ['n', 'k', 'm']), true)),
    mask_indices: b('mask_indices', (args, kw) => {
      const p = kwArgs(args, kw, ['n', 'mask_func', 'k']);
      const n = pyIndex(p.n);
      const ones = allocArray([n, n], D.int64);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) ones.set([i, j], 1n);
      return nonzero(call(p.mask_func, [ones, p.k ?? 0], null));
    }),
    tril_indices: b('tril_indices', (args, kw) => triIndices(kwArgs(args, kw, ['n', 'k', 'm']), false)),
    triu_indices_from: b('triu_indices_from', (args, kw) => {
      const p = kwArgs(args, kw, ['arr', 'k']);
      const a = asArray(p.arr);
      return triIndices({ n: a.shape[0], k: p.k, m: a.shape[1] }, true);
    }),
    tril_indices_from: b('tril_indices_from', (args, kw) => {
      const p = kwArgs(args, kw, ['arr', 'k']);
      const a = asArray(p.arr);
      return triIndices({ n: a.shape[0], k: p.k, m: a.shape[1] }, false);
    }),
    diag_indices: b('diag_indices', (args, kw) => {
      const p = kwArgs(args, kw, ['n', 'ndim']);
      const n = pyIndex(p.n), nd = p.ndim === undefined ? 2 : pyIndex(p.ndim);
      const idx = fromPython(Array.from({ length: n }, (_, i) => i), D.int64);
      return tuple(new Array(nd).fill(idx));
    }),
    diag_indices_from: b('diag_indices_from', (args, kw) => {
      const a = asArray(kwArgs(args, kw, ['arr']).arr);
      if (a.ndim < 2) throwPy('ValueError', 'input array must be at least 2-d');
      if (a.shape.some((n) => n !== a.shape[0])) throwPy('ValueError', 'All dimensions of input must be of equal length');
      const idx = fromPython(Array.from({ length: a.shape[0] }, (_, i) => i), D.int64);
      return tuple(new Array(a.ndim).fill(idx));
    }),
    fill_diagonal: b('fill_diagonal', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'val', 'wrap']);
      const a = asArray(p.a);
      if (a.ndim < 2) throwPy('ValueError', 'array must be at least 2-d');
      const vals = ravel(asArray(p.val, a.dtype)).toArray();
      if (!vals.length) return null;
      if (a.ndim === 2) {
        // NumPy writes a.flat[:end:cols+1]; with wrap=True a tall matrix's diagonal restarts below
        const cols = a.shape[1], end = p.wrap !== undefined && truthy(p.wrap) ? a.size : Math.min(a.size, cols * cols);
        for (let f = 0, k = 0; f < end; f += cols + 1, k++) a.set([Math.floor(f / cols), f % cols], vals[k % vals.length]);
        return null;
      }
      if (a.shape.some((d) => d !== a.shape[0])) throwPy('ValueError', 'All dimensions of input must be of equal length');
      for (let i = 0; i < a.shape[0]; i++) a.set(a.shape.map(() => i), vals[i % vals.length]);
      return null;
    }),
    shares_memory: b('shares_memory', (args) => sharesMemory(asArray(args[0]), asArray(args[1]))),
    may_share_memory: b('may_share_memory', (args) => mayShare(asArray(args[0]), asArray(args[1]))),
    require: b('require', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'dtype', 'requirements', 'like']);
      let a = asArray(p.a);
      const req = p.requirements === undefined || p.requirements === null ? [] : toArray(p.requirements).map(String);
      if ((req.includes('C') || req.includes('C_CONTIGUOUS')) && !a.cContiguous) a = castCopy(a, a.dtype);
      if ((req.includes('F') || req.includes('F_CONTIGUOUS')) && !a.fContiguous) a = castCopy(a, a.dtype, 'F');
      return a;
    }),
    pad: b('pad', (args, kw) => {
      const names = ['array', 'pad_width', 'mode', 'stat_length', 'constant_values', 'end_values', 'reflect_type'];
      const mode = args.length > 2 ? args[2] : kw?.get('mode');
      if (mode !== undefined && typeof mode !== 'string' && mode !== null) {
        // a callable mode gets every other keyword in its kwargs dict
        const extra = new PyDict();
        const own = new Map<string, any>();
        for (const [k, v] of kw ?? []) (names.includes(k) ? own : extra).set(k, v);
        const p = kwArgs(args, own, names);
        return padWith(p.array, p.pad_width, p.mode, extra);
      }
      const given = [...(kw?.keys() ?? [])].filter((k) => k !== 'array' && k !== 'pad_width' && k !== 'mode');
      const p = kwArgs(args, kw === null ? kw : new Map([...kw].filter(([k]) => names.includes(k))), names);
      return pad(p.array, p.pad_width, p.mode === undefined ? 'constant' : p.mode, p, given);
    }),
  };
}

export { normAxes, sub };
