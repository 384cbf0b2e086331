/**
 * `np.genfromtxt`, after numpy/lib/_npyio_impl.py and _iotools.py: lines are split by `LineSplitter`
 * (comment cut, ' \r\n' stripped, then str.split on the delimiter — whitespace when None — or fixed
 * widths for an int / a sequence of ints), the first line with values may give the names (`names=True`,
 * also after a comment marker), `NameValidator` cleans names (spaces → '_', NumPy's deleted characters,
 * 'f%i' for empty ones, '_1' suffixes for duplicates), rows with the wrong number of columns are
 * reported ("Some errors were detected !" — raised, or warned when invalid_raise=False).
 *
 * Each column has a `StringConverter`. With `dtype=None` it starts at bool and is upgraded along NumPy's
 * chain bool → int → float → complex → str until every value converts (missing values — '' and
 * `missing_values` — never force an upgrade); the column types then give a plain array when all agree,
 * else a structured one (names f0, f1 … or the given names). With a dtype, values convert "loosely": a
 * field that does not parse becomes the column's default — nan for floats, -1 for ints, or
 * `filling_values`; dtype=object keeps the fields as bytes. `usemask` gives a numpy.ma masked array
 * marking the missing fields (plain results only: ndpy's numpy.ma has no structured masks).
 */
import { NDArray } from '../../../runtime/ndarray';
import * as D from '../../../runtime/dtype';
import { DType } from '../../../runtime/dtype';
import { PyComplex, PyTuple, PyFloat, PyBytes } from '../../objects/values';
import { PyDict } from '../../objects/hashtable';
import { throwPy } from '../../objects/errors';
import { PyExc } from '../../objects/exceptions';
import { Kw, call } from '../../objects/function';
import { truthy, index as pyIndex } from '../../objects/protocols';
import { toArray } from '../../objects/iterators';
import { str as pyStr } from '../../objects/repr';
import { typeOf } from '../../objects/pytype';
import { decodeBytes } from '../../objects/types/codecs';
import { fromLatin1 } from '../../objects/types/bytes';
import { toDType } from './dtypes';
import { pyToDomain } from './scalars';
import { leafDType, allocArray } from './coerce';
import { heap } from '../../../runtime/memory';
import { importModule } from '../../interp/imports';
import { getAttr } from '../../objects/attrs';
import { kwArgs } from './ufuncs';
import { transpose } from './shape';
import { fieldView } from './structured';
import { textLines, warn, pathArg } from './ioFiles';
import { leavesOf, rowsToArray, ensureNdmin, ndminArg } from './textArrays';
import { validateNames, NameOptions, pyInt, pyFloat, pyComplex, intViaFloat, str2bool } from './iotools';
import { pyStrip } from './textFields';

type Step = { dtype: DType; parse: (s: string) => any; dflt: any };

/** StringConverter._mapper as the upgrade chain sees it (the abstract entries convert alike). */
const CHAIN: Step[] = [
  { dtype: D.bool, parse: str2bool, dflt: false },
  { dtype: D.int64, parse: (s) => pyInt(s, D.int64), dflt: -1 },
  { dtype: D.float64, parse: pyFloat, dflt: new PyFloat(NaN) },
  { dtype: D.complex128, parse: pyComplex, dflt: new PyComplex(NaN, 0) },
  { dtype: D.unicode(0), parse: (s) => s, dflt: '???' },
];

