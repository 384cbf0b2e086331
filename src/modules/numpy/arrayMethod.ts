/**
 * The `__array__` protocol as np.array / np.asarray / np.asanyarray call it in NumPy 2: the requested
 * dtype goes positionally and the `copy` request as a keyword (np.array's default copy=True is passed
 * as copy=True; copy=None, asarray's default, passes none), so the object itself can refuse a copy
 * request it cannot honour. An `__array__` that takes no `copy` keyword is called again without it,
 * with NumPy's DeprecationWarning; a copy=False request then cannot be guaranteed and raises NumPy's error.
 * Objects without `__array__`, or with `__array_interface__` (read in place by coerce.ts), are left to
 * the ordinary coercion.
 */
import { NDArray } from '../../../runtime/ndarray';
import { DType } from '../../../runtime/dtype';
import { PyTuple, PyRange } from '../../objects/values';
import { getAttrOrUndef } from '../../objects/attrs';
import { call } from '../../objects/function';
import { PyExc, excType } from '../../objects/exceptions';
import { warnFrom } from '../warnings';
import { NPScalar } from './scalars';
import { pyDType } from './dtypes';
import { NPVoid } from './structured';

const NO_COPY_KEYWORD = "__array__ implementation doesn't accept a copy keyword, so passing copy=False failed. __array__ must implement 'dtype' and 'copy' keyword arguments. To learn more, see the migration guide https://numpy.org/devdocs/numpy_2_0_migration_guide.html#adapting-to-changes-in-the-copy-keyword";

/** An array-protocol attribute of `v`, or undefined; an AttributeError (from a __getattr__) means none, as in NumPy. */
export function protocolAttr(v: any, name: string): any {
  try {
    return getAttrOrUndef(v, name);
  } catch (e) {
    if (e instanceof PyExc && e.cls.isSubtypeOf(excType('AttributeError'))) return undefined;
    throw e;
  }
}

/**
 * `v.__array__(dtype, copy=copy)` for an object that defines it (copy: true/false, or null to pass
 * none); null when `v` has no `__array__` or the result is not an array. `noCopy` raises NumPy's
 * error when a copy=False request could not be passed on.
 */
export function viaArrayMethod(v: any, dt: DType | null, copy: boolean | null, noCopy: () => never): NDArray | null {
  if (v === null || typeof v !== 'object' || v instanceof NDArray || v instanceof NPScalar || v instanceof NPVoid || Array.isArray(v) || v instanceof PyTuple || v instanceof PyRange) return null;
  const am = protocolAttr(v, '__array__');
  if (am === undefined || protocolAttr(v, '__array_interface__') !== undefined) return null;
  const args = dt ? [pyDType(dt)] : [];
  let r: any;
  if (copy === null) r = call(am, args, null);
  else {
    try {
      r = call(am, args, new Map([['copy', copy]]));
    } catch (e) {
      if (!(e instanceof PyExc) || !e.cls.isSubtypeOf(excType('TypeError'))) throw e;
      warnFrom('DeprecationWarning', NO_COPY_KEYWORD);
      if (copy === false) noCopy();
      r = call(am, args, null);
    }
  }
  return r instanceof NDArray ? r : null;
}
