/**
 * Histograms as NumPy's lib/_histograms_impl.py computes them: np.histogram, np.histogram_bin_edges,
 * np.histogram2d and np.histogramdd.
 *
 * Bin edges: an explicit array of edges is kept as given (its dtype too); an integer count gives
 * linspace(first, last, n+1) in the result type of the data (ints become float64); a string names one of
 * NumPy's width estimators ('auto', 'fd', 'sturges', 'sqrt', 'rice', 'scott', 'doane', 'stone') and the count is
 * ceil(range / width). Every bin is half-open except the last, which includes its right edge.
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { PyFloat, PyTuple, tuple } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { repr, str } from '../../objects/repr';
import { builtin, call, Kw, PyBuiltin } from '../../objects/function';
import { truthy, index as pyIndex } from '../../objects/protocols';
import { toArray } from '../../objects/iterators';
import { asArray, castCopy, fromPython } from './coerce';
import { scalar } from './scalars';
import { kwArgs, kwNamed } from './ufuncs';
import { ravel } from './reductions';
import { quantile } from './quantiles';
import { stack } from './joining';

let linspaceFn: any = null;
/** np.linspace, handed over by the module (edges are computed exactly as NumPy's) */
export function setHistogramLinspace(f: any): void {
  linspaceFn = f;
}

const num = (v: any): number => Number(v?.v ?? v);
const isNone = (v: any) => v === undefined || v === null;
/** a bound as Python prints a float (nan, inf, 1.0) */
const fl = (x: number) => repr(new PyFloat(x));

/** NumPy's _get_outer_edges: the range (or data min/max), widened by ±0.5 when empty */
function outerEdges(vals: number[], range: any): [number, number] {
  let lo: number, hi: number;
  if (!isNone(range)) {
    const given = toArray(range);
    [lo, hi] = given.map(num);
    if (lo > hi) throwPy('ValueError', 'max must be larger than min in range parameter.');
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) throwPy('ValueError', `supplied range of [${str(given[0])}, ${str(given[1])}] is not finite`);
  } else if (vals.length === 0) [lo, hi] = [0, 1];
  else {
    [lo, hi] = extent(vals);
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) throwPy('ValueError', `autodetected range of [${fl(lo)}, ${fl(hi)}] is not finite`);
  }
  return lo === hi ? [lo - 0.5, hi + 0.5] : [lo, hi];
}

/** [min, max] of the values (NaN if one is NaN), without spreading a long array into arguments */
function extent(x: number[]): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (const v of x) {
    if (v !== v) return [NaN, NaN];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}
const ptp = (x: number[]) => {
  const [lo, hi] = extent(x);
  return hi - lo;
};
function std(x: number[]): number {
  const m = x.reduce((s, v) => s + v, 0) / x.length;
  return Math.sqrt(x.reduce((s, v) => s + (v - m) * (v - m), 0) / x.length);
}
function fdWidth(x: number[]): number {
  const q = (p: number) => num(quantile(fromPython(x.map((v) => new PyFloat(v)), D.float64), new PyFloat(p), null, false, 100));
  return (2 * (q(75) - q(25))) / Math.cbrt(x.length);
}
const sturgesWidth = (x: number[]) => ptp(x) / (Math.log2(x.length) + 1);

/** counts of x in k equal bins over [lo, hi] (last bin closed), with NumPy's edge corrections */
function equalBinCounts(x: number[], k: number, lo: number, hi: number): number[] {
  const counts = new Array(k).fill(0);
  const edgeAt = (i: number) => (i === k ? hi : lo + (i * (hi - lo)) / k);
  const norm = k / (hi - lo);
  for (const v of x) {
    if (!(v >= lo && v <= hi)) continue;
    let i = Math.floor((v - lo) * norm);
    if (i === k) i--;
    if (v < edgeAt(i)) i--;
    else if (v >= edgeAt(i + 1) && i !== k - 1) i++;
    counts[i]++;
  }
  return counts;
}

/**
 * 'stone': the bin count among 1..max(100, √n) minimising Stone's estimate of the integrated squared
 * error, (2 - (n + 1)·Σp²) / h, over equal bins of the histogram's range.
 */
function stoneWidth(x: number[], lo: number, hi: number): number {
  const n = x.length, span = ptp(x);
  if (n <= 1 || span === 0) return 0;
  const upper = Math.max(100, Math.floor(Math.sqrt(n)));
  let best = 1, bestScore = Infinity;
  for (let k = 1; k <= upper; k++) {
    const p = equalBinCounts(x, k, lo, hi).map((c) => c / n);
    const score = (2 - (n + 1) * p.reduce((acc, v) => acc + v * v, 0)) / (span / k);
    if (score < bestScore) [best, bestScore] = [k, score];
  }
  return span / best;
}

