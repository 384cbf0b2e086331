/**
 * File objects and the builtin `open()`, over the host file system in `state().fs`.
 *
 * A file's content is held in memory: read modes load the whole file at open; 'w'/'x'/'a' collect
 * written data and write it through (appending) on flush/close; '+' modes edit an in-memory copy that
 * replaces the file on flush. Every open file is kept in a registry so `flushOpenFiles()` can write
 * pending data when the interpreter exits. Text files hold a decoded string and a code-unit position
 * (universal newlines are translated on read when newline=None); binary files hold bytes.
 *
 * Also here: `osError(code, path)`, turning a host error code (ENOENT, EEXIST, …) into the matching
 * OSError subclass with CPython's errno, strerror, filename and `[Errno 2] … : 'x'` text, and the
 * sys.stdout / sys.stderr / sys.stdin stream objects, whose writes go through `state().write` so
 * their output interleaves correctly with print().
 */
import { builtinType, FileType, PyType, typeOf, ObjectType } from './pytype';
import { PyBytes, isIntNum } from './values';
import { PyBuiltin, builtin, defMethods, Kw } from './function';
import { throwPy } from './errors';
import { PyExc, makeExc, excType } from './exceptions';
import { PyIter, iter } from './iterators';
import { defGetters, GetSet } from './descriptors';
import { callSpecial } from './attrs';
import { repr, excStr } from './repr';
import { state, HostFS } from '../interp/state';
import { encodeStr, decodeBytes, lookupCodec } from './types/codecs';

// ---- OSError construction ----

const ERRNO: Record<string, [string, number, string]> = {
  EPERM: ['PermissionError', 1, 'Operation not permitted'],
  ENOENT: ['FileNotFoundError', 2, 'No such file or directory'],
  EIO: ['OSError', 5, 'Input/output error'],
  EBADF: ['OSError', 9, 'Bad file descriptor'],
  EACCES: ['PermissionError', 13, 'Permission denied'],
  EBUSY: ['OSError', 16, 'Device or resource busy'],
  EEXIST: ['FileExistsError', 17, 'File exists'],
  EXDEV: ['OSError', 18, 'Invalid cross-device link'],
  ENOTDIR: ['NotADirectoryError', 20, 'Not a directory'],
  EISDIR: ['IsADirectoryError', 21, 'Is a directory'],
  EINVAL: ['OSError', 22, 'Invalid argument'],
  EMFILE: ['OSError', 24, 'Too many open files'],
  ENOSPC: ['OSError', 28, 'No space left on device'],
  EROFS: ['OSError', 30, 'Read-only file system'],
  ENAMETOOLONG: ['OSError', 36, 'File name too long'],
  ENOTEMPTY: ['OSError', 39, 'Directory not empty'],
  ELOOP: ['OSError', 40, 'Too many levels of symbolic links'],
};

/** An OSError (subclass) for a host error code, with errno/strerror/filename set like CPython's. */
export function osError(code: string, path?: string | null, path2?: string | null): PyExc {
  const info = ERRNO[code] ?? ['OSError', 5, code || 'Input/output error'];
  const e = makeExc(info[0], info[1], info[2]);
  e.d.errno = info[1];
  e.d.strerror = info[2];
  e.d.filename = path ?? null;
  e.d.filename2 = path2 ?? null;
  return e;
}

/** Re-raise a host (JS) error as a Python OSError; Python exceptions pass through. */
export function hostError(err: any, path?: string | null, path2?: string | null): never {
  if (err instanceof PyExc) throw err;
  if (err && typeof err === 'object' && typeof err.code === 'string') throw osError(err.code, path, path2);
  throw makeExc('OSError', String(err && err.message ? err.message : err));
}

/** The host file system, or PermissionError when the host grants none. */
export function hostFS(): HostFS {
  const fs = state().fs;
  if (!fs) throw makeExc('PermissionError', 1, 'file system access is not available in this environment');
  return fs;
}

/** os.fspath(): str (bytes are decoded, as the file system encoding does) or TypeError with `msg`. */
export function fspathOr(v: any, msg: () => string): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyBytes) return decodeBytes(v.data, 'utf-8', 'surrogateescape');
  const f = v !== null && typeof v === 'object' ? typeOf(v).lookup('__fspath__') : undefined;
  if (f !== undefined && f !== null) {
    const r = callSpecial(f, v);
    if (typeof r === 'string') return r;
    if (r instanceof PyBytes) return decodeBytes(r.data, 'utf-8', 'surrogateescape');
    throwPy('TypeError', `expected ${typeOf(v).tpName}.__fspath__() to return str or bytes, not ${typeOf(r).tpName}`);
  }
  return throwPy('TypeError', msg());
}

