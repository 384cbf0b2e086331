/**
 * The methods of `list` (a JS Array) and its constructor, with CPython 3.11's messages.
 *
 * `sort` follows listobject.c where it is observable: only `<` is used; keys are computed once, in order;
 * the sort is stable, and `reverse=True` reverses, sorts and reverses again so equal items keep their
 * order; during the sort the list appears empty and a mutation is reported as `list modified during
 * sort`; an exception (from a key or a comparison) leaves the list with all its items. Short lists use
 * CPython's own count_run + binary insertion, so the first failing comparison (and its TypeError text)
 * is the same; homogeneous number or str keys take a native stable sort instead.
 */
import { ListType, PyType } from '../pytype';
import { PyFloat, PyTuple } from '../values';
import { Kw, call1, parseArgs } from '../function';
import { throwPy } from '../errors';
import { eqBool, compare, truthy, index, strCmp } from '../protocols';
import { toArray } from '../iterators';
import { repr } from '../repr';
import { defineMethods } from './define';
import { noArgs, oneArg, posArgs } from './args';
import { ssize } from './str';
import { tagInstance } from './define';
import { checkLength, charge } from '../../interp/state';

/** A start/stop argument of list.index / tuple.index: __index__ values, huge ints clamped. */
export function seqBound(v: any): number {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'bigint') return v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  return index(v, 'slice indices must be integers or have an __index__ method');
}

/** list.index / tuple.index: first i in [start, stop) with items[i] == x, or -1. */
export function seqIndex(items: any[], x: any, args: any[]): number {
  const n = items.length;
  let start = args.length > 1 ? seqBound(args[1]) : 0;
  let stop = args.length > 2 ? seqBound(args[2]) : n;
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  for (let i = start; i < stop && i < items.length; i++) if (items[i] === x || eqBool(items[i], x)) return i;
  return -1;
}

export function seqCount(items: any[], x: any): number {
  let n = 0;
  for (let i = 0; i < items.length; i++) if (items[i] === x || eqBool(items[i], x)) n++;
  return n;
}

// ---- sort ----

function less(x: any, y: any): boolean {
  if (typeof x === 'number' && typeof y === 'number') return x < y;
  if (typeof x === 'string' && typeof y === 'string') return strCmp(x, y) < 0;
  if (x instanceof PyTuple && y instanceof PyTuple) {
    // tuples: the first pair that differs decides; ints and strs are compared here directly
    const a = x.items, b = y.items;
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const p = a[i], q = b[i];
      if (p === q && typeof p !== 'object') continue;
      if (typeof p === 'number' && typeof q === 'number') return p < q;
      if (typeof p === 'string' && typeof q === 'string') return strCmp(p, q) < 0;
      return truthy(compare('<', x, y));
    }
    return a.length < b.length;
  }
  return truthy(compare('<', x, y));
}

