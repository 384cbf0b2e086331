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
import { sha512Digest } from './digests';
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
    return new PyBytes(sha512Digest(data));
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
