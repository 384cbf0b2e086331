/**
 * The public embedding API (docs/embedding.md). `createInterpreter(options)` returns an interpreter:
 * `run(code)` evaluates Python and returns the last expression's value converted to JS (throwing a
 * PythonError for an uncaught exception), `runScript(code, filename)` runs a program the way the command
 * line does (traceback on stderr, an exit status), `globals` reads and writes `__main__`'s namespace,
 * `registerModule` exposes host values as an importable module, `array`/`toTypedArray` exchange typed
 * arrays, and limits (time, steps, array memory, recursion, output) keep a script from hurting its host.
 * The CLI, the REPL and the web console use only this module and `createSession`.
 */
import { Interpreter as Core } from './interp/interpreter';
import type { HostFS } from './interp/state';
import { budget } from './interp/helpers';
import { Session } from './session';
import { createMemoryFS } from './interp/memoryHost';
import { nodeHost, hasNodeFs } from './interp/nodeHost';
import { PySyntaxError, formatSyntaxError, parse } from '../grammar/index';
import { installRuntime } from './interp/setup';
import { forgetScripts } from './interp/traceback';
import { setKernelTrace } from '../runtime/debug';
import { isExc, type PyExc } from './objects/exceptions';
import { str } from './objects/repr';
import { globalsEpoch } from './objects/pytype';
import { toJS, toPython, hostModule, hostFunction, arrayFromTyped, ndarrayToTyped, NDArrayRef, PyObjectRef, pyFloat, type TypedArrayResult } from './embed/convert';
import { PythonError, type TracebackFrame } from './embed/pythonError';

export type { HostFS, TypedArrayResult, TracebackFrame };
export type { Session, PushResult, Completion } from './session';
export { createMemoryFS, type MemoryFS } from './interp/memoryHost';
export { PythonError, NDArrayRef, PyObjectRef, pyFloat };

function requestPoll(): void {
  budget.n = 0;
}

export interface InterpreterOptions {
  /** receives everything Python writes to sys.stdout (print, sys.stdout.write) */
  stdout?: (text: string) => void;
  /** receives sys.stderr writes (and, from `runScript`, tracebacks) */
  stderr?: (text: string) => void;
  /** sys.argv; argv[0] is the script name */
  argv?: string[];
  /** one line of input for input(), or null at end of file; without it input() raises EOFError */
  readLine?: () => string | null;
  /**
   * The files Python code sees (open, os, np.save, …): 'memory' (default: an empty in-memory file system
   * private to this interpreter), 'host' (Node's real file system), a custom HostFS, or null for none.
   */
  fs?: 'memory' | 'host' | HostFS | null;
  /** directory searched for `import name` → name.py */
  scriptDir?: string | null;
  /** print the generated JavaScript to stderr */
  debug?: boolean;
  /**
   * Trace array kernels to `stderr` (NDPY_DEBUG=1|2|3 on the command line): 1 a line per kernel launch with
   * its time, 2 also the IR of each new fused kernel, 3 also a listing of each WebAssembly module compiled.
   * Process-wide, like the kernel caches: the last interpreter created with this option sets it.
   */
  kernelDebug?: 0 | 1 | 2 | 3;
  /** deliver stdout at every newline instead of in 8 KiB blocks (CPython's behaviour on a terminal) */
  lineBuffered?: boolean;
  /**
   * A cell of a SharedArrayBuffer another thread sets non-zero to interrupt the running code
   * (KeyboardInterrupt at its next poll); cleared when the interrupt is delivered.
   */
  interruptCell?: Int32Array | null;
  /** wall-clock limit per run, ms: TimeoutError, which the script cannot catch */
  timeMs?: number;
  /** limit per run on loop iterations + calls: TimeoutError, which the script cannot catch */
  steps?: number;
  /** cap on live array memory, bytes: allocations beyond it raise MemoryError */
  maxArrayBytes?: number;
  /** Python call depth: RecursionError beyond it (without it, the JS stack bounds recursion) */
  maxRecursion?: number;
  /** limit per run on text written to stdout, characters: OSError, which the script cannot catch */
  maxOutputBytes?: number;
}

export interface RunResult {
  /** true when the code ran to the end (or called sys.exit(0)) */
  ok: boolean;
  /** the process exit status the CLI should use: 0, 1 for an uncaught exception, or sys.exit's code */
  exitCode: number;
  /** for an uncaught exception: its type name and message, e.g. 'ValueError', 'bad value' */
  error?: { type: string; message: string };
  /** true when the code ended by raising SystemExit (sys.exit(), exit()); exitCode is its status */
  exited?: boolean;
}

