/**
 * Python's buffer protocol as NumPy consumes it: a bytearray or memoryview given to np.array /
 * np.asarray is a 1-D array of its items (uint8 for raw bytes, the memoryview's struct format
 * otherwise), and `np.ndarray(shape, dtype, buffer=…)` reinterprets any exporter's bytes (bytes,
 * bytearray, memoryview, an array) under the requested dtype, shape and strides.
 *
 * Array data lives in WASM memory, so the bytes of a Python bytes-like object are copied in once;
 * an array given as the buffer is viewed in place, as NumPy shares its memory. Read-only exporters
 * (bytes, a read-only memoryview) give read-only arrays, as in NumPy.
 */
import { DType } from '../../../runtime/dtype';
import * as D from '../../../runtime/dtype';
import { NDArray } from '../../../runtime/ndarray';
import { heap } from '../../../runtime/memory';
import { PyBytes } from '../../objects/values';
import { PyByteArray } from '../../objects/types/bytes';
import { PyMemoryView } from '../../objects/types/memoryview';
import { typeOf } from '../../objects/pytype';
import { throwPy } from '../../objects/errors';
import { allocArray } from './coerce';

/** struct-module native formats → dtypes (Linux x86-64 sizes: C long is 8 bytes) */
const FORMAT_DTYPE: Record<string, string> = {
  B: 'u1', b: 'i1', '?': 'b1', c: 'S1', h: 'i2', H: 'u2', i: 'i4', I: 'u4', l: 'i8', L: 'u8',
  q: 'i8', Q: 'u8', n: 'i8', N: 'u8', e: 'f2', f: 'f4', d: 'f8', P: 'u8',
};

/** The bytes of a copied-in exporter as a fresh array of `dt` items. */
function copyIn(data: Uint8Array, dt: DType, writeable: boolean): NDArray {
  const a = allocArray([Math.floor(data.length / dt.itemsize)], dt);
  new Uint8Array(heap.buffer, a.addr, a.shape[0] * dt.itemsize).set(data.subarray(0, a.shape[0] * dt.itemsize));
  a.writeable = writeable;
  return a;
}

/** A bytearray or memoryview as NumPy's array of its items, or null for other values. */
export function bufferItems(v: any): NDArray | null {
  if (v instanceof PyByteArray) return copyIn(v.data, D.uint8, true);
  if (v instanceof PyMemoryView) {
    const dt = D.parseDType(FORMAT_DTYPE[v.format] ?? 'u1')!;
    return copyIn(v.data, dt, !v.readonly);
  }
  return null;
}

/** The raw bytes of a buffer exporter as a 1-D uint8 array (an array's own memory, viewed in place). */
export function bufferBytes(v: any): NDArray {
  if (v instanceof NDArray) {
    if (!v.cContiguous) throwPy('ValueError', 'ndarray is not C-contiguous');
    return v.view([v.nbytes], [1], v.offset, D.uint8);
  }
  if (v instanceof PyBytes) return copyIn(v.data, D.uint8, false);
  if (v instanceof PyByteArray) return copyIn(v.data, D.uint8, true);
  if (v instanceof PyMemoryView) return copyIn(v.data, D.uint8, !v.readonly);
  return throwPy('TypeError', `a bytes-like object is required, not '${typeOf(v).tpName}'`);
}
