/**
 * dict and set storage.
 *
 * dict (HashTable): an insertion-ordered JS Map keyed by a "fast key" where Python equality of keys
 * coincides with JS SameValueZero on that key, and hash buckets with Python `__eq__` for the rest.
 * Fast keys: int → the number/bigint; bool → 0/1; float → its value (an integral float maps like the
 * equal int, so 1 == 1.0 == True share a slot; a boxed NaN is only itself); str → the string; tuples of
 * fast-keyable items → an unambiguous encoded string; objects with identity hashing (no user
 * __eq__/__hash__) → the object; an object with `pyKey()` (NumPy scalars) → the fast key of the builtin value it
 * stands for. Everything else (user __hash__, complex, frozenset…) goes through
 * `pyHash` buckets compared with `eq`.
 *
 * set/frozenset (PySet): CPython's own hash table (see the class), whose slot order is the iteration order.
 */
import { PyFloat, PyTuple, PyInstance, PyComplex, PyBytes } from './values';
import { PyType, DictType, SetType, FrozenSetType, TupleType, ObjectType, Attrs, typeOf } from './pytype';
import { throwPy } from './errors';
import { eqBool } from './protocols';
import { pyHash, hash64, HLO, HHI } from './hash';
import { PyBoxed } from './subclass';
import { PyBuiltin, PyMethod } from './function';

/**
 * A tuple's fast key: a tag, then its items' fast keys joined by commas (numbers and big ints as their
 * digits, which never coincide: an integral number is below 2**53 and a big int above; strs quoted, None
 * as N). One-byte and short: V8 makes a string under 13 characters flat rather than a tree of pieces it
 * must copy before hashing, and `d[(i, j)]` spent most of its time building and hashing the key.
 */
const TUPLE_TAG = '\u00b6\u0000';
/**
 * A str is its own fast key unless it starts with the tag's first character (182, '¶'): then one more
 * is put in front, so that no str key equals a tuple's or a bytes' key ('¶\u0000…', '¶\u0001…').
 * `plainStr` tells the strs that are their own key (generated code looks those up in the Map itself).
 */
export function plainStr(s: string): boolean {
  return s.charCodeAt(0) !== 182;
}

function tupleKey(items: any[]): string | undefined {
  if (items.length === 2) {
    const a = items[0], b = items[1];
    if (typeof a === 'number' && typeof b === 'number') return TUPLE_TAG + a + ',' + b;
  }
  let s = TUPLE_TAG;
  for (let i = 0; i < items.length; i++) {
    const fk = fastKey(items[i]);
    if (i > 0) s += ',';
    switch (typeof fk) {
      case 'number':
      case 'bigint':
        s += fk;
        break;
      case 'string':
        s += JSON.stringify(fk);
        break;
      default:
        if (fk !== null) return undefined;
        s += 'N';
    }
  }
  return s;
}

