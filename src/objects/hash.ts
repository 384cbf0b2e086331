/**
 * Python's `hash()`, bit-for-bit CPython 3.11 (64-bit build) for the types whose hash is deterministic there:
 * int, bool, float, complex, tuple and frozenset (a JS number is an int when integral, else a float; floats
 * may also be PyFloat boxes). str and bytes hashes are randomized in CPython, so any stable hash will do
 * (FNV-1a here); None and plain objects hash by identity.
 *
 * `pyHash(v)` returns the signed value (a JS number when it is a safe integer, else a bigint), as `hash()`
 * shows it. `hash64(v)` computes the same value as a 64-bit word split in two 32-bit halves, left in
 * `HLO`/`HHI` (no allocation): the set table places elements with it. The halves are kept as int32 (JS
 * small integers: a uint32 above 2**31 stored in a variable or array would be a boxed double), read as
 * unsigned where it matters. The 64-bit arithmetic (tuple's xxHash, frozenset's shuffle, complex) works on
 * such halves; `u64` below exposes it to the tests.
 */
import { typeOf, ObjectType, FrozenSetType, TupleType, PyType, TypeType } from './pytype';
import { PyBuiltin } from './function';
import { PyFloat, PyComplex, PyTuple, PyBytes, PyInstance } from './values';
import { PyDict, PySet } from './hashtable';
import { throwPy } from './errors';
import { callSpecial } from './attrs';
import { asInt, norm } from './arith';

const TWO32 = 4294967296;
const MODULUS = (1n << 61n) - 1n;
const INT64_MIN = -(1n << 63n), INT64_MAX = (1n << 63n) - 1n;

/** The halves (int32) of the last `hash64` result, and of the 64-bit helpers' results. */
export let HLO = 0;
export let HHI = 0;

/**
 * The last bigint signed64 made and its halves: a user `__hash__` returning `hash((self.x, self.y))`
 * hands that same bigint back to setSigned, which then takes the halves without bigint arithmetic.
 */
let lastBig: bigint | null = null;
let lastLo = 0, lastHi = 0;

/** Split a signed hash value (safe-integer number or int64 bigint) into HLO/HHI. */
function setSigned(h: number | bigint): void {
  if (typeof h === 'number') {
    HLO = h | 0;
    HHI = Math.floor(h / TWO32) | 0;
  } else if (h === lastBig) {
    HLO = lastLo;
    HHI = lastHi;
  } else {
    HLO = Number(BigInt.asIntN(32, h));
    HHI = Number(BigInt.asIntN(32, h >> 32n));
  }
}

/** The signed value of the 64-bit word lo/hi (either signedness), as a number when safe, else a bigint. */
export function signed64(lo: number, hi: number): number | bigint {
  const h = hi | 0, l = lo >>> 0;
  if (h >= -0x200000 && h < 0x200000) {
    const v = h * TWO32 + l;
    if (Number.isSafeInteger(v)) return v;
  }
  lastBig = (BigInt(h) << 32n) | BigInt(l);
  lastLo = l | 0;
  lastHi = h;
  return lastBig;
}

// ---- 64-bit helpers on 32-bit halves (either signedness); results in HLO/HHI ----

/** (alo,ahi) * (blo,bhi) mod 2**64 */
function mul64(alo: number, ahi: number, blo: number, bhi: number): void {
  const a0 = alo & 0xffff, a1 = alo >>> 16, b0 = blo & 0xffff, b1 = blo >>> 16;
  const p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0;
  const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  const carry = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16); // all terms < 2**32
  HLO = Math.imul(alo, blo);
  HHI = (carry + Math.imul(alo, bhi) + Math.imul(ahi, blo)) | 0;
}

function add64(alo: number, ahi: number, blo: number, bhi: number): void {
  const lo = (alo >>> 0) + (blo >>> 0);
  HLO = lo | 0;
  HHI = (ahi + bhi + (lo > 0xffffffff ? 1 : 0)) | 0;
}

// ---- int, str, float ----