/** os.fspath-style conversion of a path argument (of function `fname`) to a string. */
export function fsPath(v: any, fname = ''): string {
  return fspathOr(v, () =>
    fname ? `${fname}: path should be string, bytes or os.PathLike, not ${typeOf(v).name}` : `expected str, bytes or os.PathLike object, not ${typeOf(v).name}`,
  );
}

// OSError's str(): "[Errno 2] No such file or directory: 'x'" (installed once, unless already defined)
function installOSErrorStr(): void {
  const t = excType('OSError');
  const field = (e: any, k: string): any => {
    const v = e.d?.[k];
    if (v !== undefined) return v;
    const a = e.args?.items ?? [];
    if (a.length >= 2 && a.length <= 5) {
      if (k === 'errno') return a[0];
      if (k === 'strerror') return a[1];
      if (k === 'filename') return a.length >= 3 ? a[2] : null;
      if (k === 'filename2') return a.length === 5 ? a[4] : null;
    }
    return null;
  };
  if (t.dict.__str__ === undefined) {
    const b = new PyBuiltin('__str__', (args) => osStr(args[0]));
    b.meth = (self) => osStr(self);
    t.dict.__str__ = b;
  }
  function osStr(e: any): string {
    const errno = field(e, 'errno');
    const strerror = field(e, 'strerror');
    const fn = field(e, 'filename');
    const fn2 = field(e, 'filename2');
    if (fn !== null) {
      if (fn2 !== null) return `[Errno ${str0(errno)}] ${str0(strerror)}: ${repr(fn)} -> ${repr(fn2)}`;
      return `[Errno ${str0(errno)}] ${str0(strerror)}: ${repr(fn)}`;
    }
    if (errno !== null && strerror !== null) return `[Errno ${str0(errno)}] ${str0(strerror)}`;
    return e instanceof PyExc ? excStr(e) : '';
  }
  for (const k of ['errno', 'strerror', 'filename', 'filename2']) {
    if (t.dict[k] === undefined) {
      t.dict[k] = new GetSet(k, (self: any) => field(self, k), (self: any, v: any) => {
        self.d[k] = v;
      });
    }
  }
}
function str0(v: any): string {
  return typeof v === 'string' ? v : repr(v);
}

// io.UnsupportedOperation derives from both OSError and ValueError
let unsupportedType: PyType | null = null;
export function unsupportedOperation(): PyType {
  if (!unsupportedType) {
    const t = new PyType('UnsupportedOperation', [excType('OSError'), excType('ValueError')], null, false, 'io');
    t.cls = excType('OSError').cls;
    t.solid = t;
    t.newInstance = (cls) => new PyExc(cls);
    unsupportedType = t;
  }
  return unsupportedType;
}
function unsupported(msg: string): never {
  throw makeExc(unsupportedOperation(), msg);
}

// ---- file objects ----

export const BufferedReaderType = builtinType('BufferedReader', ObjectType, '_io');
export const BufferedWriterType = builtinType('BufferedWriter', ObjectType, '_io');
export const BufferedRandomType = builtinType('BufferedRandom', ObjectType, '_io');

const NON_ASCII = /[^\x00-\x7f]/;
/** the codec that continues a file begun with `encoding` (utf-16 and utf-32 start with a byte-order mark) */
function withoutBom(encoding: string): string {
  const e = encoding.toLowerCase().replace(/[-_ ]/g, '');
  return e === 'utf16' ? 'utf-16-le' : e === 'utf32' ? 'utf-32-le' : e === 'utf8sig' ? 'utf-8' : encoding;
}
/** encodings in which an ASCII string's bytes are its char codes */
const ASCII_SUPERSETS = /^(utf-?8|ascii|us-ascii|latin-?1|iso-?8859-?1|cp1252)$/i;
type Kind = 'file' | 'stdout' | 'stderr' | 'stdin';

const openFiles = new Set<PyFile>();

