/**
 * The `os` and `os.path` (posixpath) modules.
 *
 * os.path is pure string manipulation with CPython's posixpath semantics (join restarting at absolute
 * components, normpath collapsing `.`/`..` while keeping a leading `//`, splitext ignoring leading
 * dots, …); its functions are PyFunctions so argument errors read like those of the Python-level
 * originals. Everything touching the disk goes through the host's `state().fs`; host error codes become
 * the matching OSError subclasses (`[Errno 2] No such file or directory: 'x'`), and without a host file
 * system those calls raise PermissionError. `import os` also binds `os.path`; 'os.path' and 'posixpath'
 * resolve to the same module object.
 */
import { PyModule, PyTuple, PyFloat, PyBytes, isIntNum } from '../objects/values';
import { PyFunction, Signature, builtin, parseArgs, Kw, PyBuiltin, call, defMethods } from '../objects/function';
import { throwPy } from '../objects/errors';
import { typeOf, builtinType, TupleType, ObjectType, IteratorType, PyType } from '../objects/pytype';
import { PyDict } from '../objects/hashtable';
import { toArray, JSIter } from '../objects/iterators';
import { truthy } from '../objects/protocols';
import { excType, PyExc, makeExc } from '../objects/exceptions';
import { defGetters } from '../objects/descriptors';
import { repr } from '../objects/repr';
import { osError, hostError, hostFS, installFileSupport, fspathOr } from '../objects/file';
import { state, HostFS } from '../interp/state';
import { installFdFunctions } from './osFd';
import { importModule } from '../interp/imports';
import { getAttr } from '../objects/attrs';

const SEP = '/';

// ---- argument helpers ----

/** the path argument of a posixpath function */
function P(v: any): string {
  return fspathOr(v, () => `expected str, bytes or os.PathLike object, not ${typeOf(v).name}`);
}
/** the path argument of an os.* function named `fname` (`remove: path should be …`) */
function osPath(v: any, fname: string, arg = 'path', extra = ''): string {
  return fspathOr(v, () => `${fname}: ${arg} should be string, bytes${extra ? ', os.PathLike' + extra : ' or os.PathLike'}, not ${typeOf(v).name}`);
}
/** the path argument of stat-based functions (os.path.exists, isfile, getsize, …) */
function statPath(v: any): string {
  return osPath(v, 'stat', 'path', ' or integer');
}

function pyfn(name: string, params: string[], fn: (...a: any[]) => any, opts: Partial<Signature> = {}, defaults: any[] = [], module = 'posixpath'): PyFunction {
  const sig: Signature = { params, posonly: 0, vararg: null, kwonly: [], kwarg: null, ...opts };
  return new PyFunction(name, name, fn, sig, defaults, null, module);
}

function fsCall<T>(f: () => T, path?: string | null, path2?: string | null): T {
  try {
    return f();
  } catch (e) {
    return hostError(e, path, path2);
  }
}

// ---- posixpath (pure string functions) ----

export function isabs(s: string): boolean {
  return s.startsWith(SEP);
}

export function join(a: string, parts: string[]): string {
  let path = a;
  for (const b of parts) {
    if (b.startsWith(SEP)) path = b;
    else if (!path || path.endsWith(SEP)) path += b;
    else path += SEP + b;
  }
  return path;
}

function stripTrailingSeps(head: string): string {
  if (head && head !== SEP.repeat(head.length)) return head.replace(/\/+$/, '');
  return head;
}

export function split(p: string): [string, string] {
  const i = p.lastIndexOf(SEP) + 1;
  return [stripTrailingSeps(p.slice(0, i)), p.slice(i)];
}

export function splitext(p: string): [string, string] {
  const sepIndex = p.lastIndexOf(SEP);
  const dotIndex = p.lastIndexOf('.');
  if (dotIndex > sepIndex) {
    let filenameIndex = sepIndex + 1;
    while (filenameIndex < dotIndex) {
      if (p[filenameIndex] !== '.') return [p.slice(0, dotIndex), p.slice(dotIndex)];
      filenameIndex++;
    }
  }
  return [p, ''];
}

export function basename(p: string): string {
  return p.slice(p.lastIndexOf(SEP) + 1);
}

export function dirname(p: string): string {
  return stripTrailingSeps(p.slice(0, p.lastIndexOf(SEP) + 1));
}

