/**
 * Record objects over structured arrays: the `np.void` / `np.record` scalars (indexing by field name or
 * position reads and writes the array they came from; str is the Python tuple of the fields' items,
 * repr `np.void((…), dtype=[…])`; `np.void(b'..')` / `np.void(n)` make unstructured ones), `np.recarray`
 * (fields as attributes or through `field()`, repr `rec.array(…)`), and
 * `np.rec.array` / `np.rec.fromarrays`. Also equality of structured arrays and the `order=` sort keys.
 */
import { NDArray, contiguousStrides, broadcastShapes } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { DType, Field } from '../../../runtime/dtype';
import { PyType, TypeType, builtinType, ObjectType } from '../../objects/pytype';
import { PyDict } from '../../objects/hashtable';
import { truthy } from '../../objects/protocols';
import { PyModule, PyTuple, tuple, isIntNum } from '../../objects/values';
import { throwPy } from '../../objects/errors';
import { builtin, Kw } from '../../objects/function';
import { defineMethods } from '../../objects/types/define';
import { index as pyIndex } from '../../objects/protocols';
import { toArray, ArrayIter } from '../../objects/iterators';
import { makeExc } from '../../objects/exceptions';
import { defGetters } from '../../objects/descriptors';
import { newAttrs } from '../../objects/pytype';
import { NPVoid, VoidType, RecordType, fieldView, structuredStr, findField } from './structured';
import { scalar, NPScalar } from './scalars';
import { asArray, fromPython, allocArray, copyInto, itemToPy } from './coerce';
import { format as pyFormat } from '../../objects/formatting';
import { str as pyStr, repr as pyRepr } from '../../objects/repr';
import { PyBytes } from '../../objects/values';
import { typeOf } from '../../objects/pytype';
import { pyDType, toDType } from './dtypes';
import { kwArgs, applyUfunc } from './ufuncs';
import { ufunc } from './ufuncTable';
import * as R from './reductions';
import { wrapAs } from './subclassing';
import { recordScalarText } from './printing';
import { legacyScalarRepr, legacyLevel } from './printOptions';

/** The field a record's subscript names (by name or position), with NumPy's errors for a wrong key. */
function recordKey(d: DType, key: any): Field {
  if (typeof key === 'string') {
    const f = findField(d, key);
    return f ?? throwPy('ValueError', `no field of name ${key}`);
  }
  if (!isIntNum(key) && typeof key !== 'bigint' && !(key instanceof NPScalar && (key.dt.kind === 'i' || key.dt.kind === 'u'))) {
    throwPy('IndexError', 'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices');
  }
  const i = pyIndex(key), n = d.fields!.length;
  const f = d.fields![i < 0 ? i + n : i];
  return f ?? throwPy('IndexError', `invalid index (${i})`);
}

/** The value of field `f` of one record view: a NumPy scalar, a nested record, or a sub-array view. */
export function recordField(v: NPVoid, key: any): any {
  const f = recordKey(v.arr.dtype, key);
  const fv = fieldView(v.arr, f.name);
  if (fv.ndim > 0) return fv;
  if (fv.dtype.kind === 'V') return new NPVoid(fv);
  return scalar(fv.dtype, fv.get([]));
}

/** an unstructured void's bytes as NumPy shows them: b'\x61\x0A' (every byte a hex escape) */
function rawVoidText(v: NPVoid): string {
  const bytes: number[] = v.arr.get([]);
  return "b'" + bytes.map((b) => '\\x' + b.toString(16).toUpperCase().padStart(2, '0')).join('') + "'";
}

function voidStr(v: NPVoid): string {
  if (!v.arr.dtype.fields && !v.arr.dtype.subBase) return rawVoidText(v);
  // numpy.record under legacy '1.13' prints str() of its item(), a tuple (repr too)
  if (v.arr.dtype.isRecord && legacyLevel() <= 113) return pyStr(itemToPy(v.arr.dtype, v.arr.get([])));
  return recordScalarText(v.arr);
}