/** Returns the fast key of `k`, or undefined when it needs hash + __eq__. */
export function fastKey(k: any): any {
  switch (typeof k) {
    case 'string':
      return k.charCodeAt(0) === 182 ? '\u00b6' + k : k;
    case 'number':
    case 'bigint':
      return k;
    case 'boolean':
      return k ? 1 : 0;
    case 'object':
      if (k === null) return k;
      if (k instanceof PyFloat) {
        const v = k.v;
        if (v !== v) return k; // NaN: only the same object is the same key
        if (Number.isInteger(v) && !Number.isSafeInteger(v)) return BigInt(v);
        return v;
      }
      if (k instanceof PyTuple) {
        const c = k.fk;
        if (c !== undefined) return c === false ? undefined : c;
        const f = tupleKey(k.items);
        k.fk = f === undefined ? false : f;
        return f;
      }
      if (k instanceof PyBoxed) {
        const h = k.cls.lookup('__hash__'), e = k.cls.lookup('__eq__');
        return h instanceof PyBuiltin && h.nativeDunder && e instanceof PyBuiltin && e.nativeDunder ? fastKey(k.value) : undefined;
      }
      if (k instanceof PyInstance) {
        const t = k.cls;
        if (t.lookup('__hash__') === ObjectType.dict.__hash__ && t.lookup('__eq__') === ObjectType.dict.__eq__) return k;
        return undefined;
      }
      // unhashable (pyHash raises), or frozensets, which compare by content
      if (Array.isArray(k) || k instanceof PyDict || k instanceof PySet) return undefined;
      if (k instanceof PyBytes) return '\u00b6\u0001' + Array.prototype.join.call(k.data, ',');
      if (k instanceof PyComplex) return k.im === 0 && k.re === k.re ? fastKey(new PyFloat(k.re)) : undefined;
      // values standing for a builtin one (NumPy scalars) key as that value
      if (typeof k.pyKey === 'function') return fastKey(k.pyKey());
      // types that set __hash__ = None (ndarray): the slow path's pyHash raises
      if (typeOf(k).lookup('__hash__') === null) return undefined;
      // bound methods compare by the object they bind and their function, not by identity
      if (k instanceof PyMethod || (k instanceof PyBuiltin && k.self !== undefined)) return undefined;
      // native values hashed by content (types.UnionType, types.GenericAlias)
      if (k.hashByValue === true) return undefined;
      return k; // functions, types, modules, singletons: identity
  }
  return k;
}

/**
 * A dict's key (the first one stored: assigning to an equal key later keeps it) and value. An object of
 * two fields rather than a `[key, value]` array, which is two objects (the array and its elements): a
 * dict of 150k new keys made 150k entries that the young generation's collector copied twice, and the
 * arrays took ~1.5x as long to build as these (V8 Map of ints, median of 8).
 */
export class DictEntry {
  declare k: any;
  declare v: any;
  constructor(k: any, v: any) {
    // (not parameter properties: those are class fields, run as a separate initializer; see below)
    this.k = k;
    this.v = v;
  }
}

/*
 * HashTable, PyDict and PySet declare their fields (`declare`: no class field) and set them in their
 * constructors: V8 runs class fields, with or without initializers, as a separate function defining each
 * property, and `new PyDict()` took ~40 ns instead of ~25 (a function with `**kwargs` makes one per
 * call; a dict or set comprehension one per run).
 */
export class HashTable {
  /** fast key (or, for bucketed keys, the key object itself) → its entry */
  declare m: Map<any, DictEntry>;
  declare buckets: Map<number | bigint, any[]> | null;

  constructor() {
    this.m = new Map<any, DictEntry>();
    this.buckets = null;
  }

  get size(): number {
    return this.m.size;
  }

  /**
   * The Map slot for `k`, or undefined when absent. A key stored one way can equal a probe keyed the
   * other way (Decimal('1.0') and 1, a user __hash__ returning an int's hash): a fast key missing from
   * the Map is looked for among the bucketed keys of its hash, and a bucketed probe among the int keys
   * whose hash it has (and, for a str subclass, the plain str of its text when the hashes agree).
   */
  private slot(k: any, create: boolean): any {
    const fk = fastKey(k);
    if (fk !== undefined) return this.buckets !== null && !this.m.has(fk) ? (this.bucketedEqual(k) ?? fk) : fk;
    const h = pyHash(k);
    let b = this.buckets?.get(h);
    if (b) for (const cand of b) if (cand === k || eqBool(cand, k)) return cand;
    const f = this.intEqual(k, h);
    if (f !== undefined) return f;
    if (!create) return undefined;
    this.buckets ??= new Map();
    if (!b) this.buckets.set(h, (b = []));
    b.push(k);
    return k;
  }

  /** a bucketed key equal to the fast-keyed `k`, if any */
  private bucketedEqual(k: any): any {
    if (this.buckets === null || this.buckets.size === 0) return undefined;
    const b = this.buckets.get(pyHash(k));
    if (b) for (const cand of b) if (eqBool(cand, k)) return cand;
    return undefined;
  }

