/**
 * The Python-visible seeding objects of `numpy.random`: `SeedSequence` (entropy → well-mixed state
 * words; `generate_state`, `spawn`), and the bit generators `PCG64` (the default), `MT19937` (seeded
 * from a SeedSequence as NumPy's MT19937 class does: key[0] = 0x80000000, key[1:] from 624 state words,
 * pos = 623), and `PCG64DXSM`, `SFC64` and `Philox` (4, 3 and 2 uint64 state words). Entropy coercion follows bit_generator.pyx: integers split into 32-bit words (negative ones
 * rejected), strings parsed as integers, sequences concatenated, floats refused. PCG64, PCG64DXSM and
 * Philox also `advance` and give `jumped` copies.
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { heap } from '../../../runtime/memory';
import { BitGenerator } from '../../../runtime/random/bitGenerator';
import { PCG64 } from '../../../runtime/random/pcg64';
import { MT19937, MT19937_STATE_LEN } from '../../../runtime/random/mt19937';
import { PCG64DXSM } from '../../../runtime/random/pcg64dxsm';
import { PCG_JUMP_STEP } from '../../../runtime/random/lcgAdvance';
import { SFC64 } from '../../../runtime/random/sfc64';
import { Philox } from '../../../runtime/random/philox';
import { SeedSequence, intToWords, randomEntropy, DEFAULT_POOL_SIZE } from '../../../runtime/random/seedSequence';
import { PyType, builtinType, ObjectType } from '../../objects/pytype';
import { PyTuple, PyRange, tuple } from '../../objects/values';
import { PyDict } from '../../objects/hashtable';
import { throwPy } from '../../objects/errors';
import { defineMethods } from '../../objects/types/define';
import { GetSet } from '../../objects/descriptors';
import { index as pyIndex } from '../../objects/protocols';
import { norm, asInt } from '../../objects/arith';
import { repr as pyRepr, str as pyStr } from '../../objects/repr';
import { toArray } from '../../objects/iterators';
import { NPScalar, weakKind } from './scalars';
import { allocArray } from './coerce';
import { kwArgs } from './ufuncs';
import { toDType } from './dtypes';

export const SeedSequenceType = builtinType('SeedSequence', ObjectType, 'numpy.random.bit_generator');
export const PCG64Type = builtinType('PCG64', ObjectType, 'numpy.random._pcg64');
export const MT19937Type = builtinType('MT19937', ObjectType, 'numpy.random._mt19937');
export const PCG64DXSMType = builtinType('PCG64DXSM', ObjectType, 'numpy.random._pcg64');
export const SFC64Type = builtinType('SFC64', ObjectType, 'numpy.random._sfc64');
export const PhiloxType = builtinType('Philox', ObjectType, 'numpy.random._philox');

export class PySeedSequence {
  declare cls: PyType;
  readonly seq: SeedSequence;
  nChildren = 0;
  constructor(
    readonly entropy: any,
    readonly spawnKey: any[],
  ) {
    this.seq = new SeedSequence(entropyWords(entropy), spawnKey.flatMap((k) => entropyWords(k)), DEFAULT_POOL_SIZE);
  }
}
PySeedSequence.prototype.cls = SeedSequenceType;

/** A Python bit generator object: the runtime generator and the SeedSequence it was seeded from. */
export class PyBitGenerator {
  constructor(
    readonly cls: PyType,
    readonly gen: BitGenerator,
    readonly seedSeq: PySeedSequence,
  ) {}
}

/** NumPy's _coerce_to_uint32_array for one entropy value. */
function entropyWords(x: any): number[] {
  if (x instanceof NDArray && x.dtype === D.uint32) return x.toArray();
  if (typeof x === 'string') {
    const t = x.startsWith('0x') ? BigInt(x) : x.startsWith('0') && x.length > 1 ? BigInt('0o' + x.slice(1)) : BigInt(x);
    return intWords(t);
  }
  if (x instanceof NPScalar) {
    if (x.dt.kind === 'f' || x.dt.kind === 'c') throwPy('TypeError', 'seed must be integer');
    return intWords(BigInt(x.v));
  }
  const k = weakKind(x);
  if (k === 'int' || k === 'bool') return intWords(BigInt(typeof x === 'boolean' ? Number(x) : x));
  if (k === 'float' || k === 'complex') throwPy('TypeError', 'seed must be integer');
  const items = x instanceof NDArray ? x.toArray().map((v: any) => new NPScalar(x.dtype, v)) : toArray(x);
  return items.flatMap((v: any) => entropyWords(v));
}

