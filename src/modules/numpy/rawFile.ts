/**
 * Raw array files without a header: `ndarray.tofile` and `np.fromfile` (binary, or text when `sep` is
 * given), and `np.fromstring` (text only — NumPy 2 removed its binary mode).
 *
 * Binary data is the elements' bytes in C order, in the array's own byte order. With a file object,
 * reading starts at its position (plus `offset`) and leaves it just after the elements read, so
 * consecutive calls walk a file as NumPy's do. Text follows NumPy's C reader: elements are scanned as
 * strtod/strtoll would (see textFields.ts) and the separator is matched after NumPy's `swab_separator`
 * rewrite — a space stands for any run of whitespace, and one is implied before a non-space separator —
 * so `sep=','` accepts '1, 2 ,3'. Unmatched text raises NumPy's "string or file could not be read to
 * its end due to unmatched data". tofile's text mode writes `format % item` per element with `sep`
 * between them.
 */
import { NDArray } from '../../../runtime/ndarray';
import { DType, float64 } from '../../../runtime/dtype';
import { writer } from '../../../runtime/elements';
import { heap } from '../../../runtime/memory';
import { PyBytes, tuple } from '../../objects/values';
import { PyType } from '../../objects/pytype';
import { throwPy } from '../../objects/errors';
import { builtin, Kw, PyBuiltin } from '../../objects/function';
import { index as pyIndex } from '../../objects/protocols';
import { defineMethods } from '../../objects/types/define';
import { strMod } from '../../objects/formatting';
import { decodeBytes, encodeStr } from '../../objects/types/codecs';
import { fsPath } from '../../objects/file';
import { allocArray, castCopy } from './coerce';
import { domainToPy } from './scalars';
import { toDType } from './dtypes';
import { kwArgs } from './ufuncs';
import { hasMethod, readPath, writePath, writeToObject, FileObjectInput, readText } from './ioFiles';
import { scanNumber, isSpace } from './textFields';

/** The text of `a` as tofile writes it with a separator: each item ASCII-encoded, as NumPy does. */
function arrayText(a: NDArray, sep: string, format: string): Uint8Array {
  const parts = a.toArray().map((v) => {
    const item = tuple([domainToPy(a.dtype, v)]);
    const text = format === '' ? strMod('%r', item) : strMod(format, item);
    encodeStr(text, 'ascii', 'strict');
    return text;
  });
  return new TextEncoder().encode(parts.join(sep));
}

function tofile(a: NDArray, args: any[], kw: Kw): null {
  const p = kwArgs(args, kw, ['fid', 'sep', 'format']);
  const sep = p.sep === undefined ? '' : String(p.sep);
  const format = p.format === undefined ? '%s' : String(p.format);
  if (sep === '' && a.dtype.kind === 'O') throwPy('OSError', 'cannot write object arrays to a file in binary mode');
  const data = sep === '' ? contiguousBytes(a) : arrayText(a, sep, format);
  if (hasMethod(p.fid, 'write')) writeToObject(p.fid, data);
  else writePath(fsPath(p.fid), data, p.fid);
  return null;
}

/** Element bytes in C order (tofile ignores a Fortran layout). */
function contiguousBytes(a: NDArray): Uint8Array {
  const c = a.cContiguous ? a : castCopy(a, a.dtype);
  return new Uint8Array(heap.buffer, c.addr, c.nbytes).slice();
}

/** An array of `dt` from raw bytes (whole elements only). */
function fromBytes(data: Uint8Array, dt: DType, count: number): NDArray {
  const n = Math.min(count < 0 ? Infinity : count, Math.floor(data.length / dt.itemsize));
  const a = allocArray([n], dt);
  new Uint8Array(heap.buffer, a.addr, a.nbytes).set(data.subarray(0, a.nbytes));
  return a;
}

/** NumPy's separator rewrite (swab_separator): runs of whitespace become one wildcard space. */
function cleanSeparator(sep: string): string {
  let out = sep !== '' && !isSpace(sep[0]) ? ' ' : '';
  let skip = false;
  for (const c of sep) {
    if (isSpace(c)) {
      if (!skip) out += ' ';
      skip = true;
    } else {
      out += c;
      skip = false;
    }
  }
  if (out !== '' && out[out.length - 1] === ' ') out += ' ';
  return out;
}

