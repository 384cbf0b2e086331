/**
 * The NaN-ignoring reductions of NumPy's lib/_nanfunctions_impl.py: nansum/nanprod/nancumsum/nancumprod
 * (NaN counts as the identity), nanmin/nanmax (fmin/fmax reductions), nanargmin/nanargmax,
 * nanmean/nanvar/nanstd (the mean and the squared deviations over the non-NaN values only), nanmedian and
 * nanquantile/nanpercentile (order statistics of each lane with its NaNs dropped).
 *
 * A slice with nothing left behaves as NumPy's does: nanmin/nanmax/nanmedian/nanquantile give NaN with the
 * RuntimeWarning "All-NaN slice encountered", nanargmin/nanargmax raise ValueError with that message,
 * nanmean warns "Mean of empty slice" and nanvar/nanstd "Degrees of freedom <= 0 for slice." (their
 * divisions themselves stay quiet, as NumPy computes them under errstate(invalid='ignore')).
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { PyFloat } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { truthy } from '../../objects/protocols';
import { warnFrom } from '../warnings';
import { asArray, castCopy } from './coerce';
import { kwArgs, kwNamed, applyUfunc, ufuncReduce } from './ufuncs';
import { ufunc } from './ufuncTable';
import { optDType } from './dtypes';
import * as R from './reductions';
import { where3 } from './selection';
import { lanes } from './sorting';
import { stack } from './joining';
import { reshape } from './shape';
import { scalar } from './scalars';
import { toDouble } from './randomArgs';
import { quietly } from './errstate';
import { median, nanQuantile, sortedLanes } from './quantiles';
import { realPart, imagPart } from './complexParts';
import { subclassOf } from './subclassing';

const U = (name: string, ...args: any[]) => applyUfunc(ufunc(name), args);
const isNaNArr = (a: any) => asArray(U('isnan', a));
const inexact = (a: NDArray) => a.dtype.kind === 'f' || a.dtype.kind === 'c';
const allNaN = 'All-NaN slice encountered';

/** `x` with its NaNs replaced by `v` (arrays that cannot hold NaN are returned as they are) */
export function nanReplace(x: any, v: number): NDArray {
  const a = asArray(x);
  if (!inexact(a)) return a;
  return where3(isNaNArr(a), new PyFloat(v), a);
}

/** whether any element of a reduction result is NaN */
function anyNaN(r: any): boolean {
  const a = asArray(r);
  return inexact(a) && truthy(R.any(isNaNArr(a), {}));
}

/** np.nanmin / np.nanmax: fmin/fmax reductions, warning when a slice held only NaNs */
function nanExtreme(name: 'fmin' | 'fmax', p: Record<string, any>): any {
  const a = asArray(p.a);
  const r = ufuncReduce(ufunc(name), a, p.axis ?? null, undefined, p.out, p.keepdims !== undefined && truthy(p.keepdims), p.initial, p.where);
  // NumPy's fast path for exact ndarrays says 'slice'; other inputs (lists…) take the path that says 'axis'
  if (inexact(a) && anyNaN(r)) warnFrom('RuntimeWarning', p.a instanceof NDArray && subclassOf(p.a) === null ? allNaN : 'All-NaN axis encountered');
  return r;
}

/** np.nanargmin / np.nanargmax: NaNs replaced by ±inf; a slice of only NaNs has no answer */
function nanArgExtreme(p: Record<string, any>, max: boolean): any {
  const a = asArray(p.a);
  if (inexact(a) && a.size > 0) {
    const mask = isNaNArr(a);
    if (truthy(R.any(R.all(mask, { axis: p.axis ?? null }), {}))) throwPy('ValueError', allNaN);
  }
  return R.argExtreme(nanReplace(a, max ? -Infinity : Infinity), p.axis, max, p.keepdims !== undefined && truthy(p.keepdims), p.out);
}

/** np.nanmean: the sum of the non-NaN values over their count */
function nanMean(a: NDArray, p: Record<string, any>, keepdims: boolean): any {
  const dtype = optDType(p.dtype);
  if (!inexact(a)) return R.mean(a, { axis: p.axis, dtype, keepdims });
  const cnt = R.sum(U('logical_not', isNaNArr(a)), { axis: p.axis, keepdims, dtype: D.int64 });
  const tot = R.sum(nanReplace(a, 0), { axis: p.axis, dtype, keepdims });
  // NumPy's _divide_by_count: the quotient keeps the sum's dtype
  const avg = R.castTo(quietly(() => U('true_divide', tot, cnt)), asArray(tot).dtype);
  if (truthy(R.any(U('equal', cnt, 0), {}))) warnFrom('RuntimeWarning', 'Mean of empty slice');
  return avg;
}

