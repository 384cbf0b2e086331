/**
 * The `.npy` file format (numpy/lib/format.py, versions 1.0, 2.0 and 3.0): the magic string
 * `\x93NUMPY` + major/minor byte, a little-endian header length (2 bytes in 1.0, 4 in 2.0/3.0), and a
 * Python dict literal `{'descr': '<i8', 'fortran_order': False, 'shape': (2, 3), }` — keys sorted, room
 * for the growth axis to gain digits (21 minus the digits of that axis' length), padded with spaces and a
 * final '\n' so the data starts at a multiple of 64 bytes — then the raw element bytes in C order, or in
 * Fortran order when the array is F- but not C-contiguous.
 *
 * Writing produces exactly NumPy's bytes (the oldest version that can hold the header, as NumPy picks).
 * Reading accepts any version, any key order, Python 2 `L` integer suffixes (1.0/2.0), big-endian
 * descriptors (kept: a '>f8' file loads as a '>f8' array, as in NumPy), '>U' strings (byte-swapped into
 * our little-endian UTF-32 storage) and structured descriptors — NumPy's `dtype.descr` lists, where
 * `('', '|V4')` entries stand for padding between and after fields. The header literal is read by a
 * small Python-literal parser, standing in for `ast.literal_eval`.
 */
import { DType, Field, parseDType, structured, subarray } from '../../../runtime/dtype';
import { NDArray } from '../../../runtime/ndarray';
import { heap } from '../../../runtime/memory';
import { PyBytes, PyTuple, tuple } from '../../objects/values';
import { PyDict } from '../../objects/hashtable';
import { throwPy } from '../../objects/errors';
import { repr } from '../../objects/repr';
import { allocArray, castCopy } from './coerce';
import { shapeRepr } from './alloc';
import { hasObject } from './dtypes';
import { pickleDumps, pickleLoads } from './pickling';

export const MAGIC_PREFIX = new Uint8Array([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]);
const MAGIC_LEN = 8;
const ARRAY_ALIGN = 64;
const GROWTH_AXIS_MAX_DIGITS = 21;
/** NumPy's default `max_header_size` for loading untrusted files */
export const MAX_HEADER_SIZE = 10000;

export interface NpyHeader {
  shape: number[];
  fortranOrder: boolean;
  dtype: DType;
  /** the descriptor names big-endian UTF-32 ('>U…'), stored swapped relative to our arrays */
  swapUnicode: boolean;
}

// ---- writing ----

/** format.dtype_to_descr: the dtype's str, or for structured dtypes the field list with padding entries. */
export function descrOf(d: DType): any {
  if (!d.fields) return d.str;
  const out: any[] = [];
  let offset = 0;
  for (const f of d.fields) {
    if (f.offset > offset) out.push(tuple(['', `|V${f.offset - offset}`]));
    else if (f.offset < offset) throwPy('ValueError', 'dtype.descr is not defined for types with overlapping or out-of-order fields');
    const t = f.dtype;
    const key = f.title !== undefined ? tuple([f.title, f.name]) : f.name;
    out.push(t.subBase ? tuple([key, descrOf(t.subBase), tuple(t.subShape!)]) : tuple([key, descrOf(t)]));
    offset = f.offset + t.itemsize;
  }
  if (d.itemsize > offset) out.push(tuple(['', `|V${d.itemsize - offset}`]));
  return out;
}

/** format.descr_to_dtype: a dtype string, or a field list (padding entries skipped, offsets kept). */
export function dtypeFromDescr(descr: any): DType | null {
  if (typeof descr === 'string') return parseDType(descr);
  if (descr instanceof PyTuple && descr.items.length === 2) {
    const base = dtypeFromDescr(descr.items[0]);
    const shape = descr.items[1];
    if (!base || !(shape instanceof PyTuple)) return null;
    return subarray(base, shape.items as number[]);
  }
  if (!Array.isArray(descr)) return null;
  const fields: Field[] = [];
  let offset = 0;
  for (const item of descr) {
    if (!(item instanceof PyTuple) || item.items.length < 2 || item.items.length > 3) return null;
    const [name, spec, shape] = item.items;
    const pad = name === '' && typeof spec === 'string' ? /^\|V(\d+)$/.exec(spec) : null;
    if (pad) {
      offset += Number(pad[1]);
      continue;
    }
    let t = dtypeFromDescr(spec);
    if (!t) return null;
    if (shape !== undefined) {
      if (!(shape instanceof PyTuple)) return null;
      t = subarray(t, shape.items as number[]);
    }
    // a (title, name) key keeps its title
    fields.push(name instanceof PyTuple ? { name: name.items[1], dtype: t, offset, title: name.items[0] } : { name, dtype: t, offset });
    offset += t.itemsize;
  }
  return structured(fields, offset);
}