export class PyFile extends PyIter {
  closed = false;
  /** text content (text mode) */
  text = '';
  /** byte content (binary mode) */
  bytes: Uint8Array = new Uint8Array(0);
  size = 0;
  pos = 0;
  /** chunks waiting to be appended to the file (w/a/x without '+') */
  pending: (string | Uint8Array)[] = [];
  /** the in-memory copy differs from the file ('+' modes) */
  dirty = false;
  /** bytes written through so far (tell() in write-only modes) */
  written = 0;
  /** run after the file is closed (tempfile.NamedTemporaryFile deletes its file) */
  onClose: (() => void) | null = null;
  /** a standard stream's binary `buffer`, made on first use */
  bufferTwin: PyFile | null = null;
  /** the file system the file was opened on (flushes may happen after the run that opened it) */
  host: HostFS | null = null;
  constructor(
    public kind: Kind,
    public name: any,
    public mode: string,
    public binary: boolean,
    public readable: boolean,
    public writable: boolean,
    public appending: boolean,
    public plus: boolean,
    public encoding: string,
    public errors: string,
    public newline: string | null,
    public path: string,
  ) {
    super();
    this.cls = binary ? (plus ? BufferedRandomType : readable ? BufferedReaderType : BufferedWriterType) : FileType;
  }

  checkOpen(): void {
    if (this.closed) throwPy('ValueError', 'I/O operation on closed file.');
  }
  checkReadable(): void {
    this.checkOpen();
    if (!this.readable) unsupported(this.kind === 'file' && !this.binary ? 'not readable' : 'read');
  }
  checkWritable(): void {
    this.checkOpen();
    if (!this.writable) unsupported(this.kind === 'file' && !this.binary ? 'not writable' : 'write');
  }

  /** Take the file's content (read and '+' modes). */
  load(data: Uint8Array): void {
    if (this.binary) {
      this.bytes = data.slice();
      this.size = data.length;
      return;
    }
    // the text is kept as decoded (positions then map to file offsets); newlines translate on read
    this.text = decodeBytes(data, this.encoding, this.errors);
    this.size = data.length;
  }

  /** universal newlines (newline=None): '\r\n' and '\r' read as '\n' */
  private translate(s: string): string {
    return this.newline === null && s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
  }

