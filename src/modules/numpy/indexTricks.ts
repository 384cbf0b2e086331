/**
 * NumPy's index-expression helpers and small functional utilities: `np.mgrid`/`np.ogrid` (dense and
 * open grids from slices, complex steps meaning a number of points), `np.r_`/`np.c_` (concatenation by
 * slice syntax), `np.nditer` (element iteration in C, F or K order), `np.piecewise`, `np.sinc`,
 * `np.apply_over_axes`, and `ufunc.at` (unbuffered in-place operations where repeated indices add up).
 */
import { kwNamed } from './ufuncs';
import { NDArray, contiguousStrides } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { PyType, builtinType, ObjectType } from '../../objects/pytype';
import { PyTuple, PySlice, PyComplex, PyFloat, tuple } from '../../objects/values';
import { idOf, repr as pyRepr } from '../../objects/repr';
import { throwPy } from '../../objects/errors';
import { getAttr } from '../../objects/attrs';
import { importModule } from '../../interp/imports';
import { builtin, call, Kw, PyBuiltin } from '../../objects/function';
import { defineMethods } from '../../objects/types/define';
import { truthy, index as pyIndex } from '../../objects/protocols';
import { toArray } from '../../objects/iterators';
import { makeNditer, installNditer } from './nditer';
import { asArray, allocArray, copyInto, fromPython, castCopy } from './coerce';
import { applyUfunc, PyUfunc } from './ufuncs';
import { ufunc } from './ufuncTable';
import { getIndex, setIndex } from './indexing';
import { concatenate } from './joining';
import { scalar, pyToDomain, weakKind, NPScalar } from './scalars';
import { transpose, swapaxes } from './shape';
import * as R from './reductions';
import { normAxis } from './axes';
import { where3 } from './selection';

function num(v: any): number {
  if (v instanceof PyFloat) return v.v;
  if (v instanceof NPScalar) return Number(v.v);
  return Number(v);
}

/** The 1-d range a slice denotes in mgrid/ogrid/r_ (an imaginary step is a point count). */
function sliceRange(s: PySlice): NDArray {
  const start = s.start === null ? 0 : s.start, stop = s.stop;
  const step = s.step === null ? 1 : s.step;
  if (step instanceof PyComplex) {
    const n = Math.trunc(step.im);
    const lo = num(start), hi = num(stop);
    const vals = Array.from({ length: n }, (_, i) => new PyFloat(n === 1 ? lo : lo + (i * (hi - lo)) / (n - 1)));
    return fromPython(vals, D.float64);
  }
  const isFloat = [start, stop, step].some((v) => weakKind(v) === 'float');
  const lo = num(start), hi = num(stop), st = num(step);
  const n = Math.max(0, Math.ceil((hi - lo) / st));
  if (isFloat) return fromPython(Array.from({ length: n }, (_, i) => new PyFloat(lo + i * st)), D.float64);
  return fromPython(Array.from({ length: n }, (_, i) => lo + i * st), D.int64);
}

function grid(key: any, open: boolean): any {
  const items: any[] = key instanceof PyTuple ? key.items : [key];
  const ranges = items.map((s) => sliceRange(s as PySlice));
  const dt = ranges.reduce((d, r) => D.promote(d, r.dtype), D.int64);
  const n = ranges.length;
  if (!(key instanceof PyTuple)) return castCopy(ranges[0], dt);
  const shapes = ranges.map((r) => r.size);
  const parts = ranges.map((r, i) => {
    const shp = shapes.map((s, j) => (j === i ? s : 1));
    const v = castCopy(r, dt).view(shp, shp.map((_, j) => (j === i ? dt.itemsize : 0)), 0);
    if (open) return v;
    const full = allocArray(shapes, dt);
    copyInto(full, v);
    return full;
  });
  if (open) return tuple(parts);
  const out = allocArray([n, ...shapes], dt);
  parts.forEach((p, i) => copyInto(getIndex(out, i), p));
  return out;
}

/** Python's int() of a directive piece ('0', ' 2 '), or null when it is not one */
function directiveInt(text: string): number | null {
  return /^\s*[+-]?\d+\s*$/.test(text) ? parseInt(text, 10) : null;
}

/** `a` with leading length-1 axes up to `ndmin` dimensions (np.array's ndmin=) */
function withNdmin(a: NDArray, ndmin: number): NDArray {
  const k = ndmin - a.ndim;
  return k <= 0 ? a : a.view([...new Array(k).fill(1), ...a.shape], [...new Array(k).fill(0), ...a.strides], a.offset);
}

/**
 * np.r_ / np.c_ as NumPy's AxisConcatenator: a leading directive string sets the axis, ndmin and trans1d
 * ('0,2,0') or asks for a matrix ('r', or 'c' for a column); slices become ranges (an imaginary step is a
 * point count), sequences arrays raised to ndmin (their own axes moved to `trans1d`), and Python scalars
 * join the dtype decision as weak values; the pieces are then joined along the axis.
 */