/** np.nanvar / np.nanstd: mean squared deviation from the non-NaN mean over (count - ddof) */
function nanVar(a: NDArray, p: Record<string, any>, keepdims: boolean, sqrt: boolean): any {
  const dtype = optDType(p.dtype);
  const ddof = p.ddof === undefined ? 0 : toDouble(p.ddof);
  if (!inexact(a)) return R.variance(a, { axis: p.axis, dtype, keepdims, ddof }, sqrt);
  if (dtype !== undefined && !(dtype.kind === 'f' || dtype.kind === 'c')) throwPy('TypeError', 'If a is inexact, then dtype must be inexact');
  const mask = isNaNArr(a);
  const cnt = R.sum(U('logical_not', mask), { axis: p.axis, keepdims: true, dtype: D.int64 });
  const zeroed = nanReplace(a, 0);
  const tot = R.sum(zeroed, { axis: p.axis, dtype, keepdims: true });
  const mean = R.castTo(quietly(() => U('true_divide', tot, cnt)), asArray(tot).dtype);
  const d = where3(mask, 0, asArray(U('subtract', zeroed, mean)));
  const sq = d.dtype.kind === 'c' ? U('add', U('multiply', realPart(d), realPart(d)), U('multiply', imagPart(d), imagPart(d))) : U('multiply', d, d);
  const ss = R.sum(sq, { axis: p.axis, dtype: dtype?.realType, keepdims });
  const dof = U('subtract', R.sum(U('logical_not', mask), { axis: p.axis, keepdims, dtype: D.int64 }), ddof);
  let v: any = R.castTo(quietly(() => U('true_divide', ss, dof)), asArray(ss).dtype);
  const bad = asArray(U('less_equal', dof, 0));
  if (truthy(R.any(bad, {}))) {
    warnFrom('RuntimeWarning', 'Degrees of freedom <= 0 for slice.');
    v = where3(bad, new PyFloat(NaN), asArray(v));
    if (v.ndim === 0) v = scalar(v.dtype, v.get([]));
  }
  return sqrt ? U('sqrt', v) : v;
}

/** np.nanmedian: each lane sorted (NaNs last) and the median taken of its leading non-NaN values */
function nanMedian(a: NDArray, axisArg: any, keepdims: boolean): any {
  if (!inexact(a) || a.size === 0) return median(a, axisArg, keepdims);
  const { s, kept } = sortedLanes(a, axisArg);
  const last = s.ndim - 1;
  const n = s.shape[last];
  const counts = asArray(R.sum(U('logical_not', isNaNArr(s)), { axis: -1, dtype: D.int64 })).toArray();
  const per: NDArray[] = [];
  let bad = 0;
  lanes(s, last, (lane, k) => {
    const m = Number(counts[k]);
    if (m === 0) bad++;
    per.push(asArray(m === 0 ? lane.view([], [], lane.offset + (n - 1) * lane.strides[0]) : median(lane.view([m], lane.strides, lane.offset), null, false)));
  });
  for (let i = 0; i < bad; i++) warnFrom('RuntimeWarning', allNaN);
  const dt = per.find((r, i) => Number(counts[i]) > 0)?.dtype ?? a.dtype;
  const r = stack(per.map((x) => castCopy(x, dt)), 0);
  const shaped = reshape(r, keepdims ? kept : s.shape.slice(0, last));
  return shaped.ndim === 0 ? scalar(shaped.dtype, shaped.get([])) : shaped;
}

export function nanFunctions(): Record<string, PyBuiltin> {
  const b = (name: string, f: (args: any[], kw: Kw) => any) => builtin(name, kwNamed(name, f));
  const kd = (p: any) => p.keepdims !== undefined && truthy(p.keepdims);
  const nanRed = (name: string, f: (a: NDArray, p: any) => any) =>
    b(name, (args, kw) => {
      const p = kwArgs(args.slice(1), kw, ['axis', 'dtype', 'out', 'keepdims', 'ddof', 'where', 'initial']);
      return R.finishOut(f(asArray(args[0]), p), p.out);
    });
  return {
    nansum: nanRed('nansum', (a, p) => R.sum(nanReplace(a, 0), { axis: p.axis, dtype: optDType(p.dtype), keepdims: kd(p), initial: p.initial, where: p.where })),
    nanprod: nanRed('nanprod', (a, p) => R.prod(nanReplace(a, 1), { axis: p.axis, dtype: optDType(p.dtype), keepdims: kd(p), initial: p.initial, where: p.where })),
    nanmean: nanRed('nanmean', (a, p) => nanMean(a, p, kd(p))),
    nanvar: nanRed('nanvar', (a, p) => nanVar(a, p, kd(p), false)),
    nanstd: nanRed('nanstd', (a, p) => nanVar(a, p, kd(p), true)),
    nanmax: b('nanmax', (args, kw) => nanExtreme('fmax', kwArgs(args, kw, ['a', 'axis', 'out', 'keepdims', 'initial', 'where']))),
    nanmin: b('nanmin', (args, kw) => nanExtreme('fmin', kwArgs(args, kw, ['a', 'axis', 'out', 'keepdims', 'initial', 'where']))),
    nanargmax: b('nanargmax', (args, kw) => nanArgExtreme(kwArgs(args, kw, ['a', 'axis', 'out', 'keepdims']), true)),
    nanargmin: b('nanargmin', (args, kw) => nanArgExtreme(kwArgs(args, kw, ['a', 'axis', 'out', 'keepdims']), false)),
    nanmedian: b('nanmedian', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'axis', 'out', 'overwrite_input', 'keepdims']);
      return R.finishOut(nanMedian(asArray(p.a), p.axis, kd(p)), p.out);
    }),
    nancumsum: b('nancumsum', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'axis', 'dtype', 'out']);
      return R.cumulative('add', nanReplace(p.a, 0), p.axis, optDType(p.dtype), p.out);
    }),
    nancumprod: b('nancumprod', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'axis', 'dtype', 'out']);
      return R.cumulative('multiply', nanReplace(p.a, 1), p.axis, optDType(p.dtype), p.out);
    }),
    nanpercentile: b('nanpercentile', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'q', 'axis', 'out', 'overwrite_input', 'method', 'keepdims']);
      return R.finishOut(nanQuantile(asArray(p.a), p.q, p.axis, kd(p), 100, p.method), p.out);
    }),
    nanquantile: b('nanquantile', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'q', 'axis', 'out', 'overwrite_input', 'method', 'keepdims']);
      return R.finishOut(nanQuantile(asArray(p.a), p.q, p.axis, kd(p), 1, p.method), p.out);
    }),
  };
}