  /** Index after `n` characters as read (a translated '\r\n' counts once) from `pos`, stopping at `end`. */
  private advance(pos: number, n: number, end: number): number {
    const t = this.text;
    let i = pos;
    for (let k = 0; k < n && i < end; k++) {
      const c = t.charCodeAt(i);
      if (c === 13 && this.newline === null && i + 1 < end && t.charCodeAt(i + 1) === 10) i += 2;
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) i += 2;
      else i += 1;
    }
    return i;
  }

  // -- reading --

  private stdinLine(): string {
    const l = state().io.readLine();
    return l === null ? '' : l;
  }

  /** text read from standard input, as sys.stdin.buffer gives it when this is that binary stream */
  private fromStdin(s: string): any {
    if (!this.binary) return s;
    // an ASCII line (the usual input) is its own bytes: no codec lookup and encoder per line
    if (!NON_ASCII.test(s)) {
      const b = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
      return new PyBytes(b);
    }
    return new PyBytes(encodeStr(s, 'utf-8', 'surrogateescape'));
  }

  read(n: number): any {
    this.checkReadable();
    if (this.kind === 'stdin') {
      if (n < 0) {
        let out = this.text.slice(this.pos);
        this.text = '';
        this.pos = 0;
        for (let l = this.stdinLine(); l !== ''; l = this.stdinLine()) out += l;
        return this.fromStdin(this.binary ? out : this.translate(out));
      }
      // whole lines from the host end in '\n', so translating them never splits a '\r\n'
      let out = this.text.slice(this.pos);
      if (!this.binary) out = this.translate(out);
      while (out.length < n) {
        const l = this.stdinLine();
        if (l === '') break;
        out += this.binary ? l : this.translate(l);
      }
      this.text = out.slice(n);
      this.pos = 0;
      return this.fromStdin(out.slice(0, n));
    }
    if (this.binary) {
      const end = n < 0 ? this.size : Math.min(this.size, this.pos + n);
      const start = Math.min(this.pos, this.size);
      const out = this.bytes.slice(start, end);
      this.pos = Math.max(this.pos, end);
      return new PyBytes(out);
    }
    if (this.pos >= this.text.length) return '';
    const end = n < 0 ? this.text.length : this.advance(this.pos, n, this.text.length);
    const out = this.translate(this.text.slice(this.pos, end));
    this.pos = end;
    return out;
  }

  /** End index (exclusive) of the line starting at `pos` in text mode. */
  private lineEnd(pos: number): number {
    const t = this.text;
    const nl = this.newline;
    if (nl === '\n') {
      const i = t.indexOf('\n', pos);
      return i < 0 ? t.length : i + 1;
    }
    if (nl === null || nl === '') {
      for (let i = pos; i < t.length; i++) {
        const c = t.charCodeAt(i);
        if (c === 10) return i + 1;
        if (c === 13) return i + 1 < t.length && t.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      }
      return t.length;
    }
    const i = t.indexOf(nl, pos);
    return i < 0 ? t.length : i + nl.length;
  }

  readline(limit: number): any {
    this.checkReadable();
    if (this.kind === 'stdin') {
      let line = this.text.slice(this.pos);
      this.text = '';
      this.pos = 0;
      const universal = this.newline === null && !this.binary;
      if (!line.includes('\n') && !(universal && line.includes('\r'))) line += this.stdinLine();
      if (universal) {
        // open(0) in text mode: a line ends at '\n', '\r\n' or a lone '\r', each read as '\n'
        const m = /\r\n?|\n/.exec(line);
        if (m !== null) {
          this.text = line.slice(m.index + m[0].length);
          line = line.slice(0, m.index) + '\n';
        }
      }
      if (limit >= 0 && line.length > limit) {
        this.text = line.slice(limit) + this.text;
        line = line.slice(0, limit);
      }
      return this.fromStdin(line);
    }
    if (this.binary) {
      if (this.pos >= this.size) return new PyBytes(new Uint8Array(0));
      let end = this.bytes.indexOf(10, this.pos);
      end = end < 0 || end >= this.size ? this.size : end + 1;
      if (limit >= 0 && end - this.pos > limit) end = this.pos + limit;
      const out = this.bytes.slice(this.pos, end);
      this.pos = end;
      return new PyBytes(out);
    }
    if (this.pos >= this.text.length) return '';
    let end = this.lineEnd(this.pos);
    if (limit >= 0) end = this.advance(this.pos, limit, end);
    const out = this.translate(this.text.slice(this.pos, end));
    this.pos = end;
    return out;
  }

  next(): any {
    this.checkOpen();
    const line = this.readline(-1);
    if (this.binary ? line.data.length === 0 : line === '') return undefined;
    return line;
  }

  // -- writing --

  write(v: any): number {
    this.checkWritable();
    if (this.binary) {
      const data = bytesLike(v);
      if (this.kind !== 'file') {
        const s = decodeBytes(data, 'utf-8', 'replace');
        if (this.kind === 'stderr') state().writeErr(s);
        else state().write(s);
        return data.length;
      }
      this.writeBytes(data);
      return data.length;
    }
    if (typeof v !== 'string') throwPy('TypeError', `write() argument must be str, not ${typeOf(v).tpName}`);
    if (this.kind === 'stdout') {
      state().write(v);
      return cpLen(v);
    }
    if (this.kind === 'stderr') {
      state().writeErr(v);
      return cpLen(v);
    }
    let s = v;
    if (this.newline !== null && this.newline !== '' && this.newline !== '\n') s = s.split('\n').join(this.newline);
    if (this.plus) {
      encodeStr(s, this.encoding, this.errors); // raise encoding errors now
      if (this.appending) this.pos = this.text.length;
      this.text = this.text.slice(0, this.pos) + s + this.text.slice(this.pos + s.length);
      this.pos += s.length;
      this.dirty = true;
    } else if (!NON_ASCII.test(s) && ASCII_SUPERSETS.test(this.encoding)) {
      // ASCII text is its own bytes in these encodings: kept as text and turned into bytes once, at flush
      // (encoding each line as it was written, through the codec lookup, was 4x CPython's time)
      this.pending.push(s);
      this.written += s.length;
    } else {
      // only the file's first bytes carry a byte-order mark: later writes use the codec without one
      const enc = encodeStr(s, this.written > 0 ? withoutBom(this.encoding) : this.encoding, this.errors);
      this.pending.push(enc);
      this.written += enc.length;
    }
    return cpLen(v);
  }

  private writeBytes(data: Uint8Array): void {
    if (this.plus) {
      if (this.appending) this.pos = this.size;
      const end = this.pos + data.length;
      if (end > this.bytes.length) {
        const grown = new Uint8Array(Math.max(end, this.bytes.length * 2));
        grown.set(this.bytes.subarray(0, this.size));
        this.bytes = grown;
      }
      if (this.pos > this.size) this.bytes.fill(0, this.size, this.pos);
      this.bytes.set(data, this.pos);
      this.pos = end;
      if (end > this.size) this.size = end;
      this.dirty = true;
    } else {
      this.pending.push(data.slice());
      this.written += data.length;
    }
  }

  flush(): void {
    if (this.kind === 'stdout') {
      state().flush();
      return;
    }
    if (this.kind !== 'file' || this.closed) return;
    if (this.pending.length) {
      let total = 0;
      for (const c of this.pending) total += c.length;
      const buf = new Uint8Array(total);
      let off = 0;
      for (const c of this.pending) {
        if (typeof c === 'string') {
          for (let i = 0; i < c.length; i++) buf[off + i] = c.charCodeAt(i);
        } else buf.set(c, off);
        off += c.length;
      }
      this.pending = [];
      try {
        (this.host ?? hostFS()).writeFile(this.path, buf, true);
      } catch (e) {
        hostError(e, this.name);
      }
    }
    if (this.dirty) {
      this.dirty = false;
      const data = this.binary ? this.bytes.slice(0, this.size) : encodeStr(this.text, this.encoding, this.errors);
      try {
        (this.host ?? hostFS()).writeFile(this.path, data, false);
      } catch (e) {
        hostError(e, this.name);
      }
    }
  }

  close(): void {
    if (this.closed || this.kind !== 'file') return;
    try {
      this.flush();
    } finally {
      this.closed = true;
      openFiles.delete(this);
    }
    if (this.onClose) {
      const f = this.onClose;
      this.onClose = null;
      f();
    }
  }

  // -- positioning --

  tell(): number {
    this.checkOpen();
    if (this.kind !== 'file') unsupported('underlying stream is not seekable');
    if (this.writable && !this.plus) return this.written + this.size;
    if (this.binary) return this.pos;
    return utf8Length(this.text.slice(0, this.pos), this.encoding);
  }

  seek(offset: number, whence: number): number {
    this.checkOpen();
    if (this.kind !== 'file') unsupported('underlying stream is not seekable');
    if (whence !== 0 && whence !== 1 && whence !== 2) throwPy('ValueError', `invalid whence (${whence}, should be 0, 1 or 2)`);
    if (!this.binary) {
      if (whence === 1 && offset !== 0) unsupported("can't do nonzero cur-relative seeks");
      if (whence === 2 && offset !== 0) unsupported("can't do nonzero end-relative seeks");
      if (offset < 0) throwPy('ValueError', `negative seek position ${offset}`);
    }
    if (this.writable && !this.plus) {
      // write-only: only report the position (everything written goes to the end)
      this.flush();
      return this.tell();
    }
    if (this.binary) {
      const base = whence === 0 ? 0 : whence === 1 ? this.pos : this.size;
      const p = base + offset;
      if (p < 0) throwPy('ValueError', `negative seek position ${p}`);
      this.pos = p;
      return p;
    }
    if (whence === 2) this.pos = this.text.length;
    else if (whence === 0) this.pos = charIndexOfByte(this.text, offset, this.encoding);
    return this.tell();
  }

  truncate(size: number | null): number {
    this.checkWritable();
    if (!this.plus) {
      this.flush();
      const n = size ?? this.tell();
      const fs = this.host ?? hostFS();
      let data: Uint8Array;
      try {
        data = fs.readFile(this.path);
      } catch (e) {
        return hostError(e, this.name);
      }
      const out = new Uint8Array(n);
      out.set(data.subarray(0, Math.min(n, data.length)));
      fs.writeFile(this.path, out, false);
      this.size = n;
      this.written = 0;
      return n;
    }
    if (this.binary) {
      const n = size ?? this.pos;
      if (n > this.bytes.length) {
        const grown = new Uint8Array(n);
        grown.set(this.bytes.subarray(0, this.size));
        this.bytes = grown;
      } else if (n > this.size) this.bytes.fill(0, this.size, n);
      this.size = n;
      this.dirty = true;
      return n;
    }
    const n = size === null ? this.pos : charIndexOfByte(this.text, size, this.encoding);
    this.text = this.text.slice(0, n);
    this.dirty = true;
    return utf8Length(this.text, this.encoding);
  }
}