/** One column's converter (numpy.lib._iotools.StringConverter). */
class Converter {
  status: number;
  parse: (s: string) => any;
  dtype: DType;
  dflt: any;
  checked = false;
  locked: boolean;
  constructor(
    dt: DType | null,
    readonly missing: Set<string>,
    readonly initialDefault: any,
  ) {
    this.locked = dt !== null;
    if (dt === null) {
      this.status = 0;
      this.parse = CHAIN[0].parse;
      this.dtype = D.bool;
      this.dflt = initialDefault ?? false;
      return;
    }
    this.dtype = dt;
    const k = dt.kind;
    this.status = k === 'b' ? 0 : k === 'i' || k === 'u' ? 1 : k === 'f' ? 2 : k === 'c' ? 3 : 4;
    const step = CHAIN[this.status];
    this.dflt = initialDefault ?? step.dflt;
    // NumPy parses int64/uint64 columns with np.int64/np.uint64, other integers with int(float(x))
    if (this.status === 1) this.parse = dt.itemsize === 8 ? (s) => pyInt(s, dt) : intViaFloat;
    else this.parse = step.parse;
  }

  /** _strict_call: the value, the default for a missing field, or a ValueError-like failure (undefined). */
  strict(value: string): boolean {
    try {
      this.parse(value);
      return true;
    } catch (e) {
      if (!(e instanceof PyExc)) throw e;
      if (this.missing.has(pyStrip(value))) {
        if (!this.status) this.checked = false;
        return true;
      }
      return false;
    }
  }

  upgradeFor(values: string[]): void {
    this.checked = true;
    for (;;) {
      if (values.every((v) => this.strict(v))) return;
      if (this.locked) throwPy('ValueError', 'Converter is locked and cannot be upgraded');
      if (this.status === CHAIN.length - 1) throwPy('ValueError', 'Could not find a valid conversion function');
      this.status++;
      const step = CHAIN[this.status];
      this.parse = step.parse;
      this.dtype = step.dtype;
      this.dflt = this.initialDefault ?? step.dflt;
    }
  }

  /** _loose_call */
  loose(value: string): any {
    try {
      return this.parse(value);
    } catch (e) {
      if (e instanceof PyExc && typeOf(e).name === 'ValueError') return this.dflt;
      throw e;
    }
  }
}

/** LineSplitter: the values of one line. */
function splitter(delimiter: any, comments: string | null, autostrip: boolean): (line: string) => string[] {
  let split: (line: string) => string[];
  const cut = (line: string) => (comments !== null ? line.split(comments)[0] : line);
  if (delimiter === null || delimiter === undefined || typeof delimiter === 'string' || delimiter instanceof PyBytes) {
    const d = delimiter instanceof PyBytes ? decodeBytes(delimiter.data, 'latin-1', 'strict') : delimiter || null;
    split = (line) => {
      const l = cut(line).replace(/^[ \r\n]+|[ \r\n]+$/g, '');
      if (!l) return [];
      return d === null ? l.split(/\s+/).filter((x) => x !== '') : l.split(d);
    };
  } else {
    const widths = typeof delimiter === 'number' ? null : toArray(delimiter).map((x: any) => pyIndex(x));
    const w = widths === null ? pyIndex(delimiter) : 0;
    split = (line) => {
      const l = widths === null ? cut(line).replace(/^[\r\n]+|[\r\n]+$/g, '') : cut(line);
      if (!l) return [];
      const out: string[] = [];
      if (widths === null) for (let i = 0; i < l.length; i += w) out.push(l.slice(i, i + w));
      else {
        let pos = 0;
        for (const n of widths) out.push(l.slice(pos, (pos += n)));
      }
      return out;
    };
  }
  return autostrip ? (line) => split(line).map((s) => pyStrip(s)) : split;
}

function strList(v: any): string[] {
  return typeof v === 'string' ? v.split(',') : toArray(v).map((x: any) => pyStr(x));
}

