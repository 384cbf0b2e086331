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
import { call, builtin } from '../../objects/function';
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
