/**
 * The `numpy.fft` module: fft/ifft, rfft/irfft, hfft/ihfft, their 2-D and N-D forms, fftfreq/rfftfreq and
 * fftshift/ifftshift, following numpy/fft/_pocketfft.py and _helper.py (argument handling, the `norm`
 * modes and their messages, dtype rules). The 1-D transforms run line by line along one axis through
 * runtime/fft (a port of pocketfft, so values agree with NumPy bit for bit in double precision); N-D
 * transforms apply them axis by axis in NumPy's order (last axis first).
 *
 * Dtypes: complex output is complex128, or complex64 when the input's real type is float32/float16
 * (computed in double, then rounded — NumPy computes those in single precision); irfft returns the real
 * type. `n` pads with zeros or truncates the input along the axis.
 */
import { NDArray } from '../../../runtime/ndarray';
import { DType } from '../../../runtime/dtype';
import * as D from '../../../runtime/dtype';
import { complexFft, realForward, realBackward } from '../../../runtime/fft/index';
import { PyModule, PyFloat, PyTuple, tuple } from '../../objects/values';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { throwPy } from '../../objects/errors';
import { index } from '../../objects/protocols';
import { binary } from '../../objects/arith';
import { kwArgs, kwNamed } from './ufuncs';
import { asArray, copyInto } from './coerce';
import { normAxis } from './axes';
import { warnFrom } from '../warnings';
import { NPScalar } from './scalars';
import { roll } from './rearrange';
import { readValues, fromValues } from './linalgStack';

type Norm = 'backward' | 'ortho' | 'forward';

const SWAP: Record<string, Norm> = { backward: 'forward', ortho: 'ortho', forward: 'backward' };

function swapDirection(norm: any): Norm {
  const key = norm === undefined || norm === null ? 'backward' : norm;
  if (typeof key !== 'string' || !(key in SWAP)) {
    throwPy('ValueError', `Invalid norm value ${normStr(norm)}; should be "backward", "ortho" or "forward".`);
  }
  return SWAP[key];
}

function normStr(norm: any): string {
  return typeof norm === 'string' ? norm : String(norm?.v ?? norm);
}

/** The real type computations are done in: float32 for float16/float32/complex64 input, else float64. */
function singlePrecision(dt: DType): boolean {
  const real = dt.kind === 'c' ? dt.realType.native : dt;
  return real === D.float32 || real === D.float16;
}

function shapeIndex(a: NDArray, axis: any): number {
  let ax = index(axis);
  if (ax < 0) ax += a.ndim;
  if (ax < 0 || ax >= a.ndim) throwPy('IndexError', 'tuple index out of range');
  return a.shape[ax];
}

/**
 * numpy.fft._raw_fft: one transform of length n along `axis`. `real` selects rfft (forward) or irfft
 * (backward); otherwise a complex fft/ifft.
 */
