/**
 * The file side of NumPy's I/O functions: a `file` argument is either a path (str, bytes, os.PathLike),
 * read or written whole through the host file system (`hostFS()`, never Node directly), or a Python file
 * object (anything with `read`/`write`), used through its methods so `PyFile`s and user classes both
 * work and positions advance as in NumPy (a second `np.load(f)` reads the next array).
 *
 * Text helpers follow `np.lib._datasource.open(path, 'rt'/'wt')`: paths ending in `.gz` are gzip
 * files, text is UTF-8 unless an encoding is given, newlines are universal on reading. Warnings are
 * written to stderr as `UserWarning: …`, the interpreter's convention (see fpErrors.ts).
 */
import { PyBytes } from '../../objects/values';
import { PyFile, fsPath, hostFS, hostError } from '../../objects/file';
import { PyExc, excType } from '../../objects/exceptions';
import { getAttrOrUndef, callMethod } from '../../objects/attrs';
import { typeOf, StrType, PyType, TypeType } from '../../objects/pytype';
import { throwPy } from '../../objects/errors';
import { iter } from '../../objects/iterators';
import { repr } from '../../objects/repr';
import { decodeBytes, encodeStr } from '../../objects/types/codecs';
import { warnFrom } from '../warnings';
import { ByteInput } from './npyFormat';
import { gunzip, isGzip, InflateError } from './inflate';
import { gzip } from './deflate';

/** An exception class of another module (zipfile.BadZipFile, pickle.UnpicklingError …), derived from `base`. */
export function excClass(name: string, module: string, base = 'Exception'): PyType {
  const t = new PyType(name, [excType(base)], null, false, module);
  t.cls = TypeType;
  t.solid = excType(base).solid;
  t.newInstance = excType(base).newInstance;
  return t;
}

/** hasattr(v, name) for the file protocol */
export function hasMethod(v: any, name: string): boolean {
  if (typeof v === 'string' || v instanceof PyBytes || v === null || typeof v !== 'object') return false;
  return getAttrOrUndef(v, name) !== undefined;
}

/** numpy.lib._iotools.ConversionWarning (genfromtxt) */
const ConversionWarningType = excClass('ConversionWarning', 'numpy.lib._iotools', 'UserWarning');

/** numpy.exceptions.VisibleDeprecationWarning (genfromtxt's encoding='bytes' text columns) */
export const VisibleDeprecationWarningType = excClass('VisibleDeprecationWarning', 'numpy.exceptions', 'UserWarning');

/** Issue a warning through the warnings module; `category` names a builtin Warning or one of NumPy's above. */
export function warn(category: string, msg: string): void {
  const t = category === 'ConversionWarning' ? ConversionWarningType : category === 'VisibleDeprecationWarning' ? VisibleDeprecationWarningType : category;
  warnFrom(t, msg);
}

export const userWarning = (msg: string): void => warn('UserWarning', msg);

// ---- whole files by path ----

/** Run before NumPy reads a file (memmap.ts writes pending changes of live writable maps of it). */
export const beforeRead: ((path: string) => void)[] = [];

export function readPath(path: string, name: any = path): Uint8Array {
  for (const hook of beforeRead) hook(path);
  const fs = hostFS();
  try {
    if (fs.isDir(path)) throw { code: 'EISDIR' };
    return fs.readFile(path);
  } catch (e) {
    return hostError(e, typeof name === 'string' ? name : path);
  }
}

export function writePath(path: string, data: Uint8Array, name: any = path): void {
  const fs = hostFS();
  try {
    if (fs.isDir(path)) throw { code: 'EISDIR' };
    fs.writeFile(path, data, false);
  } catch (e) {
    hostError(e, typeof name === 'string' ? name : path);
  }
}

// ---- byte streams ----

/** Bytes held in memory, read sequentially. */
export class MemInput implements ByteInput {
  constructor(
    readonly data: Uint8Array,
    public pos = 0,
  ) {}
  read(n: number): Uint8Array {
    const end = n < 0 ? this.data.length : Math.min(this.data.length, this.pos + n);
    const out = this.data.subarray(Math.min(this.pos, end), end);
    this.pos = Math.max(this.pos, end);
    return out;
  }
}

function bytesOf(v: any, what: string): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (v && typeof v === 'object' && v.data instanceof Uint8Array) return v.data;
  return throwPy('TypeError', `${what} must return bytes, not ${typeOf(v).tpName}`);
}

/** A Python file object read through its `read` method. */
export class FileObjectInput implements ByteInput {
  constructor(readonly f: any) {}
  read(n: number): Uint8Array {
    if (this.f instanceof PyFile && this.f.binary) return this.f.read(n).data;
    return bytesOf(callMethod(this.f, 'read', n < 0 ? [] : [n]), 'read()');
  }
  /** f.seek(offset, whence) */
  seek(offset: number, whence: number): void {
    callMethod(this.f, 'seek', [offset, whence]);
  }
}