export function normpath(path: string): string {
  if (path === '') return '.';
  let initial = path.startsWith(SEP) ? 1 : 0;
  if (initial && path.startsWith('//') && !path.startsWith('///')) initial = 2;
  const out: string[] = [];
  for (const comp of path.split(SEP)) {
    if (comp === '' || comp === '.') continue;
    if (comp !== '..' || (!initial && !out.length) || (out.length && out[out.length - 1] === '..')) out.push(comp);
    else if (out.length) out.pop();
  }
  const r = SEP.repeat(initial) + out.join(SEP);
  return r || '.';
}

function cwd(): string {
  const fs = state()?.fs;
  return fs ? fs.cwd() : SEP;
}

export function abspath(p: string): string {
  return normpath(isabs(p) ? p : join(cwd(), [p]));
}

/** Python's min/max on str compare code points; JS compares UTF-16 units — equal for BMP text. */
function cmpStr(a: string, b: string): number {
  if (a === b) return 0;
  const A = [...a], B = [...b];
  for (let i = 0; i < Math.min(A.length, B.length); i++) {
    if (A[i] !== B[i]) return A[i].codePointAt(0)! < B[i].codePointAt(0)! ? -1 : 1;
  }
  return A.length - B.length;
}

export function commonprefix(m: string[]): string {
  if (!m.length) return '';
  let s1 = m[0], s2 = m[0];
  for (const s of m) {
    if (cmpStr(s, s1) < 0) s1 = s;
    if (cmpStr(s, s2) > 0) s2 = s;
  }
  const A = [...s1], B = [...s2];
  for (let i = 0; i < A.length; i++) if (A[i] !== B[i]) return A.slice(0, i).join('');
  return s1;
}

function cmpList(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = cmpStr(a[i], b[i]);
    if (c) return c;
  }
  return a.length - b.length;
}

export function commonpath(paths: string[]): string {
  if (!paths.length) throwPy('ValueError', 'commonpath() arg is an empty sequence');
  const abs = new Set(paths.map((p) => p.slice(0, 1) === SEP));
  if (abs.size !== 1) throwPy('ValueError', "Can't mix absolute and relative paths");
  const splitPaths = paths.map((p) => p.split(SEP).filter((c) => c && c !== '.'));
  let s1 = splitPaths[0], s2 = splitPaths[0];
  for (const s of splitPaths) {
    if (cmpList(s, s1) < 0) s1 = s;
    if (cmpList(s, s2) > 0) s2 = s;
  }
  let common = s1;
  for (let i = 0; i < s1.length; i++) {
    if (s1[i] !== s2[i]) {
      common = s1.slice(0, i);
      break;
    }
  }
  return (abs.has(true) ? SEP : '') + common.join(SEP);
}

export function relpath(path: string, start: string | null): string {
  if (!path) throwPy('ValueError', 'no path specified');
  const startList = abspath(start ?? '.').split(SEP).filter((x) => x);
  const pathList = abspath(path).split(SEP).filter((x) => x);
  let i = 0;
  while (i < startList.length && i < pathList.length && startList[i] === pathList[i]) i++;
  const rel = [...new Array(startList.length - i).fill('..'), ...pathList.slice(i)];
  if (!rel.length) return '.';
  return join(rel[0], rel.slice(1));
}

function environ(): Record<string, string> {
  const fs = state()?.fs;
  return fs ? fs.env() : {};
}

export function expanduser(path: string): string {
  if (!path.startsWith('~')) return path;
  let i = path.indexOf(SEP, 1);
  if (i < 0) i = path.length;
  let home: string;
  if (i === 1) {
    const env = environ();
    if (env.HOME === undefined) return path;
    home = env.HOME;
  } else {
    return path;
  }
  home = home.replace(/\/+$/, '');
  return home + path.slice(i) || SEP;
}

export function expandvars(path: string): string {
  if (!path.includes('$')) return path;
  const env = environ();
  const re = /\$(\w+|\{[^}]*\})/gu;
  let out = '';
  let last = 0;
  for (let m = re.exec(path); m; m = re.exec(path)) {
    let name = m[1];
    if (name.startsWith('{') && name.endsWith('}')) name = name.slice(1, -1);
    const v = env[name];
    out += path.slice(last, m.index) + (v === undefined ? m[0] : v);
    last = m.index + m[0].length;
  }
  return out + path.slice(last);
}

