/**
 * The Node.js implementation of `HostFS`: the whole local file system through node:fs, node:os and
 * node:path, used by the command line (repl/) only — the library itself never imports this file, so it
 * stays loadable in a browser.
 *
 * Errors propagate as Node's own exceptions, whose `code` ('ENOENT', 'EEXIST', …) the OSError mapping in
 * src/objects/file.ts understands. `listdir` reads entries in directory order (like CPython's
 * os.listdir) rather than the sorted order of fs.readdirSync.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { HostFS } from './state';

function statOrNull(p: string): fs.Stats | null {
  try {
    return fs.statSync(p);
  } catch {
    return null;
  }
}

export const nodeHost: HostFS = {
  sep: path.sep,
  cwd: () => process.cwd(),
  readFile: (p) => {
    const b = fs.readFileSync(p);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  },
  writeFile: (p, data, append) => {
    if (append) fs.appendFileSync(p, data);
    else fs.writeFileSync(p, data);
  },
  exists: (p) => statOrNull(p) !== null,
  isDir: (p) => statOrNull(p)?.isDirectory() ?? false,
  isFile: (p) => statOrNull(p)?.isFile() ?? false,
  listdir: (p) => {
    const dir = fs.opendirSync(p);
    const out: string[] = [];
    try {
      for (let e = dir.readSync(); e !== null; e = dir.readSync()) out.push(e.name);
    } finally {
      dir.closeSync();
    }
    return out;
  },
  remove: (p) => fs.unlinkSync(p),
  rmdir: (p) => fs.rmdirSync(p),
  mkdir: (p, recursive) => {
    fs.mkdirSync(p, { recursive });
  },
  rename: (a, b) => fs.renameSync(a, b),
  tmpdir: () => os.tmpdir(),
  mkdtemp: (prefix) => fs.mkdtempSync(prefix),
  size: (p) => fs.statSync(p).size,
  mtime: (p) => fs.statSync(p).mtimeMs / 1000,
  env: () => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) out[k] = v;
    return out;
  },
  pid: () => process.pid,
};
