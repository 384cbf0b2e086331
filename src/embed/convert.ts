/**
 * Conversions between JavaScript values and Python objects at the embedding boundary (`py.run`'s result,
 * `py.globals`, arguments and results of host functions in registered modules). The table, both ways:
 *
 *   Python                      → JS                        JS                              → Python
 *   None                          null                      null, undefined                   None
 *   bool                          boolean                   boolean                           bool
 *   int                           number (bigint if unsafe) number, integer-valued            int
 *   float                         number                    number, otherwise / pyFloat(x)    float
 *                                                           bigint                            int
 *   str                           string                    string                            str
 *   list, tuple                   Array                     Array                             list
 *   dict (all keys str)           plain object              plain object                      dict
 *   dict (other keys)             Map                       Map                               dict
 *   set, frozenset                Set                       Set                               set
 *   bytes, bytearray              Uint8Array (copy)         Uint8Array                        bytes
 *   ndarray                       NDArrayRef (.toTypedArray, .shape, .dtype)
 *                                                           other TypedArrays                 1-D ndarray (copy)
 *   numpy scalar                  number/bigint/boolean     function                          callable (args and
 *   complex                       { re, im }                                                   result converted)
 *   anything else                 PyObjectRef (opaque; converts back to the same object)
 *
 * A JS number that is an integer becomes an `int`: JavaScript cannot tell 2 from 2.0, so a host that
 * means a float wraps it with `pyFloat(2)`. Nothing here ever hands Python a live JS object: plain
 * objects are copied into dicts, functions are wrapped, and other objects are refused with TypeError.
 */
import { PyFloat, PyTuple, PyBytes, PyComplex, PyModule } from '../objects/values';
import { PyDict, PySet } from '../objects/hashtable';
import { PyBuiltin, Kw } from '../objects/function';
import { typeOf } from '../objects/pytype';
import { repr } from '../objects/repr';
import { makeExc, isExc } from '../objects/exceptions';
import { NDArray, typedView } from '../../runtime/ndarray';
import * as D from '../../runtime/dtype';
import { NPScalar } from '../modules/numpy/scalars';
import { toList } from '../modules/numpy/coerce';
import { importModule } from '../interp/imports';

/** A JS number meant as a Python float (`pyFloat(2)` → 2.0). */
export class PyFloatValue {
  constructor(readonly value: number) {}
}
export const pyFloat = (x: number): PyFloatValue => new PyFloatValue(x);

/** A Python object with no JS counterpart, handed to the host opaquely; converts back to itself. */
export class PyObjectRef {
  /** @internal */
  constructor(readonly obj: unknown) {}
  /** the Python type's name, e.g. 'function' */
  get type(): string {
    return typeOf(this.obj).name;
  }
  /** repr() of the object (its type's default form when repr fails, e.g. on a list nested too deeply) */
  toString(): string {
    try {
      return repr(this.obj);
    } catch {
      return `<${this.type} object>`;
    }
  }
  /** how Node's console shows it */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `PyObjectRef(${this.toString()})`;
  }
}

/** An ndarray handed to the host: shape, dtype, and its data as a typed array. */
export class NDArrayRef extends PyObjectRef {
  /** @internal */
  constructor(readonly array: NDArray) {
    super(array);
  }
  get shape(): number[] {
    return [...this.array.shape];
  }
  get dtype(): string {
    return this.array.dtype.name;
  }
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `NDArrayRef(${this.dtype}, [${this.shape.join(', ')}])`;
  }
}

const TYPED: [Function, D.DType][] = [
  [Float64Array, D.float64], [Float32Array, D.float32], [Int8Array, D.int8], [Uint8Array, D.uint8],
  [Uint8ClampedArray, D.uint8], [Int16Array, D.int16], [Uint16Array, D.uint16], [Int32Array, D.int32],
  [Uint32Array, D.uint32], [BigInt64Array, D.int64], [BigUint64Array, D.uint64],
];

/** The dtype a typed array maps to, or null for a DataView or an unknown view. */
export function dtypeOfTyped(t: ArrayBufferView): D.DType | null {
  for (const [ctor, dt] of TYPED) if (t instanceof (ctor as any)) return dt;
  return null;
}

