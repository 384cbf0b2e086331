/**
 * `numpy.random.Generator` (NumPy's _generator.pyx) over a bit generator (PCG64 from `default_rng`, or
 * MT19937): float64/float32 uniforms, Lemire integers, ziggurat normals and exponentials, choice,
 * permutation, shuffle and permuted — each drawing exactly the bits NumPy draws. Results follow NumPy's
 * types: size=None gives a Python float (float32 draws too) and `integers` a NumPy scalar of its dtype
 * (a Python int/bool for dtype=int/bool). `out=` arrays must be C-contiguous of the requested dtype.
 */
import { nameMethodComplaints } from './methodUfuncs';
import { NDArray } from '../../../runtime/ndarray';
import { DType } from '../../../runtime/dtype';
import * as D from '../../../runtime/dtype';
import { heap } from '../../../runtime/memory';
import { BitGenerator, BulkBitGenerator, isBulk } from '../../../runtime/random/bitGenerator';
import { PCG64 } from '../../../runtime/random/pcg64';
import { fillStandardNormal } from '../../../runtime/random/bulk';
import { nextFloat, standardNormal, standardNormalF, standardExponential, standardExponentialF, standardExponentialInv } from '../../../runtime/random/distributions';
import { PyType, builtinType, ObjectType, IntType, BoolType } from '../../objects/pytype';
import { float } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { defineMethods, Method } from '../../objects/types/define';
import { GetSet } from '../../objects/descriptors';
import { index as pyIndex, truthy } from '../../objects/protocols';
import { idOf } from '../../objects/repr';
import { NPScalar, domainToPy } from './scalars';
import { kwArgs } from './ufuncs';
import { toDType } from './dtypes';
import { cont, sizeShape, fillArray, fillArrayBulk } from './randomArgs';
import { randomIntegers } from './randomIntegers';
import { generatorShuffle, permutation, permuted } from './randomShuffle';
import { choice } from './randomChoice';
import { generatorDistributionMethods } from './randomDistributions';
import { generatorMultivariateMethods } from './randomMultivariate';
import { generatorMvHypergeometricMethods } from './randomMvHypergeometric';
import { uniform, randomBytes } from './randomState';
import { PyBitGenerator, PCG64Type, newBitGenerator, spawnSeeds, cloneBitGenerator } from './randomBitGenerators';

export const GeneratorType = builtinType('Generator', ObjectType, 'numpy.random._generator');

export class Generator {
  declare cls: PyType;
  readonly legacy = false;
  constructor(readonly bitGen: PyBitGenerator) {}
  get bg(): BitGenerator {
    return this.bitGen.gen;
  }
}
Generator.prototype.cls = GeneratorType;

/** default_rng(seed): a Generator over PCG64(seed); Generators and bit generators are taken as they are. */
export function defaultRng(seed: any): Generator {
  if (seed instanceof Generator) return seed;
  if (seed instanceof PyBitGenerator) return new Generator(seed);
  return new Generator(newBitGenerator(PCG64Type, seed));
}

/**
 * NumPy's double_fill / float_fill: one draw as a Python float (size and out None), a new array of
 * `size`, or the supplied `out` array filled in place.
 */
function fill(sizeArg: any, outArg: any, dt: DType, draw: () => number, bulk: ((addr: number, n: number) => void) | null = null): any {
  const size = sizeShape(sizeArg);
  if (outArg === undefined || outArg === null) {
    if (size === null) return float(dt === D.float32 ? Math.fround(draw()) : draw());
    return bulk ? fillArrayBulk(size, dt, bulk) : fillArray(size, dt, draw);
  }
  if (!(outArg instanceof NDArray)) throwPy('TypeError', 'Supplied output array has the wrong type.');
  const out = outArg;
  if (out.dtype !== dt) throwPy('TypeError', `Supplied output array has the wrong type. Expected ${dt.name}, got ${out.dtype.name}`);
  if (!out.cContiguous || !out.writeable || !out.dtype.isNative || out.addr % out.itemsize !== 0) {
    throwPy('ValueError', 'Supplied output array must be contiguous, writable, aligned, and in machine byte-order.');
  }
  if (size !== null && (size.length !== out.ndim || size.some((s, i) => s !== out.shape[i]))) throwPy('ValueError', 'size must match out.shape when used together');
  const n = out.size;
  if (n === 0) return out;
  if (bulk) {
    bulk(out.addr, n);
    return out;
  }
  const v = dt === D.float32 ? new Float32Array(heap.buffer, out.addr, n) : new Float64Array(heap.buffer, out.addr, n);
  for (let i = 0; i < n; i++) v[i] = draw();
  return out;
}

