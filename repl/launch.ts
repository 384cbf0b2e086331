/**
 * Start-up path of the `ndpy` command: bin/ndpy loads this file (bundled to dist/launch.cjs), which runs
 * the command line's CommonJS bundle dist/cli.cjs through `vm.Script` with a V8 code cache, so the
 * ~850 KB bundle is not compiled from scratch on every start.
 *
 * scripts/build.mjs makes the caches with warm-up runs (NDPY_WRITE_CODE_CACHE=1 makes this loader save
 * what the run compiled). V8 only takes a cache made under the same V8 flags, so there is one per set of
 * node flags, dist/cli.cjs.<hash of the flags>.cache: the build makes one for bin/ndpy's shebang flags and
 * one for none (`node dist/launch.cjs …`). The bundle's first line is `//ndpy-build <hash of its content>` and a
 * cache starts with the same line, so a cache left over from another build is never used (V8 itself only
 * checks the source length); V8 rejects a cache from another Node/V8 version. A missing, stale or rejected
 * cache only costs compile time. Nothing is written at run time, so dist/ may be read-only.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';

const bundle = join(__dirname, 'cli.cjs');
const source = readFileSync(bundle, 'utf8');
const firstLine = source.slice(0, source.indexOf('\n') + 1);
const stamp = firstLine.startsWith('//ndpy-build ') ? Buffer.from(firstLine, 'latin1') : null;
const cacheFile = join(__dirname, `cli.cjs.${flagsKey()}.cache`);
const writeCache = process.env.NDPY_WRITE_CODE_CACHE === '1';

/**
 * a short hash of the node flags this process runs under, without `-e <code>` and `--snapshot-blob
 * <file>`: a worker thread inherits the flags of a main thread started from the snapshot (bin/ndpy on a
 * terminal) but runs this loader, and V8 does not hash the blob's name into its flags either
 */
function flagsKey(): string {
  const flags: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '-e' || argv[i] === '--eval' || argv[i] === '--snapshot-blob') i++;
    else if (!argv[i].startsWith('--eval=') && !argv[i].startsWith('--snapshot-blob=')) flags.push(argv[i]);
  }
  let h = 0x811c9dc5; // FNV-1a
  for (const c of flags.join(' ')) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

let cachedData: Buffer | undefined;
if (stamp && !writeCache) {
  try {
    const data = readFileSync(cacheFile);
    if (data.length > stamp.length && data.subarray(0, stamp.length).equals(stamp)) cachedData = data.subarray(stamp.length);
  } catch {
    // no cache: compile normally
  }
}

// the same wrapper as Node's CommonJS loader, so the bundle sees require/module/__dirname as usual
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
  filename: bundle,
  cachedData,
});
if (process.env.NDPY_DEBUG_STARTUP) {
  const state = cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : 'absent';
  process.stderr.write(`ndpy: code cache ${cacheFile}: ${state}\n`);
}
const mod = { exports: {} };
script.runInThisContext()(mod.exports, require, mod, bundle, __dirname);

if (writeCache && stamp) {
  // the CLI runs the program in a microtask queued while the bundle loaded; this one is queued after it,
  // so everything the warm-up run compiled goes into the cache
  queueMicrotask(() => {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat([stamp, script.createCachedData()]));
    renameSync(tmp, cacheFile);
  });
}
