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
import { startupSnapshot } from 'node:v8';
import { dirname } from 'node:path';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterpreter, prepare } from '../src/index';
import { start } from './cli';

/**
 * modules typical scripts import: their compiled code (about 4 MB of the snapshot) costs start-up about 10 ms of CPU and
 * saves 100–300 ms on each import of the big ones (collections, typing, dataclasses, datetime)
 */
const SNAPSHOT_MODULES = [
  'collections', 'dataclasses', 'typing', 'functools', 'itertools', 'enum', 'datetime', 'heapq', 'bisect',
  'random', 'string', 'copy', 'operator', 'abc', 'contextlib', 'textwrap', 'types', 'keyword',
];

prepare();
// warm-up: running a small program compiles the interpreter's common paths, and V8 keeps that code in
// the snapshot (its output is discarded; the program imports no module that needs WebAssembly)
{
  const warm = createInterpreter({ stdout: () => {}, stderr: () => {} });
  warm.runScript(readFileSync(join(dirname(__filename), '..', 'scripts', 'warmup.py'), 'utf8'), 'warmup.py');
  // the standard library's common Python-written modules: importing compiles each once per process
  // (src/compile/compiler.ts compileStdlibModule), so the snapshot carries their compiled text
  warm.runScript(`import ${SNAPSHOT_MODULES.join(', ')}`, 'warmup-imports.py');
}
// as a microtask for the reason given in repl/main.ts
startupSnapshot.setDeserializeMainFunction(() => queueMicrotask(() => start(dirname(process.argv[1]))));
