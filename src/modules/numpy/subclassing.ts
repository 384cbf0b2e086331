/**
 * Subclasses of ndarray written in Python (`class InfoArray(np.ndarray)`): instances are ordinary
 * arrays carrying their Python class in an own `cls` and their attributes in `d`. NumPy's protocol is
 * followed: `ndarray.__new__(subtype, shape, dtype, buffer, offset, strides, order)` creates one (calling
 * `__array_finalize__(None)`), views of a subclass instance (slices, transposes, reshapes, `.view(cls)`)
 * and ufunc results with a subclass operand become instances of that class, and each new instance gets
 * `__array_finalize__(self, source)`.
 */
import { NDArray, contiguousStrides } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { PyType, newAttrs } from '../../objects/pytype';
import { PyTuple, PyFloat, floatValue } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { call, builtin, PyBuiltin, Kw } from '../../objects/function';
import { getAttr } from '../../objects/attrs';
import { truthy } from '../../objects/protocols';
import { scalar } from './scalars';
import { PyStaticMethod } from '../../objects/descriptors';
import { index as pyIndex } from '../../objects/protocols';
import { toArray } from '../../objects/iterators';
import { toDType } from './dtypes';
import { allocArray, asArray } from './coerce';
import { bufferBytes } from './bufferProtocol';
import { kwArgs } from './ufuncs';

/** The Python subclass an array belongs to, or null for plain ndarrays. */
export function subclassOf(a: any): PyType | null {
  return a instanceof NDArray && Object.prototype.hasOwnProperty.call(a, 'cls') ? (a as any).cls : null;
}

/** Make `a` an instance of `cls` and run its __array_finalize__ with `src` (None when created fresh). */
export function wrapAs(a: NDArray, cls: PyType, src: any): NDArray {
  (a as any).cls = cls;
  (a as any).d ??= newAttrs();
  const fin = cls.lookup('__array_finalize__');
  if (fin !== undefined && fin !== null && !(fin instanceof Object && (fin as any).nativeDunder)) call(fin, [a, src]);
  return a;
}

/**
 * A ufunc or reduction result `r` (a plain array) given back through the subclass operand `sub`'s
 * `__array_wrap__(r, context, return_scalar)` when its class overrides it; otherwise made an instance
 * of that class, as ndarray.__array_wrap__ does (0-d results included).
 */
export function wrapResult(r: NDArray, sub: NDArray, context: any, returnScalar: boolean): any {
  const cls: PyType = (sub as any).cls;
  const w = cls.lookup('__array_wrap__');
  if (w === undefined || w === null || w === defaultArrayWrap) return wrapAs(r, cls, sub);
  return call(w, [sub, r, context, returnScalar]);
}

/** `ndarray.__array_wrap__(self, array, context=None, return_scalar=False)` */
export const defaultArrayWrap: PyBuiltin = builtin('__array_wrap__', (args, kw) => {
  const p = kwArgs(args.slice(1), kw, ['array', 'context', 'return_scalar']);
  const self = args[0], arr = p.array;
  if (!(arr instanceof NDArray)) throwPy('TypeError', 'can only be called with ndarray object');
  const selfCls = subclassOf(self);
  if (p.return_scalar !== undefined && truthy(p.return_scalar) && selfCls === null && arr.ndim === 0) return scalar(arr.dtype, arr.get([]));
  if (selfCls === subclassOf(arr)) return arr;
  const v = arr.view(arr.shape, arr.strides, arr.offset);
  if (selfCls === null) {
    delete (v as any).cls;
    return v;
  }
  return wrapAs(v, selfCls, self);
});
defaultArrayWrap.meth = (self, args, kw) => defaultArrayWrap.fn([self, ...args], kw);

/** a subclass's `__array_priority__` (a class attribute; 0 when it does not set one) */
function priorityOf(a: any): number {
  if (!subclassOf(a)) return 0;
  const p = (a as any).cls.lookup('__array_priority__');
  if (typeof p === 'number' || typeof p === 'bigint') return Number(p);
  return p instanceof PyFloat ? floatValue(p) : 0;
}

/**
 * The subclass instance among ufunc operands whose class wraps the results (NumPy's
 * npy_find_array_wrap): the one with the highest `__array_priority__`, the first on a tie.
 */
export function wrapperOf(values: any[]): NDArray | null {
  let best: NDArray | null = null, bestP = -Infinity;
  for (const v of values) {
    if (!subclassOf(v)) continue;
    const p = priorityOf(v);
    if (best === null || p > bestP) [best, bestP] = [v, p];
  }
  return best;
}

