/**
 * `numpy.random.RandomState`: NumPy's legacy generator — MT19937 with legacy seeding, the polar-method
 * Gaussian with its cached second value, masked-rejection integers — and its methods, whose results and
 * return types match NumPy 2.4 (size=None gives Python floats, `randint` with dtype int gives a Python
 * int, other dtypes NumPy scalars). The module-level functions of `numpy.random` are these methods bound
 * to one global RandomState (random.ts).
 *
 * Seeding (`_legacy_seeding`): an integer in [0, 2**32) goes through init_genrand, a 1-d sequence of such
 * integers through init_by_array, None through init_by_array of fresh entropy. Seeding clears the cached
 * Gaussian. `get_state`/`set_state` use the legacy tuple ('MT19937', key, pos, has_gauss, cached_gaussian)
 * or the dict form. `RandomState(MT19937(...))` draws from that bit generator, sharing its state.
 */
import { nameMethodComplaints } from './methodUfuncs';
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { heap } from '../../../runtime/memory';
import { MT19937, MT19937_STATE_LEN } from '../../../runtime/random/mt19937';
import { BitGenerator, nextUint64Big, isBulk } from '../../../runtime/random/bitGenerator';
import { fillLegacyGauss } from '../../../runtime/random/bulk';
import { legacyGauss, legacyStandardExponential, GaussCache } from '../../../runtime/random/distributions';
import { PyType, builtinType, ObjectType, IntType, BoolType } from '../../objects/pytype';
import { PyTuple, PyBytes, float, tuple } from '../../objects/values';
import { PyDict } from '../../objects/hashtable';
import { throwPy } from '../../objects/errors';
import { Kw } from '../../objects/function';
import { defineMethods, Method } from '../../objects/types/define';
import { index as pyIndex, truthy } from '../../objects/protocols';
import { idOf, str as pyStr } from '../../objects/repr';
import { warnFrom } from '../warnings';
import { NPScalar, weakKind, domainToPy } from './scalars';
import { asArray, allocArray } from './coerce';
import { kwArgs, dtRepr } from './ufuncs';
import { toDType } from './dtypes';
import { cont, sizeShape, fillArray, fillArrayBulk, isScalarLike, toDouble, broadcastValues, ufuncBroadcast } from './randomArgs';
import { randomIntegers, toBigInt } from './randomIntegers';
import { legacyShuffle, permutation } from './randomShuffle';
import { choice } from './randomChoice';
import { legacyDistributionMethods } from './randomDistributions';
import { legacyMultivariateMethods } from './randomMultivariate';
import { PyBitGenerator } from './randomBitGenerators';

export const RandomStateType = builtinType('RandomState', ObjectType, 'numpy.random.mtrand');

export class RandomState implements GaussCache {
  declare cls: PyType;
  /** the MT19937 drawn from: its own, or (RandomState(MT19937(...))) shared with that bit generator */
  constructor(readonly bg: MT19937 = new MT19937()) {}
  readonly legacy = true;
  hasGauss = false;
  gauss = 0;
}
RandomState.prototype.cls = RandomStateType;

/** A RandomState seeded as `RandomState(seed)`; an MT19937 bit generator is used as it stands. */
export function newRandomState(seed: any): RandomState {
  if (seed instanceof PyBitGenerator && seed.gen instanceof MT19937) return new RandomState(seed.gen);
  const rs = new RandomState();
  legacySeed(rs, seed);
  return rs;
}

/** NumPy's _legacy_seeding. */
function legacySeed(rs: RandomState, seed: any): void {
  const outOfRange = () => throwPy('ValueError', 'Seed must be between 0 and 2**32 - 1');
  if (seed === undefined || seed === null) {
    rs.bg.seedFromEntropy();
  } else if (isIndexable(seed)) {
    const v = typeof seed === 'bigint' ? seed : BigInt(intOf(seed));
    if (v < 0n || v > 0xffffffffn) outOfRange();
    rs.bg.seed(Number(v));
  } else {
    const obj = asArray(seed);
    if (obj.size === 0) throwPy('ValueError', 'Seed must be non-empty');
    if (obj.dtype.kind !== 'i' && obj.dtype.kind !== 'u' && obj.dtype.kind !== 'b') {
      throwPy('TypeError', `Cannot cast ${obj.ndim === 0 ? 'scalar' : 'array data'} from ${dtRepr(obj.dtype)} to dtype('int64') according to the rule 'safe'`);
    }
    if (obj.ndim !== 1) throwPy('ValueError', 'Seed array must be 1-d');
    const words = obj.toArray().map((x: any) => BigInt(x));
    if (words.some((w: bigint) => w < 0n || w > 0xffffffffn)) outOfRange();
    rs.bg.seedByArray(words.map((w: bigint) => Number(w)));
  }
  rs.hasGauss = false;
  rs.gauss = 0;
}