/** CPython's merge_compute_minrun. */
function minRun(n: number): number {
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** Stable sort of the permutation `p` by keys[p[i]], comparing only with `less`. */
function sortPerm(keys: any[], p: number[]): void {
  const n = p.length;
  const lt = (i: number, j: number) => less(keys[i], keys[j]);
  const minrun = minRun(n);
  const runs: [number, number][] = [];
  let lo = 0;
  while (lo < n) {
    // count_run: a non-descending run, or a strictly descending one (then reversed)
    let hi = lo + 1;
    if (hi < n) {
      if (lt(p[hi], p[hi - 1])) {
        hi++;
        while (hi < n && lt(p[hi], p[hi - 1])) hi++;
        for (let a = lo, b = hi - 1; a < b; a++, b--) [p[a], p[b]] = [p[b], p[a]];
      } else {
        hi++;
        while (hi < n && !lt(p[hi], p[hi - 1])) hi++;
      }
    }
    // extend to minrun by binary insertion
    const end = Math.min(n, lo + Math.max(minrun, hi - lo));
    for (let s = hi; s < end; s++) {
      const pivot = p[s];
      let l = lo, r = s;
      while (l < r) {
        const m = l + ((r - l) >> 1);
        if (lt(pivot, p[m])) r = m;
        else l = m + 1;
      }
      for (let k = s; k > l; k--) p[k] = p[k - 1];
      p[l] = pivot;
    }
    runs.push([lo, end]);
    lo = end;
  }
  // bottom-up merges of adjacent runs
  const tmp: number[] = new Array(n);
  let cur = runs;
  while (cur.length > 1) {
    const next: [number, number][] = [];
    for (let k = 0; k + 1 < cur.length; k += 2) {
      const [a, m] = cur[k];
      const [, b] = cur[k + 1];
      let i = a, j = m, o = a;
      while (i < m && j < b) tmp[o++] = lt(p[j], p[i]) ? p[j++] : p[i++];
      while (i < m) tmp[o++] = p[i++];
      while (j < b) tmp[o++] = p[j++];
      for (let q = a; q < b; q++) p[q] = tmp[q];
      next.push([a, b]);
    }
    if (cur.length % 2) next.push(cur[cur.length - 1]);
    cur = next;
  }
}

/** Numeric value for the fast path, or undefined when keys need Python comparisons. */
function fastNum(k: any): number | undefined {
  if (typeof k === 'number') return k;
  if (k instanceof PyFloat && k.v === k.v) return k.v;
  if (typeof k === 'boolean') return k ? 1 : 0;
  return otherNum === null || typeof k !== 'object' || k === null ? undefined : otherNum(k);
}

/**
 * The exact numeric value of other objects that compare as numbers (numpy registers its real scalars:
 * `sorted(arr)` sorts them by value), or undefined; never NaN.
 */
let otherNum: ((k: object) => number | undefined) | null = null;
export function setSortNumbers(f: (k: object) => number | undefined): void {
  otherNum = f;
}

/**
 * The stable sorting permutation of `keys` when no Python code can run during the sort (numbers without
 * NaN, strs, tuples of ints or strs), else null.
 */
function nativePerm(keys: any[], reverse: boolean): number[] | null {
  const n = keys.length;
  const p = new Array<number>(n);
  for (let i = 0; i < n; i++) p[i] = i;
  if (n < 2) return p;
  const nums = new Array<number>(n);
  let allNum = true;
  for (let i = 0; i < n && allNum; i++) {
    const v = fastNum(keys[i]);
    if (v === undefined) allNum = false;
    else nums[i] = v;
  }
  if (allNum && !nums.some((v) => v !== v)) {
    if (monotonic(nums, reverse, p)) return p;
    // -0.0 == 0.0 in Python: one value for both, so they keep their order
    const f = new Float64Array(n);
    for (let i = 0; i < n; i++) f[i] = nums[i] + 0;
    return n >= RADIX_MIN ? radixPerm(f, reverse) : stablePerm(f, f.slice().sort(), reverse);
  }
  if (keys.every((k) => typeof k === 'string' && !SURROGATE.test(k))) {
    // without surrogates, JS's UTF-16 order is Python's code point order
    return stablePerm(keys, keys.slice().sort(), reverse);
  }
  if (keys.every((k) => typeof k === 'string')) {
    const cmp = (i: number, j: number) => strCmp(keys[i], keys[j]);
    p.sort(reverse ? (i, j) => cmp(j, i) : cmp);
    return p;
  }
  if (tuplesOfPrimitives(keys)) {
    const cmp = (i: number, j: number) => cmpItems((keys[i] as PyTuple).items, (keys[j] as PyTuple).items);
    const order = reverse ? (i: number, j: number) => cmp(j, i) : cmp;
    return n >= RADIX_MIN ? byFirstNumber(keys as PyTuple[], reverse, order) ?? p.sort(order) : p.sort(order);
  }
  return null;
}

/**
 * Tuples whose first items are all numbers (not NaN): the radix sort of the first items, then each run
 * of equal first items ordered by `order` (a stable sort keeps equal tuples in the order radixPerm gave
 * them). Sorting 100k pairs of floats with a comparator took 2x CPython's time. Null for other tuples.
 */
function byFirstNumber(keys: PyTuple[], reverse: boolean, order: (i: number, j: number) => number): number[] | null {
  const n = keys.length;
  const f = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = keys[i].items[0];
    if (typeof v !== 'number' || v !== v) return null;
    f[i] = v + 0;
  }
  const p = radixPerm(f, reverse);
  for (let s = 0; s < n; ) {
    let e = s + 1;
    while (e < n && f[p[e]] === f[p[s]]) e++;
    if (e - s > 1) {
      const run = p.slice(s, e).sort(order);
      for (let k = 0; k < run.length; k++) p[s + k] = run[k];
    }
    s = e;
  }
  return p;
}

