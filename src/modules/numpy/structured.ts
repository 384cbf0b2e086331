/**
 * Structured dtypes and records, as NumPy has them: dtype specifications (lists of (name, type[, shape])
 * tuples with nesting, a (title, name) pair for a name, the dict form with names/formats/offsets/titles/
 * itemsize, comma strings 'i4,f8', `align=True` C layout), their str/repr/descr texts, field access on
 * arrays (a view per field, by name or title; a list of names gives a view keeping the original
 * offsets), and `np.void` scalars — views of one record, so `data[0]['gain'] = 255` writes into the
 * array as in NumPy.
 */
import { NDArray, contiguousStrides } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { DType, Field } from '../../../runtime/dtype';
import { PyType, builtinType, ObjectType, typeOf } from '../../objects/pytype';
import { PyTuple, PyBytes, tuple } from '../../objects/values';
import { PyDict } from '../../objects/hashtable';
import { throwPy } from '../../objects/errors';
import { defineMethods } from '../../objects/types/define';
import { makeExc } from '../../objects/exceptions';
import { repr as pyRepr, str as pyStr } from '../../objects/repr';
import { index as pyIndex } from '../../objects/protocols';
import { toArray } from '../../objects/iterators';
import { VoidType, RecordType } from './dtypes';

// ---- dtype construction ----

/** NumPy's dtype.alignment: a C compiler's alignment of the item (1 for bytes, unstructured void and packed records). */
export const alignmentOf = D.alignmentOf;

function layout(names: string[], types: DType[], align: boolean, offsets?: number[], itemsize?: number, titles?: (string | null)[]): DType {
  const fields: Field[] = [];
  let pos = 0, maxAlign = 1;
  names.forEach((name, i) => {
    const t = types[i];
    let off: number;
    if (offsets) off = offsets[i];
    else {
      const al = align ? alignmentOf(t) : 1;
      maxAlign = Math.max(maxAlign, al);
      off = Math.ceil(pos / al) * al;
    }
    const title = titles?.[i];
    fields.push(title !== undefined && title !== null ? { name, dtype: t, offset: off, title } : { name, dtype: t, offset: off });
    pos = Math.max(pos, off + t.itemsize);
  });
  // names and titles share one key space, checked field by field as NumPy fills its fields dict
  const keys = new Set<string>();
  names.forEach((n, i) => {
    if (keys.has(n)) throwPy('ValueError', `field '${n}' occurs more than once`);
    keys.add(n);
    const title = titles?.[i];
    if (title === undefined || title === null) return;
    if (keys.has(title)) throwPy('ValueError', 'title already used as a name or title.');
    keys.add(title);
  });
  let size = itemsize ?? pos;
  if (align && itemsize === undefined) size = Math.ceil(pos / maxAlign) * maxAlign;
  return D.structured(fields, size, align);
}

/** A field type: plain dtype spec, nested list, or (spec, shape) sub-array. */
function fieldType(spec: any, shape: any, toDType: (v: any) => DType, align: boolean): DType {
  const base = Array.isArray(spec) ? parseStructured(spec, toDType, align) : toDType(spec);
  if (shape === undefined) return base;
  const dims = shape instanceof PyTuple ? shape.items.map((x: any) => pyIndex(x)) : [pyIndex(shape)];
  if (dims.length === 0) return base;
  if (dims.some((d) => d < 0)) throwPy('ValueError', 'invalid shape in fixed-type tuple: dimension smaller then zero.');
  return D.subarray(base, dims);
}

