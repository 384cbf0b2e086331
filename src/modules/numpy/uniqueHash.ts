/**
 * The element order of np.unique(..., sorted=False) and np.unique_values for integer, datetime64 and
 * fixed-width string arrays, where NumPy collects the values in a C++ std::unordered_set and returns
 * them in its iteration order. That order is reproduced by modelling the GNU libstdc++ hash table:
 * each element's raw bytes hashed with 64-bit FNV-1a, a bucket count from min(size, 1024) rounded up by
 * the library's bucket-size table, a new value linked at the front of the list when its bucket is
 * empty and at the front of its bucket otherwise.
 *
 * When more distinct values arrive than there are buckets the table grows (rehashes), relinking the
 * nodes in list order into the next bucket count of the library's table. Counts beyond the modelled
 * growth steps (over 658753 distinct values) fall back to sorted order.
 */
import { NDArray } from '../../../runtime/ndarray';
import { heap } from '../../../runtime/memory';
import { castCopy, allocArray } from './coerce';

/** bucket counts for a requested count below 14 */
const SMALL_BUCKETS = [1, 2, 2, 3, 5, 5, 7, 7, 11, 11, 11, 11, 13, 13];
/** the library's table of larger bucket counts, up to the largest a count of at most 1024 needs */
const PRIMES = [17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97, 103, 109, 113, 127, 137, 139, 149, 157,
  167, 179, 193, 199, 211, 227, 241, 257, 277, 293, 313, 337, 359, 383, 409, 439, 467, 503, 541, 577, 619, 661, 709, 761, 823, 887,
  953, 1031];
/** the bucket counts a table of 1031 buckets grows through (each the table's first count of at least twice the last) */
const GROWTH = [2179, 4703, 9497, 19183, 38873, 78779, 159871, 324503, 658753];

function bucketCount(hint: number): number {
  if (hint < SMALL_BUCKETS.length) return SMALL_BUCKETS[hint];
  return PRIMES.find((p) => p >= hint)!;
}

/** FNV-1a (64-bit) of `len` bytes at `addr`, as two 32-bit halves */
function fnv(bytes: Uint8Array, addr: number, len: number): [number, number] {
  let hi = 0xcbf29ce4, lo = 0x84222325;
  for (let i = 0; i < len; i++) {
    lo = (lo ^ bytes[addr + i]) >>> 0;
    // multiply by 0x100000001b3 = 2^40 + 0x1b3 (mod 2^64); lo·0x1b3 < 2^41 is exact in a double
    const prod = lo * 0x1b3;
    hi = (Math.imul(hi, 0x1b3) + Math.floor(prod / 0x100000000) + (lo << 8)) >>> 0;
    lo = prod >>> 0;
  }
  return [hi, lo];
}

/** The hash table's node list: insertion and rehashing as libstdc++ links them. */
class NodeList {
  head = -1;
  readonly next: number[] = [];
  /** per bucket: the node before its first node (-2 for the list head) */
  before = new Map<number, number>();
  constructor(
    public m: number,
    readonly hash: [number, number][],
  ) {}
  bucket(node: number): number {
    const [hi, lo] = this.hash[node];
    return ((hi % this.m) * (0x100000000 % this.m) + (lo % this.m)) % this.m;
  }
  insert(node: number): void {
    const b = this.bucket(node);
    const prev = this.before.get(b);
    if (prev === undefined) {
      this.next[node] = this.head;
      if (this.head >= 0) this.before.set(this.bucket(this.head), node);
      this.head = node;
      this.before.set(b, -2);
    } else if (prev === -2) {
      this.next[node] = this.head;
      this.head = node;
    } else {
      this.next[node] = this.next[prev];
      this.next[prev] = node;
    }
  }
  /** relink every node for `m` buckets, walking the old list in order */
  rehash(m: number): void {
    let p = this.head;
    this.m = m;
    this.head = -1;
    this.before = new Map();
    while (p >= 0) {
      const after = this.next[p];
      this.insert(p);
      p = after;
    }
  }
}

/** the distinct elements of a 1-D array in NumPy's hash-set order; null for dtypes NumPy sorts instead, or beyond the modelled growth */
export function hashOrderUnique(a: NDArray): NDArray | null {
  const kind = a.dtype.kind;
  if (!('iuSU'.includes(kind) || (kind === 'M' && a.dtype.timeUnit !== null))) return null;
  const c = castCopy(a, a.dtype);
  const n = c.size, size = c.itemsize;
  const bytes = new Uint8Array(heap.buffer);
  const seen = new Set<string>();
  const elems: number[] = []; // element index of each node
  const list = new NodeList(bucketCount(Math.min(n, 1024)), []);
  for (let i = 0; i < n; i++) {
    const at = c.addr + i * size;
    let key = '';
    for (let k = 0; k < size; k++) key += String.fromCharCode(bytes[at + k]);
    if (seen.has(key)) continue;
    seen.add(key);
    if (elems.length + 1 > list.m) {
      const grown = GROWTH.find((g) => g >= 2 * list.m);
      if (grown === undefined) return null;
      list.rehash(grown);
    }
    const node = elems.length;
    elems.push(i);
    list.hash.push(fnv(bytes, at, size));
    list.insert(node);
  }
  const out = allocArray([elems.length], a.dtype);
  const dst = new Uint8Array(heap.buffer);
  for (let p = list.head, k = 0; p >= 0; p = list.next[p], k++) dst.copyWithin(out.addr + k * size, c.addr + elems[p] * size, c.addr + (elems[p] + 1) * size);
  return out;
}