/** NumPy's _hist_bin_* width estimators (lo, hi: the histogram's range) */
const ESTIMATORS: Record<string, (x: number[], lo: number, hi: number) => number> = {
  stone: stoneWidth,
  sqrt: (x) => ptp(x) / Math.sqrt(x.length),
  sturges: sturgesWidth,
  rice: (x) => ptp(x) / (2 * Math.cbrt(x.length)),
  scott: (x) => Math.cbrt((24 * Math.sqrt(Math.PI)) / x.length) * std(x),
  fd: fdWidth,
  doane: (x) => {
    const n = x.length;
    if (n <= 2) return 0;
    const sg1 = Math.sqrt((6 * (n - 2)) / ((n + 1) * (n + 3)));
    const sigma = std(x);
    if (sigma <= 0) return 0;
    const m = x.reduce((s, v) => s + v, 0) / n;
    const g1 = x.reduce((s, v) => s + ((v - m) / sigma) ** 3, 0) / n;
    return ptp(x) / (1 + Math.log2(n) + Math.log2(1 + Math.abs(g1) / sg1));
  },
  auto: (x) => {
    const fw = fdWidth(x), sw = sturgesWidth(x);
    return fw ? Math.min(fw, sw) : sw;
  },
};

/** NumPy's _get_bin_edges: the edges array for `bins` (int, str or sequence) over the flattened data */
export function binEdges(a: NDArray, bins: any, range: any): NDArray {
  if (bins instanceof NDArray || Array.isArray(bins) || bins instanceof PyTuple) {
    const e = asArray(bins);
    if (e.ndim !== 1) throwPy('ValueError', '`bins` must be 1d, when an array');
    const ev = castCopy(e, D.float64).toArray() as number[];
    if (ev.some((v, i) => i > 0 && v < ev[i - 1])) throwPy('ValueError', '`bins` must increase monotonically, when an array');
    return castCopy(e, e.dtype);
  }
  const vals = castCopy(ravel(a), D.float64).toArray() as number[];
  const [lo, hi] = outerEdges(vals, range);
  let n: number;
  if (typeof bins === 'string') {
    const name = String(bins);
    const est = ESTIMATORS[name];
    if (!est) throwPy('ValueError', `${repr(name)} is not a valid estimator for \`bins\``);
    const inRange = isNone(range) ? vals : vals.filter((v) => v >= lo && v <= hi);
    if (!inRange.length) n = 1;
    else {
      let width = est(inRange, lo, hi);
      if (width && (a.dtype.kind === 'i' || a.dtype.kind === 'u') && width < 1) width = 1;
      n = width ? Math.ceil((hi - lo) / width) : 1;
    }
  } else {
    n = isNone(bins) ? 10 : pyIndex(bins, '`bins` must be an integer, a string, or an array');
    if (n < 1) throwPy('ValueError', '`bins` must be positive, when an integer');
  }
  const kind = a.dtype.kind;
  const dt = kind === 'f' || kind === 'c' ? a.dtype : D.float64;
  // edges from the data are scalars of its float dtype, so linspace runs in that dtype (as NumPy's a.min())
  const edge = (v: number) => (isNone(range) && kind === 'f' ? scalar(a.dtype, v) : new PyFloat(v));
  return castCopy(asArray(call(linspaceFn, [edge(lo), edge(hi), n + 1], null)), dt);
}

/** the bin of x among sorted `edges` (last bin closed), or -1 outside */
function binOf(edges: number[], x: number): number {
  const nb = edges.length - 1;
  if (!(x >= edges[0] && x <= edges[nb])) return -1;
  let lo = 0, hi = nb;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (edges[mid] <= x) lo = mid;
    else hi = mid;
  }
  return lo;
}

function histogram(p: Record<string, any>): PyTuple {
  const a = asArray(p.a);
  const edgesArr = binEdges(a, p.bins, p.range);
  const edges = castCopy(edgesArr, D.float64).toArray() as number[];
  const vals = castCopy(ravel(a), D.float64).toArray() as number[];
  const wArr = isNone(p.weights) ? null : ravel(asArray(p.weights));
  if (wArr && wArr.size !== vals.length) throwPy('ValueError', 'weights should have the same shape as a.');
  const w = wArr ? (castCopy(wArr, D.float64).toArray() as number[]) : null;
  const counts = new Array(edges.length - 1).fill(0);
  vals.forEach((x, i) => {
    const k = binOf(edges, x);
    if (k >= 0) counts[k] += w ? w[i] : 1;
  });
  let hist: NDArray;
  if (!isNone(p.density) && truthy(p.density)) {
    const total = counts.reduce((s, c) => s + c, 0);
    hist = fromPython(counts.map((c, i) => new PyFloat(c / total / (edges[i + 1] - edges[i]))), D.float64);
  } else if (wArr) hist = castCopy(fromPython(counts.map((c) => new PyFloat(c)), D.float64), wArr.dtype.kind === 'b' ? D.int64 : wArr.dtype);
  else hist = fromPython(counts, D.int64);
  return tuple([hist, edgesArr]);
}

