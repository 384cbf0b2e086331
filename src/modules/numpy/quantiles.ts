/**
 * Order statistics: np.median, np.quantile/np.percentile with every NumPy method (H&F 1996's nine plus
 * lower/higher/midpoint/nearest), and the NaN-skipping np.nanquantile/np.nanpercentile along an axis.
 *
 * Each lane is sorted with the axis moved last; the result lerps as NumPy's _lerp does (from the nearer
 * end, so t ≥ 0.5 computes b - (b-a)(1-t)), and a NaN anywhere in a lane makes its result NaN.
 */
import { NDArray, contiguousStrides } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { PyFloat } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { asArray, castCopy, allocArray } from './coerce';
import { writer } from '../../../runtime/elements';
import { heap } from '../../../runtime/memory';
import { applyUfunc } from './ufuncs';
import { ufunc } from './ufuncTable';
import { normAxis, normAxes } from './axes';
import { reshape } from './shape';
import * as R from './reductions';
import { ravel } from './reductions';
import { sort, lanes } from './sorting';
import { stack } from './joining';
import { scalar, weakKind } from './scalars';
import { where3 } from './selection';
import { getIndex } from './indexing';
import { warnFrom } from '../warnings';

const U = (name: string, ...args: any[]) => applyUfunc(ufunc(name), args);
const isNaNArr = (a: any) => asArray(U('isnan', a));

function toScalarIf(r: any): any {
  return r instanceof NDArray && r.ndim === 0 ? scalar(r.dtype, r.get([])) : r;
}

/** the elements of a 1-d `a` where `mask` is true */
export function getIndexBool(a: NDArray, mask: NDArray): NDArray {
  return getIndex(a, mask);
}

/**
 * The lanes NumPy reduces over `axisArg` (None: every axis; a tuple: those axes merged into one lane, as
 * _ureduce does), sorted along the last axis; and the shape a keepdims result takes (reduced axes as 1).
 */
export function sortedLanes(a: NDArray, axisArg: any): { s: NDArray; kept: number[] } {
  const axes = axisArg === undefined || axisArg === null ? [...a.shape.keys()] : normAxes(axisArg, a.ndim);
  const rest = [...a.shape.keys()].filter((d) => !axes.includes(d));
  const perm = [...rest, ...axes];
  const moved = a.view(perm.map((p) => a.shape[p]), perm.map((p) => a.strides[p]), a.offset);
  const lanes = reshape(moved, [...rest.map((d) => a.shape[d]), axes.reduce((n, d) => n * a.shape[d], 1)]);
  return { s: sort(lanes, -1), kept: a.shape.map((d, i) => (axes.includes(i) ? 1 : d)) };
}

/** a result over the kept axes given the keepdims shape `kept` (reduced axes of length 1) */
function keepDims(r: any, kept: number[]): NDArray {
  return reshape(asArray(r), kept);
}

/** NumPy's _lerp: b - a in the data's dtype, t of dtype `tDt` (a weak Python float when null) */
function lerp(a: any, b: any, t: number, tDt: D.DType | null): any {
  const tv = (x: number) => (tDt === null ? new PyFloat(x) : scalar(tDt, x));
  const diff = U('subtract', b, a);
  if (t >= 0.5) return U('subtract', b, U('multiply', diff, tv(1 - t)));
  return U('add', a, U('multiply', diff, tv(t)));
}

/**
 * NumPy's quantile methods (H&F 1996 and the others): a continuous method maps (n, q) to a virtual index and
 * lerps between its floor and floor+1 with a (possibly fixed-up) gamma; a discrete one picks one element.
 */
