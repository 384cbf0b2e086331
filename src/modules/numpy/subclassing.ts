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
import { PyTuple } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { call, builtin, PyBuiltin } from '../../objects/function';
import { truthy } from '../../objects/protocols';
import { scalar } from './scalars';
import { PyStaticMethod } from '../../objects/descriptors';
import { index as pyIndex } from '../../objects/protocols';
import { toArray } from '../../objects/iterators';
import { toDType } from './dtypes';
import { allocArray, asArray } from './coerce';
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

/** The first subclass instance among ufunc operands (NumPy wraps results in its class). */
export function wrapperOf(values: any[]): NDArray | null {
  for (const v of values) if (subclassOf(v)) return v;
  return null;
}

function ints(v: any): number[] {
  return (v instanceof PyTuple || Array.isArray(v) ? toArray(v) : [v]).map((x: any) => pyIndex(x));
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
        const buf = asArray(p.buffer);
        const offset = p.offset === undefined ? 0 : pyIndex(p.offset);
        const strides = p.strides === undefined || p.strides === null ? contiguousStrides(shape, dt.itemsize, p.order === 'F' ? 'F' : 'C') : ints(p.strides);
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
  'sort', 'argsort', 'cumsum', 'cumprod', 'round', 'around', 'take', 'repeat', 'argmax', 'argmin', 'compress',
  'partition', 'argpartition', 'squeeze', 'swapaxes', 'transpose', 'diagonal', 'ravel', 'tile',
  'roll', 'insert', 'delete', 'median', 'percentile', 'quantile', 'unique', 'nan_to_num', 'nansum', 'nanprod',
  'nanmean', 'nanmax', 'nanmin', 'nanstd', 'nanvar', 'nanmedian', 'nanpercentile', 'nanquantile', 'nancumsum',
  'nancumprod', 'piecewise', 'sum', 'prod', 'mean', 'std', 'var', 'max', 'min', 'amax', 'amin', 'ptp', 'all',
  'any', 'reshape', 'cumulative_sum', 'cumulative_prod', 'real_if_close',
];

export function keepSubclassFunctions(d: Record<string, any>): void {
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