  /** an int key equal to the bucketed `k` of hash `h` (hash(n) is n, except hash(-1) == -2) */
  private intEqual(k: any, h: number | bigint): any {
    for (const n of h === -2 ? [-2, -1] : [h]) if (this.m.has(n) && eqBool(n, k)) return n;
    // a str subclass hashing as its text: the equal plain str stored under its own fast key
    if (k instanceof PyBoxed && typeof k.value === 'string' && this.m.has(fastKey(k.value)) && pyHash(k.value) === h && eqBool(k.value, k)) return fastKey(k.value);
    return undefined;
  }

  get(k: any): any {
    if ((typeof k === 'string' ? plainStr(k) : typeof k === 'number') && this.buckets === null) {
      // str and int/float keys are their own fast key
      const e = this.m.get(k);
      return e === undefined ? undefined : e.v;
    }
    const s = this.slot(k, false);
    if (s === undefined) return undefined;
    const e = this.m.get(s);
    return e === undefined ? undefined : e.v;
  }

  /** the entry of k, or undefined (generated code's `d[k]` for a plain dict) */
  entry(k: any): DictEntry | undefined {
    if ((typeof k === 'string' ? plainStr(k) : typeof k === 'number') && this.buckets === null) return this.m.get(k);
    const s = this.slot(k, false);
    return s === undefined ? undefined : this.m.get(s);
  }

  has(k: any): boolean {
    if ((typeof k === 'string' ? plainStr(k) : typeof k === 'number') && this.buckets === null) return this.m.has(k);
    const s = this.slot(k, false);
    return s !== undefined && this.m.has(s);
  }

  set(k: any, v: any): void {
    const s = (typeof k === 'string' ? plainStr(k) : typeof k === 'number') && this.buckets === null ? k : this.slot(k, true);
    const e = this.m.get(s);
    if (e !== undefined) e.v = v;
    else this.m.set(s, new DictEntry(k, v));
  }

  /** Removes k; returns the removed value or undefined. */
  delete(k: any): any {
    const s = this.slot(k, false);
    if (s === undefined) return undefined;
    const e = this.m.get(s);
    if (e === undefined) return undefined;
    this.m.delete(s);
    if (this.buckets && fastKey(s) === undefined) {
      const b = this.buckets.get(pyHash(s));
      if (b) {
        const i = b.indexOf(s);
        if (i >= 0) b.splice(i, 1);
      }
    }
    return e.v;
  }

  clear(): void {
    this.m.clear();
    this.buckets = null;
  }

  keys(): any[] {
    const out: any[] = [];
    for (const e of this.m.values()) out.push(e.k);
    return out;
  }
  values(): any[] {
    const out: any[] = [];
    for (const e of this.m.values()) out.push(e.v);
    return out;
  }
  entries(): IterableIterator<DictEntry> {
    return this.m.values();
  }
}

export class PyDict extends HashTable {
  declare cls: PyType;
  constructor() {
    super();
    this.cls = DictType;
  }
}

/** The deleted-slot marker in a set's key array (CPython's dummy; its hash, -1, is no element's). */
export const DUMMY: object = Object.freeze({ dummy: true });

const LINEAR_PROBES = 9;
const MINSIZE = 8;

/**
 * Python `==` between a stored set element and a probe with the same 64-bit hash (not identical): two JS
 * numbers/strings/bigints that are not === are unequal, except NaNs: a float held as a plain number has no
 * identity, and CPython finds a NaN by identity, so plain NaNs are treated as one object. Float boxes and
 * tuples are compared directly.
 */
function keyEq(a: any, b: any): boolean {
  const t = typeof a;
  if (t === 'number' || t === 'string' || t === 'bigint') {
    if (typeof b === t) return a !== a && b !== b;
  } else if (a instanceof PyFloat && b instanceof PyFloat) {
    return a.v === b.v;
  } else if (a instanceof PyTuple && b instanceof PyTuple && a.cls === TupleType && b.cls === TupleType) {
    const x = a.items, y = b.items;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && !keyEq(x[i], y[i])) return false;
    return true;
  }
  return eqBool(a, b);
}