// ---- file-system queries ----

function fsOrNull(): HostFS | null {
  return state()?.fs ?? null;
}

function exists(p: string): boolean {
  const fs = fsOrNull();
  if (!fs || p.includes('\0')) return false;
  try {
    return fs.exists(p);
  } catch {
    return false;
  }
}
function isdir(p: string): boolean {
  const fs = fsOrNull();
  if (!fs || p.includes('\0')) return false;
  try {
    return fs.isDir(p);
  } catch {
    return false;
  }
}
function isfile(p: string): boolean {
  const fs = fsOrNull();
  if (!fs || p.includes('\0')) return false;
  try {
    return fs.isFile(p);
  } catch {
    return false;
  }
}

function statOrRaise(p: string): HostFS {
  const fs = hostFS();
  if (!fsCall(() => fs.exists(p), p)) throw osError('ENOENT', p);
  return fs;
}

/** Remove a directory tree (used by tempfile.TemporaryDirectory and shutil-like helpers). */
export function rmtree(path: string): void {
  const fs = hostFS();
  for (const name of fsCall(() => fs.listdir(path), path)) {
    const child = join(path, [name]);
    if (fs.isDir(child)) rmtree(child);
    else fsCall(() => fs.remove(child), child);
  }
  fsCall(() => fs.rmdir(path), path);
}

// ---- stat_result ----

const StatResultType = builtinType('stat_result', TupleType, 'os');
defGetters(StatResultType, {
  st_mode: (s: PyTuple) => s.items[0],
  st_ino: (s: PyTuple) => s.items[1],
  st_dev: (s: PyTuple) => s.items[2],
  st_nlink: (s: PyTuple) => s.items[3],
  st_uid: (s: PyTuple) => s.items[4],
  st_gid: (s: PyTuple) => s.items[5],
  st_size: (s: PyTuple) => s.items[6],
  st_atime: (s: PyTuple) => new PyFloat(s.items[7] as number),
  st_mtime: (s: PyTuple) => new PyFloat(s.items[8] as number),
  st_ctime: (s: PyTuple) => new PyFloat(s.items[9] as number),
});
const STAT_FIELDS = ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime'];
StatResultType.dict.__repr__ = (() => {
  const b = new PyBuiltin('__repr__', (args) => statRepr(args[0]));
  b.meth = (self) => statRepr(self);
  return b;
})();
function statRepr(s: PyTuple): string {
  return 'os.stat_result(' + STAT_FIELDS.map((f, i) => `${f}=${repr(s.items[i])}`).join(', ') + ')';
}

// ---- scandir ----

/** an os.DirEntry: one entry of a directory listing; its kind and stat are read from the host on demand */
class DirEntry {
  declare cls: PyType;
  constructor(
    readonly name: string,
    readonly path: string,
  ) {}
}
const DirEntryType = builtinType('DirEntry', ObjectType, 'posix');
DirEntry.prototype.cls = DirEntryType;
defGetters(DirEntryType, { name: (e: DirEntry) => e.name, path: (e: DirEntry) => e.path });
defMethods(DirEntryType, {
  is_file: (e: DirEntry) => isfile(e.path),
  is_dir: (e: DirEntry) => isdir(e.path),
  is_symlink: () => false,
  stat: (e: DirEntry) => stat(e.path),
  inode: (e: DirEntry) => stat(e.path).items[1],
  __fspath__: (e: DirEntry) => e.path,
  __repr__: (e: DirEntry) => `<DirEntry ${repr(e.name)}>`,
});
/** what os.scandir returns: an iterator over DirEntry objects that is also a context manager */
const ScandirIteratorType = builtinType('ScandirIterator', IteratorType, 'posix');
defMethods(ScandirIteratorType, {
  __enter__: (it: JSIter) => it,
  __exit__: () => null,
  close: () => null,
});

function stat(p: string): PyTuple {
  const fs = statOrRaise(p);
  const dir = fs.isDir(p);
  const size = dir ? 4096 : fsCall(() => fs.size(p), p);
  const mtime = fsCall(() => fs.mtime(p), p);
  const t = Math.floor(mtime);
  const st = new PyTuple([dir ? 0o40755 : 0o100644, 0, 0, 1, 0, 0, size, t, t, t]);
  (st as any).cls = StatResultType;
  return st;
}

