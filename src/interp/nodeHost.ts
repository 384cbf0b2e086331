/**
 * The Node.js implementation of `HostFS`: the whole local file system through node:fs, node:os and
 * node:path, used by the command line (repl/) only — the library itself never imports this file, so it
 * stays loadable in a browser.
 *
 * Errors propagate as Node's own exceptions, whose `code` ('ENOENT', 'EEXIST', …) the OSError mapping in
 * src/objects/file.ts understands. `listdir` reads entries in directory order (like CPython's
 * os.listdir) rather than the sorted order of fs.readdirSync.
 */
import { appendFileSync, mkdirSync, mkdtempSync, opendirSync, readFileSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { tmpdir as osTmpdir } from 'node:os';
import { sep as pathSep } from 'node:path';
import type { HostFS } from './state';

function statOrNull(p: string): Stats | null {
  try {
    return statSync(p);
  } catch {
    return null;
  }
}

export const nodeHost: HostFS = {
  sep: pathSep,
  cwd: () => process.cwd(),
  readFile: (p) => {
    const b = readFileSync(p);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  },
  writeFile: (p, data, append) => {
    if (append) appendFileSync(p, data);
    else writeFileSync(p, data);
  },
  exists: (p) => statOrNull(p) !== null,
  isDir: (p) => statOrNull(p)?.isDirectory() ?? false,
  isFile: (p) => statOrNull(p)?.isFile() ?? false,
  listdir: (p) => {
    const dir = opendirSync(p);
    const out: string[] = [];
    try {
      for (let e = dir.readSync(); e !== null; e = dir.readSync()) out.push(e.name);
    } finally {
      dir.closeSync();
    }
    return out;
  },
  remove: (p) => unlinkSync(p),
  rmdir: (p) => rmdirSync(p),
  mkdir: (p, recursive) => {
    mkdirSync(p, { recursive });
  },
  rename: (a, b) => renameSync(a, b),
  tmpdir: () => osTmpdir(),
  mkdtemp: (prefix) => mkdtempSync(prefix),
  size: (p) => statSync(p).size,
  mtime: (p) => statSync(p).mtimeMs / 1000,
  env: () => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) out[k] = v;
    return out;
  },
  pid: () => process.pid,
};