/** The mask of the table set_table_resize makes for `minused`: the smallest power of two above it, less one. */
function maskFor(minused: number): number {
  let size = MINSIZE;
  while (size <= minused) size *= 2;
  return size - 1;
}

/** set_insert_clean: place an element known to be absent in a table without dummies. */
function insertClean(t: any[], h: Int32Array, mask: number, k: any, lo: number, hi: number): void {
  let i = lo & mask;
  let plo = lo >>> 0, phi = hi >>> 0;
  for (;;) {
    let j = i;
    if (t[j] !== undefined) {
      j = -1;
      if (i + LINEAR_PROBES <= mask) {
        for (let n = i + 1; n <= i + LINEAR_PROBES; n++) {
          if (t[n] === undefined) {
            j = n;
            break;
          }
        }
      }
    }
    if (j >= 0) {
      t[j] = k;
      h[2 * j] = lo;
      h[2 * j + 1] = hi;
      return;
    }
    plo = ((plo >>> 5) | (phi << 27)) >>> 0; // perturb >>= PERTURB_SHIFT on the 64-bit value
    phi >>>= 5;
    i = (i * 5 + 1 + plo) & mask;
  }
}

/**
 * set and frozenset: CPython's setobject.c table, so that iteration order (the table order) is CPython's.
 * Open addressing over slots j: t[j] the element (undefined = never used, DUMMY = deleted), h[2j] and
 * h[2j+1] the low and high words of its 64-bit hash (src/objects/hash.ts),
 * probed like CPython (LINEAR_PROBES, PERTURB_SHIFT); elements with equal hashes are compared by identity
 * then `==`. CPython's fill/used accounting, resize rule, dummy reuse (the last dummy met on the probe
 * path) and pop finger are kept, as the order depends on them. The hash words are kept apart from the
 * elements, in an Int32Array: V8 puts an array over 128 KB in its large-object space, whose memory is
 * fresh pages every time (a 10 000-element set's one 3-word-per-slot array cost ~0.7 ms in page faults
 * to make, and `a | b` of two such sets 12 ms against CPython's 1.7); the typed array's memory comes from
 * malloc, which reuses it, and the element array is a third the size.
 *
 * The methods mirror CPython's internal functions (set_lookkey, set_add_entry, set_discard_entry,
 * set_merge, set_table_resize, set_pop, set_swap_bodies); src/objects/types/set.ts composes them as
 * setobject.c does. Slot-based methods (`*From(o, j)`) take an element of another set with its hash.
 */
export class PySet {
  declare cls: PyType;
  declare t: any[];
  declare h: Int32Array;
  declare mask: number;
  /** active + dummy slots */
  declare fill: number;
  /** active slots (the size) */
  declare used: number;
  /** where pop() starts looking */
  declare finger: number;
  /** cached frozenset hash (src/objects/hash.ts) */
  declare hashValid: boolean;
  declare hashLo: number;
  declare hashHi: number;

  constructor(frozen = false) {
    this.cls = frozen ? FrozenSetType : SetType;
    this.t = new Array(MINSIZE);
    this.h = new Int32Array(2 * MINSIZE);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
    this.finger = 0;
    this.hashValid = false;
    this.hashLo = 0;
    this.hashHi = 0;
  }

  get size(): number {
    return this.used;
  }

  /** set_lookkey: the slot of the element equal to k (whose hash words are lo/hi, int32), or -1. */
  private find(k: any, lo: number, hi: number): number {
    restart: for (;;) {
      const t = this.t, h = this.h, mask = this.mask;
      let i = lo & mask;
      let plo = lo >>> 0, phi = hi >>> 0;
      for (;;) {
        const end = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
        for (let j = i; j <= end; j++) {
          const x = t[j];
          if (x === undefined) return -1;
          // hash first: === on two long strings compares their contents
          if (h[2 * j] === lo && h[2 * j + 1] === hi && x !== DUMMY) {
            if (x === k || keyEq(x, k)) return j;
            if (this.t !== t || t[j] !== x) continue restart; // __eq__ changed the set
          }
        }
        plo = ((plo >>> 5) | (phi << 27)) >>> 0;
        phi >>>= 5;
        i = (i * 5 + 1 + plo) & mask;
      }
    }
  }