/**
 * np.dot's result: an array of the class of the operand with the higher priority (the first on a tie,
 * a plain ndarray included: NumPy's new_array_for_sum); 0-d results stay scalars.
 */
export function wrapDot(r: any, a: any, b: any): any {
  if (!(r instanceof NDArray) || r.ndim === 0 || subclassOf(r) !== null) return r;
  const src = priorityOf(b) > priorityOf(a) ? b : a;
  const cls = subclassOf(src);
  return cls === null ? r : wrapAs(r, cls, src);
}

/**
 * A product's result (np.matmul, `@`) in the class of its subclass operand with the highest
 * priority; 0-d results become 0-d instances (NumPy never hands a subclass a scalar from these).
 * `viaWrap` goes through `__array_wrap__` as the matmul ufunc does; np.dot creates the instance directly.
 */
export function wrapProduct(r: any, operands: any[], viaWrap: boolean): any {
  const sub = wrapperOf(operands);
  if (sub === null) return r;
  const arr = r instanceof NDArray ? r : asArray(r);
  if (subclassOf(arr) !== null) return arr;
  return viaWrap ? wrapResult(arr, sub, null, false) : wrapAs(arr, (sub as any).cls, sub);
}

function ints(v: any): number[] {
  return (v instanceof PyTuple || Array.isArray(v) ? toArray(v) : [v]).map((x: any) => pyIndex(x));
}

/** Whether every element of the layout lies within `len` bytes (NumPy's check for ndarray(buffer=…)). */
function fitsIn(shape: number[], strides: number[], itemsize: number, offset: number, len: number): boolean {
  if (shape.some((n) => n === 0)) return true;
  let lo = offset, hi = offset + itemsize;
  shape.forEach((n, i) => {
    const step = (n - 1) * strides[i];
    if (step < 0) lo += step;
    else hi += step;
  });
  return lo >= 0 && hi <= len;
}

export function installSubclassing(ndarrayType: PyType): void {
  NDArray.viewHook = (v, src) => wrapAs(v, (src as any).cls, src);
  ndarrayType.dict.__new__ = new PyStaticMethod(
    builtin('__new__', (args, kw) => {
      const subtype = args[0];
      if (!(subtype instanceof PyType) || !subtype.isSubtypeOf(ndarrayType)) throwPy('TypeError', 'ndarray.__new__(X): X is not a subtype of ndarray');
      const p = kwArgs(args.slice(1), kw, ['shape', 'dtype', 'buffer', 'offset', 'strides', 'order']);
      const shape = ints(p.shape);
      const dt = p.dtype === undefined || p.dtype === null ? D.float64 : toDType(p.dtype);
      let a: NDArray;
      if (p.buffer !== undefined && p.buffer !== null) {
        const buf = bufferBytes(p.buffer);
        const offset = p.offset === undefined ? 0 : pyIndex(p.offset);
        const strides = p.strides === undefined || p.strides === null ? contiguousStrides(shape, dt.itemsize, p.order === 'F' ? 'F' : 'C') : ints(p.strides);
        if (!fitsIn(shape, strides, dt.itemsize, offset, buf.nbytes)) throwPy('TypeError', 'buffer is too small for requested array');
        a = new NDArray(buf.block, dt, shape, strides, buf.offset + offset, buf.owner, buf.writeable);
      } else a = allocArray(shape, dt, false, p.order === 'F' ? 'F' : 'C');
      if (subtype === ndarrayType) return a;
      return wrapAs(a, subtype, null);
    }),
  );
}

/**
 * NumPy functions that run their argument's method or wrap their result with `__array_wrap__`
 * (np.sort, np.cumsum, np.round, np.tile, np.insert …): given an ndarray subclass instance first, an
 * array result is an instance of that class too.
 */
const KEEP_SUBCLASS = [
  'sort', 'argsort', 'round', 'around', 'take', 'repeat', 'compress',
  'partition', 'argpartition', 'squeeze', 'swapaxes', 'transpose', 'diagonal', 'ravel', 'tile',
  'roll', 'insert', 'delete', 'median', 'percentile', 'quantile', 'unique', 'nan_to_num', 'nansum', 'nanprod',
  'nanmean', 'nanmax', 'nanmin', 'nanstd', 'nanvar', 'nanmedian', 'nanpercentile', 'nanquantile', 'nancumsum',
  'nancumprod', 'piecewise', 'ptp', 'reshape', 'cumulative_sum', 'cumulative_prod', 'real_if_close',
];

