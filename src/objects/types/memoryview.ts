/**
 * `memoryview`: a one-dimensional view on the bytes of a bytes or bytearray object (or of another
 * view), by byte offset, item count and stride, so slices (with steps) and casts to another struct
 * format share the underlying memory; writes go through to a bytearray. Items are read and written with
 * the struct module's native-mode codec. Attributes (obj, nbytes, readonly, itemsize, format, ndim,
 * shape, strides, contiguous), tobytes/tolist/hex/cast/toreadonly/release, the context-manager form,
 * comparison with other buffers, and CPython 3.11's messages. Multi-dimensional shapes are not
 * provided. A view counts as bytes-like (its `data` is the bytes it covers) wherever bytes are accepted.
 */
import { builtinType, typeOf, PyType } from '../pytype';
import { PyBytes, PyTuple, PySlice, NotImplemented, tuple } from '../values';
import { throwPy } from '../errors';
import { defineMethods } from './define';
import { defGetters } from '../descriptors';
import { bytesLike } from './str';
import { asInt } from '../arith';
import { eq } from '../protocols';
import { addr } from '../repr';
import { callMethod } from '../attrs';
import { PyExc, excType } from '../exceptions';
import { pack, unpack } from '../../modules/struct';
import { PyByteArray } from './bytes';

export const MemoryViewType = builtinType('memoryview');

const ITEMSIZE: Record<string, number> = { B: 1, b: 1, c: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, f: 4, d: 8, e: 2, P: 8 };

export class PyMemoryView {
  declare cls: PyType;
  released = false;
  constructor(
    /** the exporting object (bytes or bytearray) */
    public base: PyBytes | PyByteArray,
    public offset: number,
    public count: number,
    public stride: number,
    public format: string,
    public itemsize: number,
    public readonly: boolean,
  ) {}
  private buffer(): Uint8Array {
    return live(this).base.data;
  }
  /** the bytes the view covers, in order (shared with the base when contiguous) */
  get data(): Uint8Array {
    const buf = this.buffer();
    if (this.stride === this.itemsize) return buf.subarray(this.offset, this.offset + this.count * this.itemsize);
    const out = new Uint8Array(this.count * this.itemsize);
    for (let k = 0; k < this.count; k++) out.set(buf.subarray(this.at(k), this.at(k) + this.itemsize), k * this.itemsize);
    return out;
  }
  at(k: number): number {
    return this.offset + k * this.stride;
  }
  item(k: number): any {
    const buf = this.buffer();
    const bytes = buf.slice(this.at(k), this.at(k) + this.itemsize);
    if (this.format === 'B') return bytes[0];
    if (this.format === 'c') return new PyBytes(bytes);
    return unpack('@' + this.format, new PyBytes(bytes)).items[0];
  }
  setItem(k: number, v: any): void {
    let bytes: Uint8Array;
    if (this.format === 'c') {
      const d = v instanceof PyBytes ? v.data : null;
      if (d === null || d.length !== 1) throwPy(d === null ? 'TypeError' : 'ValueError', `memoryview: invalid ${d === null ? 'type' : 'value'} for format 'c'`);
      bytes = d;
    } else {
      try {
        bytes = pack('@' + this.format, [v]).data;
      } catch (e) {
        if (!(e instanceof PyExc)) throw e;
        const kind = e.cls.isSubtypeOf(excType('TypeError')) || (e.cls.name === 'error' && asInt(v) === undefined) ? 'type' : 'value';
        throwPy(kind === 'type' ? 'TypeError' : 'ValueError', `memoryview: invalid ${kind} for format '${this.format}'`);
      }
    }
    this.buffer().set(bytes, this.at(k));
  }
  tolist(): any[] {
    const out: any[] = [];
    for (let k = 0; k < this.count; k++) out.push(this.item(k));
    return out;
  }
}
PyMemoryView.prototype.cls = MemoryViewType;

/** the view, unless it has been released */
function live(v: PyMemoryView): PyMemoryView {
  if (v.released) throwPy('ValueError', 'operation forbidden on released memoryview object');
  return v;
}

function viewOf(obj: any): PyMemoryView {
  if (obj instanceof PyMemoryView) {
    live(obj);
    return new PyMemoryView(obj.base, obj.offset, obj.count, obj.stride, obj.format, obj.itemsize, obj.readonly);
  }
  if ((obj instanceof PyBytes || obj instanceof PyByteArray) && bytesLike(obj)) {
    return new PyMemoryView(obj, 0, obj.data.length, 1, 'B', 1, obj instanceof PyBytes);
  }
  return throwPy('TypeError', `memoryview: a bytes-like object is required, not '${typeOf(obj).tpName}'`);
}

function position(v: PyMemoryView, key: any): number {
  const n = asInt(key);
  if (n === undefined) throwPy('TypeError', 'memoryview: invalid slice key');
  let i = Number(n);
  if (i < 0) i += v.count;
  if (i < 0 || i >= v.count) throwPy('IndexError', 'index out of bounds on dimension 1');
  return i;
}

function sliced(v: PyMemoryView, s: PySlice): PyMemoryView {
  const [start, , step, len] = sliceBounds(s, v.count);
  return new PyMemoryView(v.base, v.at(start), len, v.stride * step, v.format, v.itemsize, v.readonly);
}

