/**
 * An exact emulation of the argsort NumPy runs for 32- and 64-bit integer and float keys on x86 CPUs with
 * AVX-512 (Intel's x86-simd-sort, `avx512_argsort`, vendored by NumPy in `npysort/x86-simd-sort`). The
 * order it gives equal keys is neither stable nor arbitrary: it is whatever its sorting networks and
 * vector partitions do, and `np.argsort(a)` prints exactly that, so we replay the same data movement.
 *
 * The algorithm, for n > 1 keys (indices start as 0..n-1 and only the index array moves):
 * - floats containing a NaN: the whole thing is `std::sort` on the indices with NaN last (runtime/stdSort.ts);
 * - keys already in non-decreasing order: the identity;
 * - otherwise a quicksort with a depth budget of 2·⌊log2 n⌋ (then `std::sort` on the remaining range):
 *   - ranges of at most 256 go to a bitonic network over 8-lane "vectors" (32 vectors at most, fewer for
 *     short ranges, the missing lanes padded with the type's maximum key);
 *   - longer ranges take the pivot as the 5th of 8 evenly spaced samples, then partition: the leftover
 *     (length mod 32) elements one by one from the left, then 4×8-lane blocks taken alternately from the
 *     side with less room, each block's lanes written with compress-stores (keys < pivot packed left,
 *     keys ≥ pivot packed right, lane order kept), the first and last blocks last. A side whose keys all
 *     equal the pivot is not recursed into.
 * Every network compare-exchange leaves equal keys where they are (min/max plus an equality mask), which
 * is what makes the tie order reproducible.
 */
import { Less, stdSort } from './stdSort';

/** A key as ndpy reads it from an array: a double for floats and narrow ints, a bigint for 64-bit ints. */
export type Key = number | bigint;

/** NumPy dtypes that take this path with the default kind ('quicksort'). */
export const SIMD_ARGSORT_DTYPES = new Set(['int32', 'uint32', 'int64', 'uint64', 'float32', 'float64']);

const LANES = 8;
const NETWORK_MAX = 256;
const UNROLL = 4;
/** the index x86-simd-sort pads with (all ones); it should never reach the output */
const PAD = -1;

/** One 8-lane stage: the lane pairs (lo, hi) it compare-exchanges, lo receiving the minimum. */
type Stage = [number, number][];
const pairs = (f: (i: number) => number): Stage => {
  const out: Stage = [];
  for (let i = 0; i < LANES; i++) if (f(i) > i) out.push([i, f(i)]);
  return out;
};
const swapWithin = (span: number) => pairs((i) => i ^ (span >> 1)); // lanes i and i ^ span/2
const reverseWithin = (span: number) => pairs((i) => i - (i % span) + (span - 1 - (i % span)));
/** the full sort of one vector (bitonic, Wikipedia's figure): reverse2, reverse4, swap2, reverse8, swap4, swap2 */
const SORT8: Stage[] = [reverseWithin(2), reverseWithin(4), swapWithin(2), reverseWithin(8), swapWithin(4), swapWithin(2)];
/** the half cleaner that finishes merging one bitonic vector */
const MERGE8: Stage[] = [swapWithin(8), swapWithin(4), swapWithin(2)];

/**
 * argsort_n's network over nv vectors as a flat list of compare-exchanges (lo, hi, lo, hi, ...): sort each
 * vector, then bitonic merges of 2, 4, ... nv vectors (vector i against the lane-reversed vector per-1-i,
 * the cleaner across vectors, then MERGE8 inside each).
 */
function networkPairs(nv: number): Int16Array {
  const out: number[] = [];
  const within = (v: number, stages: Stage[]) => {
    for (const st of stages) for (const [a, b] of st) out.push(v * LANES + a, v * LANES + b);
  };
  for (let v = 0; v < nv; v++) within(v, SORT8);
  for (let per = 2; per <= nv; per *= 2) {
    for (let g = 0; g < nv; g += per) {
      for (let i = 0; i < per / 2; i++) {
        const a = (g + i) * LANES, b = (g + per - 1 - i) * LANES;
        for (let l = 0; l < LANES; l++) out.push(a + l, b + LANES - 1 - l);
      }
      for (let num = per / 2; num >= 2; num /= 2) {
        for (let j = 0; j < per; j += num) {
          for (let i = 0; i < num / 2; i++) {
            const a = (g + i + j) * LANES, b = (g + i + j + num / 2) * LANES;
            for (let l = 0; l < LANES; l++) out.push(a + l, b + l);
          }
        }
      }
      for (let v = g; v < g + per; v++) within(v, MERGE8);
    }
  }
  return Int16Array.from(out);
}
const NETWORKS = new Map<number, Int16Array>();

class Argsorter {
  private readonly idx = new Int32Array(NETWORK_MAX);
  private readonly key: Key[] = new Array(NETWORK_MAX);
  private readonly block = new Int32Array(UNROLL * LANES);

  constructor(
    readonly keys: ArrayLike<Key>,
    readonly arg: number[],
    readonly typeMax: Key,
    readonly typeMin: Key,
  ) {}

