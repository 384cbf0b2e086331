/**
 * Statistics and numerical helpers from NumPy's Python layer, following its formulas so digits match:
 * average (the nan* reductions are in nanReductions.ts, median and quantiles in quantiles.ts), diff/ediff1d, gradient
 * (second-order central differences inside, first- or second-order at the edges), interp (np.interp's slope form), convolve/correlate, cumulative_sum/cumulative_prod,
 * trapezoid, unwrap, plus apply_along_axis, min_scalar_type and array_equiv.
 */
import { NDArray, contiguousStrides, broadcastShapes, broadcastStrides as broadcastStridesTo } from '../../../runtime/ndarray';
import { compareOp } from './arrayType';
import { Complex } from '../../../runtime/elements';
import * as D from '../../../runtime/dtype';
import { PyTuple, PyFloat, PyComplex, tuple, isFloat, floatValue } from '../../objects/values';
import { realPart, imagPart } from './complexParts';
import { throwPy } from '../../objects/errors';
import { builtin, call, Kw, PyBuiltin } from '../../objects/function';
import { truthy, index as pyIndex, repr } from '../../objects/protocols';
import { asArray, allocArray, copyInto, fromPython, castCopy } from './coerce';
import { kwArgs, kwNamed, applyUfunc, ufuncReduce } from './ufuncs';
import { ufunc } from './ufuncTable';
import { normAxis, normAxes } from './axes';
import * as R from './reductions';
import { ravel } from './reductions';
import { lanes } from './sorting';
import { slab, concatenate, stack } from './joining';
import { NPScalar, scalar, weakKind, domainToPy } from './scalars';
import { optDType, pyDType } from './dtypes';
import { where3 } from './selection';
import { matmul as matmulFn } from './linalgBasic';
import { median, quantile } from './quantiles';
import { subclassOf } from './subclassing';
import { getAttr, getAttrOrUndef } from '../../objects/attrs';

const U = (name: string, ...args: any[]) => applyUfunc(ufunc(name), args);



function average(p: Record<string, any>): any {
  const a = asArray(p.a);
  const returned = p.returned !== undefined && truthy(p.returned);
  const keepdims = p.keepdims !== undefined && truthy(p.keepdims);
  if (p.axis !== undefined && p.axis !== null) normAxes(p.axis, a.ndim, 'axis');
  if (subclassOf(a) !== null || methodHolder(p.a)) return subclassAverage(p.a, a, p, returned);
  if (p.weights === undefined || p.weights === null) {
    const avg = R.mean(a, { axis: p.axis, keepdims });
    if (!returned) return avg;
    const n = p.axis === undefined || p.axis === null ? a.size : normAxes(p.axis, a.ndim).reduce((k, ax) => k * a.shape[ax], 1);
    return tuple([avg, U('multiply', asArray(avg).dtype.kind === 'f' ? new PyFloat(1) : 1, scalar(asArray(avg).dtype, asArray(U('add', U('multiply', avg, 0), n)).get([])))]);
  }
  const w = averageWeights(a, p);
  const dt = D.resultType([a.dtype, w.dtype], ['float']);
  const scl = R.sum(castCopy(w.ndim === a.ndim && w.shape.every((s, i) => s === a.shape[i]) ? w : asArray(U('add', w, U('multiply', a, 0))), dt), { axis: p.axis, keepdims });
  if (truthy(R.any(U('equal', scl, 0), {}))) throwPy('ZeroDivisionError', "Weights sum to zero, can't be normalized");
  const avg = U('divide', R.sum(U('multiply', a, w), { axis: p.axis, keepdims, dtype: dt }), scl);
  return returned ? tuple([avg, scl]) : avg;
}

/** average's weights, checked against `a` and given `a`'s rank when they run along one axis */
function averageWeights(a: NDArray, p: Record<string, any>): NDArray {
  const w = asArray(p.weights);
  if (w.ndim === a.ndim && w.shape.every((s, i) => s === a.shape[i])) return w;
  if (p.axis === undefined || p.axis === null) throwPy('TypeError', 'Axis must be specified when shapes of a and weights differ.');
  const ax = normAxis(p.axis, a.ndim);
  if (w.ndim !== 1 || w.shape[0] !== a.shape[ax]) throwPy('ValueError', 'Shape of weights must be consistent with shape of a along specified axis.');
  const shp = a.shape.map((d, i) => (i === ax ? d : 1));
  return w.view(shp, shp.map((_, i) => (i === ax ? w.strides[0] : 0)), w.offset);
}

