/**
 * Compiler entry: Python source → AST (grammar/) → JS source (functions.ts) → a JS function bound to
 * the runtime helpers and the constants table.
 *
 * The generated module is wrapped as `(R, K) => { const {$add, …} = R; return function (G) {…} }` and
 * instantiated with `new Function`; only mangled identifiers and references to K appear in it.
 * `NDPY_DEBUG=code` (or the `debug` option) prints the generated JS.
 */
import { parse } from '../../grammar/index';
import type { Module, Stmt } from '../../grammar/ast';
import { ModuleCtx } from './context';
import { compileModule } from './functions';
import { helpers } from '../interp/helpers';
import { registerScript } from '../interp/traceback';
import { PyFloat, PyComplex, PyBytes, PyTuple } from '../objects/values';

export type CompiledModule = (G: any) => any;

const helperNames = Object.keys(helpers);
const prologue = `"use strict";\nconst {${helperNames.join(', ')}} = R;\n`;

/** Turn constant-table markers into runtime values. */
function materialise(c: any): any {
  if (c !== null && typeof c === 'object') {
    if ('$float' in c) return new PyFloat(c.$float);
    if ('$imag' in c) return new PyComplex(0, c.$imag);
    if ('$bytes' in c) return new PyBytes(Uint8Array.from(c.$bytes));
    if ('$tuple' in c) return new PyTuple(c.$tuple.map(materialise));
    if ('$funcinfo' in c) return c.$funcinfo;
    // [class, module epoch, function, builtin, listing epoch, property's class, its getter] (pytype.fillSite)
    if ('$ic' in c) return [null, -1, null, null, -1, null, null];
  }
  return c;
}

export interface CompileOptions {
  /** one input of an interactive session: module-level expression statements echo (see ModuleCtx) */
  interactive?: boolean;
  /** the module function returns the value of its last statement when that is an expression */
  returnLast?: boolean;
  /** count Python call depth and raise RecursionError beyond the limit in `$D.max` */
  recursionGuard?: boolean;
  /** nothing reads the module's variables after its body has run (see ModuleCtx.variablesEndWithBody) */
  variablesEndWithBody?: boolean;
}

/** A module compiled to JS text, not yet instantiated: `code` is the factory's body, `constants` its K before materialising. */
export interface GeneratedModule {
  code: string;
  constants: any[];
}

export function generateModule(ast: Module, filename: string, moduleName = '__main__', opts: CompileOptions = {}): GeneratedModule {
  const mod = new ModuleCtx(filename, moduleName);
  mod.interactive = opts.interactive ?? false;
  mod.recursionGuard = opts.recursionGuard ?? false;
  mod.variablesEndWithBody = opts.variablesEndWithBody ?? false;
  mod.futureAnnotations = futureAnnotations(ast.body);
  const last = ast.body[ast.body.length - 1];
  if (opts.returnLast && last?.kind === 'Expr') mod.returnLast = last;
  const body = compileModule(mod, ast.body);
  // in parentheses: V8 compiles the module function with the factory (it runs at once), instead of
  // pre-parsing it there and parsing it again on the call; and a code cache of the factory then holds it
  return { code: `${prologue}return (${body});`, constants: mod.constants };
}

/** whether the module's leading statements (after a docstring) include `from __future__ import annotations` */
function futureAnnotations(body: Stmt[]): boolean {
  for (let i = 0; i < body.length; i++) {
    const s = body[i];
    if (i === 0 && s.kind === 'Expr' && s.value.kind === 'Constant' && typeof s.value.value === 'string') continue;
    if (s.kind !== 'ImportFrom' || s.module !== '__future__') return false;
    if (s.names.some((a) => a.name === 'annotations')) return true;
  }
  return false;
}

type ModuleFactory = (R: any, K: any[]) => CompiledModule;

