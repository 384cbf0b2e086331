/**
 * Element-wise helpers built from ufuncs: `round`/`around` (NumPy's PyArray_Round: scale by a power of
 * ten, rint, unscale; integers with negative decimals go through float64 and back), `clip` (maximum then
 * minimum, so clip(a, 5, 2) is all 2 as in NumPy), plus `nonzero` and `tobytes`.
 */
import { NDArray, broadcastShapes } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { reader } from '../../../runtime/elements';
import { heap } from '../../../runtime/memory';
import { roundEven } from '../../../runtime/scalarOps';
import { PyBytes, PyTuple, tuple, float } from '../../objects/values';
import { shapeCompact } from './alloc';
import { maskCoords } from './maskCoords';
import { throwPy } from '../../objects/errors';
import { asArray, allocLike, castCopy, castCopyLike, copyInto } from './coerce';
import { applyUfunc } from './ufuncs';
import { ufunc } from './ufuncTable';
import { NPScalar, scalar } from './scalars';
import { realPart, imagPart } from './complexParts';

/** np.round of objects, as NumPy's: rint (the elements' own method), scaled by 10**decimals around it */
function roundObjects(a: NDArray, decimals: number, out: any): any {
  if (decimals === 0) return applyUfunc(ufunc('rint'), [a], { out });
  const f = float(10 ** Math.abs(decimals));
  const [up, down] = decimals > 0 ? ['multiply', 'true_divide'] : ['true_divide', 'multiply'];
  const r = applyUfunc(ufunc('rint'), [applyUfunc(ufunc(up), [a, f])]);
  return applyUfunc(ufunc(down), [r, f], { out });
}

export function roundArray(x: any, decimals: number, out: any): any {
  // a float64 scalar (an element in a Python loop): the same three steps on the number, when finite
  if (x instanceof NPScalar && x.dt === D.float64 && out === undefined && Number.isFinite(x.v)) {
    const f = Math.pow(10, Math.abs(decimals));
    const r = decimals === 0 ? roundEven(x.v) : decimals > 0 ? roundEven(x.v * f) / f : roundEven(x.v / f) * f;
    if (Number.isFinite(r)) return scalar(D.float64, r);
  }
  const wasScalar = !(x instanceof NDArray) && (x instanceof NPScalar || typeof x !== 'object' || x === null || x.cls?.name === 'float' || x.cls?.name === 'complex');
  const a = asArray(x);
  if (a.dtype.kind === 'O') return roundObjects(a, decimals, out);
  let res: NDArray;
  if (a.dtype.kind === 'c') {
    res = out instanceof NDArray ? out : allocLike(a, a.dtype, 'K');
    copyInto(realPart(res), asArray(roundArray(realPart(a), decimals, undefined)));
    copyInto(imagPart(res), asArray(roundArray(imagPart(a), decimals, undefined)));
  } else if (a.dtype.kind !== 'f' && decimals >= 0) {
    res = out instanceof NDArray ? (copyInto(out, a), out) : castCopyLike(a, a.dtype, 'K');
  } else {
    const isInt = a.dtype.kind !== 'f';
    // new results keep the input's memory order, as NumPy's ufunc loops do
    const tmp = out instanceof NDArray && !isInt ? out : allocLike(a, isInt ? D.float64 : a.dtype, 'K');
    const f = Math.pow(10, Math.abs(decimals));
    if (decimals === 0) applyUfunc(ufunc('rint'), [a], { out: tmp });
    else {
      applyUfunc(ufunc(decimals > 0 ? 'multiply' : 'divide'), [a, f], { out: tmp });
      applyUfunc(ufunc('rint'), [tmp], { out: tmp });
      applyUfunc(ufunc(decimals > 0 ? 'divide' : 'multiply'), [tmp, f], { out: tmp });
    }
    res = isInt ? (out instanceof NDArray ? (copyInto(out, tmp), out) : castCopyLike(tmp, a.dtype, 'K')) : tmp;
  }
  if (out instanceof NDArray) return out;
  return wasScalar || res.ndim === 0 ? scalar(res.dtype, res.get([])) : res;
}

export function clip(a: any, lo: any, hi: any, out: any): any {
  const dt = a instanceof NPScalar ? a.dt : asArray(a).dtype;
  if (dt.kind === 'i' || dt.kind === 'u') {
    // NumPy's _clip: a Python int bound beyond the integer dtype's range is no bound at all
    const [min, max] = D.intRange(dt);
    const isInt = (v: any) => typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v));
    if (isInt(lo) && BigInt(lo) <= min) lo = null;
    if (isInt(hi) && BigInt(hi) >= max) hi = null;
  }
  // shapes are checked up front, in NumPy's operand order (a, min, max)
  const seqBound = [lo, hi].some((v) => v instanceof NDArray || Array.isArray(v) || v instanceof PyTuple);
  const parts = seqBound ? [a, lo, hi].filter((v) => v !== null && v !== undefined).map((v) => asArray(v).shape) : [];
  if (parts.length > 1 && !broadcastShapes(parts)) throwPy('ValueError', `operands could not be broadcast together with shapes ${parts.map(shapeCompact).join(' ')} `);
  let r: any = a;
  const opts = out instanceof NDArray ? { out } : {};
  // the bound goes first: maximum/minimum return their second operand on ties, and NumPy's clip keeps
  // the element there (clip(-0.0, 0, 1) is -0.0)
  if (lo !== null && lo !== undefined) r = applyUfunc(ufunc('maximum'), [lo, r], opts);
  if (hi !== null && hi !== undefined) r = applyUfunc(ufunc('minimum'), [hi, r], opts);
  if (r === a) r = applyUfunc(ufunc('positive'), [a], opts);
  return r;
}

/** Indices of non-zero elements, one int64 array per axis. */
export function nonzero(x: any): any {
  const a = asArray(x);
  // objects count by their truth value (None and '' are zero)
  const nz = a.dtype.kind === 'O' ? castCopy(a, D.bool) : applyUfunc(ufunc('not_equal'), [a, 0]);
  const mask = nz instanceof NPScalar ? asArray(nz) : (nz as NDArray);
  if (a.ndim === 0) throwPy('ValueError', 'Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead.');
  return tuple(maskCoords(mask, a.shape));
}

/** a.tobytes(order): the elements' bytes in C order, or F order ('F', and 'A' for a Fortran-contiguous array) */
export function tobytes(a: NDArray, order = 'C'): PyBytes {
  const f = order === 'F' || (order === 'A' && a.fContiguous && !a.cContiguous);
  if (f && a.ndim > 1) a = a.view(a.shape.slice().reverse(), a.strides.slice().reverse(), a.offset);
  const c = a.cContiguous ? a : castCopy(a, a.dtype);
  return new PyBytes(new Uint8Array(heap.buffer, c.addr, c.nbytes).slice());
}

export { reader };
