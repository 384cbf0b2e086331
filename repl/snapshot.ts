/**
 * Entry point of the command line's start-up snapshot (dist/ndpy.blob). scripts/build.mjs runs this bundle
 * (dist/snapshot.cjs) under `node --build-snapshot`: loading it evaluates every module of the interpreter
 * and `prepare()` builds the built-in types, modules and the parser; V8 then saves the whole heap. bin/ndpy
 * starts `node --snapshot-blob dist/ndpy.blob dist/cli.cjs args…`, which deserializes that heap instead of
 * compiling and running ~2 MB of JavaScript, and calls the function registered here.
 *
 * What the snapshot holds was computed at build time, so module bodies must not capture per-run state
 * (environment variables, the terminal, the clock, WebAssembly objects — V8 builds snapshots without
 * WebAssembly, which is why runtime/memory.ts makes its memory on first use). process.argv[1] is
 * dist/cli.cjs, so the dist folder is found at run time, not baked in.
 */
import { deserialize, serialize, startupSnapshot } from 'node:v8';
import { dirname, join, resolve } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterpreter, prepare, precompileStdlib } from '../src/index';
import { setModuleCompiler, takeStdlibCache, type StdlibEntry } from '../src/compile/compiler';
import type * as Vm from 'node:vm';
import { start } from './cli';

/**
 * Python-written stdlib modules that scripts commonly import, compiled at build time (src/index.ts
 * precompileStdlib): `import collections, dataclasses, typing` takes about 330 ms less. Their generated
 * JS (1.5 MB of text) first went into the snapshot, growing the blob from 13.8 to 17.4 MB and making an
 * empty script start 6–13 ms later; now each is a file beside the Python sources, dist/stdlib/<module>.
 * <guard>.compiled (v8.serialize), read on the module's first import (below, storeCompiled).
 */
const SNAPSHOT_MODULES = [
  'collections', 'typing', 'dataclasses', 'functools', 'itertools', 'heapq', 'random', 'bisect', 'string', 'copy', 'enum',
  // also common in scripts, and slow to compile on import (datetime ~220 ms, decimal ~400 ms, re ~50 ms)
  're', 'datetime', 'statistics', 'fractions', 'decimal', 'operator', 'contextlib', 'abc', 'textwrap', 'types', 'pprint',
  'numbers', 'csv', 'logging', 'pathlib', 'argparse', 'traceback', 'queue', 'calendar', 'timeit', 'io', 'doctest',
];

/** only primitives, arrays and plain objects: what v8.serialize gives back as it was */
function plainData(v: unknown, seen = new Set<object>()): boolean {
  if (v === null || typeof v !== 'object') return typeof v !== 'function' && typeof v !== 'symbol';
  if (seen.has(v)) return true;
  seen.add(v);
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== Array.prototype) return false;
  if (Object.getOwnPropertySymbols(v).length) return false;
  for (const d of Object.values(Object.getOwnPropertyDescriptors(v))) if (!('value' in d) || !plainData(d.value, seen)) return false;
  return true;
}

/**
 * Move the compiler's stdlib cache out of the heap into dist/stdlib/ (the folder of this bundle at build
 * time; of process.argv[1], dist/cli.cjs, at run time). Measured: the blob 11.4 -> 9.6 MB and ~5 ms
 * less checksumming and deserializing for every run, while `import collections, dataclasses, typing`,
 * which reads five of these files (20–600 KB each), takes ~3 ms more (in-process, min of 25: 32 -> 36 ms).
 * An entry that could not be written, or whose constants are not plain data, stays in the heap.
 */
function storeCompiled(): void {
  const files = new Map<string, string>();
  const kept = new Map<string, StdlibEntry>();
  const taken = takeStdlibCache((key) => {
    const file = files.get(key);
    if (file === undefined) return kept.get(key);
    try {
      return deserialize(readFileSync(join(dirname(process.argv[1]), 'stdlib', file))) as StdlibEntry;
    } catch {
      return undefined; // compiled again on import
    }
  });
  for (const [key, entry] of taken) {
    const [name, , guard] = key.split('\0');
    const file = `${name}.${guard}.compiled`;
    try {
      if (!plainData(entry)) throw new Error('not plain data');
      writeFileSync(join(dirname(__filename), 'stdlib', file), serialize(entry));
      files.set(key, file);
    } catch {
      kept.set(key, entry);
    }
  }
}

/**
 * Compile the stdlib modules' JS with V8 code caches kept beside them (dist/stdlib/<module>.<guard>.v8cache):
 * collections' 580 KB of generated JS took 12-30 ms to compile on each import, under 1 ms from its cache.
 * The caches are made by the build (scripts/build.mjs), which runs this command line with
 * NDPY_WRITE_CODE_CACHE=stdlib: every module of SNAPSHOT_MODULES is imported and its cache written. A
 * cache V8 rejects (another node or other flags) only means compiling as without one.
 */
function useCodeCaches(write: boolean): void {
  const vm = (process as any).getBuiltinModule('node:vm') as typeof Vm;
  setModuleCompiler((source, url, key) => {
    const [name, , guard] = key.split('\0');
    const file = join(dirname(process.argv[1]), 'stdlib', `${name}.${guard}.v8cache`);
    let cachedData: Buffer | undefined;
    try {
      cachedData = write ? undefined : readFileSync(file);
    } catch {
      cachedData = undefined;
    }
    const script = new vm.Script(source, { filename: url, cachedData });
    if (write) {
      try {
        writeFileSync(file, script.createCachedData());
      } catch {
        // no cache: the module compiles on each import, as it did before
      }
    }
    return script.runInThisContext();
  });
}

prepare();
// warm-up: running a small program compiles the interpreter's common paths, and V8 keeps that code in
// the snapshot (its output is discarded; the program imports no module that needs WebAssembly)
{
  const warm = createInterpreter({ stdout: () => {}, stderr: () => {} });
  warm.runScript(readFileSync(join(dirname(__filename), '..', 'scripts', 'warmup.py'), 'utf8'), 'warmup.py');
}
precompileStdlib(SNAPSHOT_MODULES);
storeCompiled();
// as a microtask for the reason given in repl/main.ts. Node makes the main script's path absolute only
// when it loads the script, which a snapshot does not, and bin/ndpy may pass a relative dist/cli.cjs: the
// dist folder names the worker Ctrl-C on a terminal runs (only an absolute path is taken) and the files
// read on import (dist/stdlib/: scripts/stdlibFiles.mjs, storeCompiled above).
startupSnapshot.setDeserializeMainFunction(() => {
  process.argv[1] = resolve(process.argv[1]);
  const writeCaches = process.env.NDPY_WRITE_CODE_CACHE === 'stdlib';
  useCodeCaches(writeCaches);
  if (writeCaches) {
    createInterpreter({ stdout: () => {}, stderr: (s) => process.stderr.write(s) }).runScript(SNAPSHOT_MODULES.map((m) => `import ${m}\n`).join(''), 'stdlib-caches.py');
    return;
  }
  queueMicrotask(() => start(dirname(process.argv[1])));
});