/** an array-like object other than an ndarray that has its own mean (np.ma's MaskedArray here) */
function methodHolder(x: any): boolean {
  return x !== null && typeof x === 'object' && !(x instanceof NDArray) && !(x instanceof NPScalar) && !(x instanceof PyTuple) &&
    !Array.isArray(x) && getAttrOrUndef(x, 'mean') !== undefined;
}

/**
 * np.average of an ndarray subclass or a masked array (`obj`; `a` its data): NumPy's generic code, so
 * the object's own mean, sum and ufunc handling see the calls (a masked element stays out).
 */
function subclassAverage(obj: any, a: NDArray, p: Record<string, any>, returned: boolean): any {
  const axis = p.axis === undefined ? null : p.axis;
  const kw = new Map<string, any>(p.keepdims !== undefined ? [['keepdims', p.keepdims]] : []);
  const method = (x: any, name: string, k: Map<string, any>) => call(getAttr(x, name), [axis], k);
  if (p.weights === undefined || p.weights === null) {
    const avg = method(obj, 'mean', kw);
    if (!returned) return avg;
    const avgArr = asArray(avg);
    return tuple([avg, scalar(avgArr.dtype, a.size / avgArr.size)]);
  }
  const w = averageWeights(a, p);
  const dt = D.resultType([a.dtype, w.dtype], a.dtype.kind === 'i' || a.dtype.kind === 'u' || a.dtype.kind === 'b' ? ['float'] : []);
  const scl = method(w, 'sum', new Map([...kw, ['dtype', pyDType(dt)]]));
  if (truthy(R.any(U('equal', scl, 0), {}))) throwPy('ZeroDivisionError', "Weights sum to zero, can't be normalized");
  // through the ufunc's call, so an operand's __array_ufunc__ takes part
  const product = call(ufunc('multiply'), [obj, w], new Map([['dtype', pyDType(dt)]]));
  const avg = call(ufunc('true_divide'), [method(product, 'sum', kw), scl], null);
  if (!returned) return avg;
  const shape = asArray(avg).shape, sa = asArray(scl);
  const same = sa.ndim === shape.length && sa.shape.every((d, i) => d === shape[i]);
  return tuple([avg, same ? scl : castCopy(sa.view(shape, broadcastStridesTo(sa, shape), sa.offset), sa.dtype)]);
}

function diff(x: any, n: number, axisArg: any, prepend: any, append: any): NDArray {
  let a = asArray(x);
  if (n < 0) throwPy('ValueError', `order must be non-negative but got ${n}`);
  if (a.ndim === 0) throwPy('ValueError', 'diff requires input that is at least one dimensional');
  const axis = normAxis(axisArg ?? -1, a.ndim);
  const ext = (v: any) => {
    const e = asArray(v);
    if (e.ndim === 0) {
      const shp = a.shape.map((d, i) => (i === axis ? 1 : d));
      const full = allocArray(shp, e.dtype);
      copyInto(full, e);
      return full;
    }
    return e;
  };
  if (prepend !== undefined) a = concatenate([ext(prepend), a], axis);
  if (append !== undefined) a = concatenate([a, ext(append)], axis);
  for (let k = 0; k < n; k++) {
    const len = a.shape[axis];
    if (len === 0) break;
    const hi = slab(a, axis, 1, len - 1), lo = slab(a, axis, 0, len - 1);
    a = asArray(a.dtype.kind === 'b' ? U('not_equal', hi, lo) : U('subtract', hi, lo));
  }
  return a;
}

/** np.trapezoid: the trapezoidal rule along `axis`, sum(d * (y[1:] + y[:-1]) / 2) as NumPy computes it */
function trapezoid(p: Record<string, any>): any {
  const y = asArray(p.y);
  const axis = normAxis(p.axis ?? -1, y.ndim);
  const n = y.shape[axis];
  let d: any = p.dx ?? new PyFloat(1);
  if (p.x !== undefined && p.x !== null) {
    const x = asArray(p.x);
    d = diff(x, 1, x.ndim === 1 ? 0 : axis, undefined, undefined);
    if (x.ndim === 1) {
      const shp = y.shape.map((_, i) => (i === axis ? d.shape[0] : 1));
      d = d.view(shp, shp.map((_: number, i: number) => (i === axis ? d.strides[0] : 0)), d.offset);
    }
  }
  const mid = U('divide', U('multiply', d, U('add', slab(y, axis, 1, n - 1), slab(y, axis, 0, n - 1))), new PyFloat(2));
  return R.sum(mid, { axis });
}