function rawFft(a: NDArray, nArg: any, axisArg: any, real: boolean, forward: boolean, normArg: any, out: any): NDArray {
  const n = index(nArg);
  if (n < 1) throwPy('ValueError', `Invalid number of FFT data points (${n}) specified.`);
  const norm: any = forward ? normArg : swapDirection(normArg);
  let fct = 1;
  if (norm === undefined || norm === null || norm === 'backward') fct = 1;
  else if (norm === 'ortho') fct = 1 / Math.sqrt(n);
  else if (norm === 'forward') fct = 1 / n;
  else throwPy('ValueError', `Invalid norm value ${normStr(norm)}; should be "backward","ortho" or "forward".`);
  if (!'biufc'.includes(a.dtype.kind)) throwPy('TypeError', `ufunc '${real ? (forward ? 'rfft_n_even' : 'irfft') : forward ? 'fft' : 'ifft'}' not supported for the input types`);
  if (real && forward && a.dtype.kind === 'c') {
    throwPy('TypeError', `ufunc '${n % 2 === 0 ? 'rfft_n_even' : 'rfft_n_odd'}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''`);
  }
  const axis = normAxis(axisArg, a.ndim);
  const single = singlePrecision(a.dtype);
  const outReal = real && !forward;
  const outDt = outReal ? (single ? D.float32 : D.float64) : single ? D.complex64 : D.complex128;
  const nOut = real && forward ? Math.floor(n / 2) + 1 : n;

  const shape = a.shape;
  const nin = shape[axis];
  const outer = shape.slice(0, axis).reduce((p, q) => p * q, 1);
  const inner = shape.slice(axis + 1).reduce((p, q) => p * q, 1);
  const cin = a.dtype.kind === 'c';
  const vals = readValues(a, cin);
  const w = cin ? 2 : 1;
  const res = new Float64Array((outReal ? 1 : 2) * outer * nOut * inner);
  const re = (o: number, j: number, i: number): number => vals[w * ((o * nin + j) * inner + i)];
  const im = (o: number, j: number, i: number): number => (cin ? vals[2 * ((o * nin + j) * inner + i) + 1] : 0);
  const put = (o: number, j: number, i: number, r: number, m: number): void => {
    const at = 2 * ((o * nOut + j) * inner + i);
    res[at] = r;
    res[at + 1] = m;
  };
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      if (!real) {
        const buf = new Float64Array(2 * n);
        for (let j = 0; j < Math.min(nin, n); j++) { buf[2 * j] = re(o, j, i); buf[2 * j + 1] = im(o, j, i); }
        complexFft(buf, fct, forward);
        for (let j = 0; j < n; j++) put(o, j, i, buf[2 * j], buf[2 * j + 1]);
      } else if (forward) {
        const buf = new Float64Array(n);
        for (let j = 0; j < Math.min(nin, n); j++) buf[j] = re(o, j, i);
        realForward(buf, fct);
        put(o, 0, i, buf[0], 0);
        for (let k = 1; k < nOut; k++) put(o, k, i, buf[2 * k - 1], 2 * k < n ? buf[2 * k] : 0);
      } else {
        const buf = new Float64Array(n);
        if (nin > 0) buf[0] = re(o, 0, i);
        for (let k = 1; k <= (n - 1) >> 1 && k < nin; k++) { buf[2 * k - 1] = re(o, k, i); buf[2 * k] = im(o, k, i); }
        if (n % 2 === 0 && n > 1 && n / 2 < nin) buf[n - 1] = re(o, n / 2, i);
        realBackward(buf, fct);
        for (let j = 0; j < n; j++) res[(o * nOut + j) * inner + i] = buf[j];
      }
    }
  }
  const outShape = shape.slice();
  outShape[axis] = nOut;
  const result = fromValues(outShape, outDt, res);
  if (out === undefined || out === null) return result;
  if (!(out instanceof NDArray) || out.ndim !== a.ndim || out.shape[axis] !== nOut) throwPy('ValueError', 'output array has wrong shape.');
  copyInto(out, result);
  return out;
}

function conjugate(a: NDArray): NDArray {
  if (a.dtype.kind !== 'c') return a;
  const v = readValues(a, true);
  for (let i = 1; i < v.length; i += 2) v[i] = -v[i];
  return fromValues(a.shape, a.dtype, v);
}

interface OneD { a: any; n?: any; axis?: any; norm?: any; out?: any }

function fft1(p: OneD, real: boolean, forward: boolean): NDArray {
  const a = asArray(p.a);
  const axis = p.axis ?? -1;
  let n = p.n;
  if (n === undefined || n === null) n = real && !forward ? (shapeIndex(a, axis) - 1) * 2 : shapeIndex(a, axis);
  return rawFft(a, n, axis, real, forward, p.norm, p.out);
}

function hfft(p: OneD): NDArray {
  const a = asArray(p.a);
  const axis = p.axis ?? -1;
  const n = p.n ?? (shapeIndex(a, axis) - 1) * 2;
  return rawFft(conjugate(a), n, axis, true, false, swapDirection(p.norm), null);
}

function ihfft(p: OneD): NDArray {
  const a = asArray(p.a);
  const axis = p.axis ?? -1;
  const n = p.n ?? shapeIndex(a, axis);
  const r = conjugate(rawFft(a, n, axis, true, true, swapDirection(p.norm), null));
  if (p.out === undefined || p.out === null) return r;
  copyInto(p.out, r);
  return p.out;
}

function listOf(v: any): any[] {
  if (v instanceof PyTuple) return v.items.slice();
  if (Array.isArray(v)) return v.slice();
  if (v instanceof NDArray) return v.toArray().map(Number);
  return [v];
}