/** The stable sorting permutation of any keys, comparing with Python's `<` where needed. */
function sortedPerm(keys: any[], reverse: boolean): number[] {
  const native = nativePerm(keys, reverse);
  if (native !== null) return native;
  const p = keys.map((_, i) => i);
  if (reverse) p.reverse();
  sortPerm(keys, p);
  if (reverse) p.reverse();
  return p;
}

/**
 * Keys already in order (or in strictly reverse order) need no sort: `p`, the identity, is the answer,
 * reversed in place for the second kind (CPython's sort finds such a run in one pass, as it does here).
 */
function monotonic(nums: number[], reverse: boolean, p: number[]): boolean {
  const n = nums.length;
  let up = true, down = true, strictUp = true, strictDown = true;
  for (let i = 1; i < n && (up || down); i++) {
    const a = nums[i - 1], b = nums[i];
    if (b < a) up = strictUp = false;
    else if (b > a) down = strictDown = false;
    else strictUp = strictDown = false;
  }
  if (reverse ? down : up) return true;
  if (reverse ? strictUp : strictDown) {
    p.reverse();
    return true;
  }
  return false;
}

/**
 * The stable sorting permutation of `keys` (numbers without NaN, or strs without surrogates), given
 * `sorted`, the same keys sorted by the engine's own comparator-free sort: each key's place is the first
 * place of its value in `sorted` (binary search with `<`) plus the number of equal keys placed before it.
 * `reverse` is Python's: equal keys keep their order, so they are placed from the last one and the
 * result is read backwards. Measured on 200k random floats: ~40 ms where a comparator sort of the
 * index array took ~150 ms (CPython: 65 ms).
 */
function stablePerm(keys: ArrayLike<any>, sorted: ArrayLike<any>, reverse: boolean): number[] {
  const n = keys.length;
  const used = new Int32Array(n);
  const p = new Array<number>(n);
  for (let k = 0; k < n; k++) {
    const i = reverse ? n - 1 - k : k;
    const v = keys[i];
    let lo = 0, hi = n;
    while (lo < hi) {
      const m = (lo + hi) >>> 1;
      if (sorted[m] < v) lo = m + 1;
      else hi = m;
    }
    p[lo + used[lo]++] = i;
  }
  if (reverse) p.reverse();
  return p;
}

/** Below this many keys, the native sort and binary searches beat the radix sort's bucket counting. */
const RADIX_MIN = 256;
/** bits per radix pass, and the passes covering a 64-bit key */
const DIGIT = 11;
const SHIFTS = [0, 11, 22, 32, 43, 54];
/** keys that are all ints in [0, SMALL) are counted directly, in one pass */
const SMALL = 1 << 16;

/**
 * The stable sorting permutation of doubles (no NaN, no -0.0) by a least-significant-digit radix sort
 * of their bits made unsigned-comparable (negatives: all bits flipped; others: the sign bit set): six
 * stable passes of 11 bits, each skipped when all keys share that digit (small non-negative ints: one
 * counting pass over their values). With `reverse`, the passes
 * start from the indices backwards and the result is reversed, so equal keys keep their order as
 * Python's reverse sort keeps them. (The native sort then a binary search per key, which this
 * replaced for large inputs, took ~2x as long as CPython's sort of 100k float keys.)
 */
function radixPerm(f: Float64Array, reverse: boolean): number[] {
  const n = f.length;
  let order = new Int32Array(n), next = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = reverse ? n - 1 - k : k;
  // small non-negative ints (lengths, counts): one counting pass over the values themselves
  let small = true;
  for (let i = 0; i < n && small; i++) {
    const v = f[i];
    small = v >= 0 && v < SMALL && v === Math.floor(v);
  }
  if (small) {
    const count = new Int32Array(SMALL + 1);
    for (let i = 0; i < n; i++) count[f[i] + 1]++;
    for (let d = 1; d <= SMALL; d++) count[d] += count[d - 1];
    for (let k = 0; k < n; k++) {
      const i = order[k];
      next[count[f[i]]++] = i;
    }
    return permOut(next, reverse);
  }
  const words = new Uint32Array(f.buffer, f.byteOffset, 2 * n);
  const lo = new Uint32Array(n), hi = new Uint32Array(n);
  // the bits some keys differ in: a pass whose digit no key changes is skipped
  let orLo = 0, andLo = -1, orHi = 0, andHi = -1;
  for (let i = 0; i < n; i++) {
    const l = words[2 * i], h = words[2 * i + 1];
    const neg = (h & 0x80000000) !== 0;
    const a = neg ? ~l : l, b = neg ? ~h : h | 0x80000000;
    lo[i] = a;
    hi[i] = b;
    orLo |= a;
    andLo &= a;
    orHi |= b;
    andHi &= b;
  }
  const mask = (1 << DIGIT) - 1;
  const count = new Int32Array(1 << DIGIT);
  for (const shift of SHIFTS) {
    const src = shift < 32 ? lo : hi;
    const sh = shift < 32 ? shift : shift - 32;
    if ((((shift < 32 ? orLo ^ andLo : orHi ^ andHi) >>> sh) & mask) === 0) continue;
    count.fill(0);
    for (let i = 0; i < n; i++) count[(src[i] >>> sh) & mask]++;
    for (let d = 0, sum = 0; d <= mask; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let k = 0; k < n; k++) {
      const i = order[k];
      next[count[(src[i] >>> sh) & mask]++] = i;
    }
    const t = order;
    order = next;
    next = t;
  }
  return permOut(order, reverse);
}