export function genfromtxt(args: any[], kw: Kw): any {
  const p = kwArgs(args, kw, ['fname', 'dtype', 'comments', 'delimiter', 'skip_header', 'skip_footer', 'converters', 'missing_values', 'filling_values', 'usecols', 'names', 'excludelist', 'deletechars', 'replace_space', 'autostrip', 'case_sensitive', 'defaultfmt', 'unpack', 'usemask', 'loose', 'invalid_raise', 'max_rows', 'encoding', 'ndmin', 'like']);
  const ndmin = ndminArg(p.ndmin);
  const maxRows = p.max_rows === undefined || p.max_rows === null ? -1 : pyIndex(p.max_rows);
  let skipFooter = p.skip_footer === undefined ? 0 : pyIndex(p.skip_footer);
  if (maxRows !== -1) {
    if (skipFooter) throwPy('ValueError', "The keywords 'skip_footer' and 'max_rows' can not be specified at the same time.");
    if (maxRows < 1) throwPy('ValueError', "'max_rows' must be at least 1.");
  }
  const usemask = p.usemask !== undefined && truthy(p.usemask);
  const userConverters = p.converters === undefined || p.converters === null ? new PyDict() : p.converters;
  if (!(userConverters instanceof PyDict)) throwPy('TypeError', `The input argument 'converter' should be a valid dictionary (got '${pyStr(typeOf(userConverters))}' instead)`);
  const comments = p.comments === undefined ? '#' : p.comments === null ? null : pyStr(p.comments);
  const skipHeader = p.skip_header === undefined ? 0 : pyIndex(p.skip_header);
  const encoding = p.encoding === undefined || p.encoding === null || p.encoding === 'bytes' ? null : String(p.encoding);
  const loose = p.loose === undefined || truthy(p.loose);
  const split = splitter(p.delimiter, comments, p.autostrip !== undefined && truthy(p.autostrip));
  const nameOpts: NameOptions = {
    excludelist: p.excludelist === undefined || p.excludelist === null ? [] : strList(p.excludelist),
    deletechars: p.deletechars === undefined ? null : pyStr(p.deletechars),
    caseSensitive: p.case_sensitive === undefined ? true : p.case_sensitive,
    replaceSpace: p.replace_space === undefined ? '_' : pyStr(p.replace_space),
    defaultfmt: p.defaultfmt === undefined ? 'f%i' : pyStr(p.defaultfmt),
  };

  let it: Iterator<string>;
  try {
    it = textLines(p.fname, encoding)[Symbol.iterator]();
  } catch (e) {
    if (e instanceof PyExc && typeOf(e).tpName === 'TypeError') throwPy('TypeError', `fname must be a string, a filehandle, a sequence of strings,\nor an iterator of strings. Got ${pyStr(typeOf(p.fname))} instead.`);
    throw e;
  }
  const next = (): string | undefined => {
    const r = it.next();
    return r.done ? undefined : r.value;
  };
  for (let i = 0; i < skipHeader; i++) next();
  let namesArg: any = p.names === undefined ? null : p.names;
  let firstLine = '';
  let firstValues: string[] = [];
  for (;;) {
    const l = next();
    if (l === undefined) {
      firstLine = '';
      firstValues = [];
      warn('UserWarning', `genfromtxt: Empty input file: "${pathArg(p.fname) ?? pyStr(p.fname)}"`);
      break;
    }
    firstLine = l;
    if (namesArg === true && comments !== null && firstLine.includes(comments)) firstLine = firstLine.split(comments).slice(1).join('');
    firstValues = split(firstLine);
    if (firstValues.length) break;
  }
  if (namesArg === true && comments !== null && firstValues.length && comments.includes(pyStrip(firstValues[0]))) firstValues.shift();
  // names=True over an empty file fails where NumPy looks for the first name
  if (namesArg === true && !firstValues.length) throwPy('IndexError', 'list index out of range');

  let usecols: any[] | null = null;
  if (p.usecols !== undefined && p.usecols !== null) {
    usecols = typeof p.usecols === 'string' ? p.usecols.split(',').map((s: string) => pyStrip(s)) : typeof p.usecols === 'number' ? [p.usecols] : toArray(p.usecols);
  }
  const nbcols = (usecols ?? firstValues).length;
  let names: string[] | null = null;
  if (namesArg === true) {
    names = validateNames(firstValues.map((s) => pyStrip(s)), nameOpts);
    firstLine = '';
  } else if (typeof namesArg === 'string') names = validateNames(namesArg.split(',').map((s) => pyStrip(s)), nameOpts);
  else if (namesArg !== null && namesArg !== false) names = validateNames(strList(namesArg), nameOpts);

  let dtype: DType | null = p.dtype === null ? null : easyDType(p.dtype === undefined ? D.float64 : p.dtype, names, nameOpts);
  if (usecols) {
    usecols = usecols.map((c) => (typeof c === 'string' ? names!.indexOf(c) : pyIndex(c) < 0 ? pyIndex(c) + firstValues.length : pyIndex(c)));
    if (dtype && dtype.fields && dtype.fields.length > nbcols) {
      const keep = usecols.map((c) => dtype!.fields![c]);
      dtype = restructure(keep.map((f) => f.name), keep.map((f) => f.dtype));
      names = keep.map((f) => f.name);
    } else if (names && names.length > nbcols) names = usecols.map((c) => names![c]);
  } else if (names && dtype) names = dtype.fields ? dtype.fields.map((f) => f.name) : names;

  const missing = missingSets(p.missing_values, nbcols, names, usecols);
  const fills = fillingValues(p.filling_values, nbcols, names, usecols);
  const flat = dtype === null ? null : leavesOf(dtype).map((l) => l.dtype);
  const convs = missing.map((m, i) => new Converter(flat === null ? null : flat.length > 1 ? flat[i] : flat[0], m, fills[i] ?? null));
  const userConv = new Map<number, any>();
  for (const { k, v: f } of userConverters.entries()) {
    let i: number;
    if (typeof k === 'string') {
      i = names ? names.indexOf(k) : -1;
      if (i < 0) continue;
    } else if (usecols) {
      i = usecols.indexOf(pyIndex(k));
      if (i < 0) continue;
    } else i = pyIndex(k);
    const c = convs[i];
    c.parse = (s: string) => call(f, [s]);
    c.locked = true;
    if (fills[i] !== undefined && fills[i] !== null) c.dflt = fills[i];
    let tester: any = null;
    try {
      tester = call(f, [firstLine.length ? firstValues[typeof k === 'string' ? i : pyIndex(k)] : '1']);
    } catch (e) {
      if (!(e instanceof PyExc)) throw e;
    }
    c.dtype = tester === null ? D.float64 : leafDType(tester);
    userConv.set(i, f);
  }

  const rows: string[][] = [];
  const invalid: [number, number][] = [];
  for (let i = 0, line: string | undefined = firstLine; line !== undefined; line = next(), i++) {
    let values = split(line);
    if (values.length === 0) continue;
    if (usecols) {
      if (usecols.some((c) => c >= values.length || c < -values.length)) {
        invalid.push([i + skipHeader + 1, values.length]);
        continue;
      }
      values = usecols.map((c) => values[c < 0 ? c + values.length : c]);
    } else if (values.length !== nbcols) {
      invalid.push([i + skipHeader + 1, values.length]);
      continue;
    }
    rows.push(values);
    if (rows.length === maxRows) break;
  }
  if (dtype === null) convs.forEach((c, i) => c.upgradeFor(rows.map((r) => r[i])));
  if (invalid.length) {
    const nbrows = rows.length + invalid.length - skipFooter;
    let bad = invalid;
    if (skipFooter > 0) {
      const skippedBad = invalid.filter(([ln]) => ln > nbrows + skipHeader).length;
      bad = invalid.slice(0, invalid.length - skippedBad);
      skipFooter -= skippedBad;
    }
    if (bad.length) {
      const msg = ['Some errors were detected !', ...bad.map(([ln, nb]) => `    Line #${ln} (got ${nb} columns instead of ${nbcols})`)].join('\n');
      if (p.invalid_raise === undefined || truthy(p.invalid_raise)) throwPy('ValueError', msg);
      warn('ConversionWarning', msg);
    }
  }
  const kept = skipFooter > 0 ? rows.slice(0, Math.max(0, rows.length - skipFooter)) : rows;
  const values = kept.map((r) => r.map((s, i) => (loose ? convs[i].loose(s) : strictValue(convs[i], s))));

  let outType: DType;
  if (dtype === null) {
    let types = convs.map((c, i) => (c.dtype.kind === 'U' ? D.unicode(values.reduce((n, r) => Math.max(n, [...r[i]].length), 1)) : c.dtype));
    const checked = convs.filter((c) => c.checked);
    const uniform = new Set(checked.map((c) => c.dtype.kind + c.dtype.itemsize)).size === 1;
    // encoding='bytes': text columns go back to bytes (latin-1) when they can, with NumPy's deprecation
    let asBytes = false;
    if (p.encoding === 'bytes' && types.some((t) => t.kind === 'U')) {
      warn('VisibleDeprecationWarning', 'Reading unicode strings without specifying the encoding argument is deprecated. Set the encoding, use None for the system default.');
      asBytes = values.every((r) => r.every((v, i) => types[i].kind !== 'U' || /^[\x00-\xff]*$/.test(v)));
      if (asBytes) types = types.map((t) => (t.kind === 'U' ? D.bytes(t.chars) : t));
    }
    if (names === null && uniform) outType = asBytes && checked[0].dtype.kind === 'U' ? D.bytes(Math.max(...types.map((t) => t.chars))) : checked[0].dtype;
    else outType = restructure(names ?? types.map((_, i) => nameOpts.defaultfmt.replace(/%i|%d/, String(i))), types);
  } else if (userConv.size && !dtype.fields && convs.some((c, i) => userConv.has(i) && c.dtype.kind !== dtype!.kind)) {
    outType = convs.length > 1 ? restructure(convs.map((_, i) => `f${i}`), convs.map((c, i) => (userConv.has(i) ? c.dtype : dtype!))) : convs[0].dtype;
  } else outType = dtype;
  const leaves = leavesOf(outType);
  // names= naming fewer fields than there are columns: each row is a tuple too long for a record
  if (outType.fields && values.length && values[0].length !== leaves.length) {
    throwPy('ValueError', `could not assign tuple of length ${values[0].length} to structure with ${outType.fields.length} fields.`);
  }
  // dtype=object keeps every field as bytes, whatever the encoding
  const cell = (v: any, i: number) =>
    outType.kind === 'U' ? pyStr(v)
    : outType.kind === 'O' && typeof v === 'string' ? new PyBytes(encoding === null ? fromLatin1(v) : new TextEncoder().encode(v))
    : pyToDomain(typeof v === 'string' && (outType.fields ? leaves[i].dtype : outType).kind === 'S' ? new PyBytes(fromLatin1(v)) : v, outType.fields ? leaves[i].dtype : outType);
  const domain = values.map((r) => r.map(cell));
  // no rows at all: NumPy's np.array([]) of the dtype, one-dimensional
  let out: NDArray = kept.length === 0 && !outType.fields ? allocArray([0], outType) : rowsToArray(domain, outType, nbcols);
  out = ensureNdmin(out, ndmin);
  if (usemask) return maskMissing(out, kept.map((r) => r.map((s, i) => convs[i].missing.has(pyStrip(s)))));
  if (p.unpack !== undefined && p.unpack !== null && truthy(p.unpack)) {
    if (!outType.fields) return transpose(out, null);
    if (outType.fields.length === 1) return fieldView(out, outType.fields[0].name);
    return outType.fields.map((f) => fieldView(out, f.name));
  }
  return out;
}