  /** The slot of k, or -1 (raises TypeError for unhashable k). */
  private slotOf(k: any): number {
    if (typeof k === 'number' && Number.isInteger(k)) {
      const h = k === -1 ? -2 : k;
      return this.find(k, h | 0, h >= 0 && h < 2147483648 ? 0 : Math.floor(h / 4294967296) | 0);
    }
    hash64(k);
    return this.find(k, HLO, HHI);
  }

  /** set_contains_key: `k in s` without the set-as-frozenset retry (unhashable k raises TypeError). */
  containsKey(k: any): boolean {
    return this.slotOf(k) >= 0;
  }

  /** `k in s` (set_contains): a set k that is unhashable is looked up as the equal frozenset. */
  has(k: any): boolean {
    if (k instanceof PySet && !k.cls.isSubtypeOf(FrozenSetType) && k.cls.lookup('__hash__') == null) {
      const f = new PySet(true);
      f.merge(k);
      k = f;
    }
    return this.slotOf(k) >= 0;
  }

  /** Whether the element in slot j of set o is here. */
  hasFrom(o: PySet, j: number): boolean {
    const ot = o.t, oh = o.h;
    return this.find(ot[j], oh[2 * j], oh[2 * j + 1]) >= 0;
  }

  /** set_add_key */
  add(k: any): void {
    if (typeof k === 'number' && Number.isInteger(k)) {
      const h = k === -1 ? -2 : k;
      this.addWith(k, h | 0, h >= 0 && h < 2147483648 ? 0 : Math.floor(h / 4294967296) | 0);
    } else {
      hash64(k);
      this.addWith(k, HLO, HHI);
    }
  }

