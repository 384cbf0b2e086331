/**
 * Uniform integers for `RandomState.randint` (masked rejection) and `Generator.integers` (Lemire), in any
 * integer or bool dtype, following numpy/random/_bounded_integers.pyx.in.
 *
 * Scalar bounds take the fill path: bounds checked as Python ints ("low is out of bounds for int8",
 * "low >= high", "high <= 0" …), then one (off, rng) pair for every element and one sub-word draw buffer
 * for the whole fill. Array bounds broadcast (against `size` when given) and draw element by element
 * with their own (off, rng); 8/16-bit types and bool share one buffer across the loop, 64-bit types draw
 * without one (random_bounded_uint64), as NumPy does. Values are computed modulo 2**bits from the offset,
 * so signed types wrap exactly as NumPy's unsigned arithmetic does.
 */
import { NDArray, shapeSize } from '../../../runtime/ndarray';
import { DType, intRange } from '../../../runtime/dtype';
import { heap } from '../../../runtime/memory';
import { BitGenerator, isBulk } from '../../../runtime/random/bitGenerator';
import { fillBounded32 } from '../../../runtime/random/bulk';

/** fills at least this long take their 32-bit draws in blocks (runtime/random/bulk.ts) */
const BULK_MIN = 32;
import { bounded, bounded64, boundedBool, newDrawBuffer } from '../../../runtime/random/boundedIntegers';
import { PyFloat } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { typeOf } from '../../objects/pytype';
import { NPScalar, scalar } from './scalars';
import { asArray, allocArray } from './coerce';
import { sizeShape, isScalarLike, outputShape, broadcastOrThrow, broadcastValues, ufuncBroadcast } from './randomArgs';

/** Bits of the integer dtypes randint/integers accept (bool counts as 1); 0 for others. */
function bitsOf(dt: DType): number {
  if (dt.kind === 'b') return 1;
  if (dt.kind === 'i' || dt.kind === 'u') return dt.itemsize * 8;
  return 0;
}