function concatExpr(key: any, columns: boolean): any {
  const items: any[] = key instanceof PyTuple ? key.items : [key];
  let axis = columns ? -1 : 0, ndmin = columns ? 2 : 1, trans1d = columns ? 0 : -1;
  let matrix = false, col = false;
  const objs: NDArray[] = [];
  const strong: D.DType[] = [], weak: D.WeakKind[] = [];
  items.forEach((it, k) => {
    if (typeof it === 'string') {
      if (k !== 0) throwPy('ValueError', 'special directives must be the first entry.');
      if (it === 'r' || it === 'c') {
        matrix = true;
        col = it === 'c';
        return;
      }
      if (it.includes(',')) {
        const vec = it.split(',').map(directiveInt);
        if (vec[0] === null || vec[1] === null || (vec.length === 3 && vec[2] === null)) throwPy('ValueError', `unknown special directive ${pyRepr(it)}`);
        [axis, ndmin] = [vec[0], vec[1]];
        if (vec.length === 3) trans1d = vec[2]!;
        return;
      }
      const ax = directiveInt(it);
      if (ax === null) throwPy('ValueError', 'unknown special directive');
      axis = ax;
      return;
    }
    const wk = weakKind(it);
    if (it instanceof PySlice) {
      let r = sliceRange(it);
      if (ndmin > 1) {
        r = withNdmin(r, ndmin);
        if (trans1d !== -1) r = swapaxes(r, -1, trans1d);
      }
      objs.push(r);
      strong.push(r.dtype);
    } else if (wk !== null || it instanceof NPScalar) {
      objs.push(asArray(it));
      if (wk !== null) weak.push(wk);
      else strong.push((it as NPScalar).dt);
    } else {
      const a = asArray(it);
      let r = withNdmin(a, ndmin);
      if (trans1d !== -1 && a.ndim < ndmin) {
        const k2 = ndmin - a.ndim;
        const k1 = trans1d < 0 ? trans1d + k2 + 1 : trans1d;
        const ax = [...Array(ndmin).keys()];
        r = transpose(r, tuple([...ax.slice(0, k1), ...ax.slice(k2), ...ax.slice(k1, k2)]));
      }
      objs.push(r);
      strong.push(a.dtype);
    }
  });
  const dt = objs.length ? D.resultType(strong, weak) : D.float64;
  const res = concatenate(objs.map((o) => withNdmin(o.dtype === dt ? o : castCopy(o, dt), ndmin)), axis);
  if (!matrix) return res;
  const m = call(getAttr(importModule('_ndpy_matrix', true), 'matrix'), [res]);
  return res.ndim === 1 && col ? getAttr(m, 'T') : m;
}

type GridKind = 'mgrid' | 'ogrid' | 'r_' | 'c_';
const INDEX_TRICKS = 'numpy.lib._index_tricks_impl';
/** the methods of np.mgrid, np.ogrid, np.r_ and np.c_; each has its own class as in NumPy (MGridClass …) */
const GridType = builtinType('nd_grid', ObjectType, INDEX_TRICKS);
const GRID_CLASSES: Record<GridKind, PyType> = {
  mgrid: builtinType('MGridClass', GridType, INDEX_TRICKS),
  ogrid: builtinType('OGridClass', GridType, INDEX_TRICKS),
  r_: builtinType('RClass', GridType, INDEX_TRICKS),
  c_: builtinType('CClass', GridType, INDEX_TRICKS),
};
class Grid {
  readonly cls: PyType;
  constructor(readonly kind: GridKind) {
    this.cls = GRID_CLASSES[kind];
  }
}

/** np.s_ and np.index_exp: `s_[key]` is the key itself; `index_exp[key]` always a tuple */
export const IndexExpressionType = builtinType('IndexExpression', ObjectType, INDEX_TRICKS);
class IndexExpression {
  declare cls: PyType;
  constructor(readonly maketuple: boolean) {}
}
IndexExpression.prototype.cls = IndexExpressionType;

export function installIndexTricks(): void {
  defineMethods(GridType, {
    __getitem__: (g: Grid, [key]) =>
      g.kind === 'mgrid' ? grid(key, false) : g.kind === 'ogrid' ? grid(key, true) : concatExpr(key, g.kind === 'c_'),
    __repr__: (g: Grid) => `<${INDEX_TRICKS}.${g.cls.name} object at 0x${idOf(g).toString(16)}>`,
  });
  defineMethods(IndexExpressionType, {
    __getitem__: (e: IndexExpression, [key]) => (e.maketuple && !(key instanceof PyTuple) ? new PyTuple([key]) : key),
    __repr__: (e: IndexExpression) => `<numpy.lib._index_tricks_impl.IndexExpression object at 0x${idOf(e).toString(16)}>`,
  });
}