function makedirs(p: string, existOk: boolean, orig: any): void {
  const fs = hostFS();
  let [head, tail] = split(p);
  if (!tail) [head, tail] = split(head);
  if (head && tail && !exists(head)) {
    try {
      makedirs(head, existOk, head);
    } catch (e) {
      if (!(e instanceof PyExc && e.cls.isSubtypeOf(excType('FileExistsError')))) throw e;
    }
    if (tail === '.') return;
  }
  try {
    fsCall(() => {
      if (fs.exists(p)) throw { code: 'EEXIST' };
      fs.mkdir(p, false);
    }, orig);
  } catch (e) {
    if (!existOk || !isdir(p)) throw e;
  }
}

// ---- os.walk ----

function* walk(top: string, topdown: boolean, onerror: any, followlinks: boolean): Generator<any> {
  const fs = hostFS();
  let names: string[];
  try {
    names = fs.listdir(top);
  } catch (e) {
    if (onerror !== null) {
      let exc: any = e;
      try {
        hostError(e, top);
      } catch (pe) {
        exc = pe;
      }
      call(onerror, [exc]);
    }
    return;
  }
  const dirs: string[] = [];
  const files: string[] = [];
  for (const n of names) {
    if (isdir(join(top, [n]))) dirs.push(n);
    else files.push(n);
  }
  if (topdown) {
    yield new PyTuple([top, dirs, files]);
    for (const d of [...dirs]) yield* walk(join(top, [d]), topdown, onerror, followlinks);
  } else {
    for (const d of dirs) yield* walk(join(top, [d]), topdown, onerror, followlinks);
    yield new PyTuple([top, dirs, files]);
  }
}

// ---- module construction ----

function makePath(): PyModule {
  const m = new PyModule('posixpath');
  const d = m.d;
  d.sep = SEP;
  d.altsep = null;
  d.extsep = '.';
  d.pathsep = ':';
  d.curdir = '.';
  d.pardir = '..';
  d.defpath = '/bin:/usr/bin';
  d.devnull = '/dev/null';
  d.supports_unicode_filenames = false;
  d.join = pyfn('join', ['a'], (a: any, p: PyTuple) => {
    const joinArg = (x: any) => fspathOr(x, () => `join() argument must be str, bytes, or os.PathLike object, not '${typeOf(x).name}'`);
    return join(P(a), p.items.map(joinArg));
  }, { vararg: 'p' });
  d.split = pyfn('split', ['p'], (p: any) => new PyTuple(split(P(p))));
  d.splitext = pyfn('splitext', ['p'], (p: any) => new PyTuple(splitext(P(p))));
  d.splitdrive = pyfn('splitdrive', ['p'], (p: any) => new PyTuple(['', P(p)]));
  d.basename = pyfn('basename', ['p'], (p: any) => basename(P(p)));
  d.dirname = pyfn('dirname', ['p'], (p: any) => dirname(P(p)));
  d.isabs = pyfn('isabs', ['s'], (s: any) => isabs(P(s)));
  d.normpath = pyfn('normpath', ['path'], (p: any) => normpath(P(p)));
  d.normcase = pyfn('normcase', ['s'], (s: any) => P(s));
  d.abspath = pyfn('abspath', ['path'], (p: any) => abspath(P(p)));
  d.realpath = pyfn('realpath', ['filename', 'strict'], (p: any) => abspath(P(p)), { kwonly: [] }, [false]);
  d.relpath = pyfn('relpath', ['path', 'start'], (p: any, s: any) => relpath(P(p), s === null ? null : P(s)), {}, [null]);
  d.commonprefix = pyfn('commonprefix', ['m'], (mm: any) => {
    const items = toArray(mm);
    if (!items.length) return '';
    if (Array.isArray(items[0]) || items[0] instanceof PyTuple) {
      // lists of components: common leading items
      const lists = items.map((x) => toArray(x));
      let s1 = lists[0], s2 = lists[0];
      for (const s of lists) {
        if (cmpList(s, s1) < 0) s1 = s;
        if (cmpList(s, s2) > 0) s2 = s;
      }
      for (let i = 0; i < s1.length; i++) if (s1[i] !== s2[i]) return Array.isArray(items[0]) ? s1.slice(0, i) : new PyTuple(s1.slice(0, i));
      return Array.isArray(items[0]) ? s1 : new PyTuple(s1);
    }
    return commonprefix(items.map(P));
  });
  d.commonpath = pyfn('commonpath', ['paths'], (ps: any) => commonpath(toArray(ps).map(P)));
  d.expanduser = pyfn('expanduser', ['path'], (p: any) => expanduser(P(p)));
  d.expandvars = pyfn('expandvars', ['path'], (p: any) => expandvars(P(p)));
  d.exists = pyfn('exists', ['path'], (p: any) => exists(statPath(p)), {}, [], 'genericpath');
  d.lexists = pyfn('lexists', ['path'], (p: any) => exists(statPath(p)));
  d.isfile = pyfn('isfile', ['path'], (p: any) => isfile(statPath(p)), {}, [], 'genericpath');
  d.isdir = pyfn('isdir', ['s'], (p: any) => isdir(statPath(p)), {}, [], 'genericpath');
  d.islink = pyfn('islink', ['path'], (p: any) => (statPath(p), false));
  d.ismount = pyfn('ismount', ['path'], (p: any) => {
    const s = P(p);
    return s === SEP;
  });
  d.getsize = pyfn('getsize', ['filename'], (p: any) => {
    const s = statPath(p);
    return stat(s).items[6];
  }, {}, [], 'genericpath');
  for (const name of ['getmtime', 'getatime', 'getctime']) {
    d[name] = pyfn(name, ['filename'], (p: any) => {
      const s = statPath(p);
      const fs = statOrRaise(s);
      return new PyFloat(fsCall(() => fs.mtime(s), s));
    }, {}, [], 'genericpath');
  }
  d.samefile = pyfn('samefile', ['f1', 'f2'], (a: any, b: any) => {
    const x = statPath(a), y = statPath(b);
    statOrRaise(x);
    statOrRaise(y);
    return abspath(x) === abspath(y);
  }, {}, [], 'genericpath');
  return m;
}