function voidRepr(v: NPVoid): string {
  const legacy = legacyScalarRepr();
  if (!v.arr.dtype.fields && !v.arr.dtype.subBase) return `${legacy ? '' : 'np.'}void(${rawVoidText(v)})`;
  if (v.arr.dtype.isRecord && legacyLevel() <= 113) return voidStr(v);
  const body = recordScalarText(v.arr);
  if (legacy) return body;
  return `np.${v.arr.dtype.isRecord ? 'record' : 'void'}(${body}, dtype=${structuredStr(withoutRecord(v.arr.dtype))})`;
}
function withoutRecord(d: DType): DType {
  return d.isRecord ? D.structured(d.fields!, d.itemsize, d.aligned, false) : d;
}

/** The record-flavoured copy of a structured dtype (what recarrays carry). */
export function recordDType(d: DType): DType {
  return d.isRecord || !d.fields ? d : D.structured(d.fields!, d.itemsize, d.aligned, true);
}

export const RecArrayType = new PyType('recarray', [], null, true, 'numpy.rec');

function recView(a: NDArray, src: any): NDArray {
  const v = new NDArray(a.block, recordDType(a.dtype), a.shape.slice(), a.strides.slice(), a.offset, a.owner, a.writeable);
  return wrapAs(v, RecArrayType, src);
}

/** void == / != : records of one dtype compare field by field (np.bool_); anything but a record raises */
function voidCompare(v: NPVoid, o: any, negate: boolean): any {
  const other = o instanceof NPVoid ? o.arr : o;
  if (!(other instanceof NDArray) || other.dtype.kind !== 'V') throwPy('TypeError', 'Cannot compare structured or void to non-void arrays.');
  const r = structuredEqual(v.arr, other, negate);
  return r.ndim === 0 ? scalar(D.bool, r.get([])) : r;
}

/** np.void(length_or_data, dtype=None): zeroed bytes of a length, a copy of bytes, or a value of a void dtype. */
function newVoid(args: any[], kw: Kw): NPVoid {
  const p = kwArgs(args, kw, ['length_or_data', 'dtype']);
  const v = p.length_or_data;
  if (p.dtype !== undefined && p.dtype !== null) {
    const dt = toDType(p.dtype);
    if (dt.kind !== 'V' || dt.subBase) throwPy('TypeError', `void: descr must be a \`void\` dtype that is not a subarray dtype (structured or unstructured). Got '${pyRepr(pyDType(dt))}'.`);
    return new NPVoid(fromPython(v, dt));
  }
  if (v instanceof PyBytes) return new NPVoid(fromPython(v, D.rawVoid(v.data.length)));
  if (isIntNum(v) || typeof v === 'bigint' || (v instanceof NPScalar && (v.dt.kind === 'i' || v.dt.kind === 'u'))) {
    return new NPVoid(allocArray([], D.rawVoid(pyIndex(v)), true));
  }
  return throwPy('TypeError', `A bytes-like object is required, not '${typeOf(v).tpName}'`);
}