/**
 * NumPy functions that call the method of the same name on a non-ndarray argument (fromnumeric's
 * _wrapreduction and _wrapfunc): the parameters after the array, and how many of them are always
 * passed by keyword (the rest only when given). A subclass overriding the method (np.matrix's 2-d
 * reductions) or `__array_ufunc__` sees the call.
 */
const METHOD_FUNCTIONS: Record<string, [string, string[], number]> = {
  sum: ['sum', ['axis', 'dtype', 'out', 'keepdims', 'initial', 'where'], 3],
  prod: ['prod', ['axis', 'dtype', 'out', 'keepdims', 'initial', 'where'], 3],
  max: ['max', ['axis', 'out', 'keepdims', 'initial', 'where'], 2],
  amax: ['max', ['axis', 'out', 'keepdims', 'initial', 'where'], 2],
  min: ['min', ['axis', 'out', 'keepdims', 'initial', 'where'], 2],
  amin: ['min', ['axis', 'out', 'keepdims', 'initial', 'where'], 2],
  any: ['any', ['axis', 'out', 'keepdims', 'where'], 2],
  all: ['all', ['axis', 'out', 'keepdims', 'where'], 2],
  mean: ['mean', ['axis', 'dtype', 'out', 'keepdims', 'where'], 3],
  std: ['std', ['axis', 'dtype', 'out', 'ddof', 'keepdims', 'where', 'mean', 'correction'], 4],
  var: ['var', ['axis', 'dtype', 'out', 'ddof', 'keepdims', 'where', 'mean', 'correction'], 4],
  cumsum: ['cumsum', ['axis', 'dtype', 'out'], 3],
  cumprod: ['cumprod', ['axis', 'dtype', 'out'], 3],
  argmax: ['argmax', ['axis', 'out', 'keepdims'], 2],
  argmin: ['argmin', ['axis', 'out', 'keepdims'], 2],
};

/** np.<name>(sub, …) as `sub.<method>(…)`, with the keywords NumPy passes */
function viaMethod(sub: NDArray, spec: [string, string[], number], args: any[], kw: Kw): any {
  const [method, params, always] = spec;
  const p = kwArgs(args.slice(1), kw, params);
  const k = new Map<string, any>();
  params.forEach((n, i) => {
    if (i < always) {
      // _wrapreduction leaves out a dtype of None for the reductions that take none
      if (n === 'dtype' && (p.dtype === undefined || p.dtype === null) && method !== 'cumsum' && method !== 'cumprod' && method !== 'mean' && method !== 'std' && method !== 'var') return;
      k.set(n, p[n] ?? (n === 'ddof' ? 0 : null));
    } else if (p[n] !== undefined) k.set(n, p[n]);
  });
  return call(getAttr(sub, method), [], k);
}

export function keepSubclassFunctions(d: Record<string, any>): void {
  for (const [name, spec] of Object.entries(METHOD_FUNCTIONS)) {
    const f = d[name];
    if (!(f instanceof PyBuiltin)) continue;
    const fn = f.fn;
    f.fn = (args, kw) => (subclassOf(args[0]) !== null ? viaMethod(args[0], spec, args, kw) : fn(args, kw));
    const f1 = f.f1;
    if (f1 !== undefined) f.f1 = (a) => (subclassOf(a) !== null ? viaMethod(a, spec, [a], null) : f1(a));
    const f2 = f.f2;
    if (f2 !== undefined) f.f2 = (a, b) => (subclassOf(a) !== null ? viaMethod(a, spec, [a, b], null) : f2(a, b));
  }
  const keep = (r: any, a: any) => {
    if (!(r instanceof NDArray) || r === a) return r;
    const cls = subclassOf(a);
    return cls !== null && subclassOf(r) === null ? wrapAs(r, cls, a) : r;
  };
  for (const name of KEEP_SUBCLASS) {
    const f = d[name];
    if (!(f instanceof PyBuiltin)) continue;
    const fn = f.fn;
    if (name === 'round' || name === 'around') {
      // rounding to other than whole numbers gives a base-class array
      f.fn = (args, kw) => {
        const dec = args.length > 1 ? args[1] : kw?.get('decimals');
        const r = fn(args, kw);
        return dec === undefined || dec === 0 ? keep(r, args[0]) : r;
      };
      f.f1 = undefined;
      f.f2 = undefined;
      continue;
    }
    f.fn = (args, kw) => keep(fn(args, kw), args[0]);
    const f1 = f.f1;
    if (f1 !== undefined) f.f1 = (a) => keep(f1(a), a);
    const f2 = f.f2;
    if (f2 !== undefined) f.f2 = (a, b) => keep(f2(a, b), a);
  }
}