/** start, stop, step and length of a slice over n items (CPython's PySlice_AdjustIndices) */
function sliceBounds(s: PySlice, n: number): [number, number, number, number] {
  const t = callMethod(s, 'indices', [n]) as PyTuple;
  const [start, stop, step] = t.items.map(Number);
  const len = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
  return [start, stop, step, len];
}

function equalViews(a: PyMemoryView, other: any): any {
  if (a.released) return a === other;
  const o = other instanceof PyMemoryView ? other : bytesLike(other) !== null ? viewOf(other) : null;
  if (o === null) return NotImplemented;
  if (o.released) return false;
  const x = a.tolist();
  const y = o.tolist();
  return x.length === y.length && x.every((item, k) => eq(item, y[k]));
}

export function installMemoryView(): void {
  MemoryViewType.newInstance = (_cls, args, kw) => {
    if (kw && kw.size && !(kw.size === 1 && kw.has('object'))) throwPy('TypeError', "memoryview() got an unexpected keyword argument");
    const obj = args.length ? args[0] : kw?.get('object');
    if (obj === undefined || args.length > 1) throwPy('TypeError', `memoryview() takes exactly 1 argument (${args.length} given)`);
    return viewOf(obj);
  };
  defineMethods(MemoryViewType, {
    __len__: (v: PyMemoryView) => live(v).count,
    __getitem__: (v: PyMemoryView, [key]) => (key instanceof PySlice ? sliced(v, key) : v.item(position(v, key))),
    __setitem__: (v: PyMemoryView, [key, value]) => {
      if (v.readonly) throwPy('TypeError', 'cannot modify read-only memory');
      if (!(key instanceof PySlice)) {
        v.setItem(position(v, key), value);
        return null;
      }
      const dst = sliced(v, key);
      const src = value instanceof PyMemoryView ? value : bytesLike(value) !== null ? viewOf(value) : null;
      if (src === null) throwPy('TypeError', `a bytes-like object is required, not '${typeOf(value).tpName}'`);
      if (src.count !== dst.count || src.format !== dst.format) throwPy('ValueError', 'memoryview assignment: lvalue and rvalue have different structures');
      const items = src.tolist();
      items.forEach((x, k) => dst.setItem(k, x));
      return null;
    },
    __eq__: (v: PyMemoryView, [o]) => equalViews(v, o),
    __ne__: (v: PyMemoryView, [o]) => {
      const r = equalViews(v, o);
      return r === NotImplemented ? r : !r;
    },
    __hash__: (v: PyMemoryView) => {
      if (!v.readonly) throwPy('ValueError', 'cannot hash writable memoryview object');
      return callMethod(new PyBytes(v.data.slice()), '__hash__', []);
    },
    __iter__: (v: PyMemoryView) => callMethod(v.tolist(), '__iter__', []),
    __repr__: (v: PyMemoryView) => (v.released ? `<released memory at ${addr(v)}>` : `<memory at ${addr(v)}>`),
    __enter__: (v: PyMemoryView) => live(v),
    __exit__: (v: PyMemoryView) => {
      v.released = true;
      return false;
    },
    release: (v: PyMemoryView) => {
      v.released = true;
      return null;
    },
    tobytes: (v: PyMemoryView) => new PyBytes(v.data.slice()),
    tolist: (v: PyMemoryView) => v.tolist(),
    hex: (v: PyMemoryView, args, kw) => callMethod(new PyBytes(v.data.slice()), 'hex', args, kw),
    toreadonly: (v: PyMemoryView) => {
      const r = viewOf(v);
      r.readonly = true;
      return r;
    },
    cast: (v: PyMemoryView, [format]) => {
      if (typeof format !== 'string') throwPy('TypeError', `memoryview: format argument must be a string`);
      live(v);
      const size = ITEMSIZE[format];
      if (size === undefined) throwPy('ValueError', "memoryview: destination format must be a native single character format prefixed with an optional '@'");
      if (v.stride !== v.itemsize) throwPy('TypeError', 'memoryview: casts are restricted to C-contiguous views');
      const nbytes = v.count * v.itemsize;
      if (nbytes % size !== 0) throwPy('TypeError', 'memoryview: length is not a multiple of itemsize');
      return new PyMemoryView(v.base, v.offset, nbytes / size, size, format, size, v.readonly);
    },
  });
  defGetters(MemoryViewType, {
    obj: (v: PyMemoryView) => live(v).base,
    nbytes: (v: PyMemoryView) => live(v).count * v.itemsize,
    readonly: (v: PyMemoryView) => live(v).readonly,
    itemsize: (v: PyMemoryView) => live(v).itemsize,
    format: (v: PyMemoryView) => live(v).format,
    ndim: (v: PyMemoryView) => (live(v), 1),
    shape: (v: PyMemoryView) => tuple([live(v).count]),
    strides: (v: PyMemoryView) => tuple([live(v).stride]),
    suboffsets: (v: PyMemoryView) => (live(v), tuple([])),
    contiguous: (v: PyMemoryView) => live(v).stride === v.itemsize,
    c_contiguous: (v: PyMemoryView) => live(v).stride === v.itemsize,
    f_contiguous: (v: PyMemoryView) => live(v).stride === v.itemsize,
    released: (v: PyMemoryView) => v.released,
  });
}