export function installRecords(ndarrayType: PyType): void {
  VoidType.newInstance = (_cls, args, kw) => newVoid(args, kw);
  const methods = {
    __getitem__: (v: NPVoid, [k]: any[]) => recordField(v, k),
    __setitem__: (v: NPVoid, [k, x]: any[]) => {
      const f = recordKey(v.arr.dtype, k);
      copyInto(fieldView(v.arr, f.name), asArray(x, fieldView(v.arr, f.name).dtype));
      return null;
    },
    __repr__: (v: NPVoid) => voidRepr(v),
    __str__: (v: NPVoid) => voidStr(v),
    __len__: (v: NPVoid) => v.arr.dtype.fields!.length,
    __iter__: (v: NPVoid) => new ArrayIter(v.arr.dtype.fields!.map((_, i) => recordField(v, i))),
    __eq__: (v: NPVoid, [o]: any[]) => voidCompare(v, o, false),
    __ne__: (v: NPVoid, [o]: any[]) => voidCompare(v, o, true),
    item: (v: NPVoid) => itemToPy(v.arr.dtype, v.arr.get([])),
    tolist: (v: NPVoid) => itemToPy(v.arr.dtype, v.arr.get([])),
    __format__: (v: NPVoid, [spec]: any[]) => pyFormat(voidStr(v), spec),
    __getattr__: (v: NPVoid, [name]: any[]) => {
      if (findField(v.arr.dtype, name)) return recordField(v, name);
      throw makeExc('AttributeError', `'numpy.${v.arr.dtype.isRecord ? 'record' : 'void'}' object has no attribute '${name}'`);
    },
  };
  defineMethods(VoidType, methods as any);
  defGetters(VoidType, {
    dtype: (v: NPVoid) => pyDType(v.arr.dtype),
    shape: () => tuple([]),
    ndim: () => 0,
    size: () => 1,
    itemsize: (v: NPVoid) => v.arr.dtype.itemsize,
    nbytes: (v: NPVoid) => v.arr.dtype.itemsize,
  });
  // recarray: a Python-level subclass whose fields are attributes
  RecArrayType.bases = [ndarrayType];
  RecArrayType.mro = [RecArrayType, ...ndarrayType.mro];
  RecArrayType.cls = TypeType;
  RecArrayType.solid = ndarrayType;
  defineMethods(RecArrayType, {
    __getattr__: (a: NDArray, [name]: any[]) => {
      if (findField(a.dtype, name)) {
        const fv = fieldView(a, name);
        return fv.dtype.kind === 'V' ? recView(fv, a) : plain(fv);
      }
      throw makeExc('AttributeError', `recarray has no attribute ${name}`);
    },
    __setattr__: (a: NDArray, [name, v]: any[]) => {
      if (findField(a.dtype, name)) {
        const fv = fieldView(a, name);
        copyInto(fv, asArray(v, fv.dtype));
        return null;
      }
      (a as any).d ??= newAttrs();
      (a as any).d[name] = v;
      return null;
    },
    // field(name_or_index, val=None): read a field (as attribute access does) or, given val, write it
    field: (a: NDArray, args: any[], kw: Kw) => {
      const p = kwArgs(args, kw, ['attr', 'val']);
      const names = a.dtype.fields?.map((f) => f.name) ?? [];
      const i = typeof p.attr === 'string' ? 0 : pyIndex(p.attr);
      const name = typeof p.attr === 'string' ? p.attr : names[i < 0 ? i + names.length : i];
      if (name === undefined) throwPy('IndexError', 'tuple index out of range');
      if (!names.includes(name)) throw makeExc('KeyError', name);
      const fv = fieldView(a, name);
      if (p.val === undefined || p.val === null) return fv.dtype.kind === 'V' ? recView(fv, a) : plain(fv);
      copyInto(fv, asArray(p.val, fv.dtype));
      return null;
    },
    __getitem__: (a: NDArray, [k]: any[]) => {
      const r = (ndarrayType.dict.__getitem__ as any).meth(a, [k], null);
      if (typeof k === 'string' && r instanceof NDArray) return r.dtype.kind === 'V' ? r : plain(r);
      return r;
    },
  });
}

/** a view without the recarray class (field arrays of recarrays are plain ndarrays) */
function plain(a: NDArray): NDArray {
  return new NDArray(a.block, a.dtype, a.shape.slice(), a.strides.slice(), a.offset, a.owner, a.writeable);
}

/** == / != between structured arrays: element-wise, all fields equal. */
export function structuredEqual(a: NDArray, b: NDArray, negate: boolean): NDArray {
  if (!D.sameDType(a.dtype.native, b.dtype.native)) return fieldwiseEqual(a, b, negate);
  const n = Math.max(a.size, b.size);
  const x = a.toArray(), y = b.toArray();
  const eq = (p: any, q: any): boolean => (Array.isArray(p) ? p.every((v, i) => eq(v, q[i])) : p === q || (typeof p === 'object' && p !== null && p.re === q.re && p.im === q.im));
  const res = Array.from({ length: n }, (_, i) => eq(x[x.length === 1 ? 0 : i], y[y.length === 1 ? 0 : i]) !== negate);
  const out = fromPython(res, D.bool);
  const shape = a.size >= b.size ? a.shape : b.shape;
  return out.view(shape.slice(), contiguousStrides(shape, 1), 0);
}
/**
 * == / != between structured arrays of different dtypes with a common one (the same field names in the
 * same order): each pair of fields compares after promotion, sub-array fields over all their elements.
 */
