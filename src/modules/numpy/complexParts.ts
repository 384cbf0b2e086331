/**
 * `.real` and `.imag` of arrays: views onto the parts of complex elements (the real dtype, same
 * strides, offset 0 or half an item), the array itself / a zero-filled read-only array for real input.
 */
import { NDArray } from '../../../runtime/ndarray';
import { allocArray } from './coerce';
import { subclassOf, wrapAs } from './subclassing';

export function realPart(a: NDArray): NDArray {
  if (a.dtype.kind !== 'c') return a;
  return a.view(a.shape.slice(), a.strides.slice(), a.offset, a.dtype.realType);
}

export function imagPart(a: NDArray): NDArray {
  if (a.dtype.kind !== 'c') {
    const z = allocArray(a.shape, a.dtype, true);
    z.writeable = false;
    // a new array of the receiver's class (NumPy creates it with the subtype)
    const cls = subclassOf(a);
    return cls === null ? z : wrapAs(z, cls, a);
  }
  return a.view(a.shape.slice(), a.strides.slice(), a.offset + a.dtype.itemsize / 2, a.dtype.realType);
}
