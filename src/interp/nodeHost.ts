/**
 * The Node.js implementation of `HostFS`: the whole local file system through node:fs, node:os and
 * node:path, for the command line and for embedders that pass `fs: 'host'`. The Node modules are fetched
 * at first use with `process.getBuiltinModule` rather than imported, so a browser bundle of the library
 * contains this file without pulling in Node (there, `fs: 'host'` reports that no host file system exists).
 *
 * Errors propagate as Node's own exceptions, whose `code` ('ENOENT', 'EEXIST', …) the OSError mapping in
 * src/objects/file.ts understands. `listdir` reads entries in directory order (like CPython's
 * os.listdir) rather than the sorted order of fs.readdirSync.
 */
import type * as NodeFs from 'node:fs';
import type { Stats } from 'node:fs';
import type { HostFS } from './state';

let fsMod: typeof NodeFs | null = null;
function nodeFs(): typeof NodeFs {
  if (!fsMod) {
    const get = (globalThis as any).process?.getBuiltinModule;
    if (typeof get !== 'function') throw Object.assign(new Error('no host file system here'), { code: 'ENOSYS' });
    fsMod = get('node:fs') as typeof NodeFs;
  }
  return fsMod;
}
/** whether this JavaScript host has Node's file system (for `fs: 'host'`) */
export function hasNodeFs(): boolean {
  return typeof (globalThis as any).process?.getBuiltinModule === 'function';
}

function statOrNull(p: string): Stats | null {
  try {
    return nodeFs().statSync(p);
  } catch {
    return null;
  }
}

export const nodeHost: HostFS = {
  sep: (globalThis as any).process?.platform === 'win32' ? '\\' : '/',
  cwd: () => process.cwd(),
  readFile: (p) => {
    const b = nodeFs().readFileSync(p);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  },
  writeFile: (p, data, append) => {
    if (append) nodeFs().appendFileSync(p, data);
    else nodeFs().writeFileSync(p, data);
  },
  readAt: (p, position, length) => {
    const fs = nodeFs();
    const fd = fs.openSync(p, 'r');
    try {
      const out = new Uint8Array(length);
      let got = 0;
      while (got < length) {
        const n = fs.readSync(fd, out, got, length - got, position + got);
        if (n === 0) break;
        got += n;
      }
      return got < length ? out.subarray(0, got) : out;
    } finally {
      fs.closeSync(fd);
    }
  },
  writeAt: (p, position, data) => {
    const fs = nodeFs();
    const fd = fs.openSync(p, 'r+');
    try {
      for (let done = 0; done < data.length; ) done += fs.writeSync(fd, data, done, data.length - done, position + done);
    } finally {
      fs.closeSync(fd);
    }
  },
  truncate: (p, length) => nodeFs().truncateSync(p, length),
  exists: (p) => statOrNull(p) !== null,
  isDir: (p) => statOrNull(p)?.isDirectory() ?? false,
  isFile: (p) => statOrNull(p)?.isFile() ?? false,
  listdir: (p) => {
    const dir = nodeFs().opendirSync(p);
    const out: string[] = [];
    try {
      for (let e = dir.readSync(); e !== null; e = dir.readSync()) out.push(e.name);
    } finally {
      dir.closeSync();
    }
    return out;
  },
  remove: (p) => nodeFs().unlinkSync(p),
  rmdir: (p) => nodeFs().rmdirSync(p),
  mkdir: (p, recursive) => {
    nodeFs().mkdirSync(p, { recursive });
  },
  rename: (a, b) => nodeFs().renameSync(a, b),
  tmpdir: () => (globalThis as any).process.getBuiltinModule('node:os').tmpdir(),
  mkdtemp: (prefix) => nodeFs().mkdtempSync(prefix),
  size: (p) => nodeFs().statSync(p).size,
  mtime: (p) => nodeFs().statSync(p).mtimeMs / 1000,
  env: () => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) out[k] = v;
    return out;
  },
  pid: () => process.pid,
  fstat: (fd) => {
    const st = nodeFs().fstatSync(fd);
    return { mode: st.mode, size: st.size };
  },
  system: (command, env) => {
    const get = (globalThis as any).process.getBuiltinModule;
    const r = get('node:child_process').spawnSync('/bin/sh', ['-c', command], { stdio: 'inherit', env: env ?? process.env });
    if (r.error) return 127 << 8;
    if (r.signal) return get('node:os').constants.signals[r.signal] ?? 1;
    return (r.status ?? 0) << 8;
  },
};
