/**
 * `_random`, the core of the `random` module (src/stdlib/random.ts builds on it), as CPython 3.11's
 * Modules/_randommodule.c: the type `Random` holding an MT19937 (runtime/random/mt19937.ts), with
 *
 * - `random()`: 53 bits from two words, `((a >> 5) * 2**26 + (b >> 6)) / 2**53`;
 * - `getrandbits(k)`: one word shifted right for k <= 32, else ceil(k/32) words, least significant first,
 *   the last one shifted down to the bits still wanted;
 * - `seed(a)`: None draws 624 words of OS entropy; an int seeds `init_by_array` with the 32-bit words of
 *   abs(a), least significant first ([0] for zero); any other object seeds with its hash taken as an
 *   unsigned 64-bit value (size_t), as CPython does;
 * - `getstate()` / `setstate()`: a tuple of the 624 key words and the position.
 *
 * Also `_log` / `_exp` (glibc's log and exp, see below), `_UnsupportedOperation` (for io) and `_sha512(data)` (bytes → 64-byte digest): `random.seed` hashes str/bytes seeds with SHA-512
 * (version 2) and there is no hashlib.
 */
import { PyModule, PyInstance, PyTuple, PyBytes, float } from '../objects/values';
import { builtin, Kw } from '../objects/function';
import { defineMethods } from '../objects/types/define';
import { builtinType, PyType, typeOf, IntType } from '../objects/pytype';
import { throwPy } from '../objects/errors';
import { norm } from '../objects/arith';
import { pyHash } from '../objects/hash';
import { PyByteArray } from '../objects/types/bytes';
import { MT19937, MT19937_STATE_LEN } from '../../runtime/random/mt19937';
import { unsupportedOperation } from '../objects/file';
import { glibcLog } from '../../runtime/random/glibcLog';
import { glibcExp } from '../../runtime/random/glibcExp';
import { toIndex, toDouble } from './math';

const N = MT19937_STATE_LEN;

class RandomObj extends PyInstance {
  readonly mt = new MT19937();
}

const RandomType: PyType = builtinType('Random', undefined, '_random');

function self(v: any): RandomObj {
  if (!(v instanceof RandomObj)) throwPy('TypeError', `descriptor requires a '_random.Random' object but received a '${typeOf(v).tpName}'`);
  return v;
}

/** The 32-bit words of a non-negative bigint, least significant first ([0] for zero). */
function words32(n: bigint): number[] {
  const out: number[] = [];
  while (n > 0n) {
    out.push(Number(n & 0xffffffffn));
    n >>= 32n;
  }
  if (!out.length) out.push(0);
  return out;
}

function seedObj(r: RandomObj, a: any): void {
  if (a === null || a === undefined) {
    r.mt.seedFromEntropy();
    return;
  }
  let n: bigint;
  if (typeof a === 'number' && Number.isInteger(a)) n = BigInt(Math.abs(a));
  else if (typeof a === 'bigint') n = a < 0n ? -a : a;
  else if (typeof a === 'boolean') n = a ? 1n : 0n;
  else if (typeOf(a).isSubtypeOf(IntType)) {
    // an instance of an int subclass: int.__abs__ of its value
    const v = toIndex(a);
    n = BigInt(v);
    if (n < 0n) n = -n;
  } else {
    const h = BigInt(pyHash(a));
    n = h & 0xffffffffffffffffn; // (size_t)hash
  }
  r.mt.seedByArray(words32(n));
}

function random(r: RandomObj): any {
  return float(r.mt.nextDouble());
}

function getrandbits(r: RandomObj, kArg: any): number | bigint {
  const kk = toIndex(kArg);
  if (kk < 0) throwPy('ValueError', 'number of bits must be non-negative');
  if (typeof kk === 'bigint') throwPy('OverflowError', 'Python int too large to convert to C int');
  let k = kk;
  if (k === 0) return 0;
  if (k <= 32) return r.mt.nextUint32() >>> (32 - k);
  if (k > 0x7fffffff) throwPy('OverflowError', 'Python int too large to convert to C int');
  const nw = ((k - 1) >>> 5) + 1;
  const ws: number[] = new Array(nw);
  for (let i = 0; i < nw; i++, k -= 32) {
    let w = r.mt.nextUint32();
    if (k < 32) w >>>= 32 - k;
    ws[i] = w;
  }
  let out = 0n;
  for (let i = nw - 1; i >= 0; i--) out = (out << 32n) | BigInt(ws[i]);
  return norm(out);
}

function getstate(r: RandomObj): PyTuple {
  const { key, pos } = r.mt.getState();
  const items: any[] = Array.from(key);
  items.push(pos);
  return new PyTuple(items);
}