/** hash(int): the value reduced modulo 2**61-1, keeping the sign; -1 becomes -2. */
export function hashInt(v: number | bigint): number | bigint {
  if (typeof v === 'number') return v === -1 ? -2 : v; // an integral number: |v| < 2**53 < 2**61-1
  const neg = v < 0n;
  let h = (neg ? -v : v) % MODULUS;
  if (neg) h = -h;
  return h === -1n ? -2 : norm(h);
}

/**
 * str hashes are randomized in CPython (except the empty string's, which is 0, as the empty bytes'); FNV-1a
 * over UTF-16 code units, as a signed 32-bit value.
 */
export function hashStr(s: string): number {
  if (s.length === 0) return 0;
  if (s.length > 24) return hashLongStr(s);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h === -1 ? -2 : h | 0;
}

/** Long strings' hashes are remembered (JS caches its own string hashes, which makes the Map cheap). */
const longStrHashes = new Map<string, number>();
let longStrChars = 0;
function hashLongStr(s: string): number {
  let h = longStrHashes.get(s);
  if (h !== undefined) return h;
  h = 0x811c9dc5;
  const n = s.length;
  let i = 0;
  for (; i + 1 < n; i += 2) h = Math.imul(h ^ (s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16)), 0x01000193);
  if (i < n) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h = h === -1 ? -2 : h | 0;
  if ((longStrChars += n) > 1 << 24) {
    longStrHashes.clear();
    longStrChars = n;
  }
  longStrHashes.set(s, h);
  return h;
}

function hashBytes(d: ArrayLike<number>): number {
  if (d.length === 0) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < d.length; i++) {
    h ^= d[i];
    h = Math.imul(h, 0x01000193);
  }
  return h === -1 ? -2 : h | 0;
}

