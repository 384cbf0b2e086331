/**
 * A file system held in memory, for hosts without one (the web console's worker, sandboxed embedders):
 * `open`, `os`, `np.save`/`np.load`, `np.savetxt`/`np.loadtxt` and `np.memmap` work against it exactly as
 * against a disk. POSIX-style absolute paths with `/`; the working directory is /home/user, and /tmp
 * exists. Errors are thrown as `{ code }` objects with Node's codes (ENOENT, EEXIST, EISDIR, ENOTDIR,
 * ENOTEMPTY), which src/objects/file.ts turns into the matching OSError. Directory listings keep
 * creation order, as a fresh directory on a disk usually does.
 */
import type { HostFS } from './state';

type Node = { kind: 'file'; data: Uint8Array; mtime: number } | { kind: 'dir'; entries: Map<string, Node>; mtime: number };

function fail(code: string, path: string): never {
  throw Object.assign(new Error(`${code}: ${path}`), { code, path });
}

export interface MemoryFS extends HostFS {
  /** every file's path and size, for a host's file browser */
  files(): { path: string; size: number }[];
}

export function createMemoryFS(cwd = '/home/user'): MemoryFS {
  const root: Node = { kind: 'dir', entries: new Map(), mtime: Date.now() / 1000 };
  let tmpCounter = 0;

  const split = (path: string): string[] => {
    const abs = path.startsWith('/') ? path : `${cwd}/${path}`;
    const out: string[] = [];
    for (const part of abs.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..') out.pop();
      else out.push(part);
    }
    return out;
  };
  const lookup = (path: string): Node | null => {
    let n: Node = root;
    for (const part of split(path)) {
      if (n.kind !== 'dir') return null;
      const next = n.entries.get(part);
      if (!next) return null;
      n = next;
    }
    return n;
  };
  /** the directory that holds `path`, and the last name */
  const parentOf = (path: string): [Extract<Node, { kind: 'dir' }>, string] => {
    const parts = split(path);
    const name = parts.pop();
    if (name === undefined) fail('EISDIR', path);
    let n: Node = root;
    for (const part of parts) {
      if (n.kind !== 'dir') fail('ENOTDIR', path);
      const next = n.entries.get(part);
      if (!next) fail('ENOENT', path);
      n = next;
    }
    if (n.kind !== 'dir') fail('ENOTDIR', path);
    return [n, name!];
  };
  const mkdirp = (path: string, recursive: boolean): void => {
    const parts = split(path);
    let n: Node = root;
    parts.forEach((part, i) => {
      if (n.kind !== 'dir') fail('ENOTDIR', path);
      let next = n.entries.get(part);
      if (!next) {
        if (!recursive && i < parts.length - 1) fail('ENOENT', path);
        next = { kind: 'dir', entries: new Map(), mtime: Date.now() / 1000 };
        n.entries.set(part, next);
      } else if (i === parts.length - 1 && !recursive) fail('EEXIST', path);
      n = next;
    });
  };
  mkdirp(cwd, true);
  mkdirp('/tmp', true);
  const fileOf = (p: string): Extract<Node, { kind: 'file' }> => {
    const n = lookup(p);
    if (!n) fail('ENOENT', p);
    if (n.kind === 'dir') fail('EISDIR', p);
    return n;
  };
  const resize = (n: Extract<Node, { kind: 'file' }>, length: number): void => {
    const data = new Uint8Array(length);
    data.set(n.data.subarray(0, length));
    n.data = data;
  };

  const fs: MemoryFS = {
    sep: '/',
    cwd: () => cwd,
    readFile: (p) => {
      const n = lookup(p);
      if (!n) fail('ENOENT', p);
      if (n.kind === 'dir') fail('EISDIR', p);
      return n.data.slice();
    },
    writeFile: (p, data, append) => {
      const [dir, name] = parentOf(p);
      const old = dir.entries.get(name);
      if (old?.kind === 'dir') fail('EISDIR', p);
      let bytes = data.slice();
      if (append && old?.kind === 'file') {
        bytes = new Uint8Array(old.data.length + data.length);
        bytes.set(old.data);
        bytes.set(data, old.data.length);
      }
      dir.entries.set(name, { kind: 'file', data: bytes, mtime: Date.now() / 1000 });
    },
    readAt: (p, position, length) => fileOf(p).data.slice(position, position + length),
    writeAt: (p, position, data) => {
      const n = fileOf(p);
      if (position + data.length > n.data.length) resize(n, position + data.length);
      n.data.set(data, position);
      n.mtime = Date.now() / 1000;
    },
    truncate: (p, length) => {
      const n = fileOf(p);
      resize(n, length);
      n.mtime = Date.now() / 1000;
    },
    exists: (p) => lookup(p) !== null,
    isDir: (p) => lookup(p)?.kind === 'dir',
    isFile: (p) => lookup(p)?.kind === 'file',
    listdir: (p) => {
      const n = lookup(p);
      if (!n) fail('ENOENT', p);
      if (n.kind !== 'dir') fail('ENOTDIR', p);
      return [...n.entries.keys()];
    },
    remove: (p) => {
      const [dir, name] = parentOf(p);
      const n = dir.entries.get(name);
      if (!n) fail('ENOENT', p);
      if (n.kind === 'dir') fail('EISDIR', p);
      dir.entries.delete(name);
    },
    rmdir: (p) => {
      const [dir, name] = parentOf(p);
      const n = dir.entries.get(name);
      if (!n) fail('ENOENT', p);
      if (n.kind !== 'dir') fail('ENOTDIR', p);
      if (n.entries.size) fail('ENOTEMPTY', p);
      dir.entries.delete(name);
    },
    mkdir: (p, recursive) => mkdirp(p, recursive),
    rename: (a, b) => {
      const [da, na] = parentOf(a);
      const n = da.entries.get(na);
      if (!n) fail('ENOENT', a);
      const [db, nb] = parentOf(b);
      da.entries.delete(na);
      db.entries.set(nb, n);
    },
    tmpdir: () => '/tmp',
    mkdtemp: (prefix) => {
      let path: string;
      do path = `${prefix}${(++tmpCounter).toString(36).padStart(6, '0')}`;
      while (lookup(path));
      mkdirp(path, false);
      return path;
    },
    size: (p) => {
      const n = lookup(p);
      if (!n) fail('ENOENT', p);
      return n.kind === 'file' ? n.data.length : 4096;
    },
    mtime: (p) => {
      const n = lookup(p);
      if (!n) fail('ENOENT', p);
      return n.mtime;
    },
    env: () => ({ HOME: cwd, PATH: '/usr/bin' }),
    pid: () => 1,
    files: () => {
      const out: { path: string; size: number }[] = [];
      const walk = (n: Node, path: string) => {
        if (n.kind === 'file') out.push({ path, size: n.data.length });
        else for (const [k, v] of n.entries) walk(v, `${path}/${k}`);
      };
      walk(root, '');
      return out;
    },
  };
  return fs;
}