function makeEnviron(): PyDict {
  const env = new PyDict();
  const fs = fsOrNull();
  if (fs) {
    try {
      for (const [k, v] of Object.entries(fs.env())) env.set(k, v);
    } catch {
      /* no environment */
    }
  }
  return env;
}

function bargs(fname: string, args: any[], kw: Kw, spec: string[]): any[] {
  return parseArgs(fname, args, kw, spec);
}

export function makeOs(): PyModule {
  installFileSupport();
  const m = new PyModule('os');
  const d = m.d;
  const path = makePath();
  d.path = path;
  d.name = 'posix';
  d.sep = SEP;
  d.altsep = null;
  d.extsep = '.';
  d.pathsep = ':';
  d.linesep = '\n';
  d.curdir = '.';
  d.pardir = '..';
  d.defpath = '/bin:/usr/bin';
  d.devnull = '/dev/null';
  d.error = excType('OSError');
  d.environ = makeEnviron();
  d.F_OK = 0;
  d.R_OK = 4;
  d.W_OK = 2;
  d.X_OK = 1;
  d.SEEK_SET = 0;
  d.SEEK_CUR = 1;
  d.SEEK_END = 2;
  d.stat_result = StatResultType;
  installFdFunctions(d, StatResultType);

  d.getcwd = builtin('getcwd', (args, kw) => {
    bargs('getcwd', args, kw, []);
    return hostFS().cwd();
  });
  // os.PathLike is written in Python (src/stdlib/osPathLike.ts): loaded on first use of the name, which
  // then becomes a plain attribute (a getter rather than a module __getattr__, so `from os import
  // PathLike` finds it too)
  const settle = (v: any) => Object.defineProperty(d, 'PathLike', { value: v, writable: true, configurable: true, enumerable: true });
  Object.defineProperty(d, 'PathLike', {
    configurable: true,
    enumerable: true,
    get: () => {
      const v = getAttr(importModule('_ndpy_pathlike', true), 'PathLike');
      settle(v);
      return v;
    },
    set: settle,
  });
  d.fspath = builtin('fspath', (args, kw) => {
    const [p] = bargs('fspath', args, kw, ['path']);
    if (p instanceof PyBytes) return p;
    return P(p);
  });
  d.listdir = builtin('listdir', (args, kw) => {
    const [p] = bargs('listdir', args, kw, ['path?']);
    const s = p === undefined || p === null ? '.' : osPath(p, 'listdir', 'path', ', integer or None');
    const fs = hostFS();
    return fsCall(() => fs.listdir(s), p ?? '.').slice();
  });
  d.scandir = builtin('scandir', (args, kw) => {
    const [p] = bargs('scandir', args, kw, ['path?']);
    const s = p === undefined || p === null ? '.' : osPath(p, 'scandir', 'path', ', integer or None');
    const names: string[] = fsCall(() => hostFS().listdir(s), p ?? '.');
    return new JSIter(names.map((n) => new DirEntry(n, join(s, [n])))[Symbol.iterator](), ScandirIteratorType);
  });
  const removeFn = (name: string) =>
    builtin(name, (args, kw) => {
      const [p] = bargs(name, args, kw, ['path', '*dir_fd?']);
      const s = osPath(p, name);
      const fs = hostFS();
      fsCall(() => fs.remove(s), p);
      return null;
    });
  d.remove = removeFn('remove');
  d.unlink = removeFn('unlink');
  d.rmdir = builtin('rmdir', (args, kw) => {
    const [p] = bargs('rmdir', args, kw, ['path', '*dir_fd?']);
    const s = osPath(p, 'rmdir');
    const fs = hostFS();
    fsCall(() => fs.rmdir(s), p);
    return null;
  });
  d.mkdir = builtin('mkdir', (args, kw) => {
    const [p] = bargs('mkdir', args, kw, ['path', 'mode?', '*dir_fd?']);
    const s = osPath(p, 'mkdir');
    const fs = hostFS();
    fsCall(() => {
      if (fs.exists(s)) throw { code: 'EEXIST' };
      fs.mkdir(s, false);
    }, p);
    return null;
  });
  d.makedirs = pyfn('makedirs', ['name', 'mode', 'exist_ok'], (name: any, _mode: any, existOk: any) => {
    makedirs(P(name), truthy(existOk), name);
    return null;
  }, {}, [0o777, false], 'os');
  d.removedirs = pyfn('removedirs', ['name'], (name: any) => {
    const s = P(name);
    const fs = hostFS();
    fsCall(() => fs.rmdir(s), name);
    let [head, tail] = split(s);
    if (!tail) [head, tail] = split(head);
    while (head && tail) {
      try {
        fs.rmdir(head);
      } catch {
        break;
      }
      [head, tail] = split(head);
    }
    return null;
  }, {}, [], 'os');
  const renameFn = (name: string) =>
    builtin(name, (args, kw) => {
      const [a, b] = bargs(name, args, kw, ['src', 'dst', '*src_dir_fd?', '*dst_dir_fd?']);
      const s = osPath(a, name, 'src');
      const t = osPath(b, name, 'dst');
      const fs = hostFS();
      fsCall(() => fs.rename(s, t), a, b);
      return null;
    });
  d.rename = renameFn('rename');
  d.replace = renameFn('replace');
  d.stat = builtin('stat', (args, kw) => {
    const [p] = bargs('stat', args, kw, ['path', '*dir_fd?', '*follow_symlinks?']);
    return stat(statPath(p));
  });
  d.lstat = builtin('lstat', (args, kw) => {
    const [p] = bargs('lstat', args, kw, ['path', '*dir_fd?']);
    return stat(osPath(p, 'lstat'));
  });
  d.access = builtin('access', (args, kw) => {
    const [p] = bargs('access', args, kw, ['path', 'mode', '*dir_fd?', '*effective_ids?', '*follow_symlinks?']);
    return exists(osPath(p, 'access', 'path', ' or integer'));
  });
  d.getenv = pyfn('getenv', ['key', 'default'], (key: any, dflt: any) => {
    if (typeof key !== 'string') throwPy('TypeError', `str expected, not ${typeOf(key).tpName}`);
    const env = m.d.environ;
    if (env instanceof PyDict) {
      const v = env.get(key);
      return v === undefined ? dflt : v;
    }
    return dflt;
  }, {}, [null], 'os');
  d.putenv = builtin('putenv', (args, kw) => {
    const [k, v] = bargs('putenv', args, kw, ['name', 'value']);
    if (m.d.environ instanceof PyDict) m.d.environ.set(k, v);
    return null;
  });
  d.unsetenv = builtin('unsetenv', (args, kw) => {
    const [k] = bargs('unsetenv', args, kw, ['name']);
    if (m.d.environ instanceof PyDict) m.d.environ.delete(k);
    return null;
  });
  d.getpid = builtin('getpid', (args, kw) => {
    bargs('getpid', args, kw, []);
    const fs = fsOrNull();
    return fs ? fs.pid() : 1;
  });
  // process control only where the host runs processes (the command line): an embedded interpreter's
  // os has neither, as a sandbox should not (AttributeError, test/embed/hostile.test.ts)
  if (fsOrNull()?.system) {
    // os._exit ends the program at once: a SystemExit that no `except` can catch and after which no atexit
    // function runs (interpreter.ts); `finally` blocks still run, unlike CPython's
    d._exit = builtin('_exit', (args, kw) => {
      const [n] = bargs('_exit', args, kw, ['status']);
      if (!isIntNum(n) && typeof n !== 'boolean') throwPy('TypeError', `'${typeOf(n).tpName}' object cannot be interpreted as an integer`);
      const e = makeExc('SystemExit', Number(n));
      (e as any).hardLimit = true;
      (e as any).osExit = true;
      throw e;
    });
    // the program's buffered output goes first, as it would from CPython writing to a terminal
    d.system = builtin('system', (args, kw) => {
      const [c] = bargs('system', args, kw, ['command']);
      const cmd = fspathOr(c, () => `expected str, bytes or os.PathLike object, not ${typeOf(c).tpName}`);
      const fs = fsOrNull();
      if (!fs?.system) return 127 << 8;
      state().flush();
      const env: Record<string, string> = {};
      const environ = m.d.environ;
      if (environ instanceof PyDict) for (const { k, v } of environ.entries()) if (typeof k === 'string' && typeof v === 'string') env[k] = v;
      return fs.system(cmd, environ instanceof PyDict ? env : null);
    });
  }
  d.cpu_count = builtin('cpu_count', (args, kw) => {
    bargs('cpu_count', args, kw, []);
    const hc = (globalThis as any).navigator?.hardwareConcurrency;
    return typeof hc === 'number' ? hc : 1;
  });
  d.urandom = builtin('urandom', (args, kw) => {
    const [n] = bargs('urandom', args, kw, ['size']);
    if (!isIntNum(n)) throwPy('TypeError', `'${typeOf(n).tpName}' object cannot be interpreted as an integer`);
    if (n < 0) throwPy('ValueError', 'negative argument not allowed');
    const out = new Uint8Array(n);
    const c = (globalThis as any).crypto;
    for (let i = 0; i < n; i += 65536) {
      const part = out.subarray(i, Math.min(n, i + 65536));
      if (c?.getRandomValues) c.getRandomValues(part);
      else for (let j = 0; j < part.length; j++) part[j] = Math.floor(Math.random() * 256);
    }
    return new PyBytes(out);
  });
  d.strerror = builtin('strerror', (args, kw) => {
    const [code] = bargs('strerror', args, kw, ['code']);
    const e = Object.entries({ 1: 'Operation not permitted', 2: 'No such file or directory', 13: 'Permission denied', 17: 'File exists', 20: 'Not a directory', 21: 'Is a directory', 22: 'Invalid argument', 39: 'Directory not empty' }).find(([k]) => Number(k) === code);
    return e ? e[1] : `Unknown error ${code}`;
  });
  d.walk = pyfn('walk', ['top', 'topdown', 'onerror', 'followlinks'], (top: any, topdown: any, onerror: any, follow: any) => {
    const s = P(top);
    return new JSIter(walk(s, truthy(topdown), onerror, truthy(follow)));
  }, {}, [true, null, false], 'os');
  d.close = builtin('close', (args, kw) => {
    const [fd] = bargs('close', args, kw, ['fd']);
    if (!isIntNum(fd) && typeof fd !== 'boolean') throwPy('TypeError', `'${typeOf(fd).tpName}' object cannot be interpreted as an integer`);
    return null;
  });
  d.get_terminal_size = builtin('get_terminal_size', () => {
    const t = new PyTuple([80, 24]);
    return t;
  });
  return m;
}

/** the os.path module of the running interpreter (building os on first use) */
function pathModule(): PyModule {
  const s = state();
  let os = s.modules.get('os');
  if (!os) {
    os = makeOs();
    s.modules.set('os', os);
  }
  return os.d.path as PyModule;
}
export const makeOsPath = pathModule;
