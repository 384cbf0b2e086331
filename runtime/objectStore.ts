/**
 * Elements of object arrays (dtype 'O'). Python objects cannot live in linear memory, so an object
 * array's 8-byte slots hold ids into this JS-side table: id 0 is None (a zero-filled block is an array of
 * None, as `np.empty(n, object)` is), and every other id names one value. Ids are interned per value, so
 * a slot is an immutable reference: copying bytes (views, reshapes, concatenation, fancy indexing)
 * copies references exactly as NumPy copies PyObject pointers, and writing a slot stores another id
 * rather than changing what other slots see. The table only grows (values stored once stay reachable).
 *
 * Casts between object and the other dtypes need Python's conversions (float(x), str(x), the Python
 * value of a number); the Python layer installs them with `setObjectCasts`.
 */
import { DType } from './dtype';

const values: any[] = [null];
const ids = new Map<any, number>();

/** The id naming `v` (allocated on first use). */
export function objectId(v: any): number {
  if (v === null || v === undefined) return 0;
  let id = ids.get(v);
  if (id === undefined) {
    id = values.length;
    values.push(v);
    ids.set(v, id);
  }
  return id;
}

/** The value an id names (None for an id no slot was ever written with). */
export function objectAt(id: number): any {
  return values[id] ?? null;
}

let toObject: (from: DType, v: any) => any = (_d, v) => v;
let fromObject: (v: any, to: DType) => any = (v) => v;
/** Install the Python layer's conversions: a domain value → its Python object, and an object → a domain value. */
export function setObjectCasts(to: (from: DType, v: any) => any, from: (v: any, to: DType) => any): void {
  toObject = to;
  fromObject = from;
}

/** The cast between dtype 'O' and another dtype (or itself), in domain values. */
export function objectConverter(from: DType, to: DType): (v: any) => any {
  if (from.kind === 'O' && to.kind === 'O') return (v) => v;
  if (from.kind === 'O') return (v) => fromObject(v, to);
  return (v) => toObject(from, v);
}