function fieldwiseEqual(a: NDArray, b: NDArray, negate: boolean): NDArray {
  const fa = a.dtype.fields, fb = b.dtype.fields;
  if (!fa || !fb || fa.length !== fb.length || fa.some((f, i) => f.name !== fb[i].name)) {
    throwPy('TypeError', 'Cannot compare structured arrays unless they have a common dtype.  I.e. `np.result_type(arr1, arr2)` must be defined.');
  }
  const shape = broadcastShapes([a.shape, b.shape]);
  if (!shape) throwPy('ValueError', `operands could not be broadcast together with shapes (${a.shape.join(',')}) (${b.shape.join(',')})`);
  let r = allocArray(shape, D.bool);
  copyInto(r, asArray(true));
  for (const f of fa) {
    const x = fieldView(a, f.name), y = fieldView(b, f.name);
    const xs = f.dtype.subShape?.length ?? 0;
    // sub-array fields line their element axes up at the end
    const yv = y.ndim - b.ndim < xs ? y.view([...y.shape, ...new Array(xs - (y.ndim - b.ndim)).fill(1)], [...y.strides, ...new Array(xs - (y.ndim - b.ndim)).fill(0)], y.offset) : y;
    let eq: NDArray = x.dtype.kind === 'V' && x.dtype.fields ? structuredEqual(x, yv, false) : asArray(applyUfunc(ufunc('equal'), [x, yv]));
    if (eq.ndim > shape.length) eq = asArray(R.all(eq, { axis: tuple([...Array(eq.ndim - shape.length).keys()].map((k) => shape.length + k)) }));
    r = asArray(applyUfunc(ufunc('logical_and'), [r, eq]));
  }
  return negate ? asArray(applyUfunc(ufunc('logical_not'), [r])) : r;
}

/** Comparison keys for sort(order=...): the named fields first, then the rest in dtype order. */
export function orderKeys(d: DType, order: any): string[] {
  const names = d.fields!.map((f) => f.name);
  const first = order === undefined || order === null ? [] : typeof order === 'string' ? [order] : toArray(order).map(String);
  for (const n of first) if (!names.includes(n)) throw makeExc('ValueError', `unknown field name: ${n}`);
  return [...first, ...names.filter((n) => !first.includes(n))];
}

/** numpy.rec.format_parser: the record dtype of formats, names, titles, aligned= and byteorder= */
const FormatParserType = builtinType('format_parser', ObjectType, 'numpy.rec');
class FormatParser {
  declare cls: PyType;
  constructor(readonly dt: DType) {}
}
FormatParser.prototype.cls = FormatParserType;

function formatParser(args: any[], kw: Kw): FormatParser {
  const p = kwArgs(args, kw, ['formats', 'names', 'titles', 'aligned', 'byteorder']);
  const order = p.byteorder === undefined || p.byteorder === null ? null : String(p.byteorder);
  const formats = (typeof p.formats === 'string' ? p.formats.split(',') : toArray(p.formats)).map((f: any) => {
    const dt = toDType(typeof f === 'string' ? f.trim() : f);
    return pyDType(order === null ? dt : D.ordered(dt.native, order === '>' || order === 'big' ? '>' : '<'));
  });
  const spec = new PyDict();
  spec.set('names', fieldNames(p.names, formats.length));
  spec.set('formats', formats);
  if (p.titles !== undefined && p.titles !== null) {
    const titles = toArray(p.titles);
    spec.set('titles', formats.map((_: any, i: number) => titles[i] ?? null));
  }
  // aligned=True takes the C layout's offsets, without marking the dtype aligned (nor padding its end)
  if (p.aligned !== undefined && truthy(p.aligned)) {
    const laid = new PyDict();
    for (const k of spec.keys()) laid.set(k, spec.get(k));
    laid.set('aligned', true);
    spec.set('offsets', toDType(laid).fields!.map((f) => f.offset));
  }
  return new FormatParser(toDType(spec));
}