/** usemask=True: the result as np.ma.masked_array, masking every field that was a missing value. */
function maskMissing(out: NDArray, missing: boolean[][]): any {
  if (out.dtype.fields) throwPy('NotImplementedError', 'genfromtxt(usemask=True) with a structured result is not supported');
  const mask = allocArray(out.shape, D.bool);
  new Uint8Array(heap.buffer, mask.addr, mask.size).set(missing.flat().map(Number));
  const ma = importModule('_ndpy_ma', true);
  return call(getAttr(ma, 'masked_array'), [out], new Map([['mask', mask]]));
}

function strictValue(c: Converter, s: string): any {
  try {
    return c.parse(s);
  } catch (e) {
    if (!(e instanceof PyExc)) throw e;
    if (c.missing.has(pyStrip(s))) return c.dflt;
    return throwPy('ValueError', `Cannot convert string '${s}'`);
  }
}

/** A packed structured dtype of the given field names and types. */
function restructure(names: string[], types: DType[]): DType {
  let off = 0;
  const fields = names.map((name, i) => {
    const f = { name, dtype: types[i], offset: off };
    off += types[i].itemsize;
    return f;
  });
  return D.structured(fields, off);
}

/** numpy.lib._iotools.easy_dtype */
function easyDType(spec: any, names: string[] | null, opts: NameOptions): DType {
  let dt: DType;
  try {
    dt = spec instanceof DType ? spec : toDType(spec);
  } catch (e) {
    if (!(e instanceof PyExc) || typeOf(e).name !== 'TypeError') throw e;
    // a sequence of types: fields named after `names` (or f0, f1 …)
    const types = toArray(spec).map((t: any) => toDType(t));
    const n = validateNames(names ?? [], opts, types.length);
    return restructure(n, types);
  }
  if (names !== null) {
    if (!dt.fields) return restructure(validateNames(names, opts), names.map(() => dt));
    const n = validateNames(names, opts, dt.fields.length);
    return D.structured(dt.fields.map((f, i) => ({ ...f, name: n[i] })), dt.itemsize);
  }
  return dt;
}

