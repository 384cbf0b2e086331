/**
 * Binary operators between NumPy scalars (and Python numbers), where NumPy's scalarmath computes
 * differently from its ufunc loops — which serve arrays, 0-d arrays and np.multiply / np.power on scalars:
 *  - a complex product is the textbook formula (ar·br - ai·bi, ar·bi + ai·br, each product rounded),
 *    while the multiply loop fuses one product per part (runtime/scalarOps.ts cmulFused); complex64
 *    rounds each product and part to float32, as C float does;
 *  - a real power is libm's pow (correctly rounded), while the float64 power loop is NumPy's SIMD one.
 *  - floating-point errors name the operation 'scalar multiply', … instead of 'multiply'.
 * scalarmath of a type serves operands that convert to that type (the common dtype is a NumPy scalar
 * operand's own); otherwise NumPy defers to the ufunc. Each served operator takes the ufunc's result
 * type, casting and error reports, then recomputes a finite result of the kinds above with scalarmath's
 * formula.
 */
import { NDArray } from '../../../runtime/ndarray';
import { Complex } from '../../../runtime/elements';
import { crPow } from '../../../runtime/math/libm';
import { PyComplex, isFloat } from '../../objects/values';
import { DType, WeakKind, resultType } from '../../../runtime/dtype';
import { NPScalar, scalar, pyToDomain, weakKind } from './scalars';
import { scalarOperator } from './fpErrors';
import { applyUfunc } from './ufuncs';
import { ufunc } from './ufuncTable';

/** A value scalarmath handles: a NumPy scalar or a Python number. */
function scalarLike(v: any): boolean {
  const t = typeof v;
  return v instanceof NPScalar || t === 'number' || t === 'bigint' || t === 'boolean' || isFloat(v) || v instanceof PyComplex;
}

/**
 * x <op> y (op a ufunc name) when scalarmath serves it: neither is an array, and the operands' common
 * dtype is that of one of them, a NumPy scalar (else undefined: the ufunc path, as NumPy defers to it).
 */
export function scalarMath(name: string, x: any, y: any): any {
  if (!(x instanceof NPScalar || y instanceof NPScalar) || x instanceof NDArray || y instanceof NDArray || !scalarLike(x) || !scalarLike(y)) return undefined;
  const strong: DType[] = [], weak: WeakKind[] = [];
  for (const v of [x, y]) {
    if (v instanceof NPScalar) strong.push(v.dt);
    else weak.push(weakKind(v)!);
  }
  if (strong.some((d) => d.isText || d.kind === 'V' || d.timeUnit !== null) || weak.some((w) => !w)) return undefined;
  const common = resultType(strong, weak);
  if (!strong.some((d) => d.name === common.name)) return undefined;
  scalarOperator.depth++;
  let r: any;
  try {
    r = applyUfunc(ufunc(name), [x, y]);
  } finally {
    scalarOperator.depth--;
  }
  if (!(r instanceof NPScalar)) return r;
  const f = r.dt.itemsize === 8 && r.dt.kind === 'c' ? Math.fround : r.dt.itemsize === 4 ? Math.fround : (v: number) => v;
  if (name === 'multiply' && r.dt.kind === 'c') {
    const a: Complex = pyToDomain(x, r.dt), b: Complex = pyToDomain(y, r.dt);
    return scalar(r.dt, new Complex(f(f(a.re * b.re) - f(a.im * b.im)), f(f(a.re * b.im) + f(a.im * b.re))));
  }
  if (name === 'power' && r.dt.kind === 'f' && r.dt.itemsize >= 4 && Number.isFinite(r.v)) {
    return scalar(r.dt, f(crPow(pyToDomain(x, r.dt), pyToDomain(y, r.dt))));
  }
  return r;
}