function intWords(n: bigint): number[] {
  if (n < 0n) throwPy('ValueError', 'expected non-negative integer');
  return intToWords(n);
}

/** SeedSequence(entropy): None draws 128 bits of fresh entropy (kept as `entropy`). */
function newSeedSequence(entropy: any, spawnKey: any[] = []): PySeedSequence {
  if (entropy === undefined || entropy === null) {
    const w = randomEntropy(DEFAULT_POOL_SIZE);
    entropy = norm(w.reduceRight((acc, x) => (acc << 32n) | BigInt(x), 0n));
  } else if (!(weakKind(entropy) === 'int' || weakKind(entropy) === 'bool' || (entropy instanceof NPScalar && (entropy.dt.kind === 'i' || entropy.dt.kind === 'u')) ||
    Array.isArray(entropy) || entropy instanceof PyTuple || entropy instanceof PyRange || entropy instanceof NDArray)) {
    throwPy('TypeError', `SeedSequence expects int or sequence of ints for entropy not ${pyStr(entropy)}`);
  }
  return new PySeedSequence(entropy, spawnKey);
}

/** A bit generator of type PCG64 or MT19937 seeded from `seed` (None, an int, a sequence, or a SeedSequence). */
export function newBitGenerator(type: PyType, seed: any): PyBitGenerator {
  const ss = seed instanceof PySeedSequence ? seed : newSeedSequence(seed);
  if (type === MT19937Type) {
    const mt = new MT19937();
    const w = ss.seq.generateState32(MT19937_STATE_LEN);
    w[0] = 0x80000000;
    mt.setState(w, MT19937_STATE_LEN - 1);
    return new PyBitGenerator(type, mt, ss);
  }
  if (type === PCG64DXSMType || type === SFC64Type || type === PhiloxType) {
    const g = type === PCG64DXSMType ? new PCG64DXSM() : type === SFC64Type ? new SFC64() : new Philox();
    g.seedFromWords(ss.seq.generateState64(type === PCG64DXSMType ? 4 : type === SFC64Type ? 3 : 2));
    return new PyBitGenerator(type, g, ss);
  }
  const pcg = new PCG64();
  pcg.seedFromWords(ss.seq.generateState64(4));
  return new PyBitGenerator(type, pcg, ss);
}

/** A bit generator of the same kind and seed sequence in the same state (copy.copy / copy.deepcopy, as NumPy's pickling round trip). */
export function cloneBitGenerator(bg: PyBitGenerator): PyBitGenerator {
  const c = newBitGenerator(bg.cls, bg.seedSeq);
  setBitGeneratorState(c, bitGeneratorState(bg));
  return c;
}

/** SeedSequence.spawn(n): children keyed by spawn_key + (index,). */
export function spawnSeeds(ss: PySeedSequence, n: number): PySeedSequence[] {
  const out: PySeedSequence[] = [];
  for (let i = 0; i < n; i++) out.push(new PySeedSequence(ss.entropy, [...ss.spawnKey, ss.nChildren + i]));
  ss.nChildren += n;
  return out;
}

function generateState(ss: PySeedSequence, nWords: number, dtypeArg: any): NDArray {
  const dt = dtypeArg === undefined ? D.uint32 : toDType(dtypeArg);
  if (dt !== D.uint32 && dt !== D.uint64) throwPy('ValueError', 'only support uint32 or uint64');
  const out = allocArray([nWords], dt);
  const words = ss.seq.generateState32(dt === D.uint64 ? 2 * nWords : nWords);
  new Uint32Array(heap.buffer, out.addr, words.length).set(words);
  return out;
}

/** uint64 words as a NumPy array. */
function wordsArray(words: bigint[]): NDArray {
  const out = allocArray([words.length], D.uint64);
  new BigUint64Array(heap.buffer, out.addr, words.length).set(words);
  return out;
}

function arrayWords(v: any): bigint[] {
  return (v as NDArray).toArray().map((x: any) => BigInt(x));
}

