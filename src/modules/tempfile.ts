/**
 * The `tempfile` module: gettempdir, mkdtemp, mkstemp, NamedTemporaryFile, TemporaryFile and
 * TemporaryDirectory, over the host file system.
 *
 * Names follow CPython: prefix ('tmp') + 8 characters from [a-z0-9_] + suffix, created exclusively
 * (retrying on a clash) inside `dir` or the host's temp directory, and returned as absolute paths.
 * NamedTemporaryFile returns an ordinary file object that deletes its file on close when delete=True;
 * TemporaryDirectory removes its tree on cleanup()/__exit__. File descriptors do not exist here, so
 * mkstemp returns a placeholder descriptor number that os.close accepts.
 */
import { PyModule, PyTuple } from '../objects/values';
import { builtin, parseArgs, Kw } from '../objects/function';
import { throwPy } from '../objects/errors';
import { builtinType, ObjectType, PyType } from '../objects/pytype';
import { defMethods } from '../objects/function';
import { defGetters } from '../objects/descriptors';
import { truthy } from '../objects/protocols';
import { repr } from '../objects/repr';
import { openBuiltin, PyFile, hostFS, hostError, osError, fsPath, installFileSupport } from '../objects/file';
import { abspath, join, rmtree } from './os';

const CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789_';
const TMP_MAX = 10000;

function randomName(): string {
  let s = '';
  for (let i = 0; i < 8; i++) s += CHARS[Math.floor(Math.random() * CHARS.length)];
  return s;
}

function strOrNone(v: any, what: string, dflt: string): string {
  if (v === undefined || v === null) return dflt;
  if (typeof v !== 'string') throwPy('TypeError', `Can't mix strings and bytes in path components`);
  void what;
  return v;
}

function tempDir(): string {
  const fs = hostFS();
  try {
    return fs.tmpdir();
  } catch (e) {
    return hostError(e);
  }
}

/** Create a fresh name in `dir` with `create` (which throws {code:'EEXIST'} on a clash). */
function createUnique(suffix: any, prefix: any, dir: any, create: (path: string) => void): string {
  const sfx = strOrNone(suffix, 'suffix', '');
  const pfx = strOrNone(prefix, 'prefix', 'tmp');
  const base = dir === undefined || dir === null ? tempDir() : fsPath(dir);
  for (let i = 0; i < TMP_MAX; i++) {
    const path = join(base, [pfx + randomName() + sfx]);
    try {
      create(path);
      return abspath(path);
    } catch (e: any) {
      if (e && e.code === 'EEXIST') continue;
      hostError(e, path);
    }
  }
  throw osError('EEXIST', 'No usable temporary file name found');
}

function mkdtemp(suffix: any, prefix: any, dir: any): string {
  const fs = hostFS();
  return createUnique(suffix, prefix, dir, (p) => {
    if (fs.exists(p)) throw { code: 'EEXIST' };
    fs.mkdir(p, false);
  });
}

function mkstempPath(suffix: any, prefix: any, dir: any): string {
  const fs = hostFS();
  return createUnique(suffix, prefix, dir, (p) => {
    if (fs.exists(p)) throw { code: 'EEXIST' };
    fs.writeFile(p, new Uint8Array(0), false);
  });
}

// ---- TemporaryDirectory ----

class TempDir {
  declare cls: PyType;
  closed = false;
  constructor(public name: string, public ignoreErrors: boolean) {}
  cleanup(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      if (hostFS().exists(this.name)) rmtree(this.name);
    } catch (e) {
      if (!this.ignoreErrors) throw e;
    }
  }
}
const TemporaryDirectoryType = builtinType('TemporaryDirectory', ObjectType, 'tempfile');
TempDir.prototype.cls = TemporaryDirectoryType;
defGetters(TemporaryDirectoryType, { name: (t: TempDir) => t.name });
defMethods(TemporaryDirectoryType, {
  cleanup(self: TempDir) {
    self.cleanup();
    return null;
  },
  __enter__(self: TempDir) {
    return self.name;
  },
  __exit__(self: TempDir) {
    self.cleanup();
    return null;
  },
  __repr__(self: TempDir) {
    return `<TemporaryDirectory ${repr(self.name)}>`;
  },
});
TemporaryDirectoryType.newInstance = (_cls, args, kw) => {
  const [suffix, prefix, dir, ignore] = parseArgs('TemporaryDirectory', args, kw, ['suffix?', 'prefix?', 'dir?', 'ignore_cleanup_errors?']);
  return new TempDir(mkdtemp(suffix, prefix, dir), ignore !== undefined && truthy(ignore));
};