/** np.unwrap: add multiples of `period` where consecutive steps jump by more than `discont` */
function unwrap(p: Record<string, any>): NDArray {
  const a = asArray(p.p);
  const axis = normAxis(p.axis ?? -1, a.ndim);
  const periodArg = p.period ?? new PyFloat(2 * Math.PI);
  const period = Number(periodArg?.v ?? periodArg);
  const dd = diff(a, 1, axis, undefined, undefined);
  // integer data with an integer period stays integer (NumPy: result_type(dd, period))
  const isInt = (a.dtype.kind === 'i' || a.dtype.kind === 'u') && !(periodArg instanceof PyFloat) && Number.isInteger(period);
  const hi = isInt ? Math.floor(period / 2) : period / 2;
  const ambiguous = isInt ? period % 2 === 0 : true;
  const num = (v: number) => (isInt ? v : new PyFloat(v));
  const discont = p.discont === undefined || p.discont === null ? period / 2 : Number(p.discont?.v ?? p.discont);
  let ddmod = U('add', U('remainder', U('subtract', dd, num(-hi)), num(period)), num(-hi));
  if (ambiguous) ddmod = where3(U('logical_and', U('equal', ddmod, num(-hi)), U('greater', dd, 0)), num(hi), ddmod);
  const correct = where3(U('less', U('absolute', dd), new PyFloat(discont)), num(0), U('subtract', ddmod, dd));
  const up = castCopy(a, isInt ? a.dtype : D.promote(a.dtype, D.float64));
  const n = a.shape[axis];
  copyInto(slab(up, axis, 1, n - 1), asArray(U('add', slab(a, axis, 1, n - 1), R.cumulative('add', correct, axis, undefined, undefined))));
  return up;
}

function gradient(f: any, spacing: any[], p: Record<string, any>): any {
  const a0 = asArray(f);
  // datetimes are differenced as timedeltas of their unit (NumPy views them so); timedeltas stay as they are
  const a = a0.dtype.kind === 'M' ? a0.view(a0.shape, a0.strides, a0.offset, D.timeType('m', a0.dtype.timeUnit!))
    : a0.dtype.kind === 'f' || a0.dtype.kind === 'c' || a0.dtype.kind === 'm' ? a0 : castCopy(a0, D.float64);
  const axes = p.axis === undefined || p.axis === null ? [...Array(a.ndim).keys()] : normAxes(p.axis, a.ndim);
  const edge = p.edge_order === undefined ? 1 : pyIndex(p.edge_order);
  const outs = axes.map((ax, k) => {
    const n = a.shape[ax];
    if (n < edge + 1) throwPy('ValueError', 'Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.');
    const sp = spacing.length === 0 ? 1 : spacing.length === 1 ? spacing[0] : spacing[k];
    const out = allocArray(a.shape, a.dtype);
    const s = (i: number, len = 1) => slab(a, ax, i, len);
    const o = (i: number, len = 1) => slab(out, ax, i, len);
    const coords = sp instanceof NDArray || Array.isArray(sp) ? asArray(sp, D.float64).toArray() : null;
    const dx = coords === null ? null : coords.slice(1).map((v, i) => v - coords[i]);
    // evenly spaced coordinates take the uniform formulas, as NumPy's `np.all(diffx == diffx[0])` test
    const uniform = dx === null || dx.every((d) => d === dx[0]);
    // coefficients from coordinates are float64 arrays in NumPy, a NumPy scalar spacing keeps its (float)
    // type: both are strong in the arithmetic; a Python number spacing is weak (float32 data stays float32)
    const strong = coords !== null ? D.float64 : sp instanceof NPScalar ? (sp.dt.kind === 'f' ? sp.dt : D.float64) : null;
    const cv = (x: number) => (strong === null ? new PyFloat(x) : scalar(strong, x));
    const lin = (terms: [number, NDArray][]) => terms.map(([c, x]) => U('multiply', cv(c), x)).reduce((acc, t) => U('add', acc, t));
    if (uniform) {
      const h = dx !== null ? dx[0] : Number((sp as any)?.v ?? (sp instanceof NPScalar ? domainToPy(sp.dt, sp.v) : sp));
      const hv = cv(h);
      if (n > 2) copyInto(o(1, n - 2), asArray(U('divide', U('subtract', s(2, n - 2), s(0, n - 2)), cv(2 * h))));
      if (edge === 1) {
        copyInto(o(0), asArray(U('divide', U('subtract', s(1), s(0)), hv)));
        copyInto(o(n - 1), asArray(U('divide', U('subtract', s(n - 1), s(n - 2)), hv)));
      } else {
        copyInto(o(0), asArray(lin([[-1.5 / h, s(0)], [2 / h, s(1)], [-0.5 / h, s(2)]])));
        copyInto(o(n - 1), asArray(lin([[0.5 / h, s(n - 3)], [-2 / h, s(n - 2)], [1.5 / h, s(n - 1)]])));
      }
    } else {
      for (let i = 1; i < n - 1; i++) {
        const d1 = dx![i - 1], d2 = dx![i];
        copyInto(o(i), asArray(lin([[-d2 / (d1 * (d1 + d2)), s(i - 1)], [(d2 - d1) / (d1 * d2), s(i)], [d1 / (d2 * (d1 + d2)), s(i + 1)]])));
      }
      if (edge === 1) {
        copyInto(o(0), asArray(U('divide', U('subtract', s(1), s(0)), cv(dx![0]))));
        copyInto(o(n - 1), asArray(U('divide', U('subtract', s(n - 1), s(n - 2)), cv(dx![n - 2]))));
      } else {
        let [d1, d2] = [dx![0], dx![1]];
        copyInto(o(0), asArray(lin([[-(2 * d1 + d2) / (d1 * (d1 + d2)), s(0)], [(d1 + d2) / (d1 * d2), s(1)], [-d1 / (d2 * (d1 + d2)), s(2)]])));
        [d1, d2] = [dx![n - 3], dx![n - 2]];
        copyInto(o(n - 1), asArray(lin([[d2 / (d1 * (d1 + d2)), s(n - 3)], [-(d2 + d1) / (d1 * d2), s(n - 2)], [(2 * d2 + d1) / (d2 * (d1 + d2)), s(n - 1)]])));
      }
    }
    return out;
  });
  return outs.length === 1 ? outs[0] : tuple(outs);
}