/** A float dtype argument: float64 or float32, else NumPy's "Unsupported dtype" TypeError. */
function floatDType(dtypeArg: any, what: string): DType {
  const dt = dtypeArg === undefined ? D.float64 : toDType(dtypeArg);
  if (dt !== D.float64 && dt !== D.float32) throwPy('TypeError', `Unsupported dtype dtype('${dt.kind === 'U' ? dt.str : dt.name}') for ${what}`);
  return dt;
}

function need(p: Record<string, any>, name: string, fn: string): void {
  if (p[name] === undefined) throwPy('TypeError', `${fn}() missing required positional argument: '${name}'`);
}

/** n float32 uniforms at `addr`: the 32-bit draws written in place, then (w >> 8) / 2**24 each, as NumPy. */
function fillFloats(bg: BulkBitGenerator, addr: number, n: number): void {
  bg.fillWords32(addr, n);
  const u = new Uint32Array(heap.buffer, addr, n), f = new Float32Array(heap.buffer, addr, n);
  for (let i = 0; i < n; i++) f[i] = (u[i] >>> 8) * (1 / 16777216);
}

const generatorMethods: Record<string, Method> = {
  random: (g: Generator, args, kw) => {
    const p = kwArgs(args, kw, ['size', 'dtype', 'out']);
    const dt = floatDType(p.dtype, 'random');
    const bg = g.bg;
    if (dt === D.float32) return fill(p.size, p.out, dt, () => nextFloat(bg), isBulk(bg) ? (addr, n) => fillFloats(bg, addr, n) : null);
    return fill(p.size, p.out, dt, () => bg.nextDouble(), isBulk(bg) ? (addr, n) => bg.fillDoubles(addr, n) : null);
  },
  integers: (g: Generator, args, kw) => {
    const p = kwArgs(args, kw, ['low', 'high', 'size', 'dtype', 'endpoint']);
    need(p, 'low', 'integers');
    const [low, high] = p.high === undefined || p.high === null ? [0, p.low] : [p.low, p.high];
    const dtypeArg = p.dtype ?? D.int64;
    const dt = dtypeArg instanceof DType ? dtypeArg : toDType(dtypeArg).native;
    const r = randomIntegers(g.bg, low, high, p.size, dt, false, p.endpoint !== undefined && truthy(p.endpoint), 'integers');
    if ((dtypeArg === IntType || dtypeArg === BoolType) && r instanceof NPScalar) return domainToPy(r.dt, r.v);
    return r;
  },
  standard_normal: (g: Generator, args, kw) => {
    const p = kwArgs(args, kw, ['size', 'dtype', 'out']);
    const dt = floatDType(p.dtype, 'standard_normal');
    const bg = g.bg;
    if (dt === D.float32) return fill(p.size, p.out, dt, () => standardNormalF(bg));
    return fill(p.size, p.out, dt, () => standardNormal(bg), bg instanceof PCG64 ? (addr, n) => fillStandardNormal(bg, addr, n) : null);
  },
  normal: (g: Generator, args, kw) => {
    const p = kwArgs(args, kw, ['loc', 'scale', 'size']);
    const bg = g.bg;
    const bulk = bg instanceof PCG64 ? (addr: number, n: number, loc: number, scale: number) => {
      fillStandardNormal(bg, addr, n);
      const v = new Float64Array(heap.buffer, addr, n);
      for (let i = 0; i < n; i++) v[i] = loc + scale * v[i];
    } : undefined;
    return cont(p.size, [{ value: p.loc ?? 0.0, name: '', nonNegative: false }, { value: p.scale ?? 1.0, name: 'scale', nonNegative: true }], (loc, scale) => loc + scale * standardNormal(bg), bulk);
  },
  standard_exponential: (g: Generator, args, kw) => {
    const p = kwArgs(args, kw, ['size', 'dtype', 'method', 'out']);
    const dt = floatDType(p.dtype, 'standard_exponential');
    const bg = g.bg;
    if (p.method === 'inv') return fill(p.size, p.out, dt, () => standardExponentialInv(bg, dt === D.float32));
    return fill(p.size, p.out, dt, dt === D.float32 ? () => standardExponentialF(bg) : () => standardExponential(bg));
  },
  exponential: (g: Generator, args, kw) => {
    const p = kwArgs(args, kw, ['scale', 'size']);
    const bg = g.bg;
    return cont(p.size, [{ value: p.scale ?? 1.0, name: 'scale', nonNegative: true }], (scale) => scale * standardExponential(bg));
  },
  uniform: (g: Generator, args, kw) => {
    const p = kwArgs(args, kw, ['low', 'high', 'size']);
    return uniform(g, p.low ?? 0.0, p.high ?? 1.0, p.size, 'high - low range exceeds valid bounds', true);
  },
  choice: (g: Generator, args, kw) => {
    const p = kwArgs(args, kw, ['a', 'size', 'replace', 'p', 'axis', 'shuffle']);
    need(p, 'a', 'choice');
    return choice(g, p.a, p.size, p.replace, p.p, p.axis, p.shuffle);
  },
  permutation: (g: Generator, args, kw) => {
    const p = kwArgs(args, kw, ['x', 'axis']);
    need(p, 'x', 'permutation');
    return permutation(g.bg, p.x, p.axis ?? 0, false);
  },
  shuffle: (g: Generator, args, kw) => {
    const p = kwArgs(args, kw, ['x', 'axis']);
    need(p, 'x', 'shuffle');
    generatorShuffle(g.bg, p.x, p.axis ?? 0);
    return null;
  },
  permuted: (g: Generator, args, kw) => {
    if (args.length > 1) throwPy('TypeError', `permuted() takes exactly 1 positional argument (${args.length} given)`);
    const p = kwArgs(args, kw, ['x', 'axis', 'out']);
    need(p, 'x', 'permuted');
    return permuted(g.bg, p.x, p.axis, p.out);
  },
  bytes: (g: Generator, args, kw) => {
    const p = kwArgs(args, kw, ['length']);
    need(p, 'length', 'bytes');
    return randomBytes(g.bg, pyIndex(p.length), false);
  },
  spawn: (g: Generator, args, kw) => {
    const n = pyIndex(kwArgs(args, kw, ['n_children']).n_children);
    return spawnSeeds(g.bitGen.seedSeq, n).map((s) => new Generator(newBitGenerator(g.bitGen.cls, s)));
  },
  __repr__: (g: Generator) => `Generator(${g.bitGen.cls.name}) at 0x${idOf(g).toString(16).toUpperCase()}`,
  __str__: (g: Generator) => `Generator(${g.bitGen.cls.name})`,
};

export function installGenerator(): void {
  Object.assign(generatorMethods, generatorDistributionMethods, generatorMultivariateMethods, generatorMvHypergeometricMethods);
  nameMethodComplaints(generatorMethods);
  defineMethods(GeneratorType, generatorMethods);
  GeneratorType.dict.bit_generator = new GetSet('bit_generator', (g: Generator) => g.bitGen);
  // NumPy copies through pickling's reduce: a shallow copy shares the bit generator, a deep one has its own
  defineMethods(GeneratorType, {
    __copy__: (g: Generator) => new Generator(g.bitGen),
    __deepcopy__: (g: Generator) => new Generator(cloneBitGenerator(g.bitGen)),
  });
  GeneratorType.newInstance = (_cls, args, kw) => {
    const bg = kwArgs(args, kw, ['bit_generator']).bit_generator;
    if (!(bg instanceof PyBitGenerator)) throwPy('TypeError', 'Generator() requires a bit generator such as PCG64 or MT19937');
    return new Generator(bg);
  };
}