export function recModule(): PyModule {
  FormatParserType.newInstance = (_cls, args, kw) => formatParser(args, kw ?? new Map());
  defGetters(FormatParserType, { dtype: (f: FormatParser) => pyDType(f.dt) });
  const m = new PyModule('numpy.rec');
  m.d.format_parser = FormatParserType;
  const arrayFn = (args: any[], kw: Kw) => {
    const p = kwArgs(args, kw, ['obj', 'dtype', 'shape', 'offset', 'strides', 'formats', 'names', 'titles', 'aligned', 'byteorder', 'copy']);
    let a: NDArray;
    if (p.obj instanceof NDArray) a = p.dtype === undefined ? p.obj : fromPython(p.obj, toDType(p.dtype));
    else if (p.dtype === undefined && p.formats === undefined) return fromRecordColumns(p.obj, p.names);
    else a = fromPython(p.obj, toDType(p.dtype ?? formatsSpec(p)));
    return recView(a, null);
  };
  m.d.array = builtin('array', arrayFn);
  m.d.fromrecords = builtin('fromrecords', arrayFn);
  m.d.fromarrays = builtin('fromarrays', (args, kw) => {
    const p = kwArgs(args, kw, ['arrayList', 'dtype', 'shape', 'formats', 'names', 'titles', 'aligned', 'byteorder']);
    return fromColumns(toArray(p.arrayList).map((x: any) => asArray(x)), p);
  });
  m.d.recarray = RecArrayType;
  return m;
}

/** The names= of np.rec functions for n fields: a comma string or a list, missing ones 'f<i>', extra ones dropped. */
function fieldNames(names: any, n: number): string[] {
  const given: string[] = names === undefined || names === null ? [] : typeof names === 'string' ? names.split(',').map((s: string) => s.trim()) : toArray(names).map(String);
  return Array.from({ length: n }, (_, i) => (i < given.length && given[i] !== '' ? given[i] : `f${i}`));
}

/**
 * A recarray whose fields are the given column arrays (dtype, formats or the columns' own dtypes), as
 * NumPy's rec.fromarrays: the record shape is shape= or the first column's, less the first field's
 * sub-array dimensions, and every column must have it.
 */
function fromColumns(arrs: NDArray[], p: Record<string, any>): NDArray {
  if (arrs.length === 0) throwPy('ValueError', 'arrayList must not be empty');
  const names = fieldNames(p.names, arrs.length);
  const dt = p.dtype !== undefined ? toDType(p.dtype) : p.formats !== undefined ? toDType(formatsSpec(p)) : toDType(arrs.map((x: NDArray, i: number) => tuple([names[i], pyDType(x.dtype)])));
  if (dt.fields!.length !== arrs.length) throwPy('ValueError', 'mismatch between the number of fields and the number of arrays');
  const subNdim = (f: Field) => f.dtype.subShape?.length ?? 0;
  let shape = p.shape === undefined || p.shape === null || p.shape === 0 ? arrs[0].shape : isIntNum(p.shape) ? [pyIndex(p.shape)] : toArray(p.shape).map((x: any) => pyIndex(x));
  const first = subNdim(dt.fields![0]);
  if (first > 0) shape = shape.slice(0, -first);
  dt.fields!.forEach((f, k) => {
    const a = arrs[k];
    const test = a.shape.slice(0, a.ndim - subNdim(f));
    if (test.length !== shape.length || test.some((n, i) => n !== shape[i])) throwPy('ValueError', `array-shape mismatch in array ${k} ("${f.name}")`);
  });
  const out = allocArray(shape, dt, true);
  dt.fields!.forEach((f, i) => copyInto(fieldView(out, f.name), arrs[i]));
  return recView(out, null);
}

/** np.rec.array / fromrecords on a sequence of tuples without formats: each column's dtype is inferred
 *  the way np.array would infer it from that column's values (as NumPy's fromrecords does). */
function fromRecordColumns(obj: any, names: any): NDArray {
  const rows = toArray(obj).map((r: any) => toArray(r));
  if (rows.length === 0) throwPy('ValueError', 'Must define formats (or dtype) if object is empty');
  const width = rows[0].length;
  if (rows.some((r: any[]) => r.length !== width)) throwPy('ValueError', 'inconsistent record lengths');
  const cols = Array.from({ length: width }, (_, j) => asArray(rows.map((r: any[]) => r[j])));
  return fromColumns(cols, { names });
}

function formatsSpec(p: Record<string, any>): any {
  if (p.formats === undefined) throwPy('TypeError', 'Must define formats (or dtype) if object is not an ndarray');
  const formats = typeof p.formats === 'string' ? p.formats.split(',').map((s: string) => s.trim()) : toArray(p.formats);
  const names = fieldNames(p.names, formats.length);
  return formats.map((f: any, i: number) => tuple([names[i], f]));
}

/** arr.view(np.recarray) */
export function asRecarray(a: NDArray): NDArray {
  return recView(a, a);
}

export { RecordType, PyTuple, scalar };