/** np.histogramdd over an (N, D) sample; returns [hist, edges per dimension] */
function histogramdd(sample: NDArray, binsArg: any, rangeArg: any, density: boolean, weights: any): [NDArray, NDArray[]] {
  const [n, nd] = sample.shape;
  const cols = [...Array(nd).keys()].map((k) => sample.view([n], [sample.strides[0]], sample.offset + k * sample.strides[1]));
  const binsList = binsArg instanceof NDArray || Array.isArray(binsArg) || binsArg instanceof PyTuple ? toArray(binsArg) : null;
  if (binsList && binsList.length !== nd) throwPy('ValueError', 'The dimension of bins must be equal to the dimension of the sample x.');
  const ranges = isNone(rangeArg) ? new Array(nd).fill(null) : toArray(rangeArg);
  const edges = cols.map((c, k) => {
    const b = binsList ? binsList[k] : isNone(binsArg) ? 10 : binsArg;
    if (b instanceof NDArray || Array.isArray(b) || b instanceof PyTuple) return binEdges(c, b, null);
    const count = pyIndex(b, `\`bins[${k}]\` must be an integer, when a scalar`);
    return castCopy(binEdges(castCopy(c, D.float64), count, ranges[k]), D.float64);
  });
  const ev = edges.map((e) => castCopy(e, D.float64).toArray() as number[]);
  const nbin = ev.map((e) => e.length - 1);
  const total = nbin.reduce((s, v) => s * v, 1);
  const hist = new Array(total).fill(0);
  const colVals = cols.map((c) => castCopy(c, D.float64).toArray() as number[]);
  const w = isNone(weights) ? null : (castCopy(ravel(asArray(weights)), D.float64).toArray() as number[]);
  for (let i = 0; i < n; i++) {
    let flat = 0;
    let inside = true;
    for (let k = 0; k < nd && inside; k++) {
      const b = binOf(ev[k], colVals[k][i]);
      if (b < 0) inside = false;
      flat = flat * nbin[k] + b;
    }
    if (inside) hist[flat] += w ? w[i] : 1;
  }
  let vals = hist;
  if (density) {
    const sum = hist.reduce((s, v) => s + v, 0);
    vals = hist.map((v, flat) => {
      let vol = 1;
      for (let k = nd - 1; k >= 0; k--) {
        const b = flat % nbin[k];
        flat = Math.floor(flat / nbin[k]);
        vol *= ev[k][b + 1] - ev[k][b];
      }
      return v / sum / vol;
    });
  }
  const h = fromPython(vals.map((v) => new PyFloat(v)), D.float64);
  return [h.view(nbin, nbin.map((_, k) => 8 * nbin.slice(k + 1).reduce((s, v) => s * v, 1)), 0), edges];
}

/** histogramdd's sample: an (N, D) array as given, or a sequence of D coordinate arrays (transposed) */
function sampleOf(v: any): NDArray {
  const a = asArray(v);
  if (a.ndim === 1) return a.view([a.shape[0], 1], [a.strides[0], 0], a.offset);
  if (!(v instanceof NDArray)) return a.view([a.shape[1], a.shape[0]], [a.strides[1], a.strides[0]], a.offset);
  return a;
}

export function histogramFunctions(): Record<string, PyBuiltin> {
  const b = (name: string, f: (args: any[], kw: Kw) => any) => builtin(name, kwNamed(name, f));
  return {
    histogram: b('histogram', (args, kw) => histogram(kwArgs(args, kw, ['a', 'bins', 'range', 'density', 'weights']))),
    histogram_bin_edges: b('histogram_bin_edges', (args, kw) => {
      const p = kwArgs(args, kw, ['a', 'bins', 'range', 'weights']);
      return binEdges(asArray(p.a), p.bins, p.range);
    }),
    histogramdd: b('histogramdd', (args, kw) => {
      const p = kwArgs(args, kw, ['sample', 'bins', 'range', 'density', 'weights']);
      const [h, edges] = histogramdd(sampleOf(p.sample), p.bins, p.range, !isNone(p.density) && truthy(p.density), p.weights);
      return tuple([h, edges]);
    }),
    histogram2d: b('histogram2d', (args, kw) => {
      const p = kwArgs(args, kw, ['x', 'y', 'bins', 'range', 'density', 'weights']);
      const x = ravel(asArray(p.x)), y = ravel(asArray(p.y));
      if (x.size !== y.size) throwPy('ValueError', 'x and y must have the same length.');
      const st = stack([x, y], 1);
      let bins = p.bins;
      if (bins instanceof NDArray && bins.ndim === 1) bins = [bins, bins];
      else if ((Array.isArray(bins) || bins instanceof PyTuple) && toArray(bins).length !== 2) bins = [bins, bins];
      const [h, edges] = histogramdd(st, bins, p.range, !isNone(p.density) && truthy(p.density), p.weights);
      return tuple([h, edges[0], edges[1]]);
    }),
  };
}