function asUlong(v: any): bigint {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (!((typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint')) {
    if (typeOf(v).lookup('__index__') === undefined) throwPy('TypeError', 'an integer is required');
    v = toIndex(v);
  }
  const b = BigInt(v);
  if (b < 0n) throwPy('OverflowError', "can't convert negative value to unsigned int");
  if (b > 0xffffffffffffffffn) throwPy('OverflowError', 'Python int too large to convert to C unsigned long');
  return b;
}

function setstate(r: RandomObj, st: any): null {
  if (!(st instanceof PyTuple) || (st as any).cls !== PyTuple.prototype.cls) throwPy('TypeError', 'state vector must be a tuple');
  if (st.items.length !== N + 1) throwPy('ValueError', 'state vector is the wrong size');
  const key = new Array<number>(N);
  for (let i = 0; i < N; i++) key[i] = Number(asUlong(st.items[i]) & 0xffffffffn);
  const ix = st.items[N];
  if (!((typeof ix === 'number' && Number.isInteger(ix)) || typeof ix === 'bigint' || typeof ix === 'boolean')) {
    if (typeOf(ix).lookup('__index__') === undefined) throwPy('TypeError', 'an integer is required');
  }
  const idx = BigInt(typeof ix === 'boolean' ? (ix ? 1 : 0) : toIndex(ix));
  if (idx < 0n || idx > BigInt(N)) throwPy('ValueError', 'invalid state');
  r.mt.setState(key, Number(idx));
  return null;
}

function oneArg(name: string, args: any[], kw: Kw, max: number): void {
  if (kw && kw.size) throwPy('TypeError', `${max === 0 ? 'Random.' : ''}${name}() takes no keyword arguments`);
  if (args.length > max) {
    if (max === 0) throwPy('TypeError', `Random.${name}() takes no arguments (${args.length} given)`);
    throwPy('TypeError', `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

// ---- SHA-512 (FIPS 180-4), for str/bytes seeds ----

const K512 = [
  '428a2f98d728ae22', '7137449123ef65cd', 'b5c0fbcfec4d3b2f', 'e9b5dba58189dbbc', '3956c25bf348b538', '59f111f1b605d019',
  '923f82a4af194f9b', 'ab1c5ed5da6d8118', 'd807aa98a3030242', '12835b0145706fbe', '243185be4ee4b28c', '550c7dc3d5ffb4e2',
  '72be5d74f27b896f', '80deb1fe3b1696b1', '9bdc06a725c71235', 'c19bf174cf692694', 'e49b69c19ef14ad2', 'efbe4786384f25e3',
  '0fc19dc68b8cd5b5', '240ca1cc77ac9c65', '2de92c6f592b0275', '4a7484aa6ea6e483', '5cb0a9dcbd41fbd4', '76f988da831153b5',
  '983e5152ee66dfab', 'a831c66d2db43210', 'b00327c898fb213f', 'bf597fc7beef0ee4', 'c6e00bf33da88fc2', 'd5a79147930aa725',
  '06ca6351e003826f', '142929670a0e6e70', '27b70a8546d22ffc', '2e1b21385c26c926', '4d2c6dfc5ac42aed', '53380d139d95b3df',
  '650a73548baf63de', '766a0abb3c77b2a8', '81c2c92e47edaee6', '92722c851482353b', 'a2bfe8a14cf10364', 'a81a664bbc423001',
  'c24b8b70d0f89791', 'c76c51a30654be30', 'd192e819d6ef5218', 'd69906245565a910', 'f40e35855771202a', '106aa07032bbd1b8',
  '19a4c116b8d2d0c8', '1e376c085141ab53', '2748774cdf8eeb99', '34b0bcb5e19b48a8', '391c0cb3c5c95a63', '4ed8aa4ae3418acb',
  '5b9cca4f7763e373', '682e6ff3d6b2b8a3', '748f82ee5defb2fc', '78a5636f43172f60', '84c87814a1f0ab72', '8cc702081a6439ec',
  '90befffa23631e28', 'a4506cebde82bde9', 'bef9a3f7b2c67915', 'c67178f2e372532b', 'ca273eceea26619c', 'd186b8c721c0c207',
  'eada7dd6cde0eb1e', 'f57d4f7fee6ed178', '06f067aa72176fba', '0a637dc5a2c898a6', '113f9804bef90dae', '1b710b35131c471b',
  '28db77f523047d84', '32caab7b40c72493', '3c9ebe0a15c9bebc', '431d67c49c100d4c', '4cc5d4becb3e42b6', '597f299cfc657e2a',
  '5fcb6fab3ad6faec', '6c44198c4a475817',
];
let K: BigUint64Array | null = null;
const IV512 = [
  '6a09e667f3bcc908', 'bb67ae8584caa73b', '3c6ef372fe94f82b', 'a54ff53a5f1d36f1',
  '510e527fade682d1', '9b05688c2b3e6c1f', '1f83d9abfb41bd6b', '5be0cd19137e2179',
];
const M64 = 0xffffffffffffffffn;
const rotr = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & M64;

export function sha512(data: Uint8Array): Uint8Array {
  K ??= BigUint64Array.from(K512.map((h) => BigInt('0x' + h)));
  const len = data.length;
  const padLen = (((len + 17 + 127) >> 7) << 7);
  const buf = new Uint8Array(padLen);
  buf.set(data);
  buf[len] = 0x80;
  const dv = new DataView(buf.buffer);
  dv.setBigUint64(padLen - 8, BigInt(len) * 8n);
  const H = IV512.map((h) => BigInt('0x' + h));
  const W = new Array<bigint>(80);
  for (let off = 0; off < padLen; off += 128) {
    for (let t = 0; t < 16; t++) W[t] = dv.getBigUint64(off + 8 * t);
    for (let t = 16; t < 80; t++) {
      const w15 = W[t - 15], w2 = W[t - 2];
      const s0 = rotr(w15, 1n) ^ rotr(w15, 8n) ^ (w15 >> 7n);
      const s1 = rotr(w2, 19n) ^ rotr(w2, 61n) ^ (w2 >> 6n);
      W[t] = (W[t - 16] + s0 + W[t - 7] + s1) & M64;
    }
    let [a, b, c, d, e, f, g, h] = H;
    for (let t = 0; t < 80; t++) {
      const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ (~e & M64 & g);
      const t1 = (h + S1 + ch + K[t] + W[t]) & M64;
      const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & M64;
      h = g;
      g = f;
      f = e;
      e = (d + t1) & M64;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & M64;
    }
    H[0] = (H[0] + a) & M64;
    H[1] = (H[1] + b) & M64;
    H[2] = (H[2] + c) & M64;
    H[3] = (H[3] + d) & M64;
    H[4] = (H[4] + e) & M64;
    H[5] = (H[5] + f) & M64;
    H[6] = (H[6] + g) & M64;
    H[7] = (H[7] + h) & M64;
  }
  const out = new Uint8Array(64);
  const ov = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) ov.setBigUint64(8 * i, H[i]);
  return out;
}

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  RandomType.newInstance = (cls, args, kw) => {
    if (cls === RandomType || cls.lookup('__init__') === RandomType.dict.__init__) {
      if (kw && kw.size) throwPy('TypeError', 'Random() takes no keyword arguments');
    }
    if (args.length > 1 && cls === RandomType) throwPy('TypeError', 'Random() requires 0 or 1 argument');
    const r = new RandomObj(cls);
    seedObj(r, cls === RandomType ? args[0] : null);
    return r;
  };
  defineMethods(RandomType, {
    __init__: () => null,
    random: (s, args, kw) => {
      oneArg('random', args, kw, 0);
      return random(self(s));
    },
    getrandbits: (s, args, kw) => {
      if (kw && kw.size) throwPy('TypeError', 'Random.getrandbits() takes no keyword arguments');
      if (args.length !== 1) throwPy('TypeError', `Random.getrandbits() takes exactly one argument (${args.length} given)`);
      return getrandbits(self(s), args[0]);
    },
    seed: (s, args, kw) => {
      oneArg('seed', args, kw, 1);
      seedObj(self(s), args.length ? args[0] : null);
      return null;
    },
    getstate: (s, args, kw) => {
      oneArg('getstate', args, kw, 0);
      return getstate(self(s));
    },
    setstate: (s, args, kw) => {
      if (kw && kw.size) throwPy('TypeError', 'Random.setstate() takes no keyword arguments');
      if (args.length !== 1) throwPy('TypeError', `Random.setstate() takes exactly one argument (${args.length} given)`);
      return setstate(self(s), args[0]);
    },
  });
  // random() is the hot path: skip the argument checks on bound calls with no arguments
  const rb = RandomType.dict.random as any;
  const slowMeth = rb.meth;
  rb.meth = (s: any, args: any[], kw: Kw) => (args.length === 0 && kw === null && s instanceof RandomObj ? float(s.mt.nextDouble()) : slowMeth(s, args, kw));
}

export function makeRandomCore(): PyModule {
  install();
  const m = new PyModule('_random');
  m.d.Random = RandomType;
  m.d._sha512 = builtin('_sha512', (args) => {
    const v = args[0];
    let data: Uint8Array;
    if (v instanceof PyBytes || v instanceof PyByteArray) data = v.data;
    else return throwPy('TypeError', `object supporting the buffer API required`);
    return new PyBytes(sha512(data));
  });
  // log and exp with glibc's last-bit choices (CPython's math module calls glibc, which is not correctly
  // rounded; ndpy's math is), so that the distributions built on them match CPython draw for draw
  // not random at all: io.UnsupportedOperation (created by objects/file.ts, raised by real files) for
  // the Python-written io module, which has no TypeScript core of its own
  m.d._UnsupportedOperation = unsupportedOperation();
  m.d._log = builtin('_log', (args) => {
    const x = toDouble(args[0]);
    if (x > 0 && x < Infinity) return float(glibcLog(x));
    if (Number.isNaN(x) || x === Infinity) return float(x);
    return throwPy('ValueError', 'math domain error');
  });
  m.d._exp = builtin('_exp', (args) => {
    const x = toDouble(args[0]);
    const r = glibcExp(x);
    if (r === Infinity && Number.isFinite(x)) throwPy('OverflowError', 'math range error');
    return float(r);
  });
  return m;
}