/** Column index of a missing_values / filling_values key (names and usecols resolved), or null. */
function keyIndex(key: any, names: string[] | null, usecols: any[] | null): number | null {
  let k = key;
  if (typeof k === 'string') {
    k = names ? names.indexOf(k) : -1;
    if (k < 0) return null;
  }
  if (k === null) return -1;
  k = pyIndex(k);
  if (usecols) {
    const i = usecols.indexOf(k);
    if (i >= 0) k = i;
  }
  return k;
}

function missingSets(spec: any, n: number, names: string[] | null, usecols: any[] | null): Set<string>[] {
  const out = Array.from({ length: n }, () => new Set<string>(['']));
  if (spec === undefined || spec === null) return out;
  const v = spec instanceof PyBytes ? decodeBytes(spec.data, 'latin-1', 'strict') : spec;
  if (v instanceof PyDict) {
    for (const { k: key, v: val } of v.entries()) {
      const k = keyIndex(key, names, usecols);
      if (k === null) continue;
      const vals = val instanceof PyTuple || Array.isArray(val) ? toArray(val).map((x: any) => pyStr(x)) : [pyStr(val)];
      for (const [i, s] of out.entries()) if (k === -1 || k === i) vals.forEach((x) => s.add(x));
    }
  } else if (v instanceof PyTuple || Array.isArray(v)) {
    toArray(v).forEach((x: any, i: number) => i < n && out[i].add(pyStr(x)));
  } else if (typeof v === 'string') {
    for (const s of out) v.split(',').forEach((x) => s.add(x));
  } else for (const s of out) s.add(pyStr(v));
  return out;
}

function fillingValues(spec: any, n: number, names: string[] | null, usecols: any[] | null): any[] {
  const out: any[] = new Array(n).fill(null);
  if (spec === undefined || spec === null) return out;
  if (spec instanceof PyDict) {
    for (const { k: key, v: val } of spec.entries()) {
      const k = keyIndex(key, names, usecols);
      if (k !== null && k >= 0 && k < n) out[k] = val;
    }
  } else if (spec instanceof PyTuple || Array.isArray(spec)) {
    toArray(spec).slice(0, n).forEach((x: any, i: number) => (out[i] = x));
  } else out.fill(spec);
  return out;
}