function interp(p: Record<string, any>): any {
  if (p.period !== undefined && p.period !== null) {
    // NumPy: wrap everything into one period, sort the samples, extend them by one on each side
    const period = Math.abs(Number((p.period as any)?.v ?? p.period));
    if (period === 0) throwPy('ValueError', 'period must be a non-zero value');
    const mod = (v: number) => ((v % period) + period) % period;
    const xv = asArray(p.x, D.float64);
    const xpv = asArray(p.xp, D.float64).toArray().map(mod);
    const fpv = asArray(p.fp).toArray();
    const order = xpv.map((_, i) => i).sort((i, j) => xpv[i] - xpv[j] || i - j);
    const sx = order.map((i) => xpv[i]), sf = order.map((i) => fpv[i]);
    const ext = [sx[sx.length - 1] - period, ...sx, sx[0] + period];
    const fpDt = asArray(p.fp).dtype;
    const extF = allocArray([sf.length + 2], fpDt);
    [sf[sf.length - 1], ...sf, sf[0]].forEach((v, i) => extF.set([i], v));
    const xm = allocArray(xv.shape, D.float64);
    copyInto(xm, asArray(U('remainder', xv, new PyFloat(period))));
    return interp({ x: p.x instanceof NDArray || Array.isArray(p.x) || p.x instanceof PyTuple ? xm : scalar(D.float64, xm.get([])), xp: fromPython(ext.map((v) => new PyFloat(v)), D.float64), fp: extF });
  }
  const xs = asArray(p.x, D.float64), xp = asArray(p.xp, D.float64).toArray(), fpA = asArray(p.fp);
  if (fpA.dtype.kind === 'c') {
    // complex samples: the real and imaginary parts interpolate independently
    const part = (f: NDArray, real: boolean) => interp({ ...p, fp: f, left: partOf(p.left, real), right: partOf(p.right, real) });
    const re = part(realPart(fpA), true), im = part(imagPart(fpA), false);
    return U('add', re, U('multiply', im, new PyComplex(0, 1)));
  }
  const fp = castCopy(fpA, D.float64).toArray();
  if (xp.length !== fp.length) throwPy('ValueError', 'fp and xp are not of the same length.');
  if (!xp.length) throwPy('ValueError', 'array of sample points is empty');
  const left = p.left === undefined || p.left === null ? fp[0] : Number((p.left as any)?.v ?? p.left);
  const right = p.right === undefined || p.right === null ? fp[fp.length - 1] : Number((p.right as any)?.v ?? p.right);
  const res = xs.toArray().map((x: number) => {
    if (x !== x) return x;
    // NumPy tests the right end first (which decides for an unsorted xp)
    if (x > xp[xp.length - 1]) return right;
    if (x < xp[0]) return left;
    if (x === xp[xp.length - 1]) return fp[fp.length - 1];
    let lo = 0, hi = xp.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (xp[mid] <= x) lo = mid;
      else hi = mid;
    }
    if (x === xp[lo]) return fp[lo];
    const slope = (fp[lo + 1] - fp[lo]) / (xp[lo + 1] - xp[lo]);
    let r = slope * (x - xp[lo]) + fp[lo];
    if (r !== r) {
      r = slope * (x - xp[lo + 1]) + fp[lo + 1];
      if (r !== r && fp[lo] === fp[lo + 1]) r = fp[lo];
    }
    return r;
  });
  if (!(p.x instanceof NDArray || Array.isArray(p.x) || p.x instanceof PyTuple)) return scalar(D.float64, res[0]);
  const out = fromPython(res.map((v: number) => new PyFloat(v)), D.float64);
  return out.view(xs.shape.slice(), contiguousStrides(xs.shape, 8), 0);
}
function partOf(v: any, real: boolean): any {
  if (v === undefined || v === null) return v;
  if (v instanceof PyComplex) return new PyFloat(real ? v.re : v.im);
  return real ? v : 0;
}
/** convolve/correlate's mode: 'valid', 'same' or 'full' (or NumPy's 0, 1, 2) */
function correlateMode(mode: any): string {
  if (typeof mode === 'number' && [0, 1, 2].includes(mode)) return ['valid', 'same', 'full'][mode];
  if (typeof mode === 'string' && ['valid', 'same', 'full'].includes(mode)) return mode;
  // NumPy once read only the first letter, and still names that usage apart
  if (typeof mode === 'string' && mode.length > 0 && 'vsfVSF'.includes(mode[0])) throwPy('ValueError', "Use one of 'valid', 'same', or 'full' for convolve/correlate mode");
  return throwPy('ValueError', `mode must be one of 'valid', 'same', or 'full' (got ${repr(mode)})`);
}