function cpLen(s: string): number {
  return /[\ud800-\udbff]/.test(s) ? [...s].length : s.length;
}

function utf8Length(s: string, encoding: string): number {
  return lookupCodec(encoding) === 'utf-8' ? new TextEncoder().encode(s).length : s.length;
}
function charIndexOfByte(s: string, offset: number, encoding: string): number {
  if (lookupCodec(encoding) !== 'utf-8') return Math.min(offset, s.length);
  let bytes = 0;
  let i = 0;
  while (i < s.length && bytes < offset) {
    const c = s.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    i++;
  }
  return i;
}

function bytesLike(v: any): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (v && typeof v === 'object' && v.data instanceof Uint8Array) return v.data; // bytearray/memoryview boxes
  return throwPy('TypeError', `a bytes-like object is required, not '${typeOf(v).tpName}'`);
}

/** Write pending data of every open file (called when the interpreter finishes a run). */
export function flushOpenFiles(): void {
  for (const f of [...openFiles]) {
    try {
      f.flush();
    } catch {
      /* nothing sensible to report at exit */
    }
  }
}

// ---- open() ----

function parseMode(mode: string): { r: boolean; w: boolean; a: boolean; x: boolean; plus: boolean; binary: boolean } {
  const seen = new Set<string>();
  for (const c of mode) {
    if (!'rwaxb+t'.includes(c) || seen.has(c)) throwPy('ValueError', `invalid mode: '${mode}'`);
    seen.add(c);
  }
  const r = seen.has('r'), w = seen.has('w'), a = seen.has('a'), x = seen.has('x');
  const plus = seen.has('+');
  const binary = seen.has('b');
  if (binary && seen.has('t')) throwPy('ValueError', "can't have text and binary mode at once");
  if (Number(r) + Number(w) + Number(a) + Number(x) !== 1) {
    throwPy('ValueError', 'must have exactly one of create/read/write/append mode');
  }
  return { r, w, a, x, plus, binary };
}