/** The permutation as a list, read backwards for a reverse sort (see radixPerm). */
function permOut(order: Int32Array, reverse: boolean): number[] {
  const n = order.length;
  const p = new Array<number>(n);
  for (let k = 0; k < n; k++) p[k] = order[reverse ? n - 1 - k : k];
  return p;
}

/** All keys are tuples whose i-th items are all ints (JS numbers) or all strs: a native 3-way compare is exact. */
function tuplesOfPrimitives(keys: any[]): boolean {
  const kinds: string[] = [];
  for (const k of keys) {
    if (!(k instanceof PyTuple)) return false;
    const items = k.items;
    for (let i = 0; i < items.length; i++) {
      const t = typeof items[i];
      if (t !== 'number' && t !== 'string') return false;
      if (kinds[i] === undefined) kinds[i] = t;
      else if (kinds[i] !== t) return false;
    }
  }
  return true;
}
function cmpItems(a: any[], b: any[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const p = a[i], q = b[i];
    if (p !== q) return typeof p === 'number' ? p - q : strCmp(p, q);
  }
  return a.length - b.length;
}

/** No key, all ints (JS numbers) or all surrogate-free strs: equal items are indistinguishable, so a native sort is exact. */
function nativeSort(a: any[], reverse: boolean): boolean {
  const n = a.length;
  if (n < 2) return true;
  if (typeof a[0] === 'number') {
    // already in order either way (a list sorted again, or reversed): equal numbers are
    // indistinguishable, so the order is kept or reversed in place, in one pass as timsort's runs are
    let up = true, down = true;
    for (let i = 1; i < n; i++) {
      const u = a[i - 1], v = a[i];
      if (typeof v !== 'number') return false;
      if (!(u <= v)) up = false;
      if (!(u >= v)) down = false;
      if (!up && !down) break;
    }
    if (up || down) {
      if (up === reverse && !(up && down)) a.reverse();
      return true;
    }
    const f = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = a[i];
      if (typeof v !== 'number') return false;
      f[i] = v;
    }
    f.sort();
    if (reverse) f.reverse();
    for (let i = 0; i < n; i++) a[i] = f[i];
    return true;
  }
  if (typeof a[0] === 'string') {
    for (let i = 0; i < n; i++) if (typeof a[i] !== 'string' || SURROGATE.test(a[i])) return false;
    a.sort();
    if (reverse) a.reverse();
    return true;
  }
  return false;
}
const SURROGATE = /[\ud800-\udfff]/;

function sortList(a: any[], args: any[], kw: Kw): null {
  const [key, rev] = parseArgs('sort', args, kw, ['*key?', 'reverse?']);
  const reverse = rev === undefined ? false : index(rev) !== 0;
  if (key === undefined || key === null) {
    if (nativeSort(a, reverse)) return null;
    // no key and no Python comparison: nothing can see the list while it is sorted, so it is sorted in place
    const p = nativePerm(a, reverse);
    if (p !== null) {
      const items = a.slice();
      for (let i = 0; i < items.length; i++) a[i] = items[p[i]];
      return null;
    }
  }
  const items = a.slice();
  a.length = 0;
  let sorted: any[];
  try {
    const keys = key === undefined || key === null ? items : items.map((x) => call1(key, x));
    const p = sortedPerm(keys, reverse);
    sorted = p.map((i) => items[i]);
  } catch (e) {
    restore(a, items);
    throw e;
  }
  const modified = a.length !== 0;
  restore(a, sorted);
  if (modified) throwPy('ValueError', 'list modified during sort');
  return null;
}

