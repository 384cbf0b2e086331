/**
 * `choice` for RandomState and Generator, following mtrand.pyx and _generator.pyx step for step so the
 * same draws are consumed:
 *
 * - with replacement: uniform integers (no `p`), or inverse-CDF sampling — `cdf = cumsum(p) / cdf[-1]`
 *   searched with side='right' — on uniform doubles (with `p`);
 * - without replacement and `p`: rounds of uniform draws, each keeping the first occurrence of every new
 *   index and zeroing the probabilities already taken;
 * - without replacement, no `p`: RandomState takes the first `size` of a full permutation; Generator uses
 *   a partial Fisher–Yates of the tail for large populations and Floyd's algorithm with NumPy's
 *   open-addressing set otherwise, then (shuffle=True) shuffles the picks.
 *
 * `p` is validated with NumPy's messages (Kahan-summed, tolerance sqrt(eps) of its float type).
 */
import { NDArray, shapeSize } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { heap } from '../../../runtime/memory';
import { BitGenerator } from '../../../runtime/random/bitGenerator';
import { bounded, bounded64, newDrawBuffer } from '../../../runtime/random/boundedIntegers';
import { tuple } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { index as pyIndex, truthy, len } from '../../objects/protocols';
import { typeOf } from '../../objects/pytype';
import { asArray, allocArray } from './coerce';
import { sizeShape, fillArray } from './randomArgs';
import { randomIntegers } from './randomIntegers';
import { permutation } from './randomShuffle';
import { take } from './selection';
import { getIndex } from './indexing';

/** What choice needs from its generator. */
export interface ChoiceSource {
  bg: BitGenerator;
  legacy: boolean;
}

function int64Array(vals: ArrayLike<number>, shape: number[]): NDArray {
  const out = allocArray(shape, D.int64);
  const w = new Uint32Array(heap.buffer, out.addr, 2 * out.size);
  for (let i = 0; i < out.size; i++) {
    const v = vals[i];
    w[2 * i] = v % 4294967296;
    w[2 * i + 1] = Math.floor(v / 4294967296);
  }
  return out;
}

function int64Values(a: NDArray): number[] {
  return a.toArray().map((x: bigint) => Number(x));
}