const OPEN_PARAMS = ['file', 'mode', 'buffering', 'encoding', 'errors', 'newline', 'closefd', 'opener'];

function openImpl(args: any[], kw: Kw): PyFile {
  if (args.length > OPEN_PARAMS.length) throwPy('TypeError', `open() takes at most 8 arguments (${args.length} given)`);
  const vals: any[] = new Array(OPEN_PARAMS.length).fill(undefined);
  args.forEach((a, i) => (vals[i] = a));
  if (kw) {
    for (const [k, v] of kw) {
      const i = OPEN_PARAMS.indexOf(k);
      if (i < 0) throwPy('TypeError', `'${k}' is an invalid keyword argument for open()`);
      if (vals[i] !== undefined) throwPy('TypeError', `argument for open() given by name ('${k}') and position (${i + 1})`);
      vals[i] = v;
    }
  }
  const [file, modeArg, , encArg, errArg, nlArg] = vals;
  if (file === undefined) throwPy('TypeError', "open() missing required argument 'file' (pos 1)");
  const mode = modeArg === undefined ? 'r' : modeArg;
  if (typeof mode !== 'string') throwPy('TypeError', `open() argument 'mode' must be str, not ${typeOf(mode).tpName}`);
  const encoding = encArg === undefined || encArg === null ? null : encArg;
  if (encoding !== null && typeof encoding !== 'string') throwPy('TypeError', `open() argument 'encoding' must be str or None, not ${typeOf(encoding).tpName}`);
  const errors = errArg === undefined || errArg === null ? null : errArg;
  if (errors !== null && typeof errors !== 'string') throwPy('TypeError', `open() argument 'errors' must be str or None, not ${typeOf(errors).tpName}`);
  const newline = nlArg === undefined || nlArg === null ? null : nlArg;
  if (newline !== null && typeof newline !== 'string') throwPy('TypeError', `open() argument 'newline' must be str or None, not ${typeOf(newline).tpName}`);
  const m = parseMode(mode);
  if (m.binary && encoding !== null) throwPy('ValueError', "binary mode doesn't take an encoding argument");
  if (m.binary && errors !== null) throwPy('ValueError', "binary mode doesn't take an errors argument");
  if (m.binary && newline !== null) throwPy('ValueError', "binary mode doesn't take a newline argument");
  if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline)) throwPy('ValueError', `illegal newline value: ${newline}`);
  if (isIntNum(file) || typeof file === 'boolean' || typeof file === 'bigint') {
    // the standard streams by descriptor (`open(0).read()` reads all of standard input)
    const fd = Number(file);
    const kind: Kind | null = fd === 0 && m.r && !m.plus ? 'stdin' : fd === 1 && !m.r ? 'stdout' : fd === 2 && !m.r ? 'stderr' : null;
    if (kind === null) throwPy('OSError', 'opening file descriptors is not supported');
    const r = kind === 'stdin';
    return new PyFile(kind, fd, mode, m.binary, r, !r, false, false, encoding ?? 'UTF-8', errors ?? 'strict', newline, '');
  }
  const path = fsPath(file);
  if (path.includes('\0')) throwPy('ValueError', 'embedded null byte');
  const enc = encoding ?? 'UTF-8';
  if (!m.binary) lookupCodec(enc);
  const fs = hostFS();
  const name = file;
  const f = new PyFile('file', name, mode, m.binary, m.r || m.plus, !m.r || m.plus, m.a, m.plus, enc, errors ?? 'strict', newline, path);
  f.host = fs;
  try {
    if (m.r) {
      if (fs.isDir(path)) throw { code: 'EISDIR' };
      f.load(fs.readFile(path));
    } else if (m.x) {
      if (fs.exists(path)) throw { code: 'EEXIST' };
      fs.writeFile(path, new Uint8Array(0), false);
    } else if (m.w) {
      if (fs.isDir(path)) throw { code: 'EISDIR' };
      fs.writeFile(path, new Uint8Array(0), false);
    } else {
      if (fs.isDir(path)) throw { code: 'EISDIR' };
      if (m.plus && fs.exists(path)) f.load(fs.readFile(path));
      else {
        fs.writeFile(path, new Uint8Array(0), true);
        if (!m.plus) f.size = fs.size(path);
      }
      if (m.plus) f.pos = m.binary ? f.size : f.text.length;
    }
  } catch (e) {
    hostError(e, typeof name === 'string' ? name : path);
  }
  openFiles.add(f);
  return f;
}