/** A comma string's fields, split at the commas outside a shape's parentheses ('i4, (2,3)f8'). */
function topLevelParts(spec: string): string[] {
  const parts: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < spec.length; i++) {
    if (spec[i] === '(') depth++;
    else if (spec[i] === ')') depth--;
    else if (spec[i] === ',' && depth === 0) {
      parts.push(spec.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(spec.slice(start).trim());
  return parts;
}

/**
 * The dtype of a type string a string parse does not know: a comma string of fields, or a sub-array type
 * with its shape in front ('3i4', '(2,3)f8'); null when it is neither.
 */
export function parseTypeString(spec: string, toDType: (v: any) => DType): DType | null {
  if (topLevelParts(spec).length > 1) return parseStructured(spec, toDType, false);
  const m = /^\s*(\d+|\(\s*\d+\s*(?:,\s*\d+\s*)*,?\s*\))\s*(\S.*)$/.exec(spec);
  if (!m) return null;
  const dims = m[1].replace(/[()\s]/g, '').split(',').filter((x) => x !== '').map(Number);
  return D.subarray(toDType(m[2]), dims);
}

/** np.dtype of a list / dict / comma-string structured specification. */
export function parseStructured(spec: any, toDType: (v: any) => DType, align: boolean): DType {
  if (typeof spec === 'string') {
    const parts = topLevelParts(spec);
    return layout(parts.map((_, i) => `f${i}`), parts.map((p) => toDType(p)), align);
  }
  if (spec instanceof PyDict && spec.get('names') === undefined) {
    // the fields form {'name': (format, offset[, title]), ...}: fields in offset order; a titled
    // field's second entry (keyed by its title, as dtype.fields lists it) names the same field
    const entries = [...spec.keys()].flatMap((k: any) => {
      const v = toArray(spec.get(k));
      if (typeof k !== 'string' || v.length < 2) throwPy('TypeError', `data type ${pyRepr(spec)} not understood`);
      const title = v.length > 2 && v[2] !== null ? pyStr(v[2]) : null;
      return title === k ? [] : [{ name: k, dtype: toDType(v[0]), offset: pyIndex(v[1]), title }];
    });
    entries.sort((x, y) => x.offset - y.offset);
    const titles = entries.some((e) => e.title !== null) ? entries.map((e) => e.title) : undefined;
    return layout(entries.map((e) => e.name), entries.map((e) => e.dtype), align, entries.map((e) => e.offset), undefined, titles);
  }
  if (spec instanceof PyDict) {
    const get = (k: string) => spec.get(k);
    const names = toArray(get('names')).map(String);
    if (new Set(names).size !== names.length) throwPy('ValueError', 'name already used as a name or title');
    const formats = toArray(get('formats')).map((f: any) => toDType(f));
    const offsets = get('offsets') === undefined ? undefined : toArray(get('offsets')).map((x: any) => pyIndex(x));
    const itemsize = get('itemsize') === undefined ? undefined : pyIndex(get('itemsize'));
    const titles = get('titles') === undefined ? undefined : toArray(get('titles')).map((t: any) => (t === null ? null : String(t)));
    return layout(names, formats, align || get('aligned') === true, offsets, itemsize, titles);
  }
  const items = toArray(spec);
  const names: string[] = [], types: DType[] = [], titles: (string | null)[] = [];
  for (const it of items) {
    const t = it instanceof PyTuple ? it.items : toArray(it);
    // the name may be a (title, name) pair
    const key = t[0] instanceof PyTuple && t[0].items.length === 2 && typeof t[0].items[1] === 'string' ? t[0].items : null;
    if (t.length < 2 || (typeof t[0] !== 'string' && !key)) throwPy('TypeError', `data type ${pyRepr(spec)} not understood`);
    names.push(key ? key[1] : t[0]);
    titles.push(key ? pyStr(key[0]) : null);
    types.push(fieldType(t[1], t[2], toDType, align));
  }
  return layout(names, types, align, undefined, undefined, titles.some((x) => x !== null) ? titles : undefined);
}

/** np.dtype((base, shape)); a flexible base without a size takes an int as its size: ('U', 5) is '<U5' */
export function parseSubarray(t: PyTuple, toDType: (v: any) => DType): DType {
  const [base, n] = t.items;
  // (np.void, dtype) is the dtype itself; (np.record, dtype) its record flavour (what recarrays carry)
  if ((base === VoidType || base === RecordType) && typeof n !== 'number' && typeof n !== 'bigint') {
    const d = toDType(n);
    if (!d.fields) return D.rawVoid(d.itemsize);
    return base === RecordType && !d.isRecord ? D.structured(d.fields, d.itemsize, d.aligned, true) : d;
  }
  if (base === RecordType) return D.rawVoid(pyIndex(n));
  if (typeof n === 'number' || typeof n === 'bigint') {
    const b = toDType(base);
    if (b.itemsize === 0 && !b.fields) {
      if (b.kind === 'U') return D.unicode(pyIndex(n));
      if (b.kind === 'S') return D.bytes(pyIndex(n));
      if (b.kind === 'V') return D.rawVoid(pyIndex(n));
    }
  }
  return fieldType(t.items[0], t.items[1], toDType, false);
}

// ---- texts ----

/** NumPy's descr item for a field type: '<f8', 'u1', nested list, or with a shape. */
function typeStr(d: DType): string {
  if (d.kind === 'V' && d.fields) return descrText(d);
  if (d.kind === 'b') return '?';
  if (d.kind === 'S') return `S${d.itemsize}`;
  if (d.kind === 'V') return `V${d.itemsize}`;
  if (d.kind === 'O') return 'O';
  if (d.itemsize === 1 && !d.isText) return d.str.replace('|', '');
  return d.str;
}

/** whether the fields sit where the list form would put them (C-aligned for an aligned dtype: NumPy's _is_packed) */
function isPacked(d: DType): boolean {
  let pos = 0, maxAlign = 1;
  const up = (x: number, al: number) => Math.ceil(x / al) * al;
  for (const f of d.fields!) {
    if (d.aligned) {
      pos = up(pos, alignmentOf(f.dtype));
      maxAlign = Math.max(maxAlign, alignmentOf(f.dtype));
    }
    if (f.offset !== pos) return false;
    pos += f.dtype.itemsize;
  }
  return (d.aligned ? up(pos, maxAlign) : pos) === d.itemsize;
}

/** a field's key in dtype texts: its name, or (title, name) */
function keyText(f: Field): string {
  return f.title !== undefined ? `(${pyRepr(f.title)}, ${pyRepr(f.name)})` : pyRepr(f.name);
}

function fieldItem(f: Field): string {
  if (f.dtype.subBase) return `(${keyText(f)}, ${quoteType(f.dtype.subBase)}, ${shapeText(f.dtype.subShape!)})`;
  return `(${keyText(f)}, ${quoteType(f.dtype)})`;
}
function quoteType(d: DType): string {
  return d.fields ? descrText(d) : `'${typeStr(d)}'`;
}
function shapeText(s: number[]): string {
  return s.length === 1 ? `(${s[0]},)` : `(${s.join(', ')})`;
}

function descrText(d: DType): string {
  return '[' + d.fields!.map(fieldItem).join(', ') + ']';
}

/**
 * str(dtype) for structured / sub-array dtypes: the list form when the fields are packed, else the dict
 * form (which alone can say 'aligned': True, so str of an aligned dtype uses it; repr says align=True after)
 */
export function structuredStr(d: DType, includeAlign = true): string {
  if (d.subBase) return `(${quoteType(d.subBase)}, ${shapeText(d.subShape!)})`;
  let body: string;
  if (!(includeAlign && d.aligned) && isPacked(d)) body = descrText(d);
  else {
    const formats = d.fields!.map((f) => (f.dtype.subBase ? `(${quoteType(f.dtype.subBase)}, ${shapeText(f.dtype.subShape!)})` : quoteType(f.dtype)));
    body = `{'names': [${d.fields!.map((f) => pyRepr(f.name)).join(', ')}], 'formats': [${formats.join(', ')}], 'offsets': [${d.fields!.map((f) => f.offset).join(', ')}], ${d.fields!.some((f) => f.title !== undefined) ? `'titles': [${d.fields!.map((f) => (f.title !== undefined ? pyRepr(f.title) : 'None')).join(', ')}], ` : ''}'itemsize': ${d.itemsize}${includeAlign && d.aligned ? ", 'aligned': True" : ''}}`;
  }
  return d.isRecord ? `(numpy.record, ${body})` : body;
}

export function structuredRepr(d: DType): string {
  if (d.isRecord) return `dtype(${structuredStr(d)})`;
  return `dtype(${structuredStr(d, false)}${d.aligned ? ', align=True' : ''})`;
}

/** dtype.descr */
export function descrList(d: DType): any[] {
  if (!d.fields) return [tuple(['', d.str])];
  // NumPy lists the gaps between fields (and at the end) as unnamed '|Vn' entries
  const out: any[] = [];
  let pos = 0;
  for (const f of [...d.fields].sort((a, b) => a.offset - b.offset)) {
    if (f.offset > pos) out.push(tuple(['', `|V${f.offset - pos}`]));
    const key = f.title !== undefined ? tuple([f.title, f.name]) : f.name;
    if (f.dtype.subBase) out.push(tuple([key, f.dtype.subBase.fields ? descrList(f.dtype.subBase) : typeStrPy(f.dtype.subBase), tuple(f.dtype.subShape!)]));
    else out.push(tuple([key, f.dtype.fields ? descrList(f.dtype) : typeStrPy(f.dtype)]));
    pos = Math.max(pos, f.offset + f.dtype.itemsize);
  }
  if (d.itemsize > pos) out.push(tuple(['', `|V${d.itemsize - pos}`]));
  return out;
}
function typeStrPy(d: DType): string {
  return d.str;
}

// ---- field access ----

/** the field a key names: its name or its title */
export function findField(d: DType, key: string): Field | undefined {
  return d.fields?.find((x) => x.name === key) ?? d.fields?.find((x) => x.title === key);
}

export function fieldOf(d: DType, name: string): Field {
  const f = findField(d, name);
  if (!f) throw makeExc('KeyError', name);
  return f;
}

/** a['name']: a view of one field (sub-array fields add their dimensions). */
export function fieldView(a: NDArray, name: string): NDArray {
  if (!a.dtype.fields) throwPy('IndexError', 'only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices');
  const f = findField(a.dtype, name);
  if (!f) throwPy('ValueError', `no field of name ${name}`);
  const t = f.dtype;
  if (t.subBase) {
    const sub = t.subShape!;
    return a.view([...a.shape, ...sub], [...a.strides, ...contiguousStrides(sub, t.subBase.itemsize)], a.offset + f.offset, t.subBase);
  }
  return a.view(a.shape.slice(), a.strides.slice(), a.offset + f.offset, t);
}

/** a[['x', 'y']]: a view whose dtype keeps only those fields at their offsets. */
export function multiFieldView(a: NDArray, names: string[]): NDArray {
  const fields = names.map((n) => fieldOf(a.dtype, n));
  const dt = D.structured(fields.map((f) => ({ ...f })), a.dtype.itemsize, a.dtype.aligned, a.dtype.isRecord);
  return a.view(a.shape.slice(), a.strides.slice(), a.offset, dt);
}

export function isFieldKey(a: NDArray, key: any): boolean {
  if (!a.dtype.fields) return false;
  if (typeof key === 'string') return true;
  return Array.isArray(key) && key.length > 0 && key.every((k) => typeof k === 'string');
}

export function fieldIndex(a: NDArray, key: any): NDArray {
  return typeof key === 'string' ? fieldView(a, key) : multiFieldView(a, key);
}

// ---- records as Python values ----

/** A Python tuple/list (or np.void) → the record domain value of dtype d. */
export function recordFromPy(v: any, d: DType, toDomain: (v: any, d: DType) => any): any {
  if (!d.fields && !d.subBase) return rawVoidBytes(v, d.itemsize);
  if (v instanceof NPVoid) return v.arr.get([]);
  if (d.subBase) {
    const conv = (x: any): any => (x instanceof PyTuple || Array.isArray(x) ? toArray(x).map(conv) : toDomain(x, d.subBase!));
    return conv(v);
  }
  const items = v instanceof PyTuple ? v.items : Array.isArray(v) ? v : null;
  if (!items) {
    // a scalar fills every field
    return d.fields!.map((f) => toDomain(v, f.dtype));
  }
  if (items.length !== d.fields!.length) throwPy('ValueError', `could not assign tuple of length ${items.length} to structure with ${d.fields!.length} fields.`);
  return d.fields!.map((f, i) => toDomain(items[i], f.dtype));
}

/** An unstructured void item from bytes (or another void), cut or zero-padded to `size` bytes. */
function rawVoidBytes(v: any, size: number): number[] {
  const src: ArrayLike<number> | null = v instanceof PyBytes ? v.data : v instanceof NPVoid && !v.arr.dtype.fields ? v.arr.get([]) : null;
  if (!src) throwPy('TypeError', `a bytes-like object is required, not '${typeOf(v).tpName}'`);
  const out = new Array<number>(size).fill(0);
  for (let i = 0; i < Math.min(size, src.length); i++) out[i] = src[i];
  return out;
}

/** The Python value of a record: a tuple of field items (sub-arrays as lists), as `void.item()`. */
export function recordToPy(v: any, d: DType, toPy: (d: DType, v: any) => any): any {
  if (!d.fields && !d.subBase) return new PyBytes(Uint8Array.from(v as number[]));
  if (d.subBase) {
    const conv = (x: any): any => (Array.isArray(x) ? x.map(conv) : toPy(d.subBase!, x));
    return conv(v);
  }
  return tuple(d.fields!.map((f, i) => (f.dtype.kind === 'V' ? recordToPy(v[i], f.dtype, toPy) : toPy(f.dtype, v[i]))));
}


/** np.void / np.record scalar: a 0-d view of one record. */
export class NPVoid {
  readonly cls: PyType;
  constructor(readonly arr: NDArray) {
    this.cls = arr.dtype.isRecord ? RecordType : VoidType;
  }
}

export { builtinType, ObjectType, defineMethods, pyStr, VoidType, RecordType };
