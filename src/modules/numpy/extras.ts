/**
 * Small element-wise conveniences from numpy's Python layer: isclose/allclose, nan_to_num,
 * real_if_close, iscomplex/isreal/iscomplexobj/isrealobj, angle, isposinf/isneginf,
 * trace and sort (a stable sort along an axis, NaNs last, complex values lexicographic).
 */
import { NDArray, contiguousStrides } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { Complex } from '../../../runtime/elements';
import { PyFloat } from '../../objects/values';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { truthy, index as pyIndex } from '../../objects/protocols';
import { asArray, castCopy, copyInto, allocArray, fromPython } from './coerce';
import { applyUfunc, kwArgs, kwNamed } from './ufuncs';
import { ufunc } from './ufuncTable';
import { NPScalar, scalar, pyToDomain, weakKind } from './scalars';
import { realPart, imagPart } from './complexParts';
import * as R from './reductions';
import { ravel } from './reductions';
import { getIndex } from './indexing';
import { normAxis } from './axes';
import { transpose } from './shape';
import { diagonal } from './rearrange';
import { optDType } from './dtypes';
import { throwPy } from '../../objects/errors';

import { quietly } from './errstate';

const U = (name: string, ...args: any[]) => applyUfunc(ufunc(name), args);

/**
 * NumPy's isclose: (|a - b| <= atol + rtol·|b|) & isfinite(b) | (a == b), with b made inexact first
 * (result_type(b, 1.0); a Python int becomes a float) so |b| of the most negative int cannot wrap.
 */
function isclose(p: Record<string, any>): any {
  const rtol = p.rtol ?? new PyFloat(1e-5), atol = p.atol ?? new PyFloat(1e-8);
  const a = p.a;
  let b = p.b;
  const w = weakKind(b);
  if (w === 'int' || w === 'bool') b = new PyFloat(Number(b));
  else if (w === null) {
    const arr = asArray(b);
    b = arr.dtype.kind === 'f' || arr.dtype.kind === 'c' ? arr : castCopy(arr, D.float64);
  }
  const close = U('less_equal', U('absolute', U('subtract', a, b)), U('add', atol, U('multiply', rtol, U('absolute', b))));
  let r = U('logical_or', U('logical_and', close, U('isfinite', b)), U('equal', a, b));
  if (p.equal_nan !== undefined && truthy(p.equal_nan)) r = U('logical_or', r, U('logical_and', U('isnan', a), U('isnan', b)));
  return r;
}