/** Python's int() of a bound (floats truncate). */
export function toBigInt(v: any): bigint {
  if (v instanceof NDArray && v.ndim === 0) return toBigInt(scalar(v.dtype, v.get([])));
  if (v instanceof NPScalar) {
    if (v.dt.kind === 'f') return toBigInt(new PyFloat(v.v));
    return typeof v.v === 'bigint' ? v.v : BigInt(v.v);
  }
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number' || v instanceof PyFloat) {
    const f = typeof v === 'number' ? v : v.v;
    if (Number.isNaN(f)) throwPy('ValueError', 'cannot convert float NaN to integer');
    if (!Number.isFinite(f)) throwPy('OverflowError', 'cannot convert float infinity to integer');
    return BigInt(Math.trunc(f));
  }
  return throwPy('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${typeOf(v).tpName}'`);
}

/** NumPy's format_bounds_error: low = 0 (the one-argument form) gets its own message. */
function boundsError(closed: boolean, lowIsZero: boolean): never {
  if (closed) return throwPy('ValueError', lowIsZero ? 'high < 0' : 'low > high');
  return throwPy('ValueError', lowIsZero ? 'high <= 0' : 'low >= high');
}

/** The dtype's domain value for the unsigned bit pattern `u` (bigint for 64-bit types). */
function domainValue(dt: DType, bits: number, u: bigint): any {
  if (bits === 64) return dt.kind === 'i' ? BigInt.asIntN(64, u) : BigInt.asUintN(64, u);
  const n = Number(BigInt.asUintN(bits, u));
  if (dt.kind === 'i' && n >= 2 ** (bits - 1)) return n - 2 ** bits;
  return n;
}

/** Draws for one fill: a value of [0, rng] for every element, as unsigned offsets from `off`. */
class IntegerDraws {
  private readonly buf = newDrawBuffer();
  constructor(
    private readonly bg: BitGenerator,
    private readonly bits: number,
    private readonly masked: boolean,
    private readonly buffered: boolean,
  ) {}

  /** off + a draw in [0, rng], modulo 2**bits. */
  next(off: bigint, rng: bigint): bigint {
    const bits = this.bits;
    if (rng === 0n) return BigInt.asUintN(bits === 1 ? 8 : bits, off);
    if (bits === 1) return BigInt(boundedBool(this.bg, Number(rng), this.buf));
    if (rng > 0xffffffffn) return BigInt.asUintN(64, off + bounded64(this.bg, rng, this.masked));
    const b = this.buffered ? this.buf : newDrawBuffer();
    return BigInt.asUintN(bits, off + BigInt(bounded(this.bg, Number(rng), bits, this.masked, b)));
  }

  /** Fill `n` elements at `addr` with off + draws, without BigInt per element where the range fits. */
  fill(addr: number, n: number, off: bigint, rng: bigint): void {
    const bits = this.bits;
    if (bits === 64) {
      const w = new Uint32Array(heap.buffer, addr, 2 * n);
      if (rng > 0xffffffffn || rng === 0n) {
        for (let i = 0; i < n; i++) {
          const v = this.next(off, rng);
          w[2 * i] = Number(v & 0xffffffffn);
          w[2 * i + 1] = Number(v >> 32n);
        }
        return;
      }
      const u = BigInt.asUintN(64, off);
      const offLo = Number(u & 0xffffffffn), offHi = Number(u >> 32n), r = Number(rng);
      if (n >= BULK_MIN && isBulk(this.bg)) {
        fillBounded32(this.bg, r, this.masked, addr, n, offLo, offHi, true);
        return;
      }
      for (let i = 0; i < n; i++) {
        const lo = offLo + bounded(this.bg, r, 64, this.masked, this.buf);
        w[2 * i] = lo >>> 0;
        w[2 * i + 1] = (offHi + (lo > 0xffffffff ? 1 : 0)) >>> 0;
      }
      return;
    }
    const view = bits <= 8 ? new Uint8Array(heap.buffer, addr, n) : bits === 16 ? new Uint16Array(heap.buffer, addr, n) : new Uint32Array(heap.buffer, addr, n);
    const offN = Number(BigInt.asUintN(bits === 1 ? 8 : bits, off)), r = Number(rng);
    if (rng === 0n) {
      view.fill(offN);
      return;
    }
    if (bits === 32 && n >= BULK_MIN && isBulk(this.bg)) {
      fillBounded32(this.bg, r, this.masked, addr, n, offN, 0, false);
      return;
    }
    for (let i = 0; i < n; i++) {
      view[i] = bits === 1 ? boundedBool(this.bg, r, this.buf) : offN + bounded(this.bg, r, bits, this.masked, this.buf);
    }
  }
}

/** Store unsigned bit patterns into a fresh C-contiguous integer array. */
function writeBits(out: NDArray, vals: bigint[], bits: number): void {
  const n = vals.length;
  if (bits === 64) {
    const w = new Uint32Array(heap.buffer, out.addr, 2 * n);
    vals.forEach((v, i) => {
      w[2 * i] = Number(v & 0xffffffffn);
      w[2 * i + 1] = Number(v >> 32n);
    });
    return;
  }
  const view = bits <= 8 ? new Uint8Array(heap.buffer, out.addr, n) : bits === 16 ? new Uint16Array(heap.buffer, out.addr, n) : new Uint32Array(heap.buffer, out.addr, n);
  vals.forEach((v, i) => (view[i] = Number(v)));
}

/**
 * randint / integers: `low`..`high` (exclusive unless `closed`) in dtype `dt`, by the masked method
 * (`masked`, RandomState) or Lemire's (Generator). Returns a NumPy scalar when size is None and both
 * bounds are scalars, else an array.
 */
export function randomIntegers(bg: BitGenerator, lowArg: any, highArg: any, sizeArg: any, dt: DType, masked: boolean, closed: boolean, what: string): NPScalar | NDArray {
  const bits = bitsOf(dt);
  if (!bits) throwPy('TypeError', `Unsupported dtype dtype('${dt.kind === 'U' ? dt.str : dt.name}') for ${what}`);
  const size = sizeShape(sizeArg);
  if (size !== null && shapeSize(size) === 0) return allocArray(size, dt.native);
  const [min, max] = intRange(dt);
  const name = dt.name;
  if (isScalarLike(lowArg) && isScalarLike(highArg)) {
    const low = toBigInt(lowArg);
    const high = toBigInt(highArg) - (closed ? 0n : 1n);
    if (low < min) throwPy('ValueError', `low is out of bounds for ${name}`);
    if (high > max) throwPy('ValueError', `high is out of bounds for ${name}`);
    if (low > high) boundsError(closed, low === 0n);
    const draws = new IntegerDraws(bg, bits, masked, true);
    if (size === null) return scalar(dt.native, domainValue(dt, bits === 1 ? 8 : bits, draws.next(low, high - low)));
    const out = allocArray(size, dt.native);
    draws.fill(out.addr, out.size, low, high - low);
    return out;
  }
  const lowA = asArray(lowArg), highA = asArray(highArg);
  // NumPy compares low with high first (a ufunc), then broadcasts low, high and the output, in that order
  ufuncBroadcast(lowA.shape, highA.shape);
  if (size !== null) broadcastOrThrow([lowA.shape, highA.shape, size]);
  const shape = outputShape(size, [lowA.shape, highA.shape]);
  const exact = (a: NDArray) => a.toArray().map((x: any) => (a.dtype.kind === 'f' ? x : typeof x === 'bigint' ? x : BigInt(x)));
  const lows = exact(lowA), highs = exact(highA);
  if (lows.some((x: any) => x < min)) throwPy('ValueError', `low is out of bounds for ${name}`);
  const top = (h: any) => (closed ? h : typeof h === 'bigint' ? h - 1n : h - 1);
  if (highs.some((h: any) => top(h) > max)) throwPy('ValueError', `high is out of bounds for ${name}`);
  const lb = broadcastValues(lowA, shape).map((x: any) => toBigInt(lowA.dtype.kind === 'f' ? new PyFloat(x) : x));
  const hb = broadcastValues(highA, shape).map((x: any) => toBigInt(highA.dtype.kind === 'f' ? new PyFloat(x) : x) - (closed ? 0n : 1n));
  if (lb.some((l, i) => l > hb[i])) boundsError(closed, lows.every((x: any) => x == 0));
  const out = allocArray(shape, dt.native);
  const draws = new IntegerDraws(bg, bits, masked, bits !== 64);
  const vals = lb.map((l, i) => draws.next(l, hb[i] - l));
  writeBits(out, vals, bits);
  return out;
}