/** The header text NumPy writes for an array of this layout (before padding). */
export function headerText(descr: any, fortranOrder: boolean, shape: number[]): string {
  return withGrowthRoom(`{'descr': ${repr(descr)}, 'fortran_order': ${fortranOrder ? 'True' : 'False'}, 'shape': ${shapeRepr(shape)}, }`, fortranOrder, shape);
}

/** Header text plus spaces for the growth axis (the last for Fortran order, else the first) to gain digits. */
export function withGrowthRoom(text: string, fortranOrder: boolean, shape: any[]): string {
  if (shape.length === 0) return text;
  return text + ' '.repeat(Math.max(0, GROWTH_AXIS_MAX_DIGITS - repr(shape[fortranOrder ? shape.length - 1 : 0]).length));
}

function latin1(s: string): Uint8Array | null {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 255) return null;
    out[i] = c;
  }
  return out;
}

/** Magic, length and padded header for `text` in the given version (null when the header does not fit). */
export function wrapHeader(text: string, major: number): Uint8Array | null {
  const body = major === 3 ? new TextEncoder().encode(text) : latin1(text);
  if (body === null) return null;
  const lenBytes = major === 1 ? 2 : 4;
  const hlen = body.length + 1;
  const padlen = ARRAY_ALIGN - ((MAGIC_LEN + lenBytes + hlen) % ARRAY_ALIGN);
  const total = hlen + padlen;
  if (major === 1 && total > 0xffff) return null;
  const out = new Uint8Array(MAGIC_LEN + lenBytes + total);
  out.set(MAGIC_PREFIX, 0);
  out[6] = major;
  out[7] = 0;
  const dv = new DataView(out.buffer);
  if (major === 1) dv.setUint16(8, total, true);
  else dv.setUint32(8, total, true);
  const start = MAGIC_LEN + lenBytes;
  out.set(body, start);
  out.fill(0x20, start + body.length, start + body.length + padlen);
  out[out.length - 1] = 0x0a;
  return out;
}

/** The full header block for `text`, in the oldest version that can hold it. */
export function wrapHeaderGuessVersion(text: string, warn: (msg: string) => void): Uint8Array {
  const v1 = wrapHeader(text, 1);
  if (v1) return v1;
  const v2 = wrapHeader(text, 2);
  if (v2) {
    warn('Stored array in format 2.0. It can only beread by NumPy >= 1.9');
    return v2;
  }
  warn('Stored array in format 3.0. It can only be read by NumPy >= 1.17');
  return wrapHeader(text, 3)!;
}

/** Whether NumPy stores the array in Fortran order (F- but not C-contiguous). */
export function storesFortran(a: NDArray): boolean {
  return a.fContiguous && !a.cContiguous;
}

/** The element bytes as a .npy file holds them: C order, or memory order of an F-only-contiguous array. */
export function arrayBytes(a: NDArray): Uint8Array {
  const src = a.cContiguous || storesFortran(a) ? a : castCopy(a, a.dtype);
  return new Uint8Array(heap.buffer, src.addr, src.nbytes).slice();
}

/** The data of an object array: the array pickled (protocol 4), as NumPy's write_array; null for other dtypes. */
export function objectData(a: NDArray, allowPickle: boolean): Uint8Array | null {
  if (!hasObject(a.dtype)) return null;
  if (!allowPickle) throwPy('ValueError', 'Object arrays cannot be saved when allow_pickle=False');
  return pickleDumps(a);
}

/** A whole .npy file for `a`: header block followed by the data. */
export function encodeNpy(a: NDArray, warn: (msg: string) => void, allowPickle = true): Uint8Array {
  const fortran = storesFortran(a);
  const head = wrapHeaderGuessVersion(headerText(descrOf(a.dtype), fortran, a.shape), warn);
  const data = objectData(a, allowPickle) ?? arrayBytes(a);
  const out = new Uint8Array(head.length + data.length);
  out.set(head, 0);
  out.set(data, head.length);
  return out;
}

// ---- reading ----

/** Sequential reads over some byte source; `read(n)` returns fewer bytes only at the end. */
export interface ByteInput {
  read(n: number): Uint8Array;
}

/** Everything left in the input. */
export function readRest(src: ByteInput): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = src.read(1 << 16);
    parts.push(chunk);
    total += chunk.length;
    if (chunk.length < 1 << 16) break;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** format._read_bytes: exactly `size` bytes or NumPy's EOF ValueError. */