const f64 = new Float64Array(1);
const f64w = new Uint32Array(f64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * hash(float) into HLO/HHI; `box` is the float object, if boxed (NaN hashes by identity since 3.10, and
 * as 0 when it is a plain number, which has no identity). A finite x is
 * m * 2**e with an integer m < 2**53, and its hash is m * 2**e mod 2**61-1, where multiplying by 2**k is a
 * rotation of the 61-bit value (2**61 = 1 modulo it).
 */
function hashFloat64(x: number, box: object | null): void {
  if (Number.isInteger(x)) return setSigned(hashInt(Number.isSafeInteger(x) ? x : BigInt(x)));
  if (x !== x) return setSigned(box ? identityHash(box) : 0);
  if (!Number.isFinite(x)) return setSigned(x > 0 ? 314159 : -314159);
  f64[0] = x < 0 ? -x : x;
  const wlo = f64w[LITTLE ? 0 : 1], whi = f64w[LITTLE ? 1 : 0];
  const bexp = whi >>> 20;
  // |x| = m * 2**e, m = mh:ml < 2**53
  const mh = bexp === 0 ? whi & 0xfffff : (whi & 0xfffff) | 0x100000, ml = wlo;
  const k = ((bexp === 0 ? -1074 : bexp - 1075) % 61 + 61) % 61;
  // rotate m left by k in 61 bits: (m << k) & (2**61-1) | m >>> (61-k)
  let lo: number, hi: number;
  if (k === 0) {
    lo = ml | 0;
    hi = mh;
  } else {
    let ah: number, al: number, bh: number, bl: number;
    if (k < 32) {
      ah = ((mh << k) | (ml >>> (32 - k))) & 0x1fffffff;
      al = ml << k;
    } else {
      ah = (ml << (k - 32)) & 0x1fffffff;
      al = 0;
    }
    const sh = 61 - k;
    if (sh >= 32) {
      bl = mh >>> (sh - 32);
      bh = 0;
    } else {
      bl = (ml >>> sh) | (mh << (32 - sh));
      bh = mh >>> sh;
    }
    lo = al | bl;
    hi = ah | bh;
  }
  if (x < 0) {
    // negate (the value is at least 1: m < 2**61-1 is not a multiple of it); -1 is reserved, so -2
    if (lo === 1 && hi === 0) lo = 2;
    lo = -lo | 0;
    hi = (~hi + (lo === 0 ? 1 : 0)) | 0;
  }
  HLO = lo;
  HHI = hi;
}

// ---- tuple (xxHash-style, CPython 3.8+) ----

const XX1_LO = 0x85ebca87, XX1_HI = 0x9e3779b1; // 11400714785074694791
const XX2_LO = 0x27d4eb4f, XX2_HI = 0xc2b2ae3d; // 14029467366897019727
const XX5_LO = 0x165667c5, XX5_HI = 0x27d4eb2f; // 2870177450012600261

function hashTuple64(items: any[]): void {
  let lo = XX5_LO, hi = XX5_HI;
  for (let i = 0; i < items.length; i++) {
    hash64(items[i]);
    mul64(HLO, HHI, XX2_LO, XX2_HI);
    add64(lo, hi, HLO, HHI);
    // rotate left by 31
    const rlo = (HHI >>> 1) | (HLO << 31);
    const rhi = (HLO >>> 1) | (HHI << 31);
    mul64(rlo, rhi, XX1_LO, XX1_HI);
    lo = HLO;
    hi = HHI;
  }
  add64(lo, hi, items.length ^ XX5_LO ^ 3527539, XX5_HI);
  if (HLO === -1 && HHI === -1) {
    HLO = 1546275796;
    HHI = 0;
  }
}

// ---- complex ----

function hashComplex64(c: PyComplex): void {
  hashFloat64(c.re, null);
  const rlo = HLO, rhi = HHI;
  hashFloat64(c.im, null);
  mul64(HLO, HHI, 1000003, 0);
  add64(rlo, rhi, HLO, HHI);
  if (HLO === -1 && HHI === -1) HLO = -2;
}

// ---- frozenset ----

/** frozenset_hash over the 64-bit hashes of the entries (order-independent). */
function hashFrozenSet64(s: PySet): void {
  if (s.hashValid) {
    HLO = s.hashLo;
    HHI = s.hashHi;
    return;
  }
  let lo = 0, hi = 0;
  s.forEachHash((elo, ehi) => {
    // _shuffle_bits(h) = ((h ^ 89869747) ^ (h << 16)) * 3644798167
    const xlo = elo ^ 89869747 ^ (elo << 16);
    const xhi = ehi ^ ((ehi << 16) | (elo >>> 16));
    mul64(xlo, xhi, 3644798167, 0);
    lo ^= HLO;
    hi ^= HHI;
  });
  mul64(s.size + 1, 0, 1927868237, 0);
  lo ^= HLO;
  hi ^= HHI;
  // hash ^= (hash >> 11) ^ (hash >> 25), logical shifts of the 64-bit word
  const s11lo = (lo >>> 11) | (hi << 21), s11hi = hi >>> 11;
  const s25lo = (lo >>> 25) | (hi << 7), s25hi = hi >>> 25;
  lo ^= s11lo ^ s25lo;
  hi ^= s11hi ^ s25hi;
  mul64(lo, hi, 69069, 0);
  add64(HLO, HHI, 907133923, 0);
  if (HLO === -1 && HHI === -1) {
    HLO = 590923713;
    HHI = 0;
  }
  s.hashLo = HLO;
  s.hashHi = HHI;
  s.hashValid = true;
}

// ---- dispatch ----

/** CPython's hash(v) as a 64-bit word in HLO/HHI; raises TypeError for unhashable values. */
export function hash64(v: any): void {
  switch (typeof v) {
    case 'number': {
      if (!Number.isInteger(v)) return hashFloat64(v, null); // a float held as a plain number
      const h = v === -1 ? -2 : v;
      HLO = h | 0;
      HHI = h >= 0 && h < 2147483648 ? 0 : Math.floor(h / TWO32) | 0;
      return;
    }
    case 'string': {
      const h = hashStr(v);
      HLO = h;
      HHI = h < 0 ? -1 : 0;
      return;
    }
    case 'boolean':
      HLO = v ? 1 : 0;
      HHI = 0;
      return;
    case 'bigint':
      return setSigned(hashInt(v));
  }
  if (v instanceof PyFloat) return hashFloat64(v.v, v);
  if (v instanceof PyTuple && v.cls === TupleType) return hashTuple64(v.items);
  if (v instanceof PyInstance && v.cls.lookup('__hash__') === ObjectType.dict.__hash__) {
    const h = identityHash(v);
    HLO = h;
    HHI = h < 0 ? -1 : 0;
    return;
  }
  setSigned(pyHashObject(v));
}

/** Python `hash(v)`. */
export function pyHash(v: any): number | bigint {
  switch (typeof v) {
    case 'number':
      if (Number.isInteger(v)) return v === -1 ? -2 : v;
      hashFloat64(v, null);
      return signed64(HLO, HHI);
    case 'bigint':
      return hashInt(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'string':
      return hashStr(v);
  }
  if (v instanceof PyFloat) {
    const x = v.v;
    if (Number.isInteger(x)) return hashInt(Number.isSafeInteger(x) ? x : BigInt(x));
    hashFloat64(x, v);
    return signed64(HLO, HHI);
  }
  if (v instanceof PyTuple && v.cls === TupleType) {
    hashTuple64(v.items);
    return signed64(HLO, HHI);
  }
  return pyHashObject(v);
}

function pyHashObject(v: any): number | bigint {
  if (v === null) return 0x5f3759df; // identity-based (and so arbitrary) in CPython 3.11
  if (v instanceof PyComplex) {
    hashComplex64(v);
    return signed64(HLO, HHI);
  }
  if (v instanceof PySet) {
    const t = v.cls;
    if (t === FrozenSetType || (t.isSubtypeOf(FrozenSetType) && t.lookup('__hash__') === FrozenSetType.dict.__hash__)) {
      hashFrozenSet64(v);
      return signed64(HLO, HHI);
    }
  }
  if (v instanceof PyBytes) return hashBytes(v.data);
  // a class whose metaclass is type (`type(x) in {int, str}`): type.__hash__ is the identity hash
  if (v instanceof PyType && v.cls === TypeType) return identityHash(v);
  const t = typeOf(v);
  const f = t.lookup('__hash__');
  if (v instanceof PyTuple && (f === undefined || f instanceof PyBuiltin)) {
    // a tuple subclass (namedtuple…) that keeps the inherited hash
    hashTuple64(v.items);
    return signed64(HLO, HHI);
  }
  if (f === null || Array.isArray(v) || v instanceof PyDict) throwPy('TypeError', `unhashable type: '${t.tpName}'`);
  if (f !== undefined && f !== ObjectType.dict.__hash__) {
    const r = asInt(callSpecial(f, v));
    if (r === undefined) throwPy('TypeError', '__hash__ method should return an integer');
    // slot_tp_hash: a result that fits in a C long is used as is, a bigger one is hashed like an int
    if (typeof r === 'number') return r === -1 ? -2 : r;
    if (r >= INT64_MIN && r <= INT64_MAX) return r === -1n ? -2 : norm(r);
    return hashInt(r);
  }
  return identityHash(v);
}

const idHashes = new WeakMap<object, number>();
let nextHash = 1;
/** A stable per-object hash for identity-hashed objects (CPython derives it from the address). */
export function identityHash(o: object): number {
  let h = idHashes.get(o);
  if (h === undefined) idHashes.set(o, (h = (nextHash++ * 2654435761) | 0));
  return h;
}

/** Test hook: the 64-bit helpers against BigInt (used by test/sets). */
export const u64 = {
  mul(a: bigint, b: bigint): bigint {
    mul64(Number(a & 0xffffffffn), Number(a >> 32n), Number(b & 0xffffffffn), Number(b >> 32n));
    return (BigInt(HHI >>> 0) << 32n) | BigInt(HLO >>> 0);
  },
  add(a: bigint, b: bigint): bigint {
    add64(Number(a & 0xffffffffn), Number(a >> 32n), Number(b & 0xffffffffn), Number(b >> 32n));
    return (BigInt(HHI >>> 0) << 32n) | BigInt(HLO >>> 0);
  },
};