type QMethod = { index: (n: number, q: number) => number; gamma?: (g: number, vi: number) => number };
const hf = (alpha: number, beta: number) => (n: number, q: number) => n * q + (alpha + q * (1 - alpha - beta)) - 1;
const ident = (g: number) => g;
/** NumPy's _discrete_interpolation_to_boundaries: floor or floor+1 of `index`, clipped at 0 */
const boundary = (index: number, useFloor: (g: number, i: number) => boolean) => {
  const prev = Math.floor(index);
  return Math.max(useFloor(index - prev, index) ? prev : prev + 1, 0);
};
const roundHalfEven = (x: number) => {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
};
const QUANTILE_METHODS: Record<string, QMethod> = {
  inverted_cdf: { index: (n, q) => boundary(n * q - 1, (g) => g === 0) },
  averaged_inverted_cdf: { index: (n, q) => n * q - 1, gamma: (g) => (g === 0 ? 0.5 : 1) },
  closest_observation: { index: (n, q) => boundary(n * q - 1 - 0.5, (g, i) => g === 0 && Math.floor(i) % 2 === 1) },
  interpolated_inverted_cdf: { index: hf(0, 1), gamma: ident },
  hazen: { index: hf(0.5, 0.5), gamma: ident },
  weibull: { index: hf(0, 0), gamma: ident },
  linear: { index: (n, q) => (n - 1) * q, gamma: ident },
  median_unbiased: { index: hf(1 / 3, 1 / 3), gamma: ident },
  normal_unbiased: { index: hf(3 / 8, 3 / 8), gamma: ident },
  lower: { index: (n, q) => Math.floor((n - 1) * q) },
  higher: { index: (n, q) => Math.ceil((n - 1) * q) },
  midpoint: { index: (n, q) => 0.5 * (Math.floor((n - 1) * q) + Math.ceil((n - 1) * q)), gamma: (_g, vi) => (vi % 1 === 0 ? 0 : 0.5) },
  nearest: { index: (n, q) => roundHalfEven((n - 1) * q) },
};

function quantileMethod(name: any): QMethod {
  const key = name === undefined || name === null ? 'linear' : String(name);
  const m = QUANTILE_METHODS[key];
  if (!m) throwPy('ValueError', `'${key}' is not a valid method. Use one of: dict_keys([${Object.keys(QUANTILE_METHODS).map((k) => `'${k}'`).join(', ')}])`);
  return m;
}

/** np.quantile for one q; `s` sorted along its last axis */
function quantileOf(s: NDArray, q: number, method: QMethod, tDt: D.DType | null): any {
  const n = s.shape[s.ndim - 1];
  if (n === 0) throwPy('IndexError', 'index -1 is out of bounds for axis 0 with size 0');
  const last = s.ndim - 1;
  const take = (i: number) => s.view(s.shape.slice(0, last), s.strides.slice(0, last), s.offset + (i < 0 ? n + i : i) * s.strides[last]);
  const narrow = tDt !== null && tDt.itemsize < 8 ? Math.fround : (x: number) => x;
  const vi = narrow(method.index(n, q));
  let r: any;
  if (!method.gamma) r = castCopy(take(vi), s.dtype);
  else {
    // NumPy's _get_indexes: past the end both bounds are the last element, before the start the first
    let lo = Math.floor(vi), hi = lo + 1;
    if (vi >= n - 1) lo = hi = -1;
    else if (vi < 0) lo = hi = 0;
    const gamma = method.gamma(vi - Math.floor(vi), vi);
    const a = take(lo), b = take(hi);
    // datetimes lerp in their own dtype (b - a is a timedelta, scaled by gamma)
    const own = s.dtype.kind === 'f' || s.dtype.timeUnit !== null ? s.dtype : D.float64;
    r = lerp(own === s.dtype ? a : castCopy(a, own), own === s.dtype ? b : castCopy(b, own), gamma, tDt);
  }
  // NaN anywhere in a lane makes its quantile NaN (NaNs sort last)
  if (s.dtype.kind === 'f') r = where3(isNaNArr(take(n - 1)), take(n - 1), r);
  return r;
}