function restore(a: any[], items: any[]): void {
  a.length = 0;
  for (let i = 0; i < items.length; i++) a.push(items[i]);
}

// ---- the other methods ----

function pop(a: any[], args: any[], kw: Kw): any {
  posArgs('pop', 'list.pop', args, kw, 0, 1);
  let i = args.length ? ssize(args[0]) : -1;
  if (a.length === 0) throwPy('IndexError', 'pop from empty list');
  if (i < 0) i += a.length;
  if (i < 0 || i >= a.length) throwPy('IndexError', 'pop index out of range');
  if (i === a.length - 1) return a.pop();
  return a.splice(i, 1)[0];
}

function insert(a: any[], args: any[], kw: Kw): null {
  posArgs('insert', 'list.insert', args, kw, 2, 2);
  let i = ssize(args[0]);
  const n = a.length;
  if (i < 0) i = Math.max(0, i + n);
  else if (i > n) i = n;
  if (i === n) a.push(args[1]);
  else a.splice(i, 0, args[1]);
  return null;
}

function extend(a: any[], it: any): null {
  const items = Array.isArray(it) ? (it === a ? a.slice() : it) : toArray(it);
  checkLength(a.length + items.length);
  // in chunks, so the time limit can stop `l.extend(l)` doubling a list of millions
  for (let i = 0, n = items.length; i < n; ) {
    const end = Math.min(n, i + 65536);
    charge(end - i);
    for (; i < end; i++) a.push(items[i]);
  }
  return null;
}

/** list(iterable=()); for a subclass, an empty array tagged with the class, filled by list.__init__. */
function newList(cls: PyType, args: any[], kw: Kw): any[] {
  if (cls !== ListType) return tagInstance([], cls);
  posArgs('list', 'list', args, kw, 0, 1);
  return args.length ? toArray(args[0]) : [];
}

/** Install the list methods and constructor on ListType. */
export function installList(): void {
  ListType.newInstance = newList;
  defineMethods(ListType, {
    append: (a: any[], args, kw) => {
      a.push(oneArg('list.append', args, kw));
      return null;
    },
    extend: (a: any[], args, kw) => extend(a, oneArg('list.extend', args, kw)),
    __iadd__: (a: any[], args, kw) => (extend(a, oneArg('list.__iadd__', args, kw)), a),
    __imul__: (a: any[], args, kw) => {
      const n = index(oneArg('list.__imul__', args, kw));
      const copy = a.slice();
      checkLength(copy.length * Math.max(n, 0));
      a.length = 0;
      for (let i = 0; i < n; i++) for (const x of copy) a.push(x);
      return a;
    },
    insert,
    pop,
    remove: (a: any[], args, kw) => {
      const x = oneArg('list.remove', args, kw);
      for (let i = 0; i < a.length; i++) {
        if (a[i] === x || eqBool(a[i], x)) {
          a.splice(i, 1);
          return null;
        }
      }
      return throwPy('ValueError', 'list.remove(x): x not in list');
    },
    index: (a: any[], args, kw) => {
      posArgs('index', 'list.index', args, kw, 1, 3);
      const i = seqIndex(a, args[0], args);
      if (i < 0) throwPy('ValueError', `${repr(args[0])} is not in list`);
      return i;
    },
    count: (a: any[], args, kw) => seqCount(a, oneArg('list.count', args, kw)),
    sort: sortList,
    reverse: (a: any[], args, kw) => {
      noArgs('list.reverse', args, kw);
      a.reverse();
      return null;
    },
    copy: (a: any[], args, kw) => (noArgs('list.copy', args, kw), a.slice()),
    clear: (a: any[], args, kw) => {
      noArgs('list.clear', args, kw);
      a.length = 0;
      return null;
    },
    __init__: (a: any[], args, kw) => {
      posArgs('list', 'list', args, kw, 0, 1);
      const items = args.length ? toArray(args[0]) : [];
      restore(a, items);
      return null;
    },
  });
  // lists are unhashable: list.__hash__ is None (hash.ts raises the TypeError; Hashable checks see None)
  ListType.dict.__hash__ = null;
}