  /** set_add_entry: probe for k, remembering the last dummy; insert there or at the first unused slot. */
  private addWith(k: any, lo: number, hi: number): void {
    restart: for (;;) {
      const t = this.t, h = this.h, mask = this.mask;
      let i = lo & mask;
      let plo = lo >>> 0, phi = hi >>> 0;
      let free = -1;
      for (;;) {
        const end = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
        for (let j = i; j <= end; j++) {
          const x = t[j];
          if (x === undefined) {
            this.used++;
            this.hashValid = false;
            if (free >= 0) j = free;
            t[j] = k;
            h[2 * j] = lo;
            h[2 * j + 1] = hi;
            if (free < 0 && ++this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return;
          }
          if (x === DUMMY) free = j;
          else if (h[2 * j] === lo && h[2 * j + 1] === hi) {
            if (x === k || keyEq(x, k)) return;
            if (this.t !== t || t[j] !== x) continue restart;
          }
        }
        plo = ((plo >>> 5) | (phi << 27)) >>> 0;
        phi >>>= 5;
        i = (i * 5 + 1 + plo) & mask;
      }
    }
  }

  /** set_add_entry for the element in slot j of set o, known to be absent here: same slot, no comparisons. */
  addAbsentFrom(o: PySet, oj: number): void {
    const ot = o.t, oh = o.h;
    const k = ot[oj], lo = oh[2 * oj], hi = oh[2 * oj + 1];
    const t = this.t, h = this.h, mask = this.mask;
    let i = lo & mask;
    let plo = lo >>> 0, phi = hi >>> 0;
    let free = -1;
    for (;;) {
      const end = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (let j = i; j <= end; j++) {
        const x = t[j];
        if (x === undefined) {
          this.used++;
          this.hashValid = false;
          if (free >= 0) j = free;
          t[j] = k;
          h[2 * j] = lo;
          h[2 * j + 1] = hi;
          if (free < 0 && ++this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (x === DUMMY) free = j;
      }
      plo = ((plo >>> 5) | (phi << 27)) >>> 0;
      phi >>>= 5;
      i = (i * 5 + 1 + plo) & mask;
    }
  }

  private removeAt(j: number): void {
    const h = this.h;
    this.t[j] = DUMMY;
    h[2 * j] = -1;
    h[2 * j + 1] = -1;
    this.used--;
    this.hashValid = false;
  }

  /** set_discard_key: removes k; true when it was there, else undefined. */
  delete(k: any): true | undefined {
    const j = this.slotOf(k);
    if (j < 0) return undefined;
    this.removeAt(j);
    return true;
  }

  /** set_discard_entry with the element in slot j of set o; whether it was there. */
  discardFrom(o: PySet, oj: number): boolean {
    const ot = o.t, oh = o.h;
    const j = this.find(ot[oj], oh[2 * oj], oh[2 * oj + 1]);
    if (j < 0) return false;
    this.removeAt(j);
    return true;
  }

  /** set_pop: the first active slot from the finger on (the caller checks for emptiness). */
  pop(): any {
    const t = this.t, mask = this.mask;
    let i = this.finger & mask;
    for (;;) {
      const x = t[i];
      if (x !== undefined && x !== DUMMY) {
        this.removeAt(i);
        this.finger = i + 1;
        return x;
      }
      i = i < mask ? i + 1 : 0;
    }
  }

  /** set_clear_internal */
  clear(): void {
    this.t = new Array(MINSIZE);
    this.h = new Int32Array(2 * MINSIZE);
    this.mask = MINSIZE - 1;
    this.fill = this.used = 0;
    this.hashValid = false;
  }

  /** set_table_resize: a table of the smallest power of two above minused, dummies dropped. */
  resize(minused: number): void {
    const size = maskFor(minused) + 1;
    if (size === MINSIZE && this.mask === MINSIZE - 1 && this.fill === this.used) return;
    const ot = this.t, oh = this.h, omask = this.mask;
    const t: any[] = new Array(size), h = new Int32Array(2 * size), mask = size - 1;
    this.t = t;
    this.h = h;
    this.mask = mask;
    this.fill = this.used;
    for (let j = 0; j <= omask; j++) {
      const x = ot[j];
      if (x !== undefined && x !== DUMMY) insertClean(t, h, mask, x, oh[2 * j], oh[2 * j + 1]);
    }
  }

  /** set_merge: add all elements of another set, with its fast paths for an empty target. */
  merge(o: PySet): void {
    if (o === this || o.used === 0) return;
    const ot = o.t, oh = o.h;
    const mask = (this.fill + o.used) * 5 >= this.mask * 3 ? maskFor((this.used + o.used) * 2) : this.mask;
    if (this.fill === 0 && mask === o.mask && o.fill === o.used) {
      // the copy below, without first making the resized table it replaces
      this.t = ot.slice();
      this.h = oh.slice();
      this.mask = o.mask;
      this.fill = this.used = o.used;
      this.hashValid = false;
      return;
    }
    if ((this.fill + o.used) * 5 >= this.mask * 3) this.resize((this.used + o.used) * 2);
    if (this.fill === 0) {
      if (this.mask === o.mask && o.fill === o.used) {
        this.t = ot.slice();
        this.h = oh.slice();
      } else {
        const t = this.t, h = this.h, mask = this.mask;
        for (let j = 0; j <= o.mask; j++) {
          const x = ot[j];
          if (x !== undefined && x !== DUMMY) insertClean(t, h, mask, x, oh[2 * j], oh[2 * j + 1]);
        }
      }
      this.fill = this.used = o.used;
      this.hashValid = false;
      return;
    }
    for (let j = 0; j <= o.mask; j++) {
      const x = ot[j];
      if (x !== undefined && x !== DUMMY) this.addWith(x, oh[2 * j], oh[2 * j + 1]);
    }
  }

  /** set_swap_bodies (the contents, not the type). */
  swapBodies(o: PySet): void {
    const { t, h, mask, fill, used } = this;
    this.t = o.t;
    this.h = o.h;
    this.mask = o.mask;
    this.fill = o.fill;
    this.used = o.used;
    o.t = t;
    o.h = h;
    o.mask = mask;
    o.fill = fill;
    o.used = used;
    this.hashValid = o.hashValid = false;
  }

  /** The first active slot at or after j, or -1 (set_next). */
  next(j: number): number {
    const t = this.t, mask = this.mask;
    for (; j <= mask; j++) {
      const x = t[j];
      if (x !== undefined && x !== DUMMY) return j;
    }
    return -1;
  }

  /** The element in slot j. */
  at(j: number): any {
    return this.t[j];
  }

  /** The elements in iteration (table) order. */
  keys(): any[] {
    const out: any[] = [];
    const t = this.t;
    for (let j = 0; j <= this.mask; j++) {
      const x = t[j];
      if (x !== undefined && x !== DUMMY) out.push(x);
    }
    return out;
  }

  /** Calls f with the 64-bit hash words (int32 halves) of each element. */
  forEachHash(f: (lo: number, hi: number) => void): void {
    const t = this.t, h = this.h;
    for (let j = 0; j <= this.mask; j++) {
      const x = t[j];
      if (x !== undefined && x !== DUMMY) f(h[2 * j], h[2 * j + 1]);
    }
  }

  /** A JS iterator over entries (element, true) in table order, for HashIter (reuses its result object). */
  tableIter(): Iterator<DictEntry> {
    return new SetTableIter(this);
  }
}

/** setiter_iternext: walks the live table by index; once exhausted it stays exhausted. */
class SetTableIter implements Iterator<DictEntry> {
  pos = 0;
  done = false;
  private pair = new DictEntry(undefined, true);
  private res: IteratorResult<DictEntry> = { done: false, value: this.pair };
  constructor(private s: PySet) {}
  next(): IteratorResult<DictEntry> {
    if (!this.done) {
      const j = this.s.next(this.pos);
      if (j >= 0) {
        this.pos = j + 1;
        this.pair.k = this.s.at(j);
        return this.res;
      }
      this.done = true;
    }
    return { done: true, value: undefined };
  }
}


/**
 * A dict view of an attribute store (instance, class or module `__dict__`): reads and writes go straight
 * to the Attrs object, so `obj.__dict__.update(…)` and `vars(obj)[k] = v` change the object.
 */
export class AttrsDict extends PyDict {
  constructor(public attrs: Attrs) {
    super();
  }
  // @ts-expect-error an accessor replacing the base class's Map field (whose store in HashTable's
  // constructor the setter below ignores)
  get m(): Map<any, DictEntry> {
    const m = new Map<any, DictEntry>();
    for (const k in this.attrs) m.set(k, new DictEntry(k, this.attrs[k]));
    return m;
  }
  // @ts-expect-error the accessor's other half
  set m(_: Map<any, DictEntry>) {}
  override get size(): number {
    let n = 0;
    for (const _ in this.attrs) n++;
    return n;
  }
  override get(k: any): any {
    return typeof k === 'string' ? this.attrs[k] : undefined;
  }
  override has(k: any): boolean {
    return typeof k === 'string' && this.attrs[k] !== undefined;
  }
  override set(k: any, v: any): void {
    if (typeof k !== 'string') throwPy('TypeError', `attribute name must be string, not '${typeOf(k).tpName}'`);
    this.attrs[k] = v;
  }
  override delete(k: any): any {
    if (typeof k !== 'string') return undefined;
    const v = this.attrs[k];
    delete this.attrs[k];
    return v;
  }
  override clear(): void {
    for (const k of Object.keys(this.attrs)) delete this.attrs[k];
  }
  override keys(): any[] {
    return Object.keys(this.attrs);
  }
  override values(): any[] {
    return Object.keys(this.attrs).map((k) => this.attrs[k]);
  }
  override entries(): IterableIterator<DictEntry> {
    return this.m.values();
  }
}