function readExact(src: ByteInput, size: number, what: string): Uint8Array {
  const data = src.read(size);
  if (data.length !== size) throwPy('ValueError', `EOF: reading ${what}, expected ${size} bytes got ${data.length}`);
  return data;
}

/** Read the magic string; returns [major, minor]. */
export function readMagic(src: ByteInput): [number, number] {
  const m = readExact(src, MAGIC_LEN, 'magic string');
  for (let i = 0; i < MAGIC_PREFIX.length; i++) {
    if (m[i] !== MAGIC_PREFIX[i]) {
      throwPy('ValueError', `the magic string is not correct; expected b'\\x93NUMPY', got ${repr(new PyBytes(m.slice(0, 6)))}`);
    }
  }
  return [m[6], m[7]];
}

function checkVersion(major: number, minor: number): void {
  if (minor !== 0 || major < 1 || major > 3) throwPy('ValueError', `we only support format version (1,0), (2,0), and (3,0), not (${major}, ${minor})`);
}

/** Read magic and header, leaving `src` at the first data byte. */
export function readHeader(src: ByteInput, maxHeaderSize: number, warn: (msg: string) => void): NpyHeader {
  const [major, minor] = readMagic(src);
  checkVersion(major, minor);
  return readHeaderAfterMagic(src, major, maxHeaderSize, warn);
}

/** The header of a file of version `major` whose magic string was read already. */
export function readHeaderAfterMagic(src: ByteInput, major: number, maxHeaderSize: number, warn: (msg: string) => void): NpyHeader {
  const lenBytes = readExact(src, major === 1 ? 2 : 4, 'array header length');
  const dv = new DataView(lenBytes.buffer, lenBytes.byteOffset, lenBytes.byteLength);
  const hlen = major === 1 ? dv.getUint16(0, true) : dv.getUint32(0, true);
  const raw = readExact(src, hlen, 'array header');
  let text = '';
  if (major === 3) text = new TextDecoder().decode(raw);
  else for (const b of raw) text += String.fromCharCode(b);
  if (text.length > maxHeaderSize) {
    throwPy('ValueError', `Header info length (${text.length}) is large and may not be safe to load securely.\nTo allow loading, adjust \`max_header_size\` or fully trust the \`.npy\` file using \`allow_pickle=True\`.\nFor safety against large resource use or crashes, sandboxing may be necessary.`);
  }
  return interpretHeader(text, major < 3, warn);
}

function interpretHeader(text: string, allowLongSuffix: boolean, warn: (msg: string) => void): NpyHeader {
  let d: any;
  try {
    d = new LiteralParser(text, false).parseAll();
  } catch (e) {
    if (!(e instanceof LiteralError)) throw e;
    // headers written by Python 2 may hold 'L' integer suffixes
    try {
      if (!allowLongSuffix) throw e;
      d = new LiteralParser(text, true).parseAll();
    } catch (e2) {
      if (!(e2 instanceof LiteralError)) throw e2;
      throwPy('ValueError', `Cannot parse header: ${repr(text)}`);
    }
    warn('Reading `.npy` or `.npz` file required additional header parsing as it was created on Python 2. Save the file again to speed up loading and avoid this warning.');
  }
  if (!(d instanceof PyDict)) throwPy('ValueError', `Header is not a dictionary: ${repr(d)}`);
  const keys = d.keys();
  const expected = ['descr', 'fortran_order', 'shape'];
  if (keys.length !== 3 || !expected.every((k) => d.has(k))) {
    throwPy('ValueError', `Header does not contain the correct keys: ${repr(keys.slice().sort((a: any, b: any) => (String(a) < String(b) ? -1 : 1)))}`);
  }
  const shape = d.get('shape');
  if (!(shape instanceof PyTuple) || !shape.items.every((x) => typeof x === 'number' && Number.isInteger(x))) {
    throwPy('ValueError', `shape is not valid: ${repr(shape)}`);
  }
  const fortran = d.get('fortran_order');
  if (typeof fortran !== 'boolean') throwPy('ValueError', `fortran_order is not a valid bool: ${repr(fortran)}`);
  const descr = d.get('descr');
  const dtype = dtypeFromDescr(descr);
  if (dtype === null) {
    if (typeof descr === 'string') throwPy('TypeError', `data type ${repr(descr)} not understood`);
    throwPy('ValueError', `descr is not a valid dtype descriptor: ${repr(descr)}`);
  }
  return { shape: (shape as PyTuple).items as number[], fortranOrder: fortran, dtype, swapUnicode: dtype.kind === 'U' && (descr as string).startsWith('>') };
}

