/**
 * Compiler entry: Python source → AST (grammar/) → JS source (functions.ts) → a JS function bound to
 * the runtime helpers and the constants table.
 *
 * The generated module is wrapped as `(R, K) => { const {$add, …} = R; return function (G) {…} }` and
 * instantiated with `new Function`; only mangled identifiers and references to K appear in it.
 * `NDPY_DEBUG=code` (or the `debug` option) prints the generated JS.
 */
import { parse } from '../../grammar/index';
import type { Module } from '../../grammar/ast';
import { ModuleCtx } from './context';
import { compileModule } from './functions';
import { helpers } from '../interp/helpers';
import { registerScript } from '../interp/traceback';
import { PyFloat, PyComplex, PyBytes } from '../objects/values';

export type CompiledModule = (G: any) => any;

const helperNames = Object.keys(helpers);
const prologue = `"use strict";\nconst {${helperNames.join(', ')}} = R;\n`;

/** Turn constant-table markers into runtime values. */
function materialise(c: any): any {
  if (c !== null && typeof c === 'object') {
    if ('$float' in c) return new PyFloat(c.$float);
    if ('$imag' in c) return new PyComplex(0, c.$imag);
    if ('$bytes' in c) return new PyBytes(Uint8Array.from(c.$bytes));
    if ('$funcinfo' in c) return c.$funcinfo;
    if ('$ic' in c) return [null, -1, null, null];
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
}

export function compileAst(ast: Module, filename: string, moduleName = '__main__', debug = false, opts: CompileOptions = {}): CompiledModule {
  const mod = new ModuleCtx(filename, moduleName);
  mod.interactive = opts.interactive ?? false;
  mod.recursionGuard = opts.recursionGuard ?? false;
  const last = ast.body[ast.body.length - 1];
  if (opts.returnLast && last?.kind === 'Expr') mod.returnLast = last;
  const body = compileModule(mod, ast.body);
  // named by a sourceURL so the warnings module can find this module's frames on the JS stack
  const code = `${prologue}return ${body};`;
  const src = `${code}\n${registerScript(filename, moduleName, (url) => `(function anonymous(R,K\n) {\n${code}\n${url}\n})`)}`;
  if (debug) console.error(src);
  const K = mod.constants.map(materialise);
  const factory = new Function('R', 'K', src) as (R: any, K: any[]) => CompiledModule;
  return factory(helpers, K);
}

export function compileSource(source: string, filename: string, moduleName = '__main__', debug = false): CompiledModule {
  return compileAst(parse(source, filename), filename, moduleName, debug);
}