export function quantile(x: any, qArg: any, axisArg: any, keepdims: boolean, scale: number, methodName?: any, weights?: any): any {
  const a = asArray(x);
  if (a.dtype.kind === 'c') throwPy('TypeError', 'a must be an array of real numbers');
  const method = quantileMethod(methodName);
  if (weights !== undefined && weights !== null) {
    const name = methodName === undefined || methodName === null ? 'linear' : String(methodName);
    if (name !== 'inverted_cdf') throwPy('ValueError', `Only method 'inverted_cdf' supports weights. Got: ${name}.`);
  }
  const qs = asArray(qArg, D.float64);
  // NumPy 2.4: a Python int/float q is "weak" (its gamma is a Python float, so the lerp stays in the
  // data's dtype); an array or NumPy scalar q keeps its float dtype (ints become float64), and the virtual
  // indices and gamma are in that dtype, so np.percentile(float32, [10, 90]) is float64
  const weak = weakKind(qArg) === 'int' || weakKind(qArg) === 'float';
  const given = weak ? null : asArray(qArg).dtype;
  const tDt = given === null ? null : given.kind === 'f' ? given : D.float64;
  const qRound = tDt !== null && tDt.itemsize < 8 ? Math.fround : (x: number) => x;
  const qv = qs.toArray().map((v: number) => qRound(v / scale));
  if (qv.some((v) => !(v >= 0 && v <= 1))) throwPy('ValueError', scale === 100 ? 'Percentiles must be in the range [0, 100]' : 'Quantiles must be in the range [0, 1]');
  if (weights !== undefined && weights !== null) return weightedQuantile(a, qs, qv, axisArg, keepdims, asArray(weights), tDt);
  const { s, kept } = sortedLanes(a, axisArg);
  const results = qv.map((q) => (keepdims ? keepDims(quantileOf(s, q, method, tDt), kept) : quantileOf(s, q, method, tDt)));
  if (qs.ndim === 0) return toScalarIf(results[0]);
  // the result has q's shape in front (a 2-d q gives a 2-d block of quantiles)
  const st = stack(results.map((r) => asArray(r)), 0);
  return reshape(st, [...qs.shape, ...st.shape.slice(1)]);
}

/**
 * The inverted_cdf quantiles with weights (NumPy's _quantile): each lane sorted with its weights, the
 * normalized cumulative weights (in q's float type) searched for the first place reaching q; leading zero
 * weights never match; a lane holding NaN gives NaN. Weights are a's shape or 1-d along the one axis.
 */
function weightedQuantile(a: NDArray, qs: NDArray, qv: number[], axisArg: any, keepdims: boolean, w: NDArray, tDt: D.DType | null): any {
  const flat = axisArg === undefined || axisArg === null;
  const ax = flat ? 0 : normAxis(axisArg, a.ndim);
  const data = flat ? ravel(a) : a;
  const sameShape = w.ndim === a.ndim && w.shape.every((d, i) => d === a.shape[i]);
  if (flat && !sameShape) throwPy('TypeError', 'Axis must be specified when shapes of a and weights differ.');
  if (!(w.ndim === 1 && w.shape[0] === data.shape[ax]) && !sameShape) {
    throwPy('ValueError', 'Shape of weights must be consistent with shape of a along specified axis.');
  }
  const wl = flat || w.ndim === a.ndim ? (flat ? ravel(w) : w) : null;
  if (asArray(R.any(U('less', w, 0), {})).get([]) !== 0) throwPy('ValueError', 'Weights must be non-negative.');
  const narrow = tDt !== null && tDt.itemsize < 8 ? Math.fround : (x: number) => x;
  const wLanes: number[][] = [];
  if (wl !== null) lanes(wl, ax, (lane) => wLanes.push(castCopy(lane, D.float64).toArray()));
  const perLane: any[][] = [];
  lanes(data, ax, (lane, k) => {
    const vals = lane.toArray();
    const ws: number[] = wl !== null ? wLanes[k] : castCopy(w, D.float64).toArray();
    const order = vals.map((_: any, i: number) => i).sort((i: number, j: number) => (vals[i] < vals[j] ? -1 : vals[i] > vals[j] ? 1 : i - j));
    const cdf: number[] = [];
    let acc = 0;
    for (const i of order) cdf.push((acc += ws[i]));
    const total = cdf[cdf.length - 1];
    for (let i = 0; i < cdf.length; i++) cdf[i] = narrow(cdf[i] / total);
    if (!Number.isFinite(cdf[cdf.length - 1])) throwPy('ValueError', 'Weights included NaN, inf or were all zero.');
    if (cdf[0] === 0) for (let i = 0; i < cdf.length; i++) if (cdf[i] === 0) cdf[i] = -1;
    const hasNaN = vals.some((v: any) => typeof v === 'number' && Number.isNaN(v));
    perLane.push(qv.map((q) => {
      let i = 0;
      while (i < cdf.length && cdf[i] < q) i++;
      return hasNaN ? NaN : vals[order[Math.min(i, cdf.length - 1)]];
    }));
  });
  const rest = flat ? [] : a.shape.filter((_, i) => i !== ax);
  const laneShape = keepdims ? (flat ? a.shape.map(() => 1) : a.shape.map((d, i) => (i === ax ? 1 : d))) : rest;
  const res = allocArray([...qs.shape, ...laneShape], a.dtype);
  const wr = writer(a.dtype), dv = heap.view();
  const nq = qv.length, nl = perLane.length;
  for (let qi = 0; qi < nq; qi++) for (let l = 0; l < nl; l++) wr(dv, res.addr + (qi * nl + l) * a.dtype.itemsize, perLane[l][qi]);
  // a single result stays a 0-d array, as NumPy leaves it, unless NaN made it (NumPy then takes a's element)
  return res.ndim === 0 && Number.isNaN(perLane[0][0]) ? toScalarIf(res) : res;
}