/** ufunc.at(a, indices, b): unbuffered — every occurrence of a repeated index applies. */
export function ufuncAt(u: PyUfunc, a: NDArray, indices: any, b: any): null {
  const key = indices instanceof PyTuple ? indices : indices;
  const sel = getIndex(a, key);
  const selArr = sel instanceof NDArray ? sel : asArray(sel);
  // element positions: index an array of flat positions the same way
  const posArr = fromPython(Array.from({ length: a.size }, (_, i) => i), D.int64);
  const pos = getIndex(posArr.view(a.shape.slice(), contiguousStrides(a.shape, 8), 0), key);
  const positions = (pos instanceof NDArray ? pos : asArray(pos)).toArray().map(Number);
  const vals = b === undefined ? null : asArray(b, a.dtype.kind === 'O' ? D.object : undefined);
  const bvals = vals ? broadcastFlat(vals, selArr.shape) : null;
  const flatIdx = (p: number) => {
    const idx = new Array(a.ndim);
    for (let d = a.ndim - 1; d >= 0; d--) {
      idx[d] = p % a.shape[d];
      p = Math.floor(p / a.shape[d]);
    }
    return idx;
  };
  positions.forEach((p, k) => {
    const idx = flatIdx(p);
    // an object element goes in as a 0-d object array, so the ufunc's object loop (Python's operator) runs
    const cur = a.dtype.kind === 'O' ? a.view([], [], idx.reduce((o, i, d) => o + i * a.strides[d], a.offset)) : scalar(a.dtype, a.get(idx));
    const r = bvals ? applyUfunc(u, [cur, bvals[k]], {}) : applyUfunc(u, [cur], {});
    a.set(idx, pyToDomain(r, a.dtype, false));
  });
  return null;
}

function broadcastFlat(v: NDArray, shape: number[]): any[] {
  const out = allocArray(shape, v.dtype);
  copyInto(out, v);
  return out.toArray().map((x) => scalar(v.dtype, x));
}

export function indexTrickValues(): Record<string, any> {
  installIndexTricks();
  installNditer();
  const b = (name: string, f: (args: any[], kw: Kw) => any) => builtin(name, kwNamed(name, f));
  const fns: Record<string, PyBuiltin | Grid | IndexExpression> = {
    mgrid: new Grid('mgrid'),
    ogrid: new Grid('ogrid'),
    r_: new Grid('r_'),
    c_: new Grid('c_'),
    s_: new IndexExpression(false),
    index_exp: new IndexExpression(true),
    nditer: b('nditer', (args, kw) => makeNditer(args, kw)),
    sinc: b('sinc', (args) => {
      // NumPy: y = pi * where(x == 0, 1e-20, x); sin(y) / y
      const xa = asArray(args[0]);
      const y = applyUfunc(ufunc('multiply'), [new PyFloat(Math.PI), where3(applyUfunc(ufunc('equal'), [xa, 0]), new PyFloat(1e-20), xa)]);
      return applyUfunc(ufunc('divide'), [applyUfunc(ufunc('sin'), [y]), y]);
    }),
    piecewise: b('piecewise', (args, kw) => {
      const [xArg, condArg, funcArg, ...rest] = args;
      const x = asArray(xArg);
      let conds = toArray(condArg).map((c: any) => asArray(c, D.bool));
      if (x.ndim === 0 && !(Array.isArray(condArg) || condArg instanceof PyTuple)) conds = [asArray(condArg, D.bool)];
      const funcs = toArray(funcArg);
      if (funcs.length === conds.length + 1) {
        const any = conds.reduce((acc: any, c: NDArray) => applyUfunc(ufunc('logical_or'), [acc, c]), false);
        conds.push(asArray(applyUfunc(ufunc('logical_not'), [any]), D.bool));
      }
      const out = allocArray(x.shape, x.dtype, true);
      conds.forEach((c: NDArray, i: number) => {
        const f = funcs[i];
        const mask = c.ndim === x.ndim ? c : asArray(applyUfunc(ufunc('logical_and'), [c, allocArray(x.shape, D.bool, false).view(x.shape, x.shape.map(() => 0), 0)]));
        const vals = getIndex(x, mask);
        const isCallable = f !== null && typeof f === 'object' && (f.cls?.name === 'function' || f.cls?.name === 'builtin_function_or_method');
        const res = isCallable ? call(f, [vals, ...rest], kw) : f;
        setIndex(out, mask, res);
      });
      return out;
    }),
    apply_over_axes: b('apply_over_axes', (args) => {
      const [fn, arr, axesArg] = args;
      let a = asArray(arr);
      const axes = axesArg instanceof PyTuple || Array.isArray(axesArg) ? toArray(axesArg) : [axesArg];
      for (const ax0 of axes) {
        const ax = normAxis(ax0, a.ndim);
        let r = asArray(call(fn, [a, ax], null));
        if (r.ndim !== a.ndim) {
          const shp = a.shape.map((s, i) => (i === ax ? 1 : s));
          r = r.view(shp, shp.map((_, i) => (i === ax ? 0 : r.strides[i < ax ? i : i - 1])), r.offset);
        }
        a = r;
      }
      return a;
    }),
  };
  return fns;
}

export { truthy, pyIndex, R };