/** True for what operator.index accepts: Python ints and bools, NumPy integer scalars and 0-d integer arrays. */
function isIndexable(v: any): boolean {
  if (v instanceof NDArray) return v.ndim === 0 && (v.dtype.kind === 'i' || v.dtype.kind === 'u' || v.dtype.kind === 'b');
  if (v instanceof NPScalar) return v.dt.kind === 'i' || v.dt.kind === 'u' || v.dt.kind === 'b';
  const k = weakKind(v);
  return k === 'int' || k === 'bool';
}
function intOf(v: any): number | bigint {
  if (v instanceof NDArray) return intOf(new NPScalar(v.dtype, v.get([])));
  if (v instanceof NPScalar) return typeof v.v === 'bigint' ? v.v : Number(v.v);
  return typeof v === 'boolean' ? (v ? 1 : 0) : v;
}

function getState(rs: RandomState, legacy: boolean): any {
  const { key, pos } = rs.bg.getState();
  const keyArr = allocArray([MT19937_STATE_LEN], D.uint32);
  new Uint32Array(heap.buffer, keyArr.addr, MT19937_STATE_LEN).set(key);
  if (legacy) return tuple(['MT19937', keyArr, pos, rs.hasGauss ? 1 : 0, float(rs.gauss)]);
  const st = new PyDict();
  st.set('key', keyArr);
  st.set('pos', pos);
  const d = new PyDict();
  d.set('bit_generator', 'MT19937');
  d.set('state', st);
  d.set('has_gauss', rs.hasGauss ? 1 : 0);
  d.set('gauss', float(rs.gauss));
  return d;
}

function setState(rs: RandomState, s: any): void {
  let name: any, key: any, pos: any, hasGauss: any = 0, gauss: any = 0;
  if (s instanceof PyDict) {
    name = s.get('bit_generator');
    const st = s.get('state');
    if (!(st instanceof PyDict)) throwPy('ValueError', 'state must be a dict or a tuple.');
    key = st.get('key');
    pos = st.get('pos');
    hasGauss = s.get('has_gauss') ?? 0;
    gauss = s.get('gauss') ?? 0;
  } else if (s instanceof PyTuple || Array.isArray(s)) {
    const items = s instanceof PyTuple ? s.items : s;
    [name, key, pos] = items;
    if (items.length > 3) [hasGauss, gauss] = [items[3], items[4]];
  } else throwPy('TypeError', 'state must be a dict or a tuple.');
  if (name !== 'MT19937') throwPy('ValueError', 'set_state can only be used with legacy MT19937 state instances.');
  const k = asArray(key).toArray().map((x: any) => Number(x));
  if (k.length !== MT19937_STATE_LEN) throwPy('ValueError', 'state must be 624 elements');
  rs.bg.setState(k, pyIndex(pos));
  rs.hasGauss = truthy(hasGauss);
  rs.gauss = toDouble(gauss);
}

function warnDeprecated(msg: string): void {
  warnFrom('DeprecationWarning', msg);
}

/** randint's result for size None and dtype int or bool: a Python int / bool. */
function pythonIfBuiltin(r: any, dtypeArg: any): any {
  if ((dtypeArg === IntType || dtypeArg === BoolType) && r instanceof NPScalar) return domainToPy(r.dt, r.v);
  return r;
}

function randint(rs: RandomState, lowArg: any, highArg: any, size: any, dtypeArg: any): any {
  const [low, high] = highArg === undefined || highArg === null ? [0, lowArg] : [lowArg, highArg];
  const r = randomIntegers(rs.bg, low, high, size, toDType(dtypeArg).native, true, false, 'randint');
  return size === undefined || size === null ? pythonIfBuiltin(r, dtypeArg) : r;
}

function need(p: Record<string, any>, name: string, fn: string): void {
  if (p[name] === undefined) throwPy('TypeError', `${fn}() missing required positional argument: '${name}'`);
}

/** `args` of rand/randn: dimensions as separate arguments. */
function dimsArgs(args: any[], kw: Kw, fn: string): any {
  if (kw && kw.size) throwPy('TypeError', `${fn}() got an unexpected keyword argument '${[...kw.keys()][0]}'`);
  return args.length === 0 ? null : tuple(args);
}

