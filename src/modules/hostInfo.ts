/**
 * `_ndpy_host`: the host facts and file operations that platform, shutil and locale need beyond what
 * the HostFS interface offers. With the Node.js host file system (the command line, `fs: 'host'`)
 * they come from node:os / node:fs, read at call time (never at start-up, so a start-up snapshot
 * carries no host's values); with another host file system (in-memory, custom) or in a browser they
 * report neutral values (a Linux-like uname with empty node/release, no disk-usage figures, every
 * path executable only if it is a file), which keeps the embedding sandbox from exposing its host.
 *
 *   uname() -> (system, node, release, version, machine)
 *   disk_usage(path) -> (total, used, free)        OSError where unknown
 *   access(path, mode) -> bool                      os.access semantics (X_OK = 1)
 *   chmod(path, mode) / file_mode(path) -> int|None permission bits where the host has them
 *   copy_file(src, dst)                             bytes copy through HostFS
 *   terminal_size() -> (columns, lines) | None      only when stdout is a terminal
 *   libc() -> ('glibc', version) or ('', '')
 *   locale_env() -> the LC_ALL / LC_CTYPE / LANG value or ''
 *   user_name() -> the login name of the process's user (node:os userInfo) or ''
 */
import { PyModule, PyTuple } from '../objects/values';
import { builtin, parseArgs } from '../objects/function';
import { osError, hostError, hostFS, fsPath } from '../objects/file';
import { state } from '../interp/state';
import { nodeHost } from '../interp/nodeHost';

function nodeModule(name: string): any {
  if (state()?.fs !== nodeHost) return null;
  const get = (globalThis as any).process?.getBuiltinModule;
  if (typeof get !== 'function') return null;
  try {
    return get(name);
  } catch {
    return null;
  }
}

const MACHINES: Record<string, string> = { x64: 'x86_64', arm64: 'aarch64', ia32: 'i686', arm: 'armv7l', ppc64: 'ppc64le', s390x: 's390x' };
const SYSTEMS: Record<string, string> = { linux: 'Linux', darwin: 'Darwin', win32: 'Windows', freebsd: 'FreeBSD', openbsd: 'OpenBSD', sunos: 'SunOS', aix: 'AIX' };

function uname(): PyTuple {
  const os = nodeModule('node:os');
  if (!os) return new PyTuple(['Linux', '', '', '', '']);
  const call = (f: string, dflt: string) => {
    try {
      return typeof os[f] === 'function' ? String(os[f]()) : dflt;
    } catch {
      return dflt;
    }
  };
  const system = SYSTEMS[call('platform', 'linux')] ?? call('type', 'Linux');
  let machine = call('machine', '');
  if (!machine) machine = MACHINES[call('arch', '')] ?? call('arch', '');
  return new PyTuple([system, call('hostname', ''), call('release', ''), call('version', ''), machine]);
}

export function makeHostInfo(): PyModule {
  const m = new PyModule('_ndpy_host');
  const d = m.d;
  d.uname = builtin('uname', (args, kw) => {
    parseArgs('uname', args, kw, []);
    return uname();
  });
  d.disk_usage = builtin('disk_usage', (args, kw) => {
    const [p] = parseArgs('disk_usage', args, kw, ['path']);
    const path = fsPath(p, 'disk_usage');
    const fs = nodeModule('node:fs');
    if (!fs || typeof fs.statfsSync !== 'function') {
      if (!hostFS().exists(path)) throw osError('ENOENT', path);
      throw osError('ENOSYS', path);
    }
    try {
      const s = fs.statfsSync(path);
      const total = s.blocks * s.bsize;
      const free = s.bavail * s.bsize;
      const used = (s.blocks - s.bfree) * s.bsize;
      return new PyTuple([total, used, free]);
    } catch (e) {
      return hostError(e, path);
    }
  });
  d.access = builtin('access', (args, kw) => {
    const [p, mode] = parseArgs('access', args, kw, ['path', 'mode']);
    const path = fsPath(p, 'access');
    const fs = nodeModule('node:fs');
    if (!fs) {
      const host = state()?.fs;
      if (!host) return false;
      try {
        return (mode & 1) ? host.isFile(path) : host.exists(path);
      } catch {
        return false;
      }
    }
    try {
      fs.accessSync(path, mode);
      return true;
    } catch {
      return false;
    }
  });
  d.file_mode = builtin('file_mode', (args, kw) => {
    const [p] = parseArgs('file_mode', args, kw, ['path']);
    const path = fsPath(p, 'file_mode');
    const fs = nodeModule('node:fs');
    if (!fs) return null;
    try {
      return fs.statSync(path).mode;
    } catch (e) {
      return hostError(e, path);
    }
  });
  d.chmod = builtin('chmod', (args, kw) => {
    const [p, mode] = parseArgs('chmod', args, kw, ['path', 'mode']);
    const path = fsPath(p, 'chmod');
    const fs = nodeModule('node:fs');
    if (!fs) {
      if (!hostFS().exists(path)) throw osError('ENOENT', path);
      return null;
    }
    try {
      fs.chmodSync(path, mode & 0o7777);
    } catch (e) {
      hostError(e, path);
    }
    return null;
  });
  d.copy_file = builtin('copy_file', (args, kw) => {
    const [a, b] = parseArgs('copy_file', args, kw, ['src', 'dst']);
    const src = fsPath(a, 'copy_file');
    const dst = fsPath(b, 'copy_file');
    const fs = hostFS();
    let data: Uint8Array;
    try {
      data = fs.readFile(src);
    } catch (e) {
      return hostError(e, src);
    }
    try {
      fs.writeFile(dst, data, false);
    } catch (e) {
      return hostError(e, dst);
    }
    return null;
  });
  d.terminal_size = builtin('terminal_size', (args, kw) => {
    parseArgs('terminal_size', args, kw, []);
    if (!nodeModule('node:fs')) return null;
    const out = (globalThis as any).process?.stdout;
    if (!out || !out.isTTY || !out.columns) return null;
    return new PyTuple([out.columns, out.rows]);
  });
  d.libc = builtin('libc', (args, kw) => {
    parseArgs('libc', args, kw, []);
    if (!nodeModule('node:os')) return new PyTuple(['', '']);
    try {
      const v = (globalThis as any).process?.report?.getReport?.()?.header?.glibcVersionRuntime;
      return new PyTuple(v ? ['glibc', String(v)] : ['', '']);
    } catch {
      return new PyTuple(['', '']);
    }
  });
  d.locale_env = builtin('locale_env', (args, kw) => {
    parseArgs('locale_env', args, kw, []);
    const env = state()?.fs ? safeEnv() : {};
    for (const k of ['LC_ALL', 'LC_CTYPE', 'LANG']) if (env[k]) return env[k];
    return '';
  });
  d.user_name = builtin('user_name', (args, kw) => {
    parseArgs('user_name', args, kw, []);
    const os = nodeModule('node:os');
    try {
      return os ? String(os.userInfo().username) : '';
    } catch {
      return '';
    }
  });
  return m;
}

function safeEnv(): Record<string, string> {
  try {
    return state().fs!.env();
  } catch {
    return {};
  }
}