/** fromstr_skip_separator: [status, new position]; 0 matched, -1 end reached, -2 mismatch. */
function skipSeparator(text: string, pos: number, sep: string): [number, number] {
  let s = pos;
  let k = 0;
  for (;;) {
    if (s >= text.length) return [-1, s];
    const c = text[s];
    if (k === sep.length) return [s !== pos ? 0 : -2, s];
    if (sep[k] === ' ') {
      if (!isSpace(c)) {
        k++;
        continue;
      }
    } else if (sep[k] !== c) return [-2, s];
    else k++;
    s++;
  }
}

/** array_from_text: elements separated by `sep`, at most `count` (all when negative). */
function parseText(text: string, dt: DType, count: number, sep: string, fileMode: boolean): NDArray {
  if (dt.isText || dt.kind === 'V') throwPy('ValueError', fileMode ? 'Unable to read character files of that array type' : "don't know how to read character strings with that array type");
  const clean = cleanSeparator(sep);
  const vals: any[] = [];
  let pos = 0;
  let status = 0;
  while (count < 0 || vals.length < count) {
    const r = scanNumber(text, pos, dt, fileMode);
    if (r === null) {
      let p = pos;
      if (fileMode) while (p < text.length && isSpace(text[p])) p++;
      status = p >= text.length ? -1 : -2;
      break;
    }
    vals.push(r[0]);
    pos = r[1];
    [status, pos] = skipSeparator(text, pos, clean);
    if (status < 0) {
      if (count === vals.length) status = -1;
      break;
    }
  }
  if (status === -2) throwPy('ValueError', 'string or file could not be read to its end due to unmatched data');
  const a = allocArray([vals.length], dt);
  const w = writer(dt);
  const dv = heap.view();
  vals.forEach((v, i) => w(dv, a.addr + i * dt.itemsize, v));
  return a;
}

function fromfile(args: any[], kw: Kw): NDArray {
  const p = kwArgs(args, kw, ['file', 'dtype', 'count', 'sep', 'offset', 'like']);
  const dt = p.dtype === undefined ? float64 : toDType(p.dtype);
  if (dt.kind === 'O') throwPy('ValueError', 'Cannot read into object array');
  const count = p.count === undefined ? -1 : pyIndex(p.count);
  const sep = p.sep === undefined ? '' : String(p.sep);
  const offset = p.offset === undefined ? 0 : pyIndex(p.offset);
  if (sep !== '' && offset !== 0) throwPy('TypeError', "'offset' argument only permitted for binary files");
  if (hasMethod(p.file, 'read')) {
    if (sep !== '') return parseText(readText(p.file, null), dt, count, sep, true);
    const f = new FileObjectInput(p.file);
    if (offset !== 0) f.seek(offset, 1);
    const data = f.read(count < 0 ? -1 : count * dt.itemsize);
    const a = fromBytes(data, dt, count);
    if (data.length > a.nbytes) f.seek(a.nbytes - data.length, 1);
    return a;
  }
  const path = fsPath(p.file);
  const data = readPath(path, p.file);
  if (sep !== '') return parseText(decodeBytes(data, 'latin-1', 'strict'), dt, count, sep, true);
  if (offset > data.length) throwPy('ValueError', 'negative dimensions are not allowed');
  return fromBytes(data.subarray(offset), dt, count);
}

function fromstring(args: any[], kw: Kw): NDArray {
  const p = kwArgs(args, kw, ['string', 'dtype', 'count', 'sep', 'like']);
  const dt = p.dtype === undefined ? float64 : toDType(p.dtype);
  if (dt.kind === 'O') throwPy('ValueError', 'Cannot read into object array');
  const count = p.count === undefined ? -1 : pyIndex(p.count);
  const sep = p.sep === undefined ? '' : String(p.sep);
  if (sep === '') throwPy('ValueError', 'The binary mode of fromstring is removed, use frombuffer instead');
  const s = p.string;
  const text = typeof s === 'string' ? s : s instanceof PyBytes ? decodeBytes(s.data, 'latin-1', 'strict') : throwPy('TypeError', 'a bytes-like object is required');
  return parseText(text, dt, count, sep, false);
}

export function rawFileFunctions(): Record<string, PyBuiltin> {
  return { fromfile: builtin('fromfile', fromfile), fromstring: builtin('fromstring', fromstring) };
}

/** ndarray.tofile */
export function installToFile(ndarrayType: PyType): void {
  defineMethods(ndarrayType, { tofile: (a: NDArray, args, kw) => tofile(a, args, kw) });
}