  sort(left: number, right: number, budget: number): void {
    const { arg, keys } = this;
    if (budget <= 0) {
      stdSort(arg, left, right + 1, (i, j) => keys[i] < keys[j]);
      return;
    }
    if (right + 1 - left <= NETWORK_MAX) {
      this.network(left, right + 1 - left);
      return;
    }
    const pivot = this.pivot(left, right);
    const [mid, smallest, biggest] = this.partition(left, right + 1, pivot);
    if (pivot != smallest) this.sort(left, mid - 1, budget - 1);
    if (pivot != biggest) this.sort(mid, right, budget - 1);
  }

  /** median of 8: the 5th smallest of the keys at left + k·⌊(right-left)/8⌋, k = 1..8 */
  pivot(left: number, right: number): Key {
    const size = Math.floor((right - left) / 8);
    const s: Key[] = [];
    for (let k = 1; k <= 8; k++) s.push(this.keys[this.arg[left + k * size]]);
    s.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return s[4];
  }

  /** x86-simd-sort's unrolled vector partition of arg[left, right): returns [split, min key, max key]. */
  partition(left: number, right: number, pivot: Key): [number, Key, Key] {
    const { arg, keys } = this;
    let smallest = this.typeMax, biggest = this.typeMin;
    const block = UNROLL * LANES;
    for (let i = (right - left) % block; i > 0; i--) {
      const k = keys[arg[left]];
      if (k < smallest) smallest = k;
      if (k > biggest) biggest = k;
      if (!(k < pivot)) {
        right--;
        const t = arg[left];
        arg[left] = arg[right];
        arg[right] = t;
      } else left++;
    }
    if (left === right) return [left, smallest, biggest];
    const firstBlock = arg.slice(left, left + block);
    const lastBlock = arg.slice(right - block, right);
    let rStore = right - LANES, lStore = left;
    left += block;
    right -= block;
    // one compress-store per 8-lane vector of the block: keys < pivot packed left, the rest right
    const put = (vec: ArrayLike<number>) => {
      for (let v = 0; v < block; v += LANES) {
        let hi = 0;
        for (let l = 0; l < LANES; l++) if (!(keys[vec[v + l]] < pivot)) hi++;
        let lo = lStore, up = rStore + LANES - hi;
        for (let l = 0; l < LANES; l++) {
          const i = vec[v + l], k = keys[i];
          if (k < smallest) smallest = k;
          if (k > biggest) biggest = k;
          if (k < pivot) arg[lo++] = i;
          else arg[up++] = i;
        }
        lStore += LANES - hi;
        rStore -= hi;
      }
    };
    while (right - left !== 0) {
      // load the next block (registers: read before any store can overwrite it)
      let from: number;
      if (rStore + LANES - right < left - lStore) from = right -= block;
      else {
        from = left;
        left += block;
      }
      for (let q = 0; q < block; q++) this.block[q] = arg[from + q];
      put(this.block);
    }
    put(firstBlock);
    put(lastBlock);
    return [lStore, smallest, biggest];
  }

  /** argsort_n: the bitonic network over arg[off, off + n), n ≤ 256 */
  network(off: number, n: number): void {
    let nv = NETWORK_MAX / LANES;
    while (nv > 1 && n * 2 <= nv * LANES) nv /= 2;
    let net = NETWORKS.get(nv);
    if (!net) NETWORKS.set(nv, (net = networkPairs(nv)));
    const { idx, key } = this;
    for (let p = 0; p < nv * LANES; p++) {
      idx[p] = p < n ? this.arg[off + p] : PAD; // masked load: padding lanes hold the maximum key
      key[p] = p < n ? this.keys[idx[p]] : this.typeMax;
    }
    for (let q = 0; q < net.length; q += 2) {
      const a = net[q], b = net[q + 1];
      if (key[a] > key[b]) {
        // equal keys are never exchanged (min/max, then indices chosen by an equality mask)
        const k = key[a];
        key[a] = key[b];
        key[b] = k;
        const i = idx[a];
        idx[a] = idx[b];
        idx[b] = i;
      }
    }
    for (let p = 0; p < n; p++) this.arg[off + p] = idx[p];
  }
}

/**
 * The permutation `np.argsort(keys)` gives for int32/uint32/int64/uint64/float32/float64 keys with the
 * default kind, on AVX-512 machines. `typeMax`/`typeMin` are the dtype's extreme keys (±Infinity for floats),
 * of the same JS type as the keys.
 */
export function simdArgsort(keys: ArrayLike<Key>, typeMax: Key, typeMin: Key, isFloat: boolean): number[] {
  const n = keys.length;
  const arg = Array.from({ length: n }, (_, i) => i);
  if (n < 2) return arg;
  if (isFloat) {
    let hasNaN = false;
    for (let i = 0; i < n && !hasNaN; i++) hasNaN = keys[i] !== keys[i];
    if (hasNaN) {
      const less: Less = (i, j) => {
        const a = keys[i], b = keys[j];
        if (a === a && b === b) return a < b;
        return a === a; // NaN sorts last: a NaN is never less, anything else is less than a NaN
      };
      stdSort(arg, 0, n, less);
      return arg;
    }
  }
  let sorted = true; // early exit for input that is already in order (ties included)
  for (let i = 1; i < n && sorted; i++) sorted = !(keys[i] < keys[i - 1]);
  if (sorted) return arg;
  new Argsorter(keys, arg, typeMax, typeMin).sort(0, n - 1, 2 * Math.floor(Math.log2(n)));
  return arg;
}
