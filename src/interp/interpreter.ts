/**
 * One Python interpreter: its `__main__` globals (inheriting the builtins namespace), its state (output,
 * modules, limits), and `run(code)` which parses, compiles and executes a module body, turning an
 * uncaught exception into a CPython-style traceback on stderr and an exit status.
 */
import { parse, PySyntaxError, formatSyntaxError } from '../../grammar/index';
import { compileAst } from '../compile/compiler';
import { InterpState, setState, HostIO, HostFS } from './state';
import { makeBuiltins } from '../objects/builtins';
import { PyExc, excTypes } from '../objects/exceptions';
import { PyModule } from '../objects/values';
import { Attrs, newAttrs, globalsEpoch } from '../objects/pytype';
import { formatException } from './traceback';
import { toPy, budget, depth } from './helpers';
import { heap } from '../../runtime/memory';
import { str } from '../objects/repr';
import { asInt } from '../objects/arith';
import { installRuntime } from './setup';
import { siteBuiltins } from '../modules/site';
import { setFileLoader, setSourceRunner } from './imports';
import { flushOpenFiles } from '../objects/file';

export interface RunOutcome {
  ok: boolean;
  exitCode: number;
  error?: { type: string; message: string };
  /** the code raised SystemExit (sys.exit(), exit(), quit()) */
  exited?: boolean;
}

export interface InterpreterConfig {
  io: HostIO;
  fs: HostFS | null;
  argv: string[];
  debug: boolean;
}

export class Interpreter {
  readonly state: InterpState;
  readonly globals: Attrs;
  private readonly builtins: Attrs;
  private sources = new Map<string, string[]>();
  private debug: boolean;

  constructor(cfg: InterpreterConfig) {
    installRuntime();
    this.state = new InterpState(cfg.io);
    this.state.fs = cfg.fs;
    this.state.argv = cfg.argv.length ? cfg.argv : [''];
    this.debug = cfg.debug;
    this.builtins = makeBuiltins(siteBuiltins());
    const bm = new PyModule('builtins');
    Object.assign(bm.d, this.builtins);
    this.state.builtinsModule = bm;
    this.state.modules.set('builtins', bm);
    this.globals = this.newGlobals('__main__');
    this.state.mainGlobals = this.globals;
    const main = new PyModule('__main__');
    main.d = this.globals;
    this.state.modules.set('__main__', main);
  }

  private newGlobals(name: string): Attrs {
    const G = Object.create(this.builtins) as Attrs;
    G.__name__ = name;
    G.__doc__ = null;
    G.__builtins__ = this.state.builtinsModule;
    return G;
  }

  /**
   * Parse, compile and run a module body in __main__. `interactive` compiles it as one input of an
   * interactive session (CPython's 'single' mode): expression statements echo their repr, and, as in
   * CPython's REPL, tracebacks show no source lines for it.
   */
  run(code: string, filename = '<string>', interactive = false): RunOutcome {
    const prev = this.enter();
    try {
      if (!interactive && filename !== '<string>' && filename !== '<stdin>') this.globals.__file__ = filename;
      if (interactive) this.sources.delete(filename);
      else this.sources.set(filename, code.split(/\r?\n/));
      let fn;
      try {
        fn = compileAst(parse(code, filename), filename, '__main__', this.debug, { interactive, recursionGuard: this.state.maxRecursion > 0 });
      } catch (e) {
        if (e instanceof PySyntaxError) {
          this.state.writeErr(formatSyntaxError(e));
          return { ok: false, exitCode: 1, error: { type: e.type, message: e.msg } };
        }
        // a compiler bug must not surface as a JS stack trace: report it as Python's SystemError
        return this.report(toPy(e));
      }
      try {
        fn(this.globals);
        return { ok: true, exitCode: 0 };
      } catch (raw) {
        return this.report(toPy(raw));
      }
    } finally {
      this.leave(prev);
    }
  }

  /**
   * Run code for the embedding API: nothing is printed for an uncaught exception, which is thrown (a
   * PyExc, or PySyntaxError); returns the value of the last statement when it is an expression, else None.
   */
  evaluate(code: string, filename = '<string>'): any {
    const prev = this.enter();
    try {
      this.sources.set(filename, code.split(/\r?\n/));
      const fn = compileAst(parse(code, filename), filename, '__main__', this.debug, { returnLast: true, recursionGuard: this.state.maxRecursion > 0 });
      try {
        const v = fn(this.globals);
        return v === undefined ? null : v;
      } catch (raw) {
        throw toPy(raw);
      }
    } finally {
      this.leave(prev);
    }
  }