/** The methods of RandomState (also the module-level functions of numpy.random). */
export const randomStateMethods: Record<string, Method> = {
  seed: (rs: RandomState, args, kw) => {
    const p = kwArgs(args, kw, ['seed']);
    legacySeed(rs, p.seed);
    return null;
  },
  get_state: (rs: RandomState, args, kw) => {
    const p = kwArgs(args, kw, ['legacy']);
    return getState(rs, p.legacy === undefined || truthy(p.legacy));
  },
  set_state: (rs: RandomState, args, kw) => {
    const p = kwArgs(args, kw, ['state']);
    setState(rs, p.state);
    return null;
  },
  random_sample: (rs: RandomState, args, kw) => {
    const size = sizeShape(kwArgs(args, kw, ['size']).size);
    return size === null ? float(rs.bg.nextDouble()) : fillArrayBulk(size, D.float64, (addr, n) => rs.bg.fillDoubles(addr, n));
  },
  rand: (rs: RandomState, args, kw) => randomStateMethods.random_sample(rs, [dimsArgs(args, kw, 'rand')], null),
  standard_normal: (rs: RandomState, args, kw) => {
    const size = sizeShape(kwArgs(args, kw, ['size']).size);
    return size === null ? float(legacyGauss(rs.bg, rs)) : fillArrayBulk(size, D.float64, (addr, n) => fillLegacyGauss(rs.bg, rs, addr, n));
  },
  randn: (rs: RandomState, args, kw) => randomStateMethods.standard_normal(rs, [dimsArgs(args, kw, 'randn')], null),
  randint: (rs: RandomState, args, kw) => {
    const p = kwArgs(args, kw, ['low', 'high', 'size', 'dtype']);
    need(p, 'low', 'randint');
    return randint(rs, p.low, p.high, p.size, p.dtype ?? IntType);
  },
  random_integers: (rs: RandomState, args, kw) => {
    const p = kwArgs(args, kw, ['low', 'high', 'size']);
    need(p, 'low', 'random_integers');
    let low = p.low, high = p.high;
    if (high === undefined || high === null) {
      warnDeprecated(`This function is deprecated. Please call randint(1, ${pyStr(low)} + 1) instead`);
      high = low;
      low = 1;
    } else warnDeprecated(`This function is deprecated. Please call randint(${pyStr(low)}, ${pyStr(high)} + 1) instead`);
    return randint(rs, low, toBigInt(high) + 1n, p.size, 'l');
  },
  tomaxint: (rs: RandomState, args, kw) => {
    // NumPy's random_positive_int: a 64-bit draw shifted right once, as int64 (a Python int for size=None)
    const size = sizeShape(kwArgs(args, kw, ['size']).size);
    if (size === null) return nextUint64Big(rs.bg) >> 1n;
    const out = allocArray(size, D.int64);
    const v = new BigInt64Array(heap.buffer, out.addr, out.size);
    for (let i = 0; i < v.length; i++) v[i] = nextUint64Big(rs.bg) >> 1n;
    return out;
  },
  uniform: (rs: RandomState, args, kw) => {
    const p = kwArgs(args, kw, ['low', 'high', 'size']);
    return uniform(rs, p.low ?? 0.0, p.high ?? 1.0, p.size, 'Range exceeds valid bounds', false);
  },
  normal: (rs: RandomState, args, kw) => {
    const p = kwArgs(args, kw, ['loc', 'scale', 'size']);
    const bulk = (addr: number, n: number, loc: number, scale: number) => {
      fillLegacyGauss(rs.bg, rs, addr, n);
      const v = new Float64Array(heap.buffer, addr, n);
      for (let i = 0; i < n; i++) v[i] = loc + scale * v[i];
    };
    return cont(p.size, [{ value: p.loc ?? 0.0, name: '', nonNegative: false }, { value: p.scale ?? 1.0, name: 'scale', nonNegative: true }], (loc, scale) => loc + scale * legacyGauss(rs.bg, rs), bulk);
  },
  standard_exponential: (rs: RandomState, args, kw) => {
    const size = sizeShape(kwArgs(args, kw, ['size']).size);
    return size === null ? float(legacyStandardExponential(rs.bg)) : fillArray(size, D.float64, () => legacyStandardExponential(rs.bg));
  },
  exponential: (rs: RandomState, args, kw) => {
    const p = kwArgs(args, kw, ['scale', 'size']);
    return cont(p.size, [{ value: p.scale ?? 1.0, name: 'scale', nonNegative: true }], (scale) => scale * legacyStandardExponential(rs.bg));
  },
  choice: (rs: RandomState, args, kw) => {
    const p = kwArgs(args, kw, ['a', 'size', 'replace', 'p']);
    need(p, 'a', 'choice');
    return choice(rs, p.a, p.size, p.replace, p.p, undefined, undefined);
  },
  shuffle: (rs: RandomState, args, kw) => {
    const p = kwArgs(args, kw, ['x']);
    need(p, 'x', 'shuffle');
    legacyShuffle(rs.bg, p.x);
    return null;
  },
  permutation: (rs: RandomState, args, kw) => {
    const p = kwArgs(args, kw, ['x']);
    need(p, 'x', 'permutation');
    return permutation(rs.bg, p.x, null, true);
  },
  bytes: (rs: RandomState, args, kw) => {
    const p = kwArgs(args, kw, ['length']);
    need(p, 'length', 'bytes');
    return randomBytes(rs.bg, pyIndex(p.length), true);
  },
  __repr__: (rs: RandomState) => `RandomState(MT19937) at 0x${idOf(rs).toString(16).toUpperCase()}`,
};
randomStateMethods.random = randomStateMethods.random_sample;
Object.assign(randomStateMethods, legacyDistributionMethods, legacyMultivariateMethods);