/** Fill a new array of the header's layout from `data` (exactly its byte size). */
function arrayFromData(h: NpyHeader, data: Uint8Array): NDArray {
  const a = allocArray(h.shape, h.dtype, false, h.fortranOrder ? 'F' : 'C');
  const dst = new Uint8Array(heap.buffer, a.addr, a.nbytes);
  dst.set(data.subarray(0, a.nbytes));
  if (h.swapUnicode) for (let i = 0; i + 3 < dst.length; i += 4) dst.subarray(i, i + 4).reverse();
  return a;
}

/** format.read_array: header, then the data (NumPy's message when the file holds too few elements). */
export function readArray(src: ByteInput, maxHeaderSize: number, warn: (msg: string) => void, allowPickle = false): NDArray {
  const h = readHeader(src, maxHeaderSize, warn);
  if (hasObject(h.dtype)) {
    if (!allowPickle) throwPy('ValueError', 'Object arrays cannot be loaded when allow_pickle=False');
    return pickleLoads(readRest(src));
  }
  let count = 1;
  for (const s of h.shape) count *= s;
  const size = h.dtype.itemsize;
  const data = src.read(count * size);
  if (data.length < count * size) {
    throwPy('ValueError', `Failed to read all data for array. Expected ${shapeRepr(h.shape)} = ${count} elements, could only read ${Math.floor(data.length / size)} elements. (file seems not fully written?)`);
  }
  return arrayFromData(h, data);
}

// ---- the header literal ----

class LiteralError extends Error {}

/** ast.literal_eval for the literals a header holds: dicts, tuples, lists, strings, ints, bools, None. */
class LiteralParser {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly longSuffix: boolean,
  ) {}

  parseAll(): any {
    const v = this.value();
    this.ws();
    if (this.i < this.s.length) throw new LiteralError();
    return v;
  }

  private ws(): void {
    while (this.i < this.s.length && ' \t\n\r\f\v'.includes(this.s[this.i])) this.i++;
  }

  private value(): any {
    this.ws();
    const c = this.s[this.i];
    if (c === '{') return this.dict();
    if (c === '(' || c === '[') return this.seq(c);
    if (c === "'" || c === '"') return this.str();
    if (c === '-' || c === '+' || (c >= '0' && c <= '9')) return this.num();
    for (const [word, v] of [['True', true], ['False', false], ['None', null]] as [string, any][]) {
      if (this.s.startsWith(word, this.i)) {
        this.i += word.length;
        return v;
      }
    }
    throw new LiteralError();
  }

  private expect(c: string): void {
    this.ws();
    if (this.s[this.i] !== c) throw new LiteralError();
    this.i++;
  }

  /** comma-separated items up to `close`; reports whether a trailing comma was seen */
  private items(close: string, item: () => void): { n: number; trailingComma: boolean } {
    let n = 0;
    let comma = false;
    for (;;) {
      this.ws();
      if (this.s[this.i] === close) {
        this.i++;
        return { n, trailingComma: comma };
      }
      if (n > 0 && !comma) throw new LiteralError();
      item();
      n++;
      this.ws();
      comma = this.s[this.i] === ',';
      if (comma) this.i++;
    }
  }

  private dict(): PyDict {
    this.i++;
    const d = new PyDict();
    this.items('}', () => {
      const k = this.value();
      this.expect(':');
      d.set(k, this.value());
    });
    return d;
  }

  private seq(open: string): any {
    this.i++;
    const out: any[] = [];
    const { n, trailingComma } = this.items(open === '(' ? ')' : ']', () => out.push(this.value()));
    if (open === '[') return out;
    if (n === 1 && !trailingComma) return out[0];
    return tuple(out);
  }

  private str(): string {
    const q = this.s[this.i++];
    let out = '';
    while (this.i < this.s.length && this.s[this.i] !== q) {
      let c = this.s[this.i++];
      if (c === '\\') {
        const e = this.s[this.i++];
        const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
        if (e in simple) c = simple[e];
        else if (e === 'x' || e === 'u') {
          const len = e === 'x' ? 2 : 4;
          c = String.fromCharCode(parseInt(this.s.slice(this.i, this.i + len), 16));
          this.i += len;
        } else c = '\\' + e;
      }
      out += c;
    }
    if (this.i >= this.s.length) throw new LiteralError();
    this.i++;
    return out;
  }

  private num(): number | bigint {
    const m = /^[-+]?\d+/.exec(this.s.slice(this.i));
    if (!m) throw new LiteralError();
    this.i += m[0].length;
    if (this.longSuffix && (this.s[this.i] === 'L' || this.s[this.i] === 'l')) this.i++;
    const v = BigInt(m[0]);
    return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
  }
}
