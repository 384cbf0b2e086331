/**
 * Two comparison sorts whose exact behaviour on ties NumPy exposes, emulated step for step over an
 * index array: libstdc++'s `std::sort` (introsort: median-of-three pivot moved to the front, unguarded
 * Hoare partition, heapsort past 2·⌊log2 n⌋ levels, then a final insertion sort over runs of 16), and
 * NumPy's own quicksort (`npysort/quicksort.cpp` `aquicksort_`: median of three, partitions above 16
 * elements, insertion sort below, `aheapsort_` when the depth budget 2·⌊log2 n⌋ runs out).
 *
 * Neither is stable, so which of two equal keys comes first depends on every comparison the algorithm
 * makes; the point of this file is to make the same comparisons in the same order. The ordering itself
 * comes from `less(i, j)` on element indices (a strict weak order; NaN handling is the caller's).
 * x86-simd-sort (runtime/simdSort.ts) falls back on `stdSort`; NumPy's non-SIMD dtypes use `npyArgQuicksort`.
 */

/** Strict "element i sorts before element j". */
export type Less = (i: number, j: number) => boolean;

const log2Floor = (n: number): number => Math.floor(Math.log2(n));

/** libstdc++ `std::sort(v + first, v + last, comp)` where comp compares the stored indices with `less`. */
export function stdSort(v: number[] | Int32Array, first: number, last: number, less: Less): void {
  if (last - first < 2) return;
  introsortLoop(v, first, last, 2 * log2Floor(last - first), less);
  finalInsertionSort(v, first, last, less);
}

function introsortLoop(v: number[] | Int32Array, first: number, last: number, depth: number, less: Less): void {
  while (last - first > 16) {
    if (depth === 0) {
      heapSortRange(v, first, last, less); // std::partial_sort(first, last, last)
      return;
    }
    depth--;
    const cut = partitionPivot(v, first, last, less);
    introsortLoop(v, cut, last, depth, less);
    last = cut;
  }
}

function swap(v: number[] | Int32Array, i: number, j: number): void {
  const t = v[i];
  v[i] = v[j];
  v[j] = t;
}

function partitionPivot(v: number[] | Int32Array, first: number, last: number, less: Less): number {
  const mid = first + ((last - first) >> 1);
  // std::__move_median_to_first(first, first + 1, mid, last - 1)
  const a = first + 1, b = mid, c = last - 1;
  if (less(v[a], v[b])) {
    if (less(v[b], v[c])) swap(v, first, b);
    else if (less(v[a], v[c])) swap(v, first, c);
    else swap(v, first, a);
  } else if (less(v[a], v[c])) swap(v, first, a);
  else if (less(v[b], v[c])) swap(v, first, c);
  else swap(v, first, b);
  // std::__unguarded_partition(first + 1, last, first)
  let lo = first + 1, hi = last;
  const p = v[first];
  for (;;) {
    while (less(v[lo], p)) lo++;
    hi--;
    while (less(p, v[hi])) hi--;
    if (!(lo < hi)) return lo;
    swap(v, lo, hi);
    lo++;
  }
}

function finalInsertionSort(v: number[] | Int32Array, first: number, last: number, less: Less): void {
  if (last - first > 16) {
    insertionSort(v, first, first + 16, less);
    for (let i = first + 16; i < last; i++) linearInsert(v, i, less);
  } else insertionSort(v, first, last, less);
}

function insertionSort(v: number[] | Int32Array, first: number, last: number, less: Less): void {
  for (let i = first + 1; i < last; i++) {
    const x = v[i];
    if (less(x, v[first])) {
      for (let k = i; k > first; k--) v[k] = v[k - 1];
      v[first] = x;
    } else linearInsert(v, i, less);
  }
}

function linearInsert(v: number[] | Int32Array, i: number, less: Less): void {
  const x = v[i];
  let k = i;
  while (less(x, v[k - 1])) {
    v[k] = v[k - 1];
    k--;
  }
  v[k] = x;
}