/** `bytes(length)`: little-endian bytes of uint32 draws (masked for RandomState, Lemire for Generator). */
export function randomBytes(bg: BitGenerator, length: number, masked: boolean): PyBytes {
  const n = Math.floor((length - 1) / 4) + 1;
  const words = randomIntegers(bg, 0, 4294967296, n, D.uint32, masked, false, 'randint') as NDArray;
  const bytes = new Uint8Array(heap.buffer, words.addr, words.size * 4).slice(0, Math.max(length, 0));
  return new PyBytes(bytes);
}

/**
 * uniform(low, high): low + (high - low) * U, with the range checked finite (`msg` on overflow) and, for
 * Generator (`ordered`), non-negative ("high - low < 0").
 */
export function uniform(src: { bg: BitGenerator }, low: any, high: any, size: any, msg: string, ordered: boolean): any {
  const rangeParam = (value: any) => ({ value, name: 'high - low', nonNegative: ordered });
  if (isScalarLike(low) && isScalarLike(high)) {
    const lo = toDouble(low), range = toDouble(high) - lo;
    if (!Number.isFinite(range)) throwPy('OverflowError', msg);
    const bg = src.bg;
    const bulk = isBulk(bg) ? (addr: number, n: number, a: number, r: number) => {
      bg.fillDoubles(addr, n);
      const v = new Float64Array(heap.buffer, addr, n);
      for (let i = 0; i < n; i++) v[i] = a + r * v[i];
    } : undefined;
    return cont(size, [{ value: lo, name: '', nonNegative: false }, rangeParam(range)], (a, r) => a + r * bg.nextDouble(), bulk);
  }
  const lo = asArray(low, D.float64), hi = asArray(high, D.float64);
  // range = np.subtract(high, low), checked before any draw
  const shape = ufuncBroadcast(hi.shape, lo.shape);
  const l = broadcastValues(lo, shape), h = broadcastValues(hi, shape);
  const range = fillArray(shape, D.float64, (i) => h[i] - l[i]);
  if (range.toArray().some((r: number) => !Number.isFinite(r))) throwPy('OverflowError', msg);
  return cont(size, [{ value: lo, name: '', nonNegative: false }, rangeParam(range)], (a, r) => a + r * src.bg.nextDouble());
}

export function installRandomState(): void {
  nameMethodComplaints(randomStateMethods);
  defineMethods(RandomStateType, randomStateMethods);
  // as NumPy's pickling round trip: a shallow copy shares the MT19937 (and copies the cached Gaussian), a
  // deep copy is an independent generator in the same state
  defineMethods(RandomStateType, {
    __copy__: (rs: RandomState) => {
      const c = new RandomState(rs.bg);
      c.hasGauss = rs.hasGauss;
      c.gauss = rs.gauss;
      return c;
    },
    __deepcopy__: (rs: RandomState) => {
      const c = new RandomState();
      setState(c, getState(rs, false));
      return c;
    },
  });
  RandomStateType.newInstance = (_cls, args, kw) => newRandomState(kwArgs(args, kw, ['seed']).seed);
}