/** A new C-contiguous ndarray holding a copy of `t`, reshaped to `shape` (default 1-D). */
export function arrayFromTyped(t: ArrayBufferView, shape?: number[]): NDArray {
  // arrays get their Python methods when the numpy module is set up: do that now if the script has not
  importModule('numpy', false);
  const dt = dtypeOfTyped(t);
  if (!dt) throw new TypeError('ndpy: expected a typed array (Float64Array, Int32Array, …)');
  const n = t.byteLength / dt.itemsize;
  const sh = shape ?? [n];
  if (sh.some((d) => !Number.isInteger(d) || d < 0) || sh.reduce((a, b) => a * b, 1) !== n) {
    throw new RangeError(`ndpy: cannot view ${n} elements as shape (${sh.join(', ')})`);
  }
  const a = NDArray.empty(sh, dt);
  const view = typedView(a)!;
  (view as any).set(t);
  return a;
}

export interface TypedArrayResult {
  data: ArrayBufferView;
  /** false: `data` views the array's own memory (valid until the interpreter next allocates); true: a copy */
  copied: boolean;
}

/**
 * The data of an ndarray as a typed array: a view of its memory when it is C-contiguous with a plain
 * numeric dtype in native byte order, otherwise a C-ordered copy (float16 as Float32Array, bool as
 * Uint8Array); complex and structured dtypes are refused.
 */
export function ndarrayToTyped(a: NDArray): TypedArrayResult {
  const view = typedView(a);
  if (view) return { data: view, copied: false };
  const dt = a.dtype;
  if (!'biuf'.includes(dt.kind)) throw new TypeError(`ndpy: no typed array holds dtype ${dt.name}`);
  const flat = (toList(a) as any[]).flat(Infinity) as any[];
  if (dt.kind === 'f') {
    const out = dt.itemsize === 8 ? new Float64Array(flat.length) : new Float32Array(flat.length);
    flat.forEach((v, i) => (out[i] = typeof v === 'number' ? v : (v as PyFloat).v));
    return { data: out, copied: true };
  }
  const ctor = (dt.kind === 'b' ? Uint8Array : TYPED.find(([, d]) => d.char === dt.char)![0]) as any;
  const out = new ctor(flat.length);
  flat.forEach((v, i) => (out[i] = dt.itemsize === 8 ? BigInt(v) : Number(v)));
  return { data: out, copied: true };
}

/**
 * `obj[k] = v` as an own data property even when `k` is '__proto__', which would otherwise replace the
 * object's prototype (Python dicts and keyword arguments may use any string as a key).
 */
function setOwn(obj: Record<string, any>, k: string, v: any): void {
  if (k === '__proto__') Object.defineProperty(obj, k, { value: v, writable: true, enumerable: true, configurable: true });
  else obj[k] = v;
}

/** Containers nested deeper than this stay Python objects (PyObjectRef), so converting never overflows the JS stack. */
const MAX_DEPTH = 1000;
let depth = 0;

/** A Python value → a JS value (see the table above). */
export function toJS(v: any, seen = new Map<any, any>()): any {
  if (depth >= MAX_DEPTH && v !== null && typeof v === 'object' && (Array.isArray(v) || v instanceof PyTuple || v instanceof PyDict || v instanceof PySet)) {
    return new PyObjectRef(v);
  }
  depth++;
  try {
    return toJSValue(v, seen);
  } finally {
    depth--;
  }
}

