/**
 * np.partition and np.argpartition, with the element order NumPy's selection leaves (measured against
 * NumPy 2.4 on an AVX-512 x86-64 machine): with one kth, the dtypes x86-simd-sort selects on — 16-, 32- and
 * 64-bit numbers for values, 32- and 64-bit ones for indices — use its quickselect, whose bitonic networks
 * sort short lanes completely, so the full sort stands in for it; everything else (8-bit ints, bool,
 * complex, several kth) runs NumPy's own introselect (runtime/introselect.ts) lane by lane.
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { npyLess } from '../../../runtime/argsort';
import { npyIntroselect } from '../../../runtime/introselect';
import { SIMD_ARGSORT_DTYPES } from '../../../runtime/simdSort';
import { throwPy } from '../../objects/errors';
import { asArray, allocArray, castCopy } from './coerce';
import { normAxis } from './axes';
import { ravel } from './reductions';
import { sort, argsort, lanes } from './sorting';

const SIMD_SELECT_DTYPES = new Set([...SIMD_ARGSORT_DTYPES, 'int16', 'uint16', 'float16']);

/** kth as NumPy's partition_prep_kth_array leaves it: in range, negatives counted from the end, ascending */
function kthList(kthArg: any, n: number): number[] {
  const kth = asArray(kthArg);
  if (!'iub'.includes(kth.dtype.kind)) throwPy('TypeError', 'Partition index must be integer');
  const ks = kth.toArray().map((v: any) => {
    const k = Number(v);
    if (k < -n || k >= n) throwPy('ValueError', `kth(=${k}) out of bounds (${n})`);
    return k < 0 ? k + n : k;
  });
  return ks.sort((p: number, q: number) => p - q);
}

/** np.partition (arg false) or np.argpartition (arg true) of `x` along `axisArg` (None: flattened) */
export function partition(x: any, kthArg: any, axisArg: any, arg: boolean): NDArray {
  let a = asArray(x);
  if (axisArg === null) a = ravel(a);
  const axis = normAxis(axisArg === null ? 0 : axisArg ?? -1, a.ndim);
  const n = a.shape[axis];
  // nothing to select in an empty array (kth is not even checked)
  if (a.size === 0) return arg ? allocArray(a.shape, D.int64) : castCopy(a, a.dtype);
  const kths = kthList(kthArg, n);
  const dt = a.dtype;
  if (kths.length === 1 && (arg ? SIMD_ARGSORT_DTYPES : SIMD_SELECT_DTYPES).has(dt.native.name)) return arg ? argsort(a, axis) : sort(a, axis);
  // NumPy's float and complex tags take the max-scan shortcut for the last place; its half tag does not
  const inexact = dt.kind === 'c' || (dt.kind === 'f' && dt.itemsize > 2);
  const out = arg ? allocArray(a.shape, D.int64) : castCopy(a, dt);
  const outLanes: NDArray[] = [];
  lanes(out, axis, (l) => outLanes.push(l));
  lanes(a, axis, (lane, k) => {
    const vals = lane.toArray();
    const perm = npyIntroselect(n, kths, npyLess(dt, vals), inexact);
    const o = outLanes[k];
    for (let i = 0; i < n; i++) o.set([i], arg ? BigInt(perm[i]) : vals[perm[i]]);
  });
  return out;
}
