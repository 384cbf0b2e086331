/**
 * The boxed Python values: float, complex, tuple, slice, range, bytes, instances of user classes, modules,
 * and the NotImplemented / Ellipsis singletons.
 *
 * Each class puts its `cls` on the prototype, so `typeOf` is one property load and boxes stay small.
 * Boxes are immutable except PyInstance/PyModule attribute dicts.
 */
import {
  Attrs, newAttrs, newInstanceAttrs, PyType, FloatType, ComplexType, TupleType, SliceType, RangeType, BytesType,
  NotImplementedType, EllipsisType, ModuleType,
} from './pytype';

// The boxes below declare their fields and set them in their constructors: V8 runs class fields (and
// TypeScript's `constructor(public x)` parameter properties, which become class fields) as a separate
// initializer function at each construction, a call of its own until the code is optimized.
export class PyFloat {
  declare cls: PyType;
  declare readonly v: number;
  constructor(v: number) {
    (this as { v: number }).v = v;
  }
}
PyFloat.prototype.cls = FloatType;

export class PyComplex {
  declare cls: PyType;
  constructor(public readonly re: number, public readonly im: number) {}
}
PyComplex.prototype.cls = ComplexType;

export class PyTuple {
  declare cls: PyType;
  declare readonly items: any[];
  /**
   * Its dict/set fast key once asked for (hashtable.ts fastKey; false: it has none), undefined before: a
   * tuple's items never change, and a key string made again for each lookup is built, flattened and hashed
   * again each time (a dict counting 3-tuples it is given again and again: ~300 ns a lookup).
   */
  declare fk: string | false | undefined;
  constructor(items: any[]) {
    (this as { items: any[] }).items = items;
    this.fk = undefined;
  }
}
PyTuple.prototype.cls = TupleType;
export const EMPTY_TUPLE = new PyTuple([]);

export class PySlice {
  declare cls: PyType;
  constructor(public readonly start: any, public readonly stop: any, public readonly step: any) {}
}
PySlice.prototype.cls = SliceType;

export class PyRange {
  declare cls: PyType;
  readonly length: number;
  constructor(public readonly start: number, public readonly stop: number, public readonly step: number) {
    const n = step > 0 ? Math.ceil((stop - start) / step) : Math.ceil((start - stop) / -step);
    this.length = n > 0 ? n : 0;
  }
  at(i: number): number {
    return this.start + i * this.step;
  }
}
PyRange.prototype.cls = RangeType;
/** keyed in dicts by hash and __eq__ (equal ranges are equal keys), not identity: hashtable.ts fastKey */
(PyRange.prototype as any).hashByValue = true;

/**
 * Bytes as a string of one char per byte (codes 0-255). A short run is joined char by char and a long one
 * in chunks through `apply`: spreading a typed array (`fromCharCode(...d)`) made `int(b'123')` on each
 * line of sys.stdin.buffer 4x slower.
 */
export function latin1Text(d: Uint8Array): string {
  const n = d.length;
  if (n <= 16) {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(d[i]);
    return s;
  }
  let s = '';
  for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, d.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

export class PyBytes {
  declare cls: PyType;
  constructor(public readonly data: Uint8Array) {}
}
PyBytes.prototype.cls = BytesType;

/** An instance of a user-defined class (or of object/BaseException and friends). */
export class PyInstance {
  declare cls: PyType;
  declare d: Attrs;
  constructor(cls: PyType) {
    this.cls = cls;
    this.d = newInstanceAttrs();
  }
}

export class PyModule {
  declare cls: PyType;
  d: Attrs;
  constructor(public readonly name: string) {
    this.d = newAttrs();
    this.d.__name__ = name;
  }
}
PyModule.prototype.cls = ModuleType;

class Singleton {
  constructor(public cls: PyType, public readonly label: string) {}
}
export const NotImplemented = new Singleton(NotImplementedType, 'NotImplemented');
export const Ellipsis = new Singleton(EllipsisType, 'Ellipsis');


/**
 * A Python float from a JS number. Floats have two representations: a plain JS number whose value is not
 * an integer (fractions, NaN, ±inf) — allocation-free, the common case in arithmetic — or a PyFloat box
 * (always for integral values and -0.0, so they stay distinct from ints; any value is allowed in a box).
 * Consumers accept both; `typeof v === 'number'` alone therefore does not mean int (see isIntNum).
 */
export function float(x: number): number | PyFloat {
  return Number.isInteger(x) ? new PyFloat(x) : x;
}
/** True for a Python int held as a JS number. */
export function isIntNum(v: any): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}
/** True for a Python float in either representation. */
export function isFloat(v: any): boolean {
  return typeof v === 'number' ? !Number.isInteger(v) : v instanceof PyFloat;
}
/** Box a float held as a plain number (for slow code written against PyFloat); other values unchanged. */
export function boxFloat(v: any): any {
  return typeof v === 'number' && !Number.isInteger(v) ? new PyFloat(v) : v;
}
/** The JS number of a value known to be a float. */
export function floatValue(v: any): number {
  return typeof v === 'number' ? v : (v as PyFloat).v;
}
export function tuple(items: any[]): PyTuple {
  return items.length ? new PyTuple(items) : EMPTY_TUPLE;
}