function toJSValue(v: any, seen: Map<any, any>): any {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'boolean':
    case 'string':
    case 'number':
      return v;
    case 'bigint':
      return Number.isSafeInteger(Number(v)) ? Number(v) : v;
  }
  if (v instanceof PyFloat) return v.v;
  if (v instanceof NPScalar) {
    const k = v.dt.kind;
    if (k === 'b') return Boolean(v.v);
    if (k === 'f') return Number(v.v);
    if (k === 'i' || k === 'u') return toJS(typeof v.v === 'bigint' ? v.v : BigInt(v.v));
    if (k === 'c') return { re: v.v.re, im: v.v.im };
    return new PyObjectRef(v);
  }
  if (v instanceof PyComplex) return { re: v.re, im: v.im };
  if (v instanceof NDArray) return new NDArrayRef(v);
  if (seen.has(v)) return seen.get(v);
  if (Array.isArray(v) || v instanceof PyTuple) {
    const out: any[] = [];
    seen.set(v, out);
    for (const x of Array.isArray(v) ? v : v.items) out.push(toJS(x, seen));
    return out;
  }
  if (v instanceof PyDict) {
    const keys = v.keys();
    if (keys.every((k) => typeof k === 'string')) {
      const out: Record<string, any> = {};
      seen.set(v, out);
      for (const { k, v: x } of v.entries()) setOwn(out, k, toJS(x, seen));
      return out;
    }
    const out = new Map();
    seen.set(v, out);
    for (const { k, v: x } of v.entries()) out.set(toJS(k, seen), toJS(x, seen));
    return out;
  }
  if (v instanceof PySet) {
    const out = new Set();
    seen.set(v, out);
    for (const x of v.keys()) out.add(toJS(x, seen));
    return out;
  }
  if (v instanceof PyBytes) return v.data.slice();
  if (typeOf(v).name === 'bytearray') return Uint8Array.from((v as any).data ?? []);
  return new PyObjectRef(v);
}

/** A JS value → a Python value (see the table above). */
export function toPython(v: any, seen = new Map<any, any>()): any {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'boolean':
    case 'string':
      return v;
    case 'number':
      return Number.isInteger(v) && !Object.is(v, -0) ? v : new PyFloat(v);
    case 'bigint':
      return Number.isSafeInteger(Number(v)) ? Number(v) : v;
    case 'function':
      return hostFunction(v, v.name || 'host_function');
    case 'symbol':
      throw makeExc('TypeError', 'cannot pass a JavaScript symbol to Python');
  }
  if (v instanceof PyFloatValue) return new PyFloat(v.value);
  if (v instanceof PyObjectRef) return v.obj;
  if (seen.has(v)) return seen.get(v);
  if (Array.isArray(v)) {
    const out: any[] = [];
    seen.set(v, out);
    for (const x of v) out.push(toPython(x, seen));
    return out;
  }
  if (v instanceof Uint8Array) return new PyBytes(v.slice());
  if (ArrayBuffer.isView(v)) return arrayFromTyped(v);
  if (v instanceof Map) {
    const d = new PyDict();
    seen.set(v, d);
    for (const [k, x] of v) d.set(toPython(k, seen), toPython(x, seen));
    return d;
  }
  if (v instanceof Set) {
    const s = new PySet();
    seen.set(v, s);
    for (const x of v) s.add(toPython(x, seen));
    return s;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) {
    const d = new PyDict();
    seen.set(v, d);
    for (const k of Object.keys(v)) d.set(k, toPython(v[k], seen));
    return d;
  }
  throw makeExc('TypeError', `cannot pass a JavaScript ${proto?.constructor?.name ?? 'object'} to Python`);
}

/** A host function as a Python callable: arguments converted to JS, the result back to Python. */
export function hostFunction(f: (...args: any[]) => any, name: string): PyBuiltin {
  return new PyBuiltin(name, (args: any[], kw: Kw) => {
    const jsArgs = args.map((a) => toJS(a));
    if (kw && kw.size) {
      const opts: Record<string, any> = {};
      for (const [k, x] of kw) setOwn(opts, k, toJS(x));
      jsArgs.push(opts);
    }
    let result: any;
    try {
      result = f(...jsArgs);
    } catch (e) {
      if (isExc(e)) throw e;
      throw makeExc('RuntimeError', `host function ${name}() failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    return toPython(result);
  });
}

/** A Python module holding converted copies of an object's properties (for `py.registerModule`). */
export function hostModule(name: string, contents: Record<string, any>): PyModule {
  const m = new PyModule(name);
  for (const k of Object.keys(contents)) {
    const v = contents[k];
    m.d[k] = typeof v === 'function' ? hostFunction(v, k) : toPython(v);
  }
  return m;
}
