/**
 * Sorting the values of a 1-d strided row of a numeric dtype in place with the engine's typed-array
 * sort (numeric order, NaN last) instead of comparing boxed values one by one. Equal keys of numeric
 * dtypes are indistinguishable except for the sign of zero, so the zeros are written back afterwards in
 * the order their signs had in the row: the result is the stable sort's, NaN last.
 */
import { DType } from './dtype';
import { heap } from './memory';

type Typed = Float64Array | Float32Array | Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | BigInt64Array | BigUint64Array;
const VIEWS: Record<string, new (b: ArrayBuffer, off: number, len: number) => Typed> = {
  d: Float64Array, f: Float32Array, b: Int8Array, B: Uint8Array, '?': Uint8Array, h: Int16Array, H: Uint16Array,
  i: Int32Array, I: Uint32Array, l: BigInt64Array, L: BigUint64Array, q: BigInt64Array, Q: BigUint64Array,
};

/** The n elements of dtype d (typedSortable) at the aligned address addr, as a typed array over the heap. */
export function typedView(d: DType, addr: number, n: number): Typed {
  return new VIEWS[d.char](heap.buffer, addr, n);
}

/** Whether rows of dtype d can be sorted here. */
export function typedSortable(d: DType): boolean {
  return d.isNative && d.timeUnit === null && VIEWS[d.char] !== undefined;
}

/** Sort the n elements of dtype d at addr, stride bytes apart, in place. */
export function typedSortRow(d: DType, addr: number, n: number, stride: number): void {
  const View = VIEWS[d.char];
  const size = d.itemsize;
  const contiguous = stride === size && addr % size === 0;
  const row: Typed = contiguous ? new View(heap.buffer, addr, n) : new View(new ArrayBuffer(n * size), 0, n);
  if (!contiguous) {
    const dv = new DataView(heap.buffer);
    const tmp = new Uint8Array(row.buffer);
    for (let i = 0; i < n; i++) for (let b = 0; b < size; b++) tmp[i * size + b] = dv.getUint8(addr + i * stride + b);
  }
  // the signs of the zeros, in row order (floats only)
  let signs: boolean[] | null = null;
  if (d.kind === 'f') {
    let pos = false, neg = false;
    for (let i = 0; i < n; i++) if (row[i] === 0) (Object.is(row[i], -0) ? (neg = true) : (pos = true));
    if (pos && neg) {
      signs = [];
      for (let i = 0; i < n; i++) if (row[i] === 0) signs.push(Object.is(row[i], -0));
    }
  }
  row.sort();
  if (signs !== null) {
    let i = 0;
    while (row[i] !== 0) i++;
    for (const neg of signs) (row as Float64Array)[i++] = neg ? -0 : 0;
  }
  if (!contiguous) {
    const dv = new DataView(heap.buffer);
    const tmp = new Uint8Array(row.buffer);
    for (let i = 0; i < n; i++) for (let b = 0; b < size; b++) dv.setUint8(addr + i * stride + b, tmp[i * size + b]);
  }
}