export interface RunOptions {
  /** the file name tracebacks show (default '<exec>') */
  filename?: string;
}

export interface Globals {
  /** a global of `__main__`, converted to JS (undefined when unbound) */
  get(name: string): any;
  /** bind a global of `__main__` to a JS value converted to Python */
  set(name: string, value: any): void;
  /** unbind a global; returns whether it was bound */
  delete(name: string): boolean;
  /** the names bound in `__main__` */
  keys(): string[];
}

export interface Interpreter {
  /** Evaluate Python source: the value of its last statement if that is an expression (else null), converted to JS; an uncaught exception throws PythonError. */
  run(code: string, options?: RunOptions): any;
  /** `run` after yielding to the event loop once, as a promise (see docs/embedding.md for interrupting it) */
  runAsync(code: string, options?: RunOptions): Promise<any>;
  /**
   * Run a program as the command line does: tracebacks go to stderr, the result is an exit status. With
   * `final` (the command line's own use) nothing reads `__main__`'s variables afterwards, so a variable
   * that only carries an array expression into the next statement may be left unbound there, the two
   * fused into one kernel.
   */
  runScript(code: string, filename?: string, options?: { final?: boolean }): RunResult;
  /** the `__main__` namespace */
  readonly globals: Globals;
  /** Make `import name` give a module whose attributes are `contents`' properties (functions become callables). */
  registerModule(name: string, contents: Record<string, any>): void;
  /** A new ndarray holding a copy of a typed array, reshaped to `shape` (1-D by default); pass it to globals.set. */
  array(data: ArrayBufferView, shape?: number[]): NDArrayRef;
  /** An ndarray's data as a typed array: a view without copying when its layout allows (`copied: false`), else a copy. */
  toTypedArray(array: NDArrayRef): TypedArrayResult;
  /** Ask running code to stop with KeyboardInterrupt at its next poll (from a callback or another thread's flag). */
  interrupt(): void;
  /** Forget every global, imported module and registered module state: a fresh `__main__`. */
  reset(): void;
}

function resolveFS(fs: InterpreterOptions['fs']): HostFS | null {
  if (fs === undefined || fs === 'memory') return createMemoryFS();
  if (fs === 'host') {
    if (!hasNodeFs()) throw new Error("ndpy: fs: 'host' needs Node.js; use 'memory' or a custom HostFS here");
    return nodeHost;
  }
  return fs;
}

function makeCore(options: InterpreterOptions, fs: HostFS | null): Core {
  const core = new Core({
    io: {
      stdout: options.stdout ?? ((s) => void s),
      stderr: options.stderr ?? ((s) => void s),
      readLine: options.readLine ?? (() => null),
    },
    fs,
    argv: options.argv ?? [''],
    debug: options.debug ?? false,
  });
  core.state.scriptDir = options.scriptDir ?? null;
  core.state.lineBuffered = options.lineBuffered ?? false;
  core.state.interruptCell = options.interruptCell ?? null;
  core.state.maxRecursion = options.maxRecursion ?? 0;
  core.limits = {
    timeMs: options.timeMs ?? 0,
    steps: options.steps ?? 0,
    maxArrayBytes: options.maxArrayBytes ?? 0,
    maxOutputBytes: options.maxOutputBytes ?? 0,
  };
  return core;
}

function pythonError(core: Core, e: unknown): PythonError {
  if (e instanceof PySyntaxError) {
    return new PythonError(e.type, e.msg, [{ file: e.filename, line: e.line, function: '<module>' }], formatSyntaxError(e));
  }
  const x = e as PyExc;
  let message = '';
  try {
    message = str(x);
  } catch {
    message = '';
  }
  const frames = [...x.tb].reverse().map((f) => ({ file: f.file, line: f.line, function: f.name }));
  return new PythonError(x.cls.name, message, frames, core.formatError(x, true));
}