function correlate(a0: any, v0: any, modeArg: any, conv: boolean): NDArray {
  const mode = correlateMode(modeArg);
  const a1 = asArray(a0), v1 = asArray(v0);
  if (a1.ndim > 1 || v1.ndim > 1) {
    // np.correlate converts nested lists itself (a sequence error); arrays, and convolve's inputs, are too deep
    const nested = !conv && !((a1.ndim > 1 ? a0 : v0) instanceof NDArray);
    throwPy('ValueError', nested ? 'setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 1.' : 'object too deep for desired array');
  }
  let a = ravel(a1), v = ravel(v1);
  if (!a.size || !v.size) throwPy('ValueError', `${!a.size ? 'a' : 'v'} cannot be empty`);
  if (conv) {
    if (v.size > a.size) [a, v] = [v, a];
    v = v.view([v.size], [-v.strides[0]], v.offset + (v.size - 1) * v.strides[0]);
  }
  const n = a.size, m = v.size;
  const dt = D.promote(a.dtype.native, v.dtype.native);
  const av = castCopy(a, dt).toArray();
  // correlate conjugates its second argument (before NumPy swaps the operands so the longer one slides)
  const vv = castCopy(v, dt).toArray().map((x: any) => (dt.kind === 'c' && !conv ? { re: x.re, im: -x.im } : x));
  const swap = !conv && m > n;
  const A = swap ? vv : av, V = swap ? av : vv;
  const N = A.length, M = V.length;
  let lo: number, hi: number;
  if (mode === 'valid') [lo, hi] = [0, N - M];
  else if (mode === 'same') [lo, hi] = [-Math.floor(M / 2), N - 1 - Math.floor(M / 2)]; // NumPy's n_left = n/2
  else [lo, hi] = [-(M - 1), N - 1];
  const vals: any[] = [];
  const mulAdd = dt.kind === 'c'
    ? (acc: any, x: any, y: any) => ({ re: acc.re + x.re * y.re - x.im * y.im, im: acc.im + x.re * y.im + x.im * y.re })
    : dt.domain === 'bigint' ? (acc: any, x: any, y: any) => acc + x * y : (acc: any, x: any, y: any) => acc + x * y;
  const zero = dt.kind === 'c' ? { re: 0, im: 0 } : dt.domain === 'bigint' ? 0n : 0;
  for (let k = lo; k <= hi; k++) {
    let acc: any = zero;
    for (let j = 0; j < M; j++) {
      const i = k + j;
      if (i >= 0 && i < N) acc = mulAdd(acc, A[i], V[j]);
    }
    vals.push(acc);
  }
  if (swap) vals.reverse();
  const out = allocArray([vals.length], dt);
  vals.forEach((x, i) => out.set([i], dt.kind === 'c' ? new Complex(x.re, x.im) : x));
  return out;
}