/**
 * numpy.fft._cook_nd_args: the lengths and axes of an N-D transform. Its deprecation warnings are
 * seen only from rfftn/irfftn: NumPy attributes them two frames up, which for fftn, fft2 and the other
 * wrappers is NumPy's own code, where DeprecationWarning is ignored by default.
 */
function cookNdArgs(a: NDArray, sArg: any, axesArg: any, invreal: boolean, warn: boolean): { s: number[]; axes: number[] } {
  const shapeless = sArg === undefined || sArg === null;
  let axes: number[];
  let s: any[];
  if (shapeless) {
    if (axesArg === undefined || axesArg === null) s = a.shape.slice();
    else {
      s = listOf(axesArg).map((ax) => {
        const i = index(ax);
        if (i < -a.ndim || i >= a.ndim) throwPy('IndexError', `index ${i} is out of bounds for axis 0 with size ${a.ndim}`);
        return a.shape[i < 0 ? i + a.ndim : i];
      });
    }
  } else s = listOf(sArg);
  if (warn && !shapeless && (axesArg === undefined || axesArg === null)) {
    warnFrom('DeprecationWarning', '`axes` should not be `None` if `s` is not `None` (Deprecated in NumPy 2.0). In a future version of NumPy, this will raise an error and `s[i]` will correspond to the size along the transformed axis specified by `axes[i]`. To retain current behaviour, pass a sequence [0, ..., k-1] to `axes` for an array of dimension k.');
  }
  if (warn && !shapeless && s.some((v) => v === null)) {
    warnFrom('DeprecationWarning', 'Passing an array containing `None` values to `s` is deprecated in NumPy 2.0 and will raise an error in a future version of NumPy. To use the default behaviour of the corresponding 1-D transform, pass the value matching the default for its `n` parameter. To use the default behaviour for every axis, the `s` argument can be omitted.');
  }
  if (axesArg === undefined || axesArg === null) axes = s.map((_, i) => i - s.length);
  else axes = listOf(axesArg).map((x) => index(x));
  if (s.length !== axes.length) throwPy('ValueError', 'Shape and axes have different lengths.');
  if (invreal && shapeless) s[s.length - 1] = (shapeIndex(a, axes[axes.length - 1]) - 1) * 2;
  s = s.map((v, i) => (v === null || v === undefined || index(v) === -1 ? shapeIndex(a, axes[i]) : index(v)));
  return { s, axes };
}

interface NdArgs { a: any; s?: any; axes?: any; norm?: any; out?: any }

function fftnd(p: NdArgs, forward: boolean, defaultAxes: any): NDArray {
  let a = asArray(p.a);
  const { s, axes } = cookNdArgs(a, p.s, p.axes === undefined ? defaultAxes : p.axes, false, false);
  for (let ii = axes.length - 1; ii >= 0; ii--) a = rawFft(a, s[ii], axes[ii], false, forward, p.norm, ii === 0 ? p.out : null);
  return a;
}

function rfftnd(p: NdArgs, defaultAxes: any): NDArray {
  let a = asArray(p.a);
  const { s, axes } = cookNdArgs(a, p.s, p.axes === undefined ? defaultAxes : p.axes, false, defaultAxes === null);
  const last = axes.length - 1;
  a = rawFft(a, s[last], axes[last], true, true, p.norm, null);
  for (let ii = last - 1; ii >= 0; ii--) a = rawFft(a, s[ii], axes[ii], false, true, p.norm, null);
  if (p.out === undefined || p.out === null) return a;
  copyInto(p.out, a);
  return p.out;
}

function irfftnd(p: NdArgs, defaultAxes: any): NDArray {
  let a = asArray(p.a);
  const { s, axes } = cookNdArgs(a, p.s, p.axes === undefined ? defaultAxes : p.axes, true, defaultAxes === null);
  const last = axes.length - 1;
  for (let ii = 0; ii < last; ii++) a = rawFft(a, s[ii], axes[ii], false, false, p.norm, null);
  return rawFft(a, s[last], axes[last], true, false, p.norm, p.out);
}