export const openBuiltin: PyBuiltin = builtin('open', openImpl);

// ---- methods ----

function intArg(v: any, what: string): number {
  if (v === undefined || v === null) return -1;
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') throwPy('OverflowError', 'Python int too large to convert to C ssize_t');
  const ix = typeOf(v).lookup('__index__');
  if (ix !== undefined && ix !== null) return intArg(callSpecial(ix, v), what);
  return throwPy('TypeError', `argument should be integer or None, not '${typeOf(v).tpName}'`);
}

/** the normalised mode of a binary file, as FileIO reports it ('w+b' → 'rb+') */
function binaryMode(f: PyFile): string {
  if (f.mode.includes('x')) return f.plus ? 'xb+' : 'xb';
  if (f.appending) return f.plus ? 'ab+' : 'ab';
  if (f.plus) return 'rb+';
  return f.readable ? 'rb' : 'wb';
}

function fileRepr(f: PyFile): string {
  if (f.binary) return `<_io.${f.cls.name} name=${repr(f.name)}>`;
  const mode = f.kind === 'file' ? ` mode=${repr(f.mode)}` : ` mode=${repr(f.kind === 'stdin' ? 'r' : 'w')}`;
  return `<_io.TextIOWrapper name=${repr(f.name)}${mode} encoding=${repr(f.encoding)}>`;
}

const noArgs = (name: string, args: any[]) => {
  if (args.length) throwPy('TypeError', `${name}() takes no arguments (${args.length} given)`);
};