function bitGeneratorState(bg: PyBitGenerator): PyDict {
  const d = new PyDict();
  const st = new PyDict();
  const g = bg.gen;
  if (g instanceof PCG64DXSM || g instanceof SFC64 || g instanceof Philox) {
    d.set('bit_generator', bg.cls.name);
    if (g instanceof PCG64DXSM) {
      st.set('state', norm(g.state));
      st.set('inc', norm(g.inc));
    } else if (g instanceof SFC64) st.set('state', wordsArray(g.s));
    else {
      st.set('counter', wordsArray(g.ctr));
      st.set('key', wordsArray(g.key));
    }
    d.set('state', st);
    if (g instanceof Philox) {
      d.set('buffer', wordsArray(g.buffer));
      d.set('buffer_pos', g.bufferPos);
    }
    d.set('has_uint32', g.hasUint32 ? 1 : 0);
    d.set('uinteger', g.uinteger);
    return d;
  }
  if (bg.gen instanceof PCG64) {
    const s = bg.gen.getState();
    st.set('state', norm(s.state));
    st.set('inc', norm(s.inc));
    d.set('bit_generator', 'PCG64');
    d.set('state', st);
    d.set('has_uint32', bg.gen.hasUint32 ? 1 : 0);
    d.set('uinteger', bg.gen.uinteger);
    return d;
  }
  const mt = bg.gen as MT19937;
  const { key, pos } = mt.getState();
  const keyArr = allocArray([MT19937_STATE_LEN], D.uint32);
  new Uint32Array(heap.buffer, keyArr.addr, MT19937_STATE_LEN).set(key);
  st.set('key', keyArr);
  st.set('pos', pos);
  d.set('bit_generator', 'MT19937');
  d.set('state', st);
  return d;
}

function setBitGeneratorState(bg: PyBitGenerator, v: any): void {
  if (!(v instanceof PyDict)) throwPy('TypeError', 'state must be a dict');
  const name = bg.cls.name;
  if (v.get('bit_generator') !== name) throwPy('ValueError', `state must be for a ${name} PRNG`);
  const st = v.get('state');
  const g = bg.gen;
  if (g instanceof PCG64DXSM || g instanceof SFC64 || g instanceof Philox) {
    if (g instanceof PCG64DXSM) {
      g.state = BigInt(st.get('state'));
      g.inc = BigInt(st.get('inc'));
    } else if (g instanceof SFC64) g.s = arrayWords(st.get('state'));
    else {
      g.ctr = arrayWords(st.get('counter'));
      g.key = arrayWords(st.get('key'));
      g.buffer = arrayWords(v.get('buffer'));
      g.bufferPos = pyIndex(v.get('buffer_pos'));
    }
    g.hasUint32 = Number(v.get('has_uint32') ?? 0) !== 0;
    g.uinteger = Number(v.get('uinteger') ?? 0) >>> 0;
    return;
  }
  if (bg.gen instanceof PCG64) {
    bg.gen.setState(BigInt(st.get('state')), BigInt(st.get('inc')));
    bg.gen.hasUint32 = Number(v.get('has_uint32') ?? 0) !== 0;
    bg.gen.uinteger = Number(v.get('uinteger') ?? 0) >>> 0;
    return;
  }
  const key = (st.get('key') as NDArray).toArray().map((x: any) => Number(x));
  (bg.gen as MT19937).setState(key, pyIndex(st.get('pos')));
}