/** Kahan summation as NumPy's kahan_sum. */
function kahanSum(x: Float64Array): number {
  if (x.length === 0) return 0;
  let sum = x[0], c = 0;
  for (let i = 1; i < x.length; i++) {
    const y = x[i] - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

/** The normalised cumulative distribution (cumsum, then divided by its last entry). */
function cdfOf(p: Float64Array): Float64Array {
  const cdf = new Float64Array(p.length);
  let s = 0;
  for (let i = 0; i < p.length; i++) cdf[i] = s += p[i];
  const last = cdf[cdf.length - 1];
  for (let i = 0; i < cdf.length; i++) cdf[i] /= last;
  return cdf;
}

/** searchsorted(cdf, u, side='right'): the first index whose cdf value exceeds u. */
function searchRight(cdf: Float64Array, u: number): number {
  let lo = 0, hi = cdf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cdf[mid] <= u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sqrtEps(dt: D.DType): number {
  if (dt.itemsize === 4) return Math.fround(Math.sqrt(2 ** -23));
  if (dt.itemsize === 2) return 2 ** -5;
  return Math.sqrt(2 ** -52);
}

/** The probabilities as doubles, validated with the messages of the legacy or Generator form. */
function probabilities(pArg: any, popSize: number, legacy: boolean): Float64Array {
  len(pArg);
  let atol = Math.sqrt(2 ** -52);
  if (pArg instanceof NDArray && pArg.dtype.kind === 'f') atol = Math.max(atol, sqrtEps(pArg.dtype));
  const pa = asArray(pArg, D.float64);
  if (pa.ndim !== 1) throwPy('ValueError', legacy ? "'p' must be 1-dimensional" : 'p must be 1-dimensional');
  if (pa.size !== popSize) throwPy('ValueError', legacy ? "'a' and 'p' must have same size" : 'a and p must have same size');
  const p = Float64Array.from(pa.toArray());
  const sum = kahanSum(p);
  if (Number.isNaN(sum)) throwPy('ValueError', legacy ? 'probabilities contain NaN' : 'Probabilities contain NaN');
  if (p.some((x) => x < 0)) throwPy('ValueError', legacy ? 'probabilities are not non-negative' : 'Probabilities are not non-negative');
  if (Math.abs(sum - 1) > atol) {
    throwPy('ValueError', legacy ? 'probabilities do not sum to 1' : 'Probabilities do not sum to 1. See Notes section of docstring for more information.');
  }
  return p;
}

/** Uniform doubles in [0, 1) (random_sample / random) for `n` draws. */
function uniforms(src: ChoiceSource, n: number): Float64Array {
  const u = new Float64Array(n);
  for (let i = 0; i < n; i++) u[i] = src.bg.nextDouble();
  return u;
}

/** Sampling without replacement under `p`: rounds of draws keeping first occurrences of new indices. */
function weightedUnique(src: ChoiceSource, p: Float64Array, size: number): number[] {
  if (p.reduce((n, x) => n + (x > 0 ? 1 : 0), 0) < size) throwPy('ValueError', 'Fewer non-zero entries in p than size');
  const w = Float64Array.from(p);
  const found: number[] = [];
  while (found.length < size) {
    const x = uniforms(src, size - found.length);
    for (const f of found) w[f] = 0;
    const cdf = cdfOf(w);
    const seen = new Set<number>();
    for (const u of x) {
      const k = searchRight(cdf, u);
      if (!seen.has(k)) {
        seen.add(k);
        found.push(k);
      }
    }
  }
  return found;
}

/** Generator's draws for replace=False without p: tail shuffle or Floyd's algorithm, then a shuffle. */
function generatorUnique(bg: BitGenerator, pop: number, size: number, shuffle: boolean): number[] {
  const buf = newDrawBuffer();
  const draw = (rng: number) => (rng <= 0xffffffff ? bounded(bg, rng, 64, false, buf) : Number(bounded64(bg, BigInt(rng), false)));
  const cutoff = shuffle ? 50 : 20;
  if (pop > 10000 && size > Math.floor(pop / cutoff)) {
    const idx = new Array<number>(pop);
    for (let i = 0; i < pop; i++) idx[i] = i;
    for (let i = pop - 1; i >= Math.max(pop - size, 1); i--) {
      const j = draw(i);
      const t = idx[j];
      idx[j] = idx[i];
      idx[i] = t;
    }
    return idx.slice(pop - size);
  }
  const mask = genMask(Math.floor(1.2 * size));
  const set = new Map<number, number>();
  const out: number[] = [];
  const empty = -1;
  const at = (loc: number) => set.get(loc) ?? empty;
  for (let j = pop - size; j < pop; j++) {
    const val = draw(j);
    let loc = val & mask;
    while (at(loc) !== empty && at(loc) !== val) loc = (loc + 1) & mask;
    if (at(loc) === empty) {
      set.set(loc, val);
      out.push(val);
    } else {
      loc = j & mask;
      while (at(loc) !== empty) loc = (loc + 1) & mask;
      set.set(loc, j);
      out.push(j);
    }
  }
  if (shuffle) {
    for (let i = size - 1; i >= 1; i--) {
      const j = draw(i);
      const t = out[j];
      out[j] = out[i];
      out[i] = t;
    }
  }
  return out;
}

/** Smallest 2**k - 1 covering n (gen_mask), for the set size of Floyd's algorithm. */
function genMask(n: number): number {
  let m = 1;
  while (m - 1 < n) m *= 2;
  return n === 0 ? 0 : m - 1;
}

function typeName(v: any): string {
  const t = typeOf(v);
  return `<class '${t.module === 'builtins' ? '' : t.module + '.'}${t.qualname}'>`;
}

/** The population size of a 0-d `a` (operator.index of its item), or null when `a` is not an integer. */
function popOfScalar(a: NDArray): number | null {
  const k = a.dtype.kind;
  return k === 'i' || k === 'u' || k === 'b' ? Number(a.get([])) : null;
}

/** choice(a, size, replace, p[, axis, shuffle]) for RandomState (`src.legacy`) or Generator. */
export function choice(src: ChoiceSource, aArg: any, sizeArg: any, replaceArg: any, pArg: any, axisArg: any, shuffleArg: any): any {
  const legacy = src.legacy;
  const replace = replaceArg === undefined ? true : truthy(replaceArg);
  const arr = asArray(aArg);
  const shape = sizeShape(sizeArg);
  const nSamples = shape === null ? null : shapeSize(shape);
  let popSize: number;
  let axis = 0;
  if (arr.ndim === 0) {
    const pop = popOfScalar(arr);
    if (pop === null) throwPy('ValueError', legacy ? 'a must be 1-dimensional or an integer' : `a must be a sequence or an integer, not ${typeName(aArg)}`);
    popSize = pop;
    if (popSize <= 0 && nSamples !== 0) {
      throwPy('ValueError', legacy ? 'a must be greater than 0 unless no samples are taken' : 'a must be a positive integer unless no samples are taken');
    }
  } else {
    if (legacy && arr.ndim !== 1) throwPy('ValueError', 'a must be 1-dimensional');
    if (!legacy && axisArg !== undefined && axisArg !== null) axis = pyIndex(axisArg);
    if (axis < 0) axis += arr.ndim;
    if (axis < 0 || axis >= arr.ndim) throwPy('IndexError', 'tuple index out of range');
    popSize = arr.shape[axis];
    if (popSize === 0 && nSamples !== 0) {
      throwPy('ValueError', legacy ? "'a' cannot be empty unless no samples are taken" : 'a cannot be empty unless no samples are taken');
    }
  }
  const p = pArg === undefined || pArg === null ? null : probabilities(pArg, popSize, legacy);
  const isScalar = shape === null;
  const outShape = shape ?? [];
  const size = nSamples ?? 1;
  let idx: NDArray;
  if (replace) {
    if (p) {
      const cdf = cdfOf(p);
      const u = fillArray(outShape, D.float64, () => src.bg.nextDouble());
      idx = int64Array(u.toArray().map((x: number) => searchRight(cdf, x)), outShape);
    } else {
      idx = randomIntegers(src.bg, 0, popSize, tuple(outShape), D.int64, legacy, false, legacy ? 'randint' : 'integers') as NDArray;
    }
  } else {
    if (size > popSize) {
      throwPy('ValueError', legacy ? "Cannot take a larger sample than population when 'replace=False'" : 'Cannot take a larger sample than population when replace is False');
    }
    if (size < 0) throwPy('ValueError', 'negative dimensions are not allowed');
    if (p) idx = int64Array(weightedUnique(src, p, size), outShape);
    else if (legacy) idx = int64Array(int64Values(permutation(src.bg, popSize, null, true)).slice(0, size), outShape);
    else idx = int64Array(generatorUnique(src.bg, popSize, size, shuffleArg === undefined ? true : truthy(shuffleArg)), outShape);
  }
  if (isScalar) {
    const k = Number(idx.get([]));
    if (arr.ndim === 0) return k;
    if (arr.ndim === 1) return getIndex(arr, k);
    return take(arr, k, axis, 'raise');
  }
  if (arr.ndim === 0) return idx;
  if (idx.ndim === 0 && arr.ndim === 1) {
    const res = allocArray([], arr.dtype);
    res.set([], arr.get([Number(idx.get([]))]));
    return res;
  }
  return take(arr, idx, axis, 'raise');
}
