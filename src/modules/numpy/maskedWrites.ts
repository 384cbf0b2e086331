/**
 * Writing into an existing array under a mask: np.copyto (broadcast src, casting rule, optional `where`),
 * np.place (the masked positions take the values in order, cycling) and np.putmask (position n takes
 * values[n % len(values)], NumPy's flat-position cycling — so place and putmask differ on purpose).
 *
 * All three work in place and return None, as NumPy's do.
 */
import { NDArray, broadcastShapes, broadcastStrides } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { throwPy } from '../../objects/errors';
import { typeOf } from '../../objects/pytype';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { asArray, castCopy } from './coerce';
import { kwArgs, kwNamed, dtRepr } from './ufuncs';
import { ravel } from './reductions';
import { NPScalar, weakKind } from './scalars';
import { shapeCompact } from './alloc';

/** the array a masked write goes into; each function refuses anything else in its own words */
function target(v: any, fn: string): NDArray {
  if (v instanceof NDArray) return v;
  if (fn === 'putmask') throwPy('TypeError', 'putmask: first argument must be an array');
  // copyto's argument parser says "a numpy.ndarray"; place's (CPython's) names None as None
  const tp = typeOf(v).tpName;
  if (fn === 'copyto') throwPy('TypeError', `copyto() argument 1 must be a numpy.ndarray, not ${tp}`);
  return throwPy('TypeError', `${fn}() argument 1 must be numpy.ndarray, not ${v === null ? 'None' : tp}`);
}

/** the flat element positions where `mask` (same size as `a`) is true */
function maskPositions(a: NDArray, maskArg: any, fn: string): number[] {
  const mask = asArray(maskArg, D.bool);
  if (mask.size !== a.size) throwPy('ValueError', `${fn}: mask and data must be the same size`);
  const pos: number[] = [];
  (ravel(mask).toArray() as boolean[]).forEach((m, i) => m && pos.push(i));
  return pos;
}

/** write `vals[k]` to flat position pos[k] of `a` (C order), through its strides */
function writeFlat(a: NDArray, pos: number[], value: (k: number, p: number) => any): void {
  for (let k = 0; k < pos.length; k++) {
    let rem = pos[k];
    const idx = new Array(a.ndim);
    for (let d = a.ndim - 1; d >= 0; d--) {
      idx[d] = rem % a.shape[d];
      rem = Math.floor(rem / a.shape[d]);
    }
    a.set(idx, value(k, pos[k]));
  }
}

function copyto(p: Record<string, any>): null {
  const dst = target(p.dst, 'copyto');
  const casting = (p.casting ?? 'same_kind') as D.Casting;
  const src = asArray(p.src);
  // Python scalars are weak: only their kind has to fit
  const weak = weakKind(p.src) !== null && !(p.src instanceof NPScalar);
  const okCast = weak ? D.kindRank(src.dtype.kind) <= D.kindRank(dst.dtype.kind) || casting === 'unsafe' : D.canCast(src.dtype, dst.dtype, casting);
  if (!okCast) throwPy('TypeError', `Cannot cast ${src.ndim === 0 ? 'scalar' : 'array data'} from ${dtRepr(src.dtype)} to ${dtRepr(dst.dtype)} according to the rule '${casting}'`);
  const shape = broadcastShapes([src.shape, dst.shape]);
  if (!shape || shape.length !== dst.ndim || shape.some((s, i) => s !== dst.shape[i])) {
    throwPy('ValueError', `could not broadcast input array from shape ${shapeCompact(src.shape)} into shape ${shapeCompact(dst.shape)}`);
  }
  const cast = castCopy(src, dst.dtype);
  const b = cast.view(dst.shape.slice(), broadcastStrides(cast, dst.shape), cast.offset);
  const bv = b.toArray();
  let pos: number[];
  if (p.where === undefined || p.where === true) pos = [...Array(dst.size).keys()];
  else {
    const w = asArray(p.where, D.bool);
    const ws = broadcastShapes([w.shape, dst.shape]);
    if (!ws || ws.length !== dst.ndim || ws.some((s, i) => s !== dst.shape[i])) {
      throwPy('ValueError', `could not broadcast where mask from shape ${shapeCompact(w.shape)} into shape ${shapeCompact(dst.shape)}`);
    }
    const wv = w.view(dst.shape.slice(), broadcastStrides(w, dst.shape), w.offset).toArray() as boolean[];
    pos = [];
    wv.forEach((m, i) => m && pos.push(i));
  }
  writeFlat(dst, pos, (_k, at) => bv[at]);
  return null;
}

export function maskedWriteFunctions(): Record<string, PyBuiltin> {
  const b = (name: string, f: (args: any[], kw: Kw) => any) => builtin(name, kwNamed(name, f));
  return {
    copyto: b('copyto', (args, kw) => copyto(kwArgs(args, kw, ['dst', 'src', 'casting', 'where']))),
    place: b('place', (args, kw) => {
      const p = kwArgs(args, kw, ['arr', 'mask', 'vals']);
      const a = target(p.arr, 'place');
      const pos = maskPositions(a, p.mask, 'place');
      const vals = ravel(asArray(p.vals, a.dtype)).toArray();
      if (!vals.length && pos.length) throwPy('ValueError', 'Cannot insert from an empty array!');
      writeFlat(a, pos, (k) => vals[k % vals.length]);
      return null;
    }),
    putmask: b('putmask', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'mask', 'values']);
      const a = target(p.a, 'putmask');
      const pos = maskPositions(a, p.mask, 'putmask');
      const vals = ravel(asArray(p.values, a.dtype)).toArray();
      if (!vals.length) return null;
      writeFlat(a, pos, (_k, at) => vals[at % vals.length]);
      return null;
    }),
  };
}