export function installBitGenerators(): void {
  SeedSequenceType.newInstance = (_cls, args, kw) => {
    const p = kwArgs(args, kw, ['entropy', 'spawn_key', 'pool_size', 'n_children_spawned']);
    const ss = newSeedSequence(p.entropy, p.spawn_key === undefined ? [] : toArray(p.spawn_key));
    if (p.n_children_spawned !== undefined) ss.nChildren = pyIndex(p.n_children_spawned);
    return ss;
  };
  SeedSequenceType.dict.entropy = new GetSet('entropy', (s: PySeedSequence) => s.entropy);
  SeedSequenceType.dict.spawn_key = new GetSet('spawn_key', (s: PySeedSequence) => tuple(s.spawnKey));
  SeedSequenceType.dict.pool_size = new GetSet('pool_size', () => DEFAULT_POOL_SIZE);
  SeedSequenceType.dict.n_children_spawned = new GetSet('n_children_spawned', (s: PySeedSequence) => s.nChildren);
  SeedSequenceType.dict.pool = new GetSet('pool', (s: PySeedSequence) => {
    const out = allocArray([DEFAULT_POOL_SIZE], D.uint32);
    new Uint32Array(heap.buffer, out.addr, DEFAULT_POOL_SIZE).set(s.seq.pool);
    return out;
  });
  defineMethods(SeedSequenceType, {
    generate_state: (s: PySeedSequence, args, kw) => {
      const p = kwArgs(args, kw, ['n_words', 'dtype']);
      return generateState(s, pyIndex(p.n_words), p.dtype);
    },
    spawn: (s: PySeedSequence, args, kw) => spawnSeeds(s, pyIndex(kwArgs(args, kw, ['n_children']).n_children)),
    __repr__: (s: PySeedSequence) => {
      const lines = ['SeedSequence(', `    entropy=${pyRepr(s.entropy)},`];
      if (s.spawnKey.length) lines.push(`    spawn_key=${pyRepr(tuple(s.spawnKey))},`);
      if (s.nChildren) lines.push(`    n_children_spawned=${s.nChildren},`);
      return lines.join('\n') + '\n)';
    },
  });
  for (const t of [PCG64Type, MT19937Type, PCG64DXSMType, SFC64Type, PhiloxType]) {
    t.newInstance = (cls, args, kw) => newBitGenerator(cls, kwArgs(args, kw, ['seed']).seed);
    t.dict.state = new GetSet('state', bitGeneratorState, setBitGeneratorState);
    t.dict.seed_seq = new GetSet('seed_seq', (b: PyBitGenerator) => b.seedSeq);
    defineMethods(t, {
      spawn: (b: PyBitGenerator, args, kw) => spawnSeeds(b.seedSeq, pyIndex(kwArgs(args, kw, ['n_children']).n_children)).map((s) => newBitGenerator(b.cls, s)),
      __copy__: (b: PyBitGenerator) => cloneBitGenerator(b),
      __deepcopy__: (b: PyBitGenerator) => cloneBitGenerator(b),
      random_raw: (b: PyBitGenerator, args, kw) => {
        const p = kwArgs(args, kw, ['size', 'output']);
        // MT19937's raw output is one 32-bit word, PCG64's a 64-bit one
        const one = () => {
          if (b.gen instanceof MT19937) return BigInt(b.gen.nextUint32());
          b.gen.next64();
          return (BigInt(b.gen.hi) << 32n) | BigInt(b.gen.lo);
        };
        if (p.size === undefined || p.size === null) return norm(one());
        const n = pyIndex(p.size);
        const out = allocArray([n], D.uint64);
        const vals: bigint[] = [];
        for (let i = 0; i < n; i++) vals.push(one());
        new BigUint64Array(heap.buffer, out.addr, n).set(vals);
        return out;
      },
    });
  }
  for (const t of [PCG64Type, PCG64DXSMType, PhiloxType]) {
    defineMethods(t, {
      advance: (b: PyBitGenerator, args, kw) => {
        (b.gen as PCG64 | PCG64DXSM | Philox).advance(bigIntArg(kwArgs(args, kw, ['delta']).delta));
        return b;
      },
      // a fresh generator of the same kind in this one's state, then moved jumps * (phi - 1) * 2**128
      // steps (Philox: its counter moved jumps * 2**128)
      jumped: (b: PyBitGenerator, args, kw) => {
        const p = kwArgs(args, kw, ['jumps']);
        const jumps = p.jumps === undefined ? 1n : bigIntArg(p.jumps);
        const c = newBitGenerator(b.cls, null);
        setBitGeneratorState(c, bitGeneratorState(b));
        const g = c.gen as PCG64 | PCG64DXSM | Philox;
        g.advance((g instanceof Philox ? 1n << 128n : PCG_JUMP_STEP) * jumps);
        return c;
      },
    });
  }
}

/** A Python int (or anything with __index__) as a bigint, for 128-bit step counts. */
function bigIntArg(v: any): bigint {
  const n = asInt(v);
  return BigInt(n === undefined ? pyIndex(v) : n);
}
