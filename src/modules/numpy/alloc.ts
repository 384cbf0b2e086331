/**
 * Allocation failures as NumPy reports them: `MemoryError: Unable to allocate 74.5 GiB for an array
 * with shape (100000, 100000) and data type float64`, raised before touching memory when a request can
 * never be met (beyond the 4 GiB a WebAssembly memory can address) and when the heap cannot grow.
 */
import { DType } from '../../../runtime/dtype';
import { throwPy } from '../../objects/errors';

const UNITS = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];

/** NumPy's _ArrayMemoryError._size_to_string. */
export function sizeToString(bytes: number): string {
  const bits = bytes <= 0 ? 0 : Math.floor(Math.log2(bytes)) + 1;
  let unit = Math.floor(Math.max(bits - 1, 1) / 10);
  let n = bytes / Math.pow(2, unit * 10);
  if (Math.round(n) === 1024) {
    unit += 1;
    n /= 1024;
  }
  if (unit >= UNITS.length) {
    n *= Math.pow(2, (unit - (UNITS.length - 1)) * 10);
    unit = UNITS.length - 1;
  }
  if (unit === 0) return `${n.toFixed(0)} ${UNITS[0]}`;
  if (Math.round(n) < 1000) {
    let s = n.toPrecision(3);
    if (!s.includes('.')) s += '.';
    return `${s} ${UNITS[unit]}`;
  }
  return `${n.toFixed(0)}. ${UNITS[unit]}`;
}

export function shapeRepr(shape: number[]): string {
  return shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
}

/** NumPy's C-level shape text in error messages: (2,3), (2,) — no spaces. */
export function shapeCompact(shape: number[]): string {
  return shape.length === 1 ? `(${dimText(shape[0])},)` : `(${shape.map(dimText).join(',')})`;
}

/** a dimension as Python prints the int (a huge one held as a double keeps every digit) */
export function dimText(d: number): string {
  return Number.isSafeInteger(d) ? String(d) : BigInt(d).toString();
}

export function memoryError(bytes: number, shape: number[], dt: DType): never {
  return throwPy('MemoryError', `Unable to allocate ${sizeToString(bytes)} for an array with shape ${shapeRepr(shape)} and data type ${dt.name}`);
}

/** Refuse requests no WebAssembly memory can satisfy. */
export function checkAlloc(bytes: number, shape: number[], dt: DType): void {
  if (!Number.isSafeInteger(bytes)) throwPy('ValueError', 'array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.');
  if (bytes >= 2 ** 32) memoryError(bytes, shape, dt);
}
