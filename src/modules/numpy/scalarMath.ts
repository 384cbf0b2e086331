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
import { floatDivmod } from '../../../runtime/scalarOps';
import { PyComplex, PyFloat, isFloat, float, NotImplemented } from '../../objects/values';
import { setScalarArith, setArrayType, binaryNative } from '../../objects/arith';
import { NDArrayType } from './arrayType';
import { setSortNumbers } from '../../objects/types/list';
import { setRealValues } from '../../objects/protocols';
import * as D from '../../../runtime/dtype';
import { DType, WeakKind, resultType } from '../../../runtime/dtype';
import { NPScalar, scalar, pyToDomain, weakKind } from './scalars';
import { asScalarOperator } from './fpErrors';
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
  const q = quickArithmetic(name, x, y);
  if (q !== undefined) return q;
  if (!(x instanceof NPScalar || y instanceof NPScalar) || x instanceof NDArray || y instanceof NDArray || !scalarLike(x) || !scalarLike(y)) return undefined;
  const strong: DType[] = [], weak: WeakKind[] = [];
  for (const v of [x, y]) {
    if (v instanceof NPScalar) strong.push(v.dt);
    else weak.push(weakKind(v)!);
  }
  if (strong.some((d) => d.isText || d.kind === 'V' || d.timeUnit !== null) || weak.some((w) => !w)) return undefined;
  const common = resultType(strong, weak);
  if (!strong.some((d) => d.name === common.name)) return undefined;
  const r = asScalarOperator(() => applyUfunc(ufunc(name), [x, y]));
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

/**
 * The value of a float64/float32 scalar operand, or of a Python int or float beside one, as that dtype
 * (NEP 50: the Python number takes the NumPy scalar's type); undefined for anything else.
 */
function realOf(v: any, dt: DType): number | undefined {
  if (v instanceof NPScalar) return v.dt === dt ? v.v : undefined;
  const x = typeof v === 'number' ? v : v instanceof PyFloat ? v.v : undefined;
  return x === undefined || dt === D.float64 ? x : Math.fround(x);
}

/** a 64-bit integer scalar operand, or a Python int beside one, as a bigint; undefined for anything else */
function int64Of(v: any): bigint | undefined {
  if (v instanceof NPScalar) return v.dt === D.int64 && typeof v.v === 'bigint' ? v.v : undefined;
  return typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : undefined;
}

const INT64_MIN = -(2n ** 63n), INT64_MAX = 2n ** 63n - 1n;

/**
 * `+ - * /` of float64 or float32 scalars (elements read from an array in a Python loop; `%` and `//` of
 * float64 ones too) and `+ - * // %` of int64 ones, beside each other or Python numbers, computed directly when nothing needs reporting: a
 * finite float result, an int64 result in range. Undefined otherwise — a non-finite result, an
 * overflow or any other operand goes the ufunc way, which reports them as NumPy does.
 */
export function quickArithmetic(name: string, x: any, y: any): NPScalar | undefined {
  const s = x instanceof NPScalar ? x : y instanceof NPScalar ? y : null;
  if (s === null) return undefined;
  const dt = s.dt;
  if (dt === D.float64 || dt === D.float32) {
    const a = realOf(x, dt), b = realOf(y, dt);
    if (a === undefined || b === undefined) return undefined;
    let r: number;
    if (name === 'add') r = a + b;
    else if (name === 'subtract') r = a - b;
    else if (name === 'multiply') r = a * b;
    else if (name === 'true_divide' || name === 'divide') r = a / b;
    else if ((name === 'remainder' || name === 'floor_divide') && dt === D.float64 && b !== 0 && Number.isFinite(a) && Number.isFinite(b)) {
      r = floatDivmod(a, b)[name === 'remainder' ? 1 : 0];
    } else return undefined;
    if (dt === D.float32) r = Math.fround(r);
    return Number.isFinite(r) ? scalar(dt, r) : undefined;
  }
  if (dt === D.int64) {
    const a = int64Of(x), b = int64Of(y);
    if (a === undefined || b === undefined) return undefined;
    let r: bigint;
    if (name === 'add') r = a + b;
    else if (name === 'subtract') r = a - b;
    else if (name === 'multiply') r = a * b;
    else if (name === 'floor_divide' && b !== 0n) {
      r = a / b;
      if ((a % b !== 0n) && (a < 0n) !== (b < 0n)) r -= 1n;
    } else if (name === 'remainder' && b !== 0n) {
      r = a % b;
      if (r !== 0n && (r < 0n) !== (b < 0n)) r += b;
    } else return undefined;
    return r >= INT64_MIN && r <= INT64_MAX ? scalar(dt, r) : undefined;
  }
  return undefined;
}

/** The comparison `x <name> y` of such operands (NaN compares False, as the ufuncs do), or undefined. */
export function quickCompare(name: string, x: NPScalar, y: any): NPScalar | undefined {
  const dt = x.dt;
  let a: number | bigint | undefined, b: number | bigint | undefined;
  if (dt === D.float64 || dt === D.float32) (a = x.v as number), (b = realOf(y, dt));
  // a Python float that overflows float32 is reported by the general path ("overflow encountered in cast")
  if (dt === D.float32 && !(y instanceof NPScalar) && b !== undefined && !Number.isFinite(b)) return undefined;
  else if (dt === D.int64) (a = x.v as bigint), (b = int64Of(y));
  if (a === undefined || b === undefined) return undefined;
  switch (name) {
    case 'equal': return scalar(D.bool, a == b ? 1 : 0);
    case 'not_equal': return scalar(D.bool, a != b ? 1 : 0);
    case 'less': return scalar(D.bool, a < b ? 1 : 0);
    case 'less_equal': return scalar(D.bool, a <= b ? 1 : 0);
    case 'greater': return scalar(D.bool, a > b ? 1 : 0);
    case 'greater_equal': return scalar(D.bool, a >= b ? 1 : 0);
  }
  return undefined;
}

const OPERATOR_UFUNCS: Record<string, string> = { '+': 'add', '-': 'subtract', '*': 'multiply', '/': 'true_divide', '%': 'remainder', '//': 'floor_divide' };
/** Give the operators their shortcut to quickArithmetic (src/objects/arith.ts), once numpy is set up. */
export function installScalarArith(): void {
  // sorting and `if x < y:` compare real scalars by their values: float64 (not NaN) and integers of at
  // most 53 bits, whose comparisons with Python numbers and each other NumPy makes exactly (a float32
  // beside a Python float compares in float32, so it is left to the operators)
  const value = (k: object): number | undefined => {
    if (!(k instanceof NPScalar) || k.dt.timeUnit !== null) return undefined;
    const v = k.v, kind = k.dt.kind;
    if (kind === 'f') return k.dt === D.float64 && v === v ? v : undefined;
    if (kind === 'i' || kind === 'u') return typeof v === 'bigint' ? (v >= -(2n ** 53n) && v <= 2n ** 53n ? Number(v) : undefined) : v;
    return undefined;
  };
  setSortNumbers(value);
  setRealValues(value);
  setArrayType(NDArrayType);
  setScalarArith(NPScalar, (op, a, b) => {
    // np.float64 is a float subclass and no complex one: Python's complex operator comes first and
    // takes it as a float (1j + np.float64(2) is the Python complex (2+1j))
    if (a instanceof PyComplex && b instanceof NPScalar && b.dt === D.float64) {
      const r = binaryNative(op, a, float(b.v));
      if (r !== NotImplemented) return r;
    }
    const name = OPERATOR_UFUNCS[op];
    return name === undefined ? undefined : quickArithmetic(name, a, b);
  });
}