function minScalarType(v: any): D.DType {
  if (v instanceof NDArray) return v.dtype;
  const k = weakKind(v);
  if (k === 'bool') return D.bool;
  if (k === 'int') {
    const b = BigInt(v);
    const cands = b >= 0n ? [D.uint8, D.uint16, D.uint32, D.uint64] : [D.int8, D.int16, D.int32, D.int64];
    for (const c of cands) {
      const [lo, hi] = D.intRange(c);
      if (b >= lo && b <= hi) return c;
    }
    return D.float64;
  }
  if (k === 'float') {
    const f = Number((v as any)?.v ?? v);
    if (!Number.isFinite(f) || Math.abs(f) <= 65504) return D.float16;
    if (Math.abs(f) <= 3.4028234663852886e38) return D.float32;
    return D.float64;
  }
  if (k === 'complex') return D.complex64;
  return asArray(v).dtype;
}

export function statisticsFunctions(): Record<string, PyBuiltin> {
  const b = (name: string, f: (args: any[], kw: Kw) => any) => builtin(name, kwNamed(name, f));
  const kd = (p: any) => p.keepdims !== undefined && truthy(p.keepdims);
  return {
    median: b('median', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'axis', 'out', 'overwrite_input', 'keepdims']);
      return R.finishOut(median(p.a, p.axis, kd(p)), p.out);
    }),
    quantile: b('quantile', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'q', 'axis', 'out', 'overwrite_input', 'method', 'keepdims', 'weights']);
      return R.finishOut(quantile(p.a, p.q, p.axis, kd(p), 1, p.method, p.weights), p.out);
    }),
    percentile: b('percentile', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'q', 'axis', 'out', 'overwrite_input', 'method', 'keepdims', 'weights']);
      return R.finishOut(quantile(p.a, p.q, p.axis, kd(p), 100, p.method, p.weights), p.out);
    }),
    average: b('average', (args, kw) => average(kwArgs(args, kw, ['a', 'axis', 'weights', 'returned', 'keepdims']))),
    trapezoid: b('trapezoid', (args, kw) => trapezoid(kwArgs(args, kw, ['y', 'x', 'dx', 'axis']))),
    unwrap: b('unwrap', (args, kw) => unwrap(kwArgs(args, kw, ['p', 'discont', 'axis', 'period']))),
    diff: b('diff', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'n', 'axis', 'prepend', 'append']);
      return diff(p.a, p.n === undefined ? 1 : pyIndex(p.n), p.axis, p.prepend, p.append);
    }),
    ediff1d: b('ediff1d', (args, kw) => {
      const p = kwArgs(args, kw, ['ary', 'to_end', 'to_begin']);
      const ary = ravel(asArray(p.ary));
      // to_begin / to_end must cast to the input's dtype under the same_kind rule
      const ends = (v: any, name: string) => {
        const e = asArray(v);
        if (!D.canCast(e.dtype, ary.dtype, 'same_kind')) throwPy('TypeError', `dtype of \`${name}\` must be compatible with input \`ary\` under the \`same_kind\` rule.`);
        return ravel(castCopy(e, ary.dtype));
      };
      let d = diff(ary, 1, 0, undefined, undefined);
      if (p.to_begin !== undefined && p.to_begin !== null) d = concatenate([ends(p.to_begin, 'to_begin'), d], 0);
      if (p.to_end !== undefined && p.to_end !== null) d = concatenate([d, ends(p.to_end, 'to_end')], 0);
      return d;
    }),
    gradient: b('gradient', (args, kw) => gradient(args[0], args.slice(1), kwArgs([], kw, ['axis', 'edge_order']))),
    interp: b('interp', (args, kw) => interp(kwArgs(args, kw, ['x', 'xp', 'fp', 'left', 'right', 'period']))),
    convolve: b('convolve', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'v', 'mode']);
      return correlate(p.a, p.v, p.mode ?? 'full', true);
    }),
    correlate: b('correlate', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'v', 'mode']);
      return correlate(p.a, p.v, p.mode ?? 'valid', false);
    }),
    cumulative_sum: b('cumulative_sum', (args, kw) => cumulativeFn('add', kwArgs(args, kw, ['x', 'axis', 'dtype', 'out', 'include_initial']))),
    cumulative_prod: b('cumulative_prod', (args, kw) => cumulativeFn('multiply', kwArgs(args, kw, ['x', 'axis', 'dtype', 'out', 'include_initial']))),
    cov: b('cov', (args, kw) => cov(kwArgs(args, kw, ['m', 'y', 'rowvar', 'bias', 'ddof', 'fweights', 'aweights', 'dtype']))),
    corrcoef: b('corrcoef', (args, kw) => {
      // NumPy: c = cov(x, y); d = diag(c); c / sqrt(d)[:, None] / sqrt(d)[None, :], clipped to [-1, 1]
      const c = cov(kwArgs(args, kw, ['x', 'y', 'rowvar', 'bias', 'ddof', 'dtype']));
      if (c.ndim === 0) return U('divide', c, c);
      const n = c.shape[0];
      const d = c.view([n], [c.strides[0] + c.strides[1]], c.offset);
      const sd = asArray(U('sqrt', d));
      let r = U('divide', c, sd.view([n, 1], [sd.strides[0], 0], sd.offset));
      r = U('divide', r, sd.view([1, n], [0, sd.strides[0]], sd.offset));
      return c.dtype.kind === 'c' ? r : U('minimum', U('maximum', r, -1), 1);
    }),
    min_scalar_type: b('min_scalar_type', (args) => pyDTypeOf(minScalarType(args[0]))),
    array_equiv: b('array_equiv', (args) => {
      const a = asArray(args[0]), c = asArray(args[1]);
      // shapes that do not broadcast are not equivalent; the rest compare with == (records field by field)
      if (broadcastShapes([a.shape, c.shape]) === null) return false;
      return truthy(R.all(compareOp('equal', a, c), {}));
    }),
    apply_along_axis: b('apply_along_axis', (args, kw) => {
      const [fn, axisArg, arr, ...rest] = args;
      const a = asArray(arr);
      const axis = normAxis(axisArg, a.ndim);
      const results: NDArray[] = [];
      lanes(a, axis, (lane) => results.push(asArray(call(fn, [lane, ...rest], kw))));
      const outer = a.shape.filter((_, i) => i !== axis);
      const r0 = results[0];
      // NumPy fills a buffer of the first result's dtype, so later results are cast to it (strings truncate)
      const st = stack(results.map((r) => (r.dtype === r0.dtype ? r : castCopy(r, r0.dtype))), 0);
      const shape = [...outer, ...r0.shape];
      const v = st.view(shape, contiguousStrides(shape, st.itemsize), st.offset);
      if (r0.ndim === 0) return v;
      // the function's output axes replace `axis`
      const perm = [...Array(shape.length).keys()];
      const moved = perm.slice(0, axis).concat(perm.slice(outer.length), perm.slice(axis, outer.length));
      return v.view(moved.map((i) => shape[i]), moved.map((i) => v.strides[i]), v.offset);
    }),
  };
}