  /** CPython's traceback text for an exception raised by code this interpreter ran. */
  formatError(e: PyExc): string {
    return formatException(e, (f) => this.sources.get(f) ?? null);
  }

  /** the limits in force during each run (0 = none); see InterpState */
  limits = { timeMs: 0, steps: 0, maxArrayBytes: 0, maxOutputBytes: 0 };
  private depthOnEntry = 0;
  private heapLimitOnEntry = 0;

  private enter(): InterpState | null {
    const prev = setState(this.state);
    globalsEpoch.v++; // the host may have changed globals between runs
    setFileLoader((name) => this.loadFileModule(name));
    setSourceRunner((name, filename, code) => this.loadSourceModule(name, filename, code));
    const s = this.state;
    const nested = prev === this.state;
    if (!nested) {
      s.deadline = this.limits.timeMs ? Date.now() + this.limits.timeMs : 0;
      s.stepLimit = this.limits.steps;
      s.stepsUsed = 0;
      s.outputLimit = this.limits.maxOutputBytes;
      s.outputUsed = 0;
      budget.n = budget.granted = s.stepLimit ? Math.min(10000, s.stepLimit) : 10000;
      this.depthOnEntry = depth.n;
      depth.n = 0;
      depth.max = s.maxRecursion > 0 ? s.maxRecursion : Infinity;
      this.heapLimitOnEntry = heap.limit;
      heap.limit = this.limits.maxArrayBytes;
    }
    return prev;
  }

  private leave(prev: InterpState | null): void {
    try {
      flushOpenFiles();
      this.state.flush();
    } catch {
      // an output limit hit while flushing: the run is over anyway
    }
    if (prev !== this.state) {
      depth.n = this.depthOnEntry;
      depth.max = Infinity;
      heap.limit = this.heapLimitOnEntry;
    }
    setState(prev);
  }

  private report(e: PyExc): RunOutcome {
    if (e.cls.isSubtypeOf(excTypes.get('SystemExit')!)) {
      const items = e.args.items;
      const code = items.length === 0 ? null : items.length === 1 ? items[0] : e.args;
      if (code === null) return { ok: true, exitCode: 0, exited: true };
      const n = asInt(code);
      if (n !== undefined) return { ok: n == 0, exitCode: Number(n) & 0xff, error: n == 0 ? undefined : { type: 'SystemExit', message: String(n) }, exited: true }; // eslint-disable-line eqeqeq
      this.state.writeErr(str(code) + '\n');
      return { ok: false, exitCode: 1, error: { type: 'SystemExit', message: str(code) }, exited: true };
    }
    this.state.writeErr(formatException(e, (f) => this.sources.get(f) ?? null));
    if (this.debug && (e as any).jsError) this.state.writeErr(String((e as any).jsError.stack) + '\n');
    let message = '';
    try {
      message = str(e);
    } catch {
      message = '';
    }
    const isInterrupt = e.cls === excTypes.get('KeyboardInterrupt');
    return { ok: false, exitCode: isInterrupt ? 130 : 1, error: { type: e.cls.name, message } };
  }

  /** Run `fn` with this interpreter as the current one (for host-side introspection such as completion). */
  within<T>(fn: () => T): T {
    const prev = setState(this.state);
    try {
      return fn();
    } finally {
      setState(prev);
    }
  }

  /** `import name` of a sibling `name.py` of the main script. */
  private loadFileModule(name: string): PyModule | null {
    const fs = this.state.fs;
    const dir = this.state.scriptDir;
    if (!fs || dir === null) return null;
    const path = `${dir}${fs.sep}${name}.py`;
    if (!fs.isFile(path)) return null;
    return this.loadSourceModule(name, path, new TextDecoder().decode(fs.readFile(path)));
  }

  /** Run Python source as module `name` (a sibling file, or a stdlib module written in Python). */
  private loadSourceModule(name: string, path: string, code: string): PyModule {
    this.sources.set(path, code.split(/\r?\n/));
    const m = new PyModule(name);
    const G = this.newGlobals(name);
    G.__file__ = path;
    m.d = G;
    this.state.modules.set(name, m);
    try {
      compileAst(parse(code, path), path, name, this.debug, { recursionGuard: this.state.maxRecursion > 0 })(G);
    } catch (e) {
      this.state.modules.delete(name); // a failed import leaves no half-built module behind
      throw e;
    }
    return m;
  }

  /** A fresh, empty namespace (for tests and host modules). */
  static emptyAttrs(): Attrs {
    return newAttrs();
  }
}