export function createInterpreter(options: InterpreterOptions = {}): Interpreter {
  if (options.kernelDebug !== undefined) setKernelTrace(options.kernelDebug, options.stderr ?? (() => {}));
  const fs = resolveFS(options.fs);
  let core = makeCore(options, fs);
  const modules = new Map<string, Record<string, any>>();
  const install = (name: string, contents: Record<string, any>) => core.within(() => core.state.modules.set(name, hostModule(name, contents)));

  const run = (code: string, opts: RunOptions = {}): any => {
    let value: any;
    try {
      value = core.evaluate(code, opts.filename ?? '<exec>');
    } catch (e) {
      if (e instanceof PySyntaxError || isExc(e)) throw pythonError(core, e);
      throw e;
    }
    return core.within(() => toJS(value));
  };
  const globals: Globals = {
    get: (name) => {
      const G = core.globals as Record<string, any>;
      return Object.prototype.hasOwnProperty.call(G, name) ? core.within(() => toJS(G[name])) : undefined;
    },
    set: (name, value) => {
      const v = core.within(() => {
        try {
          return typeof value === 'function' ? hostFunction(value, name) : toPython(value);
        } catch (e) {
          if (isExc(e)) throw new TypeError(`ndpy: ${str(e)}`);
          throw e;
        }
      });
      (core.globals as Record<string, any>)[name] = v;
      globalsEpoch.v++;
    },
    delete: (name) => {
      const G = core.globals as Record<string, any>;
      if (!Object.prototype.hasOwnProperty.call(G, name)) return false;
      delete G[name];
      globalsEpoch.v++;
      return true;
    },
    keys: () => Object.keys(core.globals),
  };
  return {
    run,
    runAsync: async (code, opts) => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      return run(code, opts);
    },
    runScript: (code, filename, options) => core.run(code, filename, false, options?.final),
    globals,
    registerModule: (name, contents) => {
      modules.set(name, contents);
      install(name, contents);
    },
    array: (data, shape) => core.within(() => new NDArrayRef(arrayFromTyped(data, shape))),
    toTypedArray: (array) => {
      if (!(array instanceof NDArrayRef)) throw new TypeError('ndpy: toTypedArray expects an ndarray returned by ndpy');
      return ndarrayToTyped(array.array);
    },
    interrupt: () => {
      core.state.interruptRequested = true;
      requestPoll();
    },
    reset: () => {
      core = makeCore(options, options.fs === undefined || options.fs === 'memory' ? createMemoryFS() : fs);
      for (const [name, contents] of modules) install(name, contents);
    },
  };
}

/**
 * Do the process-wide set-up that the first interpreter would otherwise do: the built-in types and modules
 * and the parser. Optional; the command line calls it while building its start-up snapshot, so a run
 * starts with it done. Touches no array memory and reads no environment.
 */
export function prepare(): void {
  installRuntime();
  parse('pass\n', '<prepare>');
}

/**
 * Compile standard-library modules ahead of their import (they are compiled once per process,
 * src/compile/compiler.ts compileStdlibModule): the start-up snapshot calls this so that it carries
 * them (in files beside it: repl/snapshot.ts). The throwaway interpreter that imports them leaves nothing else behind (its scripts' text is
 * dropped from the registry tracebacks use).
 *
 * Process-wide hooks and caches keep pointing at the last interpreter that ran or printed (the import
 * hooks of src/interp/imports.ts, print's sys.stdout cache in src/objects/builtins.ts), so the warm-up's
 * and this interpreter's modules, classes and compiled functions stayed reachable and went into the
 * start-up snapshot: 3.2 MB of its heap (23.4 -> 20.2 MB), the generated JS of every module imported
 * counted twice. A last, nearly empty interpreter that imports sys and prints nothing takes those
 * references over.
 */
export function precompileStdlib(names: string[]): void {
  const warm = createInterpreter({ stdout: () => {}, stderr: () => {} });
  warm.runScript(`import ${names.join(', ')}`, '<precompile>');
  const last = createInterpreter({ stdout: () => {}, stderr: () => {} });
  last.runScript("import sys\nprint(end='')\n", '<precompile>');
  forgetScripts();
}

/**
 * An interactive session over a fresh interpreter (see src/session.ts): what the terminal REPL and the
 * web console drive, line by line. `interpreter` runs code in the same namespace (`ndpy -i script.py`).
 */
export function createSession(options: InterpreterOptions = {}): { session: Session; interpreter: Pick<Interpreter, 'runScript' | 'interrupt'> } {
  const core = makeCore(options, resolveFS(options.fs));
  return {
    session: new Session(core),
    interpreter: {
      runScript: (code, filename, options) => core.run(code, filename, false, options?.final),
      interrupt: () => {
        core.state.interruptRequested = true;
        requestPoll();
      },
    },
  };
}