const methods: Record<string, (self: any, args: any[], kw: Kw) => any> = {
  read(self: PyFile, args) {
    if (args.length > 1) throwPy('TypeError', `read expected at most 1 argument, got ${args.length}`);
    return self.read(intArg(args[0], 'size'));
  },
  readline(self: PyFile, args) {
    if (args.length > 1) throwPy('TypeError', `readline expected at most 1 argument, got ${args.length}`);
    return self.readline(intArg(args[0], 'size'));
  },
  readlines(self: PyFile, args) {
    const hint = intArg(args[0], 'hint');
    const out: any[] = [];
    let total = 0;
    for (let l = self.next(); l !== undefined; l = self.next()) {
      out.push(l);
      total += self.binary ? l.data.length : l.length;
      if (hint > 0 && total >= hint) break;
    }
    return out;
  },
  write(self: PyFile, args) {
    if (args.length !== 1) throwPy('TypeError', `write() takes exactly one argument (${args.length} given)`);
    return self.write(args[0]);
  },
  writelines(self: PyFile, args) {
    if (args.length !== 1) throwPy('TypeError', `writelines() takes exactly one argument (${args.length} given)`);
    self.checkOpen();
    const it = iter(args[0]);
    for (let x = it.next(); x !== undefined; x = it.next()) self.write(x);
    return null;
  },
  close(self: PyFile) {
    self.close();
    return null;
  },
  flush(self: PyFile) {
    self.checkOpen();
    self.flush();
    return null;
  },
  seek(self: PyFile, args) {
    if (args.length < 1 || args.length > 2) throwPy('TypeError', `seek expected at least 1 argument, got ${args.length}`);
    return self.seek(intArg(args[0], 'offset'), args.length > 1 ? intArg(args[1], 'whence') : 0);
  },
  tell(self: PyFile, args) {
    noArgs('tell', args);
    return self.tell();
  },
  truncate(self: PyFile, args) {
    return self.truncate(args.length && args[0] !== null ? intArg(args[0], 'size') : null);
  },
  readable(self: PyFile) {
    self.checkOpen();
    return self.readable;
  },
  writable(self: PyFile) {
    self.checkOpen();
    return self.writable;
  },
  seekable(self: PyFile) {
    self.checkOpen();
    return self.kind === 'file';
  },
  isatty(self: PyFile) {
    self.checkOpen();
    return false;
  },
  fileno(self: PyFile) {
    self.checkOpen();
    if (self.kind === 'stdin') return 0;
    if (self.kind === 'stdout') return 1;
    if (self.kind === 'stderr') return 2;
    return unsupported('fileno');
  },
  __enter__(self: PyFile) {
    self.checkOpen();
    return self;
  },
  __exit__(self: PyFile) {
    self.close();
    return null;
  },
  __iter__(self: PyFile) {
    self.checkOpen();
    return self;
  },
  __next__(self: PyFile) {
    const v = self.next();
    if (v === undefined) throw makeExc('StopIteration');
    return v;
  },
  __repr__(self: PyFile) {
    return fileRepr(self);
  },
  __del__() {
    return null;
  },
};

for (const t of [FileType, BufferedReaderType, BufferedWriterType, BufferedRandomType]) {
  defMethods(t, methods);
  defGetters(t, {
    closed: (f: PyFile) => f.closed,
    name: (f: PyFile) => f.name,
    mode: (f: PyFile) => (f.binary ? binaryMode(f) : f.kind === 'file' ? f.mode : f.kind === 'stdin' ? 'r' : 'w'),
  });
}
defGetters(FileType, {
  encoding: (f: PyFile) => f.encoding,
  errors: (f: PyFile) => f.errors,
  newlines: () => null,
  line_buffering: (f: PyFile) => f.kind !== 'file',
  // sys.stdout.buffer & co.: a binary stream over the same output (or input)
  buffer: (f: PyFile) => (f.kind === 'file' ? f : (f.bufferTwin ??= new PyFile(f.kind, f.name, f.readable ? 'rb' : 'wb', true, f.readable, f.writable, false, false, f.encoding, f.errors, null, ''))),
});

let stdStreams: { stdout: PyFile; stderr: PyFile; stdin: PyFile } | null = null;
/** The sys.stdout / sys.stderr / sys.stdin objects (shared; their I/O goes through `state()`). */
export function stdStreamObjects(): { stdout: PyFile; stderr: PyFile; stdin: PyFile } {
  if (!stdStreams) {
    const mk = (kind: Kind, name: string, r: boolean) =>
      // CPython's standard streams do not translate newlines on POSIX (input() of '1\r\n' is '1\r')
      new PyFile(kind, name, r ? 'r' : 'w', false, r, !r, false, false, 'utf-8', kind === 'stderr' ? 'backslashreplace' : 'strict', '\n', '');
    stdStreams = { stdout: mk('stdout', '<stdout>', false), stderr: mk('stderr', '<stderr>', false), stdin: mk('stdin', '<stdin>', true) };
  }
  return stdStreams;
}

/** One-time setup: OSError's str/attributes and the io.UnsupportedOperation type. */
let installed = false;
export function installFileSupport(): void {
  if (installed) return;
  installed = true;
  installOSErrorStr();
  unsupportedOperation();
}
