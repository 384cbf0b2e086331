/**
 * Indexing by a boolean mask of the array's own shape (`a[a > 5]`, `a[m] = 0`), the commonest advanced
 * index, without turning the mask into coordinate arrays first: one walk over the array and the mask
 * together in C order (NumPy's order for a mask), moving each selected element's bytes. The general
 * path (indexing.ts) gives the same results; this one is for numeric, bool and text dtypes (objects and
 * records keep the general path).
 */
import { NDArray, stridedLoop } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { heap } from '../../../runtime/memory';
import { throwPy } from '../../objects/errors';
import { allocArray, asArray, copyInto } from './coerce';

/** whether `key` is a mask these functions take for indexing `a` */
export function isFullMask(a: NDArray, key: any): key is NDArray {
  if (!(key instanceof NDArray) || key.dtype !== D.bool || key.ndim !== a.ndim || key.ndim === 0) return false;
  if (a.dtype.kind === 'O' || a.dtype.kind === 'V') return false;
  return key.shape.every((s, i) => s === a.shape[i]);
}

/** visit the address in `a` of each element the mask selects, in C order, with its position k */
function eachSelected(a: NDArray, mask: NDArray, f: (addr: number, k: number) => void): void {
  let k = 0;
  const bytes = new Uint8Array(heap.buffer);
  stridedLoop(a.shape, [a.addr, mask.addr], [a.strides, mask.strides], (n, [p, m], [ps, ms]) => {
    for (let i = 0; i < n; i++, p += ps, m += ms) if (bytes[m] !== 0) f(p, k++);
  });
}

function countSelected(mask: NDArray): number {
  let c = 0;
  const bytes = new Uint8Array(heap.buffer);
  stridedLoop(mask.shape, [mask.addr], [mask.strides], (n, [m], [ms]) => {
    for (let i = 0; i < n; i++, m += ms) c += bytes[m] !== 0 ? 1 : 0;
  });
  return c;
}

/** a[mask]: the selected elements, a new 1-d array */
export function maskSelect(a: NDArray, mask: NDArray): NDArray {
  const out = allocArray([countSelected(mask)], a.dtype);
  const it = a.itemsize;
  const bytes = new Uint8Array(heap.buffer);
  eachSelected(a, mask, (p, k) => bytes.copyWithin(out.addr + k * it, p, p + it));
  return out;
}

/**
 * a[mask] = value: a value of one element goes everywhere selected, one of as many elements as the
 * mask selects goes in order; NumPy's errors for anything else.
 */
export function maskAssign(a: NDArray, mask: NDArray, value: any): void {
  const src = value instanceof NDArray ? value : asArray(value, a.dtype.native);
  if (src.ndim > 1) throwPy('TypeError', `NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, input has ${src.ndim} dimensions`);
  const count = countSelected(mask);
  if (src.ndim === 1 && src.size !== 1 && src.size !== count) {
    throwPy('ValueError', `NumPy boolean array indexing assignment cannot assign ${src.size} input values to the ${count} output values where the mask is true`);
  }
  const one = src.size === 1;
  // values of another dtype are cast first (the casts and their warnings are copyInto's); values of
  // a's own are read in place as the writes go, as NumPy does (a value overlapping `a` sees earlier writes)
  let vals = src;
  if (src.dtype !== a.dtype) {
    vals = allocArray([one ? 1 : count], a.dtype);
    copyInto(vals, src.ndim === 0 ? src : src.view([vals.shape[0]], [one ? 0 : src.strides[0]], src.offset));
  }
  const it = a.itemsize;
  const step = one || vals.ndim === 0 ? 0 : vals.strides[0];
  const base = vals.addr;
  const bytes = new Uint8Array(heap.buffer);
  eachSelected(a, mask, (p, k) => bytes.copyWithin(p, base + k * step, base + k * step + it));
}