/** np.cov's ddof: an int, or a float equal to one (NumPy compares ddof with int(ddof)). */
function covDdof(v: any): number {
  if (!isFloat(v) && !(v instanceof NPScalar && v.dt.kind === 'f')) return pyIndex(v);
  const d = isFloat(v) ? floatValue(v) : Number(v.v);
  if (!Number.isInteger(d)) throwPy('ValueError', 'ddof must be integer');
  return d;
}

/**
 * np.cov: X less its (weighted) row means, then X·(X·w)ᵀ scaled by 1/fact, where fact is N - ddof without
 * weights, else NumPy's normalization by the weight sum (fweights: integer repeat counts; aweights:
 * relative importances; both multiply).
 */
function cov(p: Record<string, any>): NDArray {
  let x = asArray(p.m ?? p.x);
  if (x.ndim > 2) throwPy('ValueError', 'm has more than 2 dimensions');
  const rowvar = p.rowvar === undefined ? true : truthy(p.rowvar);
  const dt = D.resultType([x.dtype, D.float64], []);
  x = castCopy(x.ndim === 0 ? x.view([1, 1], [0, 0], x.offset) : x.ndim === 1 ? x.view([1, x.shape[0]], [0, x.strides[0]], x.offset) : x, dt);
  if (!rowvar && x.shape[0] !== 1) x = castCopy(x.view([x.shape[1], x.shape[0]], [x.strides[1], x.strides[0]], x.offset), dt);
  if (p.y !== undefined && p.y !== null) {
    let y = asArray(p.y);
    y = y.ndim === 1 ? y.view([1, y.shape[0]], [0, y.strides[0]], y.offset) : y;
    if (!rowvar && y.shape[0] !== 1) y = y.view([y.shape[1], y.shape[0]], [y.strides[1], y.strides[0]], y.offset);
    x = concatenate([x, castCopy(y, dt)], 0);
  }
  const ddof = p.ddof !== undefined && p.ddof !== null ? covDdof(p.ddof) : p.bias !== undefined && truthy(p.bias) ? 0 : 1;
  const n = x.shape[1];
  const fw = covWeights(p.fweights, n, 'fweights'), aw = covWeights(p.aweights, n, 'aweights');
  if (fw !== null && fw.toArray().some((v: number) => v !== Math.trunc(v))) throwPy('TypeError', 'fweights must be integer');
  const w = fw !== null && aw !== null ? asArray(U('multiply', fw, aw)) : fw ?? aw;
  const rowOf = (v: NDArray) => v.view([x.shape[0], 1], [v.strides[0], 0], v.offset);
  let avg: NDArray, fact: number;
  if (w === null) {
    avg = asArray(R.mean(x, { axis: 1 }));
    fact = n - ddof;
  } else {
    // np.average(X, axis=1, weights=w, returned=True)
    const wRows = w.view([x.shape[0], n], [0, w.strides[0]], w.offset);
    const wSum = Number(asArray(R.sum(w, {})).get([]));
    avg = asArray(U('divide', R.sum(asArray(U('multiply', x, wRows)), { axis: 1 }), wSum));
    const awSum = aw === null ? 0 : Number(asArray(R.sum(asArray(U('multiply', w, aw)), {})).get([]));
    fact = ddof === 0 ? wSum : aw === null ? wSum - ddof : wSum - (ddof * awSum) / wSum;
  }
  const xc = asArray(U('subtract', x, rowOf(avg)));
  const xw = w === null ? xc : asArray(U('multiply', xc, w.view([x.shape[0], n], [0, w.strides[0]], w.offset)));
  const xt = xw.view([n, xw.shape[0]], [xw.strides[1], xw.strides[0]], xw.offset);
  const conjT = xw.dtype.kind === 'c' ? asArray(U('conjugate', xt)) : xt;
  // NumPy scales by the reciprocal (`c *= 1 / fact`), which can differ from dividing in the last digit,
  // and squeezes: one variable gives a 0-d array, not a scalar
  const ca = asArray(U('multiply', matmulFn(xc, conjT), 1 / fact));
  return ca.size === 1 ? ca.view([], [], ca.offset) : ca;
}