/** np.nanquantile: the quantiles of each lane along `axis` with its NaNs dropped (q's axes first). */
export function nanQuantile(a: NDArray, q: any, axisArg: any, keepdims: boolean, scale: number, method: any): any {
  let empty = 0;
  // NumPy's _nanquantile_1d: a lane of only NaNs warns and gives NaN (in the lane's dtype) for every q
  const ofLane = (v: NDArray) => {
    const kept = getIndexBool(v, asArray(U('logical_not', isNaNArr(v))));
    if (kept.size > 0 || v.size === 0) return quantile(kept, q, null, false, scale, method);
    empty++;
    return U('add', U('multiply', asArray(q, D.float64), 0), scalar(v.dtype, NaN));
  };
  const warnEmpty = () => {
    for (let i = 0; i < empty; i++) warnFrom('RuntimeWarning', 'All-NaN slice encountered');
  };
  if (axisArg === undefined || axisArg === null) {
    const r = ofLane(ravel(a));
    warnEmpty();
    if (!keepdims) return r;
    const ra = asArray(r);
    const shp = [...ra.shape, ...a.shape.map(() => 1)];
    return castCopy(ra.view(shp, contiguousStrides(shp, ra.itemsize), ra.offset), ra.dtype);
  }
  const ax = normAxis(axisArg, a.ndim);
  const per: NDArray[] = [];
  lanes(a, ax, (lane) => per.push(asArray(ofLane(lane))));
  warnEmpty();
  const rest = a.shape.map((d, i) => (i === ax ? 1 : d));
  const qShape = per[0].shape;
  const st = stack(per, -1); // q dims + lanes
  const shp = [...qShape, ...(keepdims ? rest : rest.filter((_, i) => i !== ax))];
  return toScalarIf(castCopy(st.view(shp, contiguousStrides(shp, st.itemsize), st.offset), st.dtype));
}

export function median(x: any, axisArg: any, keepdims: boolean): any {
  const a = asArray(x);
  const { s, kept } = sortedLanes(a, axisArg);
  const n = s.shape[s.ndim - 1];
  // NumPy takes the mean of the empty middle: NaN with "Mean of empty slice"
  if (n === 0) {
    const r = R.mean(s, { axis: -1 });
    return keepdims ? keepDims(r, kept) : r;
  }
  const last = s.ndim - 1;
  const take = (i: number) => s.view(s.shape.slice(0, last), s.strides.slice(0, last), s.offset + i * s.strides[last]);
  const mid = Math.floor(n / 2);
  const parts = n % 2 ? [take(mid)] : [take(mid - 1), take(mid)];
  let r: any = R.mean(stack(parts, -1), { axis: -1 });
  if (s.dtype.kind === 'f') r = where3(isNaNArr(take(n - 1)), take(n - 1), r);
  return keepdims ? keepDims(r, kept) : toScalarIf(r);
}
