/**
 * NumPy's introselect (`npysort/selection.cpp`), which np.partition and np.argpartition run for the dtypes
 * x86-simd-sort does not take (8-bit ints, bool, complex; every dtype when several kth are given, and
 * 16-bit ones for argpartition). Which elements land where besides the kth is the algorithm's business,
 * and the printed result shows it, so this replays the same compares and swaps:
 * - kth within 3 of the range start: a selection sort of the first kth+1 places (`dumb_select`);
 * - floats asking for the last place: one scan for the (last) maximum, swapped there;
 * - otherwise median-of-3 quickselect (pivot to `low`, the 3-lowest to `low + 1`, unguarded Hoare
 *   partition), falling back to median-of-medians-of-5 pivots once 2·⌊log2 n⌋ rounds pass;
 * - the pivots found on the way are kept (a stack of 50) so the next, larger kth starts after them.
 * Everything works on an index permutation; the value partition applies it.
 */

/** `less(i, j)`: is the element at original index i ordered before the one at j */
export type IndexLess = (i: number, j: number) => boolean;

const MAX_PIVOT_STACK = 50;

/**
 * The permutation NumPy's introselect leaves for n elements after selecting each of `kths` (ascending,
 * non-negative) in turn; `inexact` marks the float and complex tags.
 */
export function npyIntroselect(n: number, kths: number[], less: IndexLess, inexact: boolean): number[] {
  const t = Array.from({ length: n }, (_, i) => i);
  const lt = (a: number, b: number) => less(t[a], t[b]);
  const swap = (a: number, b: number) => {
    const x = t[a];
    t[a] = t[b];
    t[b] = x;
  };
  /** selection sort of the first kth + 1 places of t[start, start + num) */
  const dumbSelect = (start: number, num: number, kth: number) => {
    for (let i = 0; i <= kth; i++) {
      let minIdx = i;
      for (let k = i + 1; k < num; k++) if (lt(start + k, start + minIdx)) minIdx = k;
      swap(start + i, start + minIdx);
    }
  };
  /** order low, mid, high so the median is at low and the smallest at low + 1 */
  const median3Swap = (low: number, mid: number, high: number) => {
    if (lt(high, mid)) swap(high, mid);
    if (lt(high, low)) swap(high, low);
    if (lt(low, mid)) swap(low, mid);
    swap(mid, low + 1);
  };
  /** the position (0..4) of the median of t[s, s + 5), partly ordering them */
  const median5 = (s: number) => {
    if (lt(s + 1, s)) swap(s + 1, s);
    if (lt(s + 4, s + 3)) swap(s + 4, s + 3);
    if (lt(s + 3, s)) swap(s + 3, s);
    if (lt(s + 4, s + 1)) swap(s + 4, s + 1);
    if (lt(s + 2, s + 1)) swap(s + 2, s + 1);
    if (lt(s + 3, s + 2)) return lt(s + 3, s + 1) ? 1 : 3;
    return 2;
  };
  /** introselect_ over t[base, base + num) for place kth (relative to base) */
  const select = (base: number, num: number, kth: number, pivots: number[] | null): void => {
    let low = 0, high = num - 1;
    while (pivots !== null && pivots.length > 0) {
      const p = pivots[pivots.length - 1];
      if (p > kth) {
        high = p - 1;
        break;
      }
      if (p === kth) return;
      low = p + 1;
      pivots.pop();
    }
    if (kth - low < 3) {
      dumbSelect(base + low, high - low + 1, kth - low);
      storePivot(kth, kth, pivots);
      return;
    }
    if (inexact && kth === num - 1) {
      let maxIdx = base + low;
      for (let k = base + low + 1; k < base + num; k++) if (!lt(k, maxIdx)) maxIdx = k;
      swap(base + kth, maxIdx);
      return;
    }
    let depthLimit = 2 * Math.floor(Math.log2(num));
    while (low + 1 < high) {
      let ll = low + 1, hh = high;
      if (depthLimit > 0 || hh - ll < 5) median3Swap(base + low, base + low + ((high - low) >> 1), base + high);
      else {
        // median of medians of 5 as the pivot: the medians move to the front, their median is selected
        const nmed = Math.floor((hh - ll) / 5);
        for (let i = 0, sub = base + ll; i < nmed; i++, sub += 5) swap(sub + median5(sub), base + ll + i);
        if (nmed > 2) select(base + ll, nmed, nmed >> 1, null);
        swap(base + ll + (nmed >> 1), base + low);
        ll--;
        hh++;
      }
      depthLimit--;
      // unguarded partition around the pivot at `low`
      const pivot = t[base + low];
      for (;;) {
        do ll++;
        while (less(t[base + ll], pivot));
        do hh--;
        while (less(pivot, t[base + hh]));
        if (hh < ll) break;
        swap(base + ll, base + hh);
      }
      swap(base + low, base + hh);
      if (hh !== kth) storePivot(hh, kth, pivots);
      if (hh >= kth) high = hh - 1;
      if (hh <= kth) low = ll;
    }
    if (high === low + 1 && lt(base + high, base + low)) swap(base + high, base + low);
    storePivot(kth, kth, pivots);
  };
  const pivots: number[] = [];
  for (const k of kths) select(0, n, k, pivots);
  return t;
}

/** keep a pivot at or past kth (the stack holds 50; a kth found with the stack full replaces its top) */
function storePivot(pivot: number, kth: number, pivots: number[] | null): void {
  if (pivots === null) return;
  if (pivot === kth && pivots.length === MAX_PIVOT_STACK) pivots[pivots.length - 1] = pivot;
  else if (pivot >= kth && pivots.length < MAX_PIVOT_STACK) pivots.push(pivot);
}
