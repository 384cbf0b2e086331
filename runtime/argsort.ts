/**
 * Which algorithm NumPy's default-kind argsort ('quicksort') runs for a dtype, and the ordering it uses,
 * so that ties come out in NumPy's order (measured against NumPy 2.4 on an AVX-512 x86-64 machine):
 * - int32, uint32, int64, uint64, float32, float64: x86-simd-sort (runtime/simdSort.ts);
 * - every other dtype: NumPy's own introsort (runtime/stdSort.ts `npyArgQuicksort`), with NumPy's
 *   `less` for the dtype: NaN last for floats, NaT last for datetimes, complex numbers by real then imaginary part with NaNs last
 *   (`npysort_common.h` CFLOAT_LT), plain `<` otherwise; callers may pass the ordering for strings and
 *   records, which NumPy compares through the dtype's compare function (`guarded` partition scans).
 * Lanes are sorted independently: NumPy copies each lane to a contiguous buffer and starts its indices at 0.
 */
import { DType } from './dtype';
import { NAT } from './datetime';
import { Complex } from './elements';
import { Less, npyArgQuicksort } from './stdSort';
import { Key, simdArgsort, SIMD_ARGSORT_DTYPES } from './simdSort';

function keyRange(dt: DType): [Key, Key] {
  switch (dt.name) {
    case 'int32': return [2 ** 31 - 1, -(2 ** 31)];
    case 'uint32': return [2 ** 32 - 1, 0];
    case 'int64': return [(1n << 63n) - 1n, -(1n << 63n)];
    case 'uint64': return [(1n << 64n) - 1n, 0n];
    default: return [Infinity, -Infinity];
  }
}

/** NumPy's `less` for the built-in numeric dtypes, over element values as ndpy reads them. */
export function npyLess(dt: DType, vals: any[]): Less {
  if (dt.kind === 'f') {
    return (i, j) => {
      const a = vals[i], b = vals[j];
      return a < b || (b !== b && a === a);
    };
  }
  if (dt.kind === 'c') {
    return (i, j) => complexLess(vals[i], vals[j]);
  }
  // NumPy's DATETIME_LT: NaT after every date
  if (dt.timeUnit !== null) return (i, j) => vals[i] !== NAT && (vals[j] === NAT || vals[i] < vals[j]);
  return (i, j) => vals[i] < vals[j];
}

/** NumPy's CFLOAT_LT: by real then imaginary part, ordered R+Rj < R+nanj < nan+Rj < nan+nanj */
export function complexLess(a: Complex, b: Complex): boolean {
  if (a.re < b.re) return a.im === a.im || b.im !== b.im;
  if (a.re > b.re) return b.im !== b.im && a.im === a.im;
  if (a.re === b.re || (a.re !== a.re && b.re !== b.re)) return a.im < b.im || (b.im !== b.im && a.im === a.im);
  return b.re !== b.re;
}

/**
 * NumPy's default-kind argsort of one lane of values (in C order, as `NDArray.toArray` gives them).
 * `less` overrides the ordering for dtypes without a native one (strings, records); `guarded` marks
 * NumPy's generic sort, used for records.
 */
export function defaultArgsort(dt: DType, vals: any[], less?: Less, guarded = false): number[] {
  if (!less && SIMD_ARGSORT_DTYPES.has(dt.native.name)) {
    const [max, min] = keyRange(dt.native);
    return simdArgsort(vals, max, min, dt.kind === 'f');
  }
  return npyArgQuicksort(vals.length, less ?? npyLess(dt, vals), guarded);
}