/** fweights/aweights of np.cov as a float64 vector of the observations' count (null when not given). */
function covWeights(v: any, n: number, name: string): NDArray | null {
  if (v === undefined || v === null) return null;
  const w = castCopy(asArray(v), D.float64);
  if (w.ndim > 1) throwPy('RuntimeError', `cannot handle multidimensional ${name}`);
  if (w.shape[0] !== n) throwPy('RuntimeError', `incompatible numbers of samples and ${name}`);
  if (w.toArray().some((x: number) => x < 0)) throwPy('ValueError', `${name} cannot be negative`);
  return w;
}

function cumulativeFn(op: 'add' | 'multiply', p: Record<string, any>): NDArray {
  const a = asArray(p.x);
  if (a.ndim > 1 && (p.axis === undefined || p.axis === null)) throwPy('ValueError', 'The `axis` argument must be provided for arrays with more than one dimension.');
  const axis = p.axis === undefined || p.axis === null ? 0 : normAxis(p.axis, a.ndim);
  const r = R.cumulative(op, a, axis, optDType(p.dtype), undefined);
  if (p.include_initial === undefined || !truthy(p.include_initial)) return r;
  const shp = r.shape.map((d, i) => (i === axis ? 1 : d));
  const init = allocArray(shp, r.dtype, op === 'add');
  if (op === 'multiply') copyInto(init, asArray(1, r.dtype));
  return concatenate([init, r], axis);
}

function pyDTypeOf(dt: D.DType): any {
  return pyDType(dt);
}

export { ufuncReduce };