// ---- NamedTemporaryFile ----

const NTF_PARAMS = ['mode?', 'buffering?', 'encoding?', 'newline?', 'suffix?', 'prefix?', 'dir?', 'delete?', '*errors?'];

function namedTemporaryFile(fname: string, args: any[], kw: Kw, named: boolean): PyFile {
  const spec = named ? NTF_PARAMS : NTF_PARAMS.filter((s) => s !== 'delete?');
  const vals = parseArgs(fname, args, kw, spec);
  const get = (n: string) => vals[spec.findIndex((s) => s.replace(/[?*]/g, '') === n)];
  const mode = get('mode') ?? 'w+b';
  const del = named ? (get('delete') === undefined ? true : truthy(get('delete'))) : true;
  const path = mkstempPath(get('suffix'), get('prefix'), get('dir'));
  const okw = new Map<string, any>();
  for (const k of ['encoding', 'newline', 'errors']) {
    const v = get(k);
    if (v !== undefined && v !== null) okw.set(k, v);
  }
  let f: PyFile;
  try {
    f = openBuiltin.fn([path, mode], okw.size ? okw : null) as PyFile;
  } catch (e) {
    try {
      hostFS().remove(path);
    } catch {
      /* ignore */
    }
    throw e;
  }
  if (del) {
    f.onClose = () => {
      try {
        hostFS().remove(path);
      } catch {
        /* already gone */
      }
    };
  }
  return f;
}

export function makeTempfile(): PyModule {
  installFileSupport();
  const m = new PyModule('tempfile');
  const d = m.d;
  d.tempdir = null;
  d.template = 'tmp';
  d.TMP_MAX = TMP_MAX;
  const dirOverride = (): string | null => (typeof m.d.tempdir === 'string' ? m.d.tempdir : null);
  d.gettempdir = builtin('gettempdir', (args, kw) => {
    parseArgs('gettempdir', args, kw, []);
    return dirOverride() ?? tempDir();
  });
  d.gettempprefix = builtin('gettempprefix', (args, kw) => {
    parseArgs('gettempprefix', args, kw, []);
    return 'tmp';
  });
  d.mkdtemp = builtin('mkdtemp', (args, kw) => {
    const [suffix, prefix, dir] = parseArgs('mkdtemp', args, kw, ['suffix?', 'prefix?', 'dir?']);
    return mkdtemp(suffix, prefix, dir ?? dirOverride());
  });
  d.mkstemp = builtin('mkstemp', (args, kw) => {
    const [suffix, prefix, dir] = parseArgs('mkstemp', args, kw, ['suffix?', 'prefix?', 'dir?', 'text?']);
    const path = mkstempPath(suffix, prefix, dir ?? dirOverride());
    return new PyTuple([3, path]);
  });
  d.mktemp = builtin('mktemp', (args, kw) => {
    const [suffix, prefix, dir] = parseArgs('mktemp', args, kw, ['suffix?', 'prefix?', 'dir?']);
    const base = dir === undefined || dir === null ? dirOverride() ?? tempDir() : fsPath(dir);
    return join(base, [strOrNone(prefix, 'prefix', 'tmp') + randomName() + strOrNone(suffix, 'suffix', '')]);
  });
  d.NamedTemporaryFile = builtin('NamedTemporaryFile', (args, kw) => namedTemporaryFile('NamedTemporaryFile', args, kw, true));
  d.TemporaryFile = builtin('TemporaryFile', (args, kw) => namedTemporaryFile('TemporaryFile', args, kw, false));
  d.SpooledTemporaryFile = d.TemporaryFile;
  d.TemporaryDirectory = TemporaryDirectoryType;
  return m;
}