export function extraFunctions(): Record<string, PyBuiltin> {
  const b = (name: string, f: (args: any[], kw: Kw) => any) => builtin(name, kwNamed(name, f));
  return {
    asarray_chkfinite: b('asarray_chkfinite', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'dtype', 'order']);
      let a = asArray(p.a, optDType(p.dtype));
      if (p.order === 'F' && !a.fContiguous) a = castCopy(a, a.dtype, 'F');
      if ((a.dtype.kind === 'f' || a.dtype.kind === 'c') && !truthy(R.all(applyUfunc(ufunc('isfinite'), [a]), {}))) {
        throwPy('ValueError', 'array must not contain infs or NaNs');
      }
      return a;
    }),
    isfortran: b('isfortran', (args, kw) => {
      const a = kwArgs(args, kw, ['a']).a;
      if (!(a instanceof NDArray)) throwPy('AttributeError', `'${typeof a === 'object' && a?.cls ? a.cls.name : 'list'}' object has no attribute 'flags'`);
      return a.fContiguous && !a.cContiguous;
    }),
    isclose: b('isclose', (args, kw) => quietly(() => isclose(kwArgs(args, kw, ['a', 'b', 'rtol', 'atol', 'equal_nan'])))),
    allclose: b('allclose', (args, kw) => {
      const r = quietly(() => isclose(kwArgs(args, kw, ['a', 'b', 'rtol', 'atol', 'equal_nan'])));
      return truthy(R.all(r, {}));
    }),
    nan_to_num: b('nan_to_num', (args, kw) => {
      const p = kwArgs(args, kw, ['x', 'copy', 'nan', 'posinf', 'neginf']);
      const isScalar = !(p.x instanceof NDArray);
      // copy=False fixes an array in place
      const inPlace = p.x instanceof NDArray && p.copy !== undefined && !truthy(p.copy);
      const a = inPlace ? p.x : castCopy(asArray(p.x), asArray(p.x).dtype);
      const fixPart = (part: NDArray) => {
        if (part.dtype.kind !== 'f') return;
        const big = part.dtype.itemsize === 4 ? 3.4028234663852886e38 : part.dtype.itemsize === 2 ? 65504 : Number.MAX_VALUE;
        const nan = p.nan === undefined ? 0 : Number((p.nan as any)?.v ?? p.nan);
        const pinf = p.posinf === undefined || p.posinf === null ? big : Number((p.posinf as any)?.v ?? p.posinf);
        const ninf = p.neginf === undefined || p.neginf === null ? -big : Number((p.neginf as any)?.v ?? p.neginf);
        const vals = part.toArray();
        const tmp = allocArray(part.shape, part.dtype);
        const vv = vals.map((v: number) => (v !== v ? nan : v === Infinity ? pinf : v === -Infinity ? ninf : v));
        vv.forEach((v: number, i: number) => tmp.set(unravel(i, part.shape), pyToDomain(new PyFloat(v), part.dtype, false)));
        copyInto(part, tmp);
      };
      fixPart(realPart(a));
      if (a.dtype.kind === 'c') fixPart(imagPart(a));
      return isScalar && a.ndim === 0 ? scalar(a.dtype, a.get([])) : a;
    }),
    real_if_close: b('real_if_close', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'tol']);
      const a = asArray(p.a);
      if (a.dtype.kind !== 'c') return a;
      let tol = p.tol === undefined ? 100 : Number((p.tol as any)?.v ?? p.tol);
      const eps = a.dtype.itemsize === 8 ? 2 ** -23 : 2 ** -52;
      if (tol > 1) tol *= eps;
      const ok = a.toArray().every((z: Complex) => Math.abs(z.im) < tol);
      return ok ? castCopy(realPart(a), a.dtype.realType) : a;
    }),
    iscomplex: b('iscomplex', (args) => {
      const a = asArray(args[0]);
      const r = a.dtype.kind === 'c' ? U('not_equal', imagPart(a), 0) : U('not_equal', allocArray(a.shape, D.bool, true), false);
      return args[0] instanceof NDArray || a.ndim > 0 ? r : r;
    }),
    isreal: b('isreal', (args) => {
      const a = asArray(args[0]);
      return a.dtype.kind === 'c' ? U('equal', imagPart(a), 0) : U('logical_not', allocArray(a.shape, D.bool, true));
    }),
    iscomplexobj: b('iscomplexobj', (args) => asArray(args[0]).dtype.kind === 'c'),
    isrealobj: b('isrealobj', (args) => asArray(args[0]).dtype.kind !== 'c'),
    angle: b('angle', (args, kw) => {
      const p = kwArgs(args, kw, ['z', 'deg']);
      const a = asArray(p.z);
      // arctan2(z.imag, z.real) for complex z, arctan2(0, z) otherwise (a weak 0: float32 stays float32)
      let r = a.dtype.kind === 'c' ? U('arctan2', imagPart(a), realPart(a)) : U('arctan2', 0, a);
      if (p.deg !== undefined && truthy(p.deg)) r = U('multiply', r, new PyFloat(180 / Math.PI));
      return !(p.z instanceof NDArray) && r instanceof NDArray && r.ndim === 0 ? scalar(r.dtype, r.get([])) : r;
    }),
    unpackbits: b('unpackbits', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'axis', 'count', 'bitorder']);
      const a = asArray(p.a);
      if (a.dtype.char !== 'B') throwPy('TypeError', 'Expected an input array of unsigned byte data type');
      const little = p.bitorder === 'little';
      const bits = (v: number) => Array.from({ length: 8 }, (_, k) => (v >> (little ? k : 7 - k)) & 1);
      // `count` keeps that many bits of each lane (zero-padded), or drops -count from its end
      const keep = (n: number): number => {
        if (p.count === undefined || p.count === null) return n;
        const c = pyIndex(p.count);
        if (c < 0 && -c > n) throwPy('ValueError', '-count larger than number of elements');
        return c < 0 ? n + c : c;
      };
      const lane = (vals: number[], m: number): number[] => (m <= vals.length ? vals.slice(0, m) : [...vals, ...new Array(m - vals.length).fill(0)]);
      if (p.axis === undefined || p.axis === null) {
        const vals = ravel(a).toArray().flatMap(bits);
        return fromPython(lane(vals, keep(vals.length)), D.uint8);
      }
      const ax = normAxis(p.axis, a.ndim);
      const m = keep(a.shape[ax] * 8);
      const shape = a.shape.map((s, i) => (i === ax ? m : s));
      const out = allocArray(shape, D.uint8);
      const moved = (arr: NDArray) => transpose(arr, [...Array(arr.ndim).keys()].filter((d) => d !== ax).concat([ax]));
      const src = moved(a).toArray(), dst = moved(out);
      const n = a.shape[ax], vals: number[] = [];
      for (let i = 0; i < src.length; i += n) vals.push(...lane(src.slice(i, i + n).flatMap(bits), m));
      if (vals.length > 0) copyInto(dst, fromPython(vals, D.uint8).view(dst.shape.slice(), contiguousStrides(dst.shape, 1), 0));
      return out;
    }),
    packbits: b('packbits', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'axis', 'bitorder']);
      const a = asArray(p.a);
      if (a.dtype.kind !== 'b' && a.dtype.kind !== 'i' && a.dtype.kind !== 'u') throwPy('TypeError', 'Expected an input array of integer or boolean data type');
      const little = p.bitorder === 'little';
      // each lane along `axis` (the flattened array without one) packs into ceil(n / 8) bytes, zero-padded
      const pack = (vals: any[]): number[] => {
        const out: number[] = [];
        for (let i = 0; i < vals.length; i += 8) {
          let byte = 0;
          for (let k = 0; k < 8 && i + k < vals.length; k++) if (vals[i + k] !== 0 && vals[i + k] !== 0n && vals[i + k] !== false) byte |= 1 << (little ? k : 7 - k);
          out.push(byte);
        }
        return out;
      };
      if (p.axis === undefined || p.axis === null) return fromPython(pack(ravel(a).toArray()), D.uint8);
      const ax = normAxis(p.axis, a.ndim);
      const n = a.shape[ax], nb = Math.ceil(n / 8);
      const shape = a.shape.map((s, i) => (i === ax ? nb : s));
      const out = allocArray(shape, D.uint8);
      const moved = (arr: NDArray) => transpose(arr, [...Array(arr.ndim).keys()].filter((d) => d !== ax).concat([ax]));
      const src = moved(a).toArray(), dst = moved(out);
      const bytes: number[] = [];
      for (let i = 0; i < src.length; i += n) bytes.push(...pack(src.slice(i, i + n)));
      copyInto(dst, fromPython(bytes, D.uint8).view(dst.shape.slice(), contiguousStrides(dst.shape, 1), 0));
      return out;
    }),
    isposinf: b('isposinf', (args) => U('logical_and', U('isinf', args[0]), U('logical_not', U('signbit', args[0])))),
    isneginf: b('isneginf', (args) => U('logical_and', U('isinf', args[0]), U('signbit', args[0]))),
    trace: b('trace', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'offset', 'axis1', 'axis2', 'dtype', 'out']);
      const d = diagonal(p.a, p.offset === undefined ? 0 : pyIndex(p.offset), p.axis1 === undefined ? 0 : pyIndex(p.axis1), p.axis2 === undefined ? 1 : pyIndex(p.axis2));
      return R.sum(d, { axis: -1, dtype: optDType(p.dtype), out: p.out ?? undefined });
    }),
  };
}

function unravel(i: number, shape: number[]): number[] {
  const idx = new Array(shape.length);
  for (let d = shape.length - 1; d >= 0; d--) {
    idx[d] = i % shape[d];
    i = Math.floor(i / shape[d]);
  }
  return idx;
}

export { NPScalar, getIndex };