function isInteger(v: any): boolean {
  if (typeof v === 'bigint' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isInteger(v);
  return v instanceof NPScalar && 'iu'.includes(v.dt.kind);
}

/** The integer sample indices (as float64, which multiplies by `val` exactly as int64 would). */
function indexArray(vals: number[]): NDArray {
  return fromValues([vals.length], D.float64, vals);
}

/** numpy.fft.fftfreq: [0, 1, …, -(n//2), …, -1] / (d·n). */
function fftfreq(n: any, d: any): any {
  if (!isInteger(n)) throwPy('ValueError', 'n should be an integer');
  const val = binary('/', new PyFloat(1), binary('*', n, d ?? new PyFloat(1)));
  const len = index(n);
  const vals: number[] = [];
  const N = Math.floor((len - 1) / 2) + 1;
  for (let i = 0; i < N; i++) vals.push(i);
  for (let i = -Math.floor(len / 2); i < 0; i++) vals.push(i);
  return binary('*', indexArray(vals), val);
}

/** numpy.fft.rfftfreq: [0, 1, …, n//2] / (d·n). */
function rfftfreq(n: any, d: any): any {
  if (!isInteger(n)) throwPy('ValueError', 'n should be an integer');
  const val = binary('/', new PyFloat(1), binary('*', n, d ?? new PyFloat(1)));
  const len = index(n);
  const vals: number[] = [];
  for (let i = 0; i < Math.floor(len / 2) + 1; i++) vals.push(i);
  return binary('*', indexArray(vals), val);
}

function shift(x: any, axes: any, inverse: boolean): NDArray {
  const a = asArray(x);
  const half = (ax: any): number => {
    const h = Math.floor(shapeIndex(a, ax) / 2);
    return inverse ? -h : h;
  };
  if (axes === undefined || axes === null) {
    const all = a.shape.map((_, i) => i);
    return roll(a, tuple(all.map(half)), tuple(all));
  }
  if (isInteger(axes)) return roll(a, half(axes), axes);
  return roll(a, tuple(listOf(axes).map(half)), axes);
}

type Impl = (p: Record<string, any>) => any;

function fn(name: string, params: string[], impl: Impl): PyBuiltin {
  return builtin(name, kwNamed(name, (args: any[], kw: Kw) => impl(kwArgs(args, kw, params))));
}

const ONE_D = ['a', 'n', 'axis', 'norm', 'out'];
const N_D = ['a', 's', 'axes', 'norm', 'out'];

export function fftModule(): PyModule {
  const m = new PyModule('numpy.fft');
  const last2 = tuple([-2, -1]);
  const defs: [string, string[], Impl][] = [
    ['fft', ONE_D, (p) => fft1(p as OneD, false, true)],
    ['ifft', ONE_D, (p) => fft1(p as OneD, false, false)],
    ['rfft', ONE_D, (p) => fft1(p as OneD, true, true)],
    ['irfft', ONE_D, (p) => fft1(p as OneD, true, false)],
    ['hfft', ONE_D, (p) => hfft(p as OneD)],
    ['ihfft', ONE_D, (p) => ihfft(p as OneD)],
    ['fft2', N_D, (p) => fftnd(p as NdArgs, true, last2)],
    ['ifft2', N_D, (p) => fftnd(p as NdArgs, false, last2)],
    ['fftn', N_D, (p) => fftnd(p as NdArgs, true, null)],
    ['ifftn', N_D, (p) => fftnd(p as NdArgs, false, null)],
    ['rfft2', N_D, (p) => rfftnd(p as NdArgs, last2)],
    ['irfft2', N_D, (p) => irfftnd(p as NdArgs, last2)],
    ['rfftn', N_D, (p) => rfftnd(p as NdArgs, null)],
    ['irfftn', N_D, (p) => irfftnd(p as NdArgs, null)],
    ['fftfreq', ['n', 'd', 'device'], (p) => fftfreq(p.n, p.d)],
    ['rfftfreq', ['n', 'd', 'device'], (p) => rfftfreq(p.n, p.d)],
    ['fftshift', ['x', 'axes'], (p) => shift(p.x, p.axes, false)],
    ['ifftshift', ['x', 'axes'], (p) => shift(p.x, p.axes, true)],
  ];
  for (const [name, params, impl] of defs) m.d[name] = fn(name, params, impl);
  return m;
}