/** Write bytes to a Python file object. */
export function writeToObject(f: any, data: Uint8Array): void {
  if (f instanceof PyFile && f.binary) f.write(new PyBytes(data));
  else callMethod(f, 'write', [new PyBytes(data)]);
}

// ---- text ----

/** A text file as np.lib._datasource opens it (its own FileNotFoundError text). */
function readTextFile(path: string, name: any): Uint8Array {
  if (!hostFS().exists(path)) throwPy('FileNotFoundError', `${path} not found.`);
  return readPath(path, name);
}

function decodeText(data: Uint8Array, path: string, encoding: string | null): string {
  let raw = data;
  if (path.endsWith('.gz')) {
    if (!isGzip(data)) throwPy('OSError', `Not a gzipped file (${repr(new PyBytes(data.slice(0, 2)))})`);
    try {
      raw = gunzip(data);
    } catch (e) {
      if (e instanceof InflateError) throwPy('OSError', e.message);
      throw e;
    }
  }
  return decodeBytes(raw, encoding ?? 'utf-8', 'strict');
}

/** Split text into lines with universal newlines; each line keeps its '\n' (as file iteration does). */
function splitLines(text: string): string[] {
  const t = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const out: string[] = [];
  let start = 0;
  for (;;) {
    const i = t.indexOf('\n', start);
    if (i < 0) break;
    out.push(t.slice(start, i + 1));
    start = i + 1;
  }
  if (start < t.length) out.push(t.slice(start));
  return out;
}

/** A `fname` argument that names a file (str or os.PathLike), or null for file objects and iterables. */
export function pathArg(v: any): string | null {
  if (typeof v === 'string') return v;
  if (v !== null && typeof v === 'object' && !(v instanceof PyBytes) && typeOf(v).lookup('__fspath__') !== undefined) return fsPath(v);
  return null;
}

/**
 * The lines of a text source: a path (read whole, .gz decompressed), or any iterable of lines — file
 * objects, lists of str, generators; bytes lines are decoded as latin-1 (or `encoding`).
 */
export function textLines(src: any, encoding: string | null): Iterable<string> {
  const path = pathArg(src);
  if (path !== null) return splitLines(decodeText(readTextFile(path, src), path, encoding));
  const it = iter(src);
  return {
    *[Symbol.iterator]() {
      for (let v = it.next(); v !== undefined; v = it.next()) {
        if (typeof v === 'string') yield v;
        else if (v instanceof PyBytes) yield decodeBytes(v.data, encoding ?? 'latin-1', 'strict');
        else if (typeOf(v).isSubtypeOf(StrType)) yield String(v.value ?? v);
        else throwPy('TypeError', `non-string returned while reading data: ${typeOf(v).tpName}`);
      }
    },
  };
}

/** The whole text of a path or a file object (`read()`), for fromregex and text-mode fromfile. */
export function readText(src: any, encoding: string | null): string {
  const path = pathArg(src);
  if (path !== null) return decodeText(readTextFile(path, src), path, encoding);
  const v = callMethod(src, 'read', []);
  if (typeof v === 'string') return v;
  return decodeBytes(bytesOf(v, 'read()'), encoding ?? 'latin-1', 'strict');
}

/** Where text output goes: a path (written on close; gzip for .gz) or a file object. */
export class TextSink {
  private chunks: string[] = [];
  private bytesMode = false;
  constructor(
    private readonly target: any,
    private readonly path: string | null,
    private readonly encoding: string | null,
  ) {}

  static open(fname: any, encoding: string | null): TextSink {
    const path = pathArg(fname);
    if (path !== null) {
      writePath(path, new Uint8Array(0), fname);
      return new TextSink(fname, path, encoding);
    }
    if (hasMethod(fname, 'write')) return new TextSink(fname, null, encoding);
    return throwPy('ValueError', 'fname must be a string or file handle');
  }

  write(s: string): void {
    if (this.path !== null) {
      this.chunks.push(s);
      return;
    }
    const f = this.target;
    const enc = this.encoding ?? 'latin1';
    if (!this.bytesMode) {
      if (f instanceof PyFile) {
        if (!f.binary) {
          f.write(s);
          return;
        }
        this.bytesMode = true;
      } else {
        try {
          callMethod(f, 'write', [s]);
          return;
        } catch (e) {
          if (!(e instanceof PyExc) || !typeOf(e).isSubtypeOf(excType('TypeError'))) throw e;
          this.bytesMode = true;
        }
      }
    }
    writeToObject(f, encodeStr(s, enc, 'strict'));
  }

  close(): void {
    if (this.path === null) return;
    const data = encodeStr(this.chunks.join(''), this.encoding ?? 'utf-8', 'strict');
    writePath(this.path, this.path.endsWith('.gz') ? gzip(data) : data, this.target);
  }
}