/**
 * How the command line turns a stdlib module's factory source into a function: with V8's code cache for
 * it (repl/snapshot.ts), which skips parsing and compiling the module's JS (collections: ~580 KB of it,
 * 12-30 ms to compile, under 1 ms from the cache). `source` is the text `new Function` would compile
 * without its sourceURL comment, which differs from run to run (a cache is only taken for the same text):
 * the script is to be named `url` instead. Undefined falls back to `new Function`.
 */
export type ModuleCompiler = (source: string, url: string, key: string) => ModuleFactory | undefined;
let moduleCompiler: ModuleCompiler | null = null;
export function setModuleCompiler(f: ModuleCompiler): void {
  moduleCompiler = f;
}

/**
 * The module function of generated code: every instantiation gets fresh constants (and so fresh site
 * caches). `cacheKey` names a stdlib module's code (see compileStdlibModule) for the module compiler.
 */
export function instantiate(g: GeneratedModule, filename: string, moduleName: string, debug = false, cacheKey: string | null = null): CompiledModule {
  // named by a sourceURL so the warnings module can find this module's frames on the JS stack
  const wrap = (url: string) => `(function anonymous(R,K\n) {\n${g.code}\n${url}\n})`;
  const compiler = cacheKey !== null ? moduleCompiler : null;
  const [, , guard] = (cacheKey ?? '').split('\0');
  const K = g.constants.map(materialise);
  const url = registerScript(filename, moduleName, wrap, K, compiler !== null ? `${moduleName}.${guard}` : null);
  const src = `${g.code}\n${url}`;
  if (debug) console.error(src);
  const name = url.slice('//# sourceURL='.length);
  const factory = (compiler !== null ? compiler(wrap(''), name, cacheKey!) : undefined) ?? (new Function('R', 'K', src) as ModuleFactory);
  return factory(helpers, K);
}

export function compileAst(ast: Module, filename: string, moduleName = '__main__', debug = false, opts: CompileOptions = {}): CompiledModule {
  return instantiate(generateModule(ast, filename, moduleName, opts), filename, moduleName, debug);
}

export function compileSource(source: string, filename: string, moduleName = '__main__', debug = false): CompiledModule {
  return compileAst(parse(source, filename), filename, moduleName, debug);
}

/**
 * The standard library's Python modules, parsed and compiled once per process: a script importing
 * collections or dataclasses spent 150–300 ms parsing and compiling it. The command line's start-up
 * snapshot is taken after its warm-up run has imported the common ones (repl/snapshot.ts), which then
 * keeps their JS text in files (takeStdlibCache). Keyed by module name and compile options; the source
 * must be the same.
 */
const stdlibCache = new Map<string, StdlibEntry>();
export type StdlibEntry = { source: string; generated: GeneratedModule };
/** where a module not compiled in this process may be found (set by takeStdlibCache) */
let stdlibStore: ((key: string) => StdlibEntry | undefined) | null = null;

/**
 * Empty the cache, returning what it held, and look modules up in `store` from now on: the start-up
 * snapshot keeps the modules it precompiles in files rather than in its heap (repl/snapshot.ts).
 */
export function takeStdlibCache(store: (key: string) => StdlibEntry | undefined): Map<string, StdlibEntry> {
  const taken = new Map(stdlibCache);
  stdlibCache.clear();
  stdlibStore = store;
  return taken;
}

export function compileStdlibModule(source: string, filename: string, moduleName: string, debug: boolean, opts: CompileOptions): CompiledModule {
  const key = `${moduleName}\0${filename}\0${opts.recursionGuard ? 1 : 0}`;
  let hit = stdlibCache.get(key);
  if (hit === undefined && stdlibStore !== null && (hit = stdlibStore(key)) !== undefined) stdlibCache.set(key, hit);
  if (hit === undefined || hit.source !== source) {
    hit = { source, generated: generateModule(parse(source, filename), filename, moduleName, opts) };
    stdlibCache.set(key, hit);
  }
  return instantiate(hit.generated, filename, moduleName, debug, debug ? null : key);
}