/** std::make_heap + std::sort_heap over [first, last), as std::partial_sort(first, last, last) runs them. */
function heapSortRange(v: number[] | Int32Array, first: number, last: number, less: Less): void {
  const len = last - first;
  if (len >= 2) {
    for (let parent = (len - 2) >> 1; ; parent--) {
      adjustHeap(v, first, parent, len, v[first + parent], less);
      if (parent === 0) break;
    }
  }
  for (let end = last; end - first > 1; ) {
    end--;
    const x = v[end];
    v[end] = v[first];
    adjustHeap(v, first, 0, end - first, x, less);
  }
}

function adjustHeap(v: number[] | Int32Array, base: number, hole: number, len: number, x: number, less: Less): void {
  const top = hole;
  let child = hole;
  while (child < (len - 1) >> 1) {
    child = 2 * (child + 1);
    if (less(v[base + child], v[base + child - 1])) child--;
    v[base + hole] = v[base + child];
    hole = child;
  }
  if ((len & 1) === 0 && child === (len - 2) >> 1) {
    child = 2 * (child + 1);
    v[base + hole] = v[base + child - 1];
    hole = child - 1;
  }
  // std::__push_heap
  let parent = (hole - 1) >> 1;
  while (hole > top && less(v[base + parent], x)) {
    v[base + hole] = v[base + parent];
    hole = parent;
    parent = (hole - 1) >> 1;
  }
  v[base + hole] = x;
}

/**
 * NumPy's default-kind argsort for dtypes without a SIMD path (bool, 8/16-bit integers, float16, complex,
 * strings, records): returns the permutation. `guarded` selects the generic variant (`npy_aquicksort`, used
 * for records and other dtypes compared through the dtype's compare function), whose partition scans also
 * stop where they meet.
 */
export function npyArgQuicksort(n: number, less: Less, guarded = false): number[] {
  const v = Array.from({ length: n }, (_, i) => i);
  if (n < 2) return v;
  const stack: number[] = [];
  let pl = 0, pr = n - 1;
  let depth = 2 * log2Floor(n);
  for (;;) {
    if (depth < 0) npyArgHeapsort(v, pl, pr - pl + 1, less);
    else {
      while (pr - pl > 15) {
        const pm = pl + ((pr - pl) >> 1);
        if (less(v[pm], v[pl])) swap(v, pm, pl);
        if (less(v[pr], v[pm])) swap(v, pr, pm);
        if (less(v[pm], v[pl])) swap(v, pm, pl);
        const vp = v[pm];
        let pi = pl, pj = pr - 1;
        swap(v, pm, pj);
        for (;;) {
          do pi++;
          while (less(v[pi], vp) && (!guarded || pi < pj));
          do pj--;
          while (less(vp, v[pj]) && (!guarded || pi < pj));
          if (pi >= pj) break;
          swap(v, pi, pj);
        }
        swap(v, pi, pr - 1);
        // push the larger partition, continue with the smaller
        if (pi - pl < pr - pi) {
          stack.push(pi + 1, pr, --depth);
          pr = pi - 1;
        } else {
          stack.push(pl, pi - 1, --depth);
          pl = pi + 1;
        }
      }
      for (let pi = pl + 1; pi <= pr; pi++) {
        const vi = v[pi];
        let pj = pi;
        while (pj > pl && less(vi, v[pj - 1])) {
          v[pj] = v[pj - 1];
          pj--;
        }
        v[pj] = vi;
      }
    }
    if (!stack.length) break;
    depth = stack.pop()!;
    pr = stack.pop()!;
    pl = stack.pop()!;
  }
  return v;
}

/** NumPy's `aheapsort_` over v[start, start + n) (1-based heap indexing, as in the C). */
function npyArgHeapsort(v: number[], start: number, n: number, less: Less): void {
  const a = (k: number) => start + k - 1;
  const sift = (i: number, tmp: number, m: number) => {
    for (let j = i << 1; j <= m; ) {
      if (j < m && less(v[a(j)], v[a(j + 1)])) j++;
      if (!less(tmp, v[a(j)])) break;
      v[a(i)] = v[a(j)];
      i = j;
      j += j;
    }
    v[a(i)] = tmp;
  };
  for (let l = n >> 1; l > 0; l--) sift(l, v[a(l)], n);
  for (; n > 1; ) {
    const tmp = v[a(n)];
    v[a(n)] = v[a(1)];
    n--;
    sift(1, tmp, n);
  }
}
