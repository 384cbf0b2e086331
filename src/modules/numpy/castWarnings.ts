/**
 * What a NumPy cast reports besides its result: the ComplexWarning of a complex → real cast ("Casting
 * complex values to real discards the imaginary part", once per cast, decided by the dtypes alone) and
 * the floating-point flags of its conversions — "overflow encountered in cast" when a narrowing float
 * conversion (to float32, float16 or complex64) turned a finite value into an infinity, "invalid value
 * encountered in cast" when a float → integer conversion met NaN, an infinity or an out-of-range value.
 *
 * The element converters (runtime/elements.ts) and Python-value conversions (pyToDomain in scalars.ts)
 * only raise `castFlags`; a whole cast (an `astype`, an assignment, building an array or a scalar) runs
 * inside `reportingCast`, which clears the flags before and reports them after, through the np.errstate
 * machinery, so a cast of many elements warns once.
 */
import { NDArray, stridedLoop, broadcastStrides, typedView } from '../../../runtime/ndarray';
import { DType } from '../../../runtime/dtype';
import { reader, castFlags } from '../../../runtime/elements';
import { heap } from '../../../runtime/memory';
import { report, allFinite } from './fpErrors';
import { ComplexWarningType } from './axes';
import { warnFrom } from '../warnings';

/** NumPy's ComplexWarning for a cast from a complex type to a float or integer one (not bool). */
export function warnComplexCast(from: DType, to: DType): void {
  if (from.kind === 'c' && (to.kind === 'f' || to.kind === 'i' || to.kind === 'u')) {
    warnFrom(ComplexWarningType, 'Casting complex values to real discards the imaginary part');
  }
}

/** Run a cast with the cast flags cleared, then report what its conversions flagged. */
export function reportingCast<T>(run: () => T): T {
  castFlags.invalid = castFlags.over = false;
  const r = run();
  const { invalid, over } = castFlags;
  castFlags.invalid = castFlags.over = false;
  if (over) report('over', 'cast');
  if (invalid) report('invalid', 'cast');
  return r;
}

/**
 * After a WebAssembly float64 → float32 copy (which raises no flags): flag an overflow when dst holds an
 * infinity where src held a finite value. A contiguous dst of finite values costs one scan.
 */
export function flagNarrowedOverflow(dst: NDArray, src: NDArray): void {
  if (src.dtype.kind !== 'f' || dst.dtype.kind !== 'f' || dst.itemsize >= src.itemsize) return;
  const t = typedView(dst);
  if (t instanceof Float32Array && allFinite(t)) return;
  const rs = reader(src.dtype), rd = reader(dst.dtype);
  const dv = heap.view();
  stridedLoop(dst.shape, [dst.addr, src.addr], [dst.strides, broadcastStrides(src, dst.shape)], (n, [d, s], [ds, ss]) => {
    for (let i = 0; i < n; i++, d += ds, s += ss) {
      const y = rd(dv, d), x = rs(dv, s);
      if (y - y !== 0 && x - x === 0) castFlags.over = true;
    }
  });
}
