/**
 * One Python interpreter: its `__main__` globals (inheriting the builtins namespace), its state (output,
 * modules, limits), and `run(code)` which parses, compiles and executes a module body, turning an
 * uncaught exception into a CPython-style traceback on stderr and an exit status.
 *
 * It also provides the builtins that need the compiler: `compile`, `exec` and `eval` compile their source
 * with the same compiler and run it in a namespace. Without a globals argument that namespace is the
 * `__main__` globals, wherever the call is (CPython uses the caller's globals and locals: inside a
 * function, ndpy's exec/eval do not see or bind the function's locals). A Python dict as globals is
 * adapted to the globals object generated code expects by a Proxy (reads fall back to the builtins;
 * stores go to the dict, or to a separate locals mapping when one is given).
 */
import { parse, PySyntaxError, formatSyntaxError, type Module } from '../../grammar/index';
import { compileAst, compileStdlibModule } from '../compile/compiler';
import { syntaxWarnings } from '../compile/syntaxWarnings';
import { warnCompiled } from '../modules/warnings';
import { InterpState, setState, HostIO, HostFS, depthLimit } from './state';
import { makeBuiltins } from '../objects/builtins';
import { PyExc, excTypes } from '../objects/exceptions';
import { PyModule } from '../objects/values';
import { Attrs, newAttrs, globalsEpoch } from '../objects/pytype';
import { formatException, sysTracebackLimit } from './traceback';
import { toPy, budget, depth } from './helpers';
import { heap } from '../../runtime/memory';
import { str } from '../objects/repr';
import { asInt } from '../objects/arith';
import { installRuntime } from './setup';
import { siteBuiltins } from '../modules/site';
import { asyncBuiltins } from './asyncGenerators';
import { setFileLoader, setSourceRunner, ModuleTable } from './imports';
import { flushOpenFiles, stdStreamObjects } from '../objects/file';
import { PyDict, AttrsDict } from '../objects/hashtable';
import { PyBuiltin, builtin, parseArgs, call } from '../objects/function';
import { PyBytes } from '../objects/values';
import { typeOf } from '../objects/pytype';
import { throwPy } from '../objects/errors';
import { PyCode } from '../objects/builtins';
import { makeSyntaxError, syntaxErrorInfo } from '../objects/exceptionAttrs';
import { getAttr, getAttrOrUndef } from '../objects/attrs';

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
    this.state.formatError = (e) => this.formatError(e);
    this.state.sourceLines = (f) => this.sources.get(f) ?? null;
    this.state.fs = cfg.fs;
    this.state.argv = cfg.argv.length ? cfg.argv : [''];
    this.debug = cfg.debug;
    this.state.modules = new ModuleTable();
    this.builtins = makeBuiltins({ ...siteBuiltins(), ...asyncBuiltins(), ...this.dynamicBuiltins() });
    const bm = new PyModule('builtins');
    Object.assign(bm.d, this.builtins);
    this.state.builtinsModule = bm;
    this.state.modules.set('builtins', bm);
    this.globals = this.newGlobals('__main__');
    this.state.mainGlobals = this.globals;
    const main = new PyModule('__main__');
    main.d = this.mainView = ownNamesView(this.globals);
    this.state.modules.set('__main__', main);
  }

  /** `__main__`'s module namespace as attribute access and vars() see it (see ownNamesView) */
  private mainView: Attrs;

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
   * CPython's REPL, tracebacks show no source lines for it — nor for `-c` code and a script read from
   * stdin (`<string>`, `<stdin>`), which CPython has no file to read lines from. `final`: nothing reads
   * the module's variables after it has run (CompileOptions.variablesEndWithBody).
   */
  run(code: string, filename = '<string>', interactive = false, final = false): RunOutcome {
    const prev = this.enter();
    try {
      const fileless = filename === '<string>' || filename === '<stdin>';
      if (!interactive && !fileless) this.globals.__file__ = filename;
      if (interactive || fileless) this.sources.delete(filename);
      else this.sources.set(filename, code.split(/\r?\n/));
      let fn;
      try {
        const ast = parse(code, filename);
        warnSyntax(ast, code, filename);
        fn = compileAst(ast, filename, '__main__', this.debug, { interactive, recursionGuard: this.state.maxRecursion > 0, variablesEndWithBody: final });
      } catch (e) {
        if (e instanceof PySyntaxError) {
          this.state.writeErr(formatSyntaxError(e));
          return { ok: false, exitCode: 1, error: { type: e.type, message: e.msg } };
        }
        // a compiler bug must not surface as a JS stack trace: report it as Python's SystemError
        return this.report(toPy(e));
      }
      let outcome: RunOutcome;
      let osExit = false;
      try {
        fn(this.globals);
        outcome = { ok: true, exitCode: 0 };
      } catch (raw) {
        const x = toPy(raw);
        osExit = (x as any).osExit === true;
        outcome = this.report(x);
      }
      if (!interactive && !osExit) {
        this.runExitFuncs();
        this.flushReplacedStreams();
      }
      return outcome;
    } finally {
      this.leave(prev);
    }
  }

  /**
   * A program's end: the functions registered with atexit run (last registered first), after an
   * uncaught exception's traceback, as CPython runs them at shutdown; their errors are reported by
   * atexit itself and the program's exit status stands.
   */
  private runExitFuncs(): void {
    const m = this.state.modules.get('atexit');
    const f = m instanceof PyModule ? m.d._run_exitfuncs : undefined;
    if (f === undefined) return;
    try {
      call(f, [], null);
    } catch {
      // SystemExit or worse from an exit function: CPython ignores it here too
    }
    this.state.flush();
  }

  /**
   * CPython's last act at shutdown flushes sys.stdout and sys.stderr; when the program replaced them with
   * objects of its own (a buffering writer such as the FastIO class of competitive programmers'
   * templates), their flush() is what writes the output at all. Errors there are ignored.
   */
  private flushReplacedStreams(): void {
    const sys = this.state.modules.get('sys');
    if (!(sys instanceof PyModule)) return;
    const std = stdStreamObjects();
    for (const name of ['stdout', 'stderr']) {
      const f = sys.d[name];
      if (f === undefined || f === null || f === std.stdout || f === std.stderr) continue;
      try {
        const flush = getAttrOrUndef(f, 'flush');
        if (flush !== undefined) call(flush, [], null);
      } catch {
        // CPython reports it as "Exception ignored"; the program's status stands
      }
    }
    this.state.flush();
  }

  /**
   * Run code for the embedding API: nothing is printed for an uncaught exception, which is thrown (a
   * PyExc, or PySyntaxError); returns the value of the last statement when it is an expression, else None.
   */
  evaluate(code: string, filename = '<string>'): any {
    const prev = this.enter();
    try {
      this.sources.set(filename, code.split(/\r?\n/));
      const ast = parse(code, filename);
      warnSyntax(ast, code, filename);
      const fn = compileAst(ast, filename, '__main__', this.debug, { returnLast: true, recursionGuard: this.state.maxRecursion > 0 });
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

  /** CPython's traceback text for an exception raised by code this interpreter ran (see formatException). */
  formatError(e: PyExc, cPrinter = false): string {
    return formatException(e, (f) => this.sources.get(f) ?? null, cPrinter);
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
      // the first poll comes early, so the interpreter has called it from tickLoop before V8 compiles a
      // loop that inlines tickLoop (a call without type feedback deoptimizes the compiled loop when reached)
      budget.n = budget.granted = s.stepLimit ? Math.min(512, s.stepLimit & ~31) : 512;
      this.depthOnEntry = depth.n;
      depth.n = 0;
      depth.max = depthLimit(s);
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
    // sys.tracebacklimit = n: CPython's own printer shows the innermost n frames (none when n <= 0)
    const n = sysTracebackLimit();
    let text = formatException(e, (f) => this.sources.get(f) ?? null, true, n === null ? null : n <= 0 ? 0 : -n);
    const se = syntaxErrorInfo(e);
    if (se) {
      // CPython prints an uncaught SyntaxError's location and caret instead of its str()
      const tail = `${se.type}: ${str(e)}\n`;
      if (text.endsWith(tail)) text = text.slice(0, -tail.length) + formatSyntaxError(new PySyntaxError({ ...se, lineText: se.lineText?.replace(/\n$/, '') ?? null }));
    }
    this.state.writeErr(text);
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

  /**
   * `import name` of a `name.py` in a directory of `sys.path` (the main script's directory unless the
   * program changed the list; '' is the working directory).
   */
  private loadFileModule(name: string): PyModule | null {
    const fs = this.state.fs;
    if (!fs || name.includes('.')) return null;
    const sys = this.state.modules.get('sys');
    const listed = sys instanceof PyModule ? sys.d.path : undefined;
    const dirs: unknown[] = Array.isArray(listed) ? listed : this.state.scriptDir !== null ? [this.state.scriptDir] : [];
    for (const dir of dirs) {
      if (typeof dir !== 'string') continue;
      const path = dir === '' ? `${name}.py` : `${dir}${fs.sep}${name}.py`;
      if (fs.isFile(path)) return this.loadSourceModule(name, path, new TextDecoder().decode(fs.readFile(path)));
    }
    return null;
  }

  /** Run Python source as module `name` (a sibling file, or a stdlib module written in Python). */
  private loadSourceModule(name: string, path: string, code: string): PyModule {
    this.sources.set(path, code.split(/\r?\n/));
    const m = new PyModule(name);
    const G = this.newGlobals(name);
    G.__file__ = path;
    m.d = ownNamesView(G);
    this.state.modules.set(name, m);
    try {
      const opts = { recursionGuard: this.state.maxRecursion > 0 };
      // the standard library's own modules (`<ndpy>/…` paths) are compiled once per process
      let fn;
      if (path.startsWith('<ndpy>/')) fn = compileStdlibModule(code, path, name, this.debug, opts);
      else {
        const ast = this.parseFor('exec', code, path); // (a syntax error is the importer's SyntaxError)
        warnSyntax(ast, code, path);
        fn = compileAst(ast, path, name, this.debug, opts);
      }
      fn(G);
    } catch (e) {
      this.state.modules.delete(name); // a failed import leaves no half-built module behind
      throw e;
    }
    return m;
  }

  // ---- compile / exec / eval ----

  private dynamicBuiltins(): Record<string, PyBuiltin> {
    return {
      compile: builtin('compile', (args, kw) => {
        const [source, filename, mode] = parseArgs('compile', args, kw, ['source', 'filename', 'mode', 'flags?', 'dont_inherit?', 'optimize?', '*_feature_version?']);
        const code = sourceText('compile', source);
        const file = typeof filename === 'string' ? filename : throwPy('TypeError', `compile() argument 'filename' must be str, not ${typeOf(filename).tpName}`);
        if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') throwPy('ValueError', "compile() mode must be 'exec', 'eval' or 'single'");
        warnSyntax(this.parseFor(mode, code, file), code, file); // syntax errors and warnings come from compile() itself
        return new PyCode(code, file, mode);
      }),
      exec: builtin('exec', (args, kw) => {
        const [source, g, l] = parseArgs('exec', args, kw, ['source', 'globals?', 'locals?', '*closure?']);
        this.runDynamic('exec', source, g, l);
        return null;
      }),
      eval: builtin('eval', (args, kw) => {
        const [source, g, l] = parseArgs('eval', args, kw, ['source', 'globals?', 'locals?']);
        return this.runDynamic('eval', source, g, l);
      }),
    };
  }

  /** Parse source for compile()/exec()/eval(): a PySyntaxError becomes Python's SyntaxError. */
  private parseFor(mode: 'exec' | 'eval' | 'single', code: string, filename: string): Module {
    let ast: Module;
    try {
      ast = parse(code, filename);
    } catch (e) {
      if (e instanceof PySyntaxError) {
        // CPython's string tokenizer (compile(), imports) places the end of input just after the last
        // line's text, where the file tokenizer running a script has offset 0
        const col = e.atEnd && e.endCol === -1 ? [...(e.lineText ?? '')].length + 1 : e.col;
        throw makeSyntaxError(e.type, e.msg, e.filename, e.line, col, lineOf(code, e.line), e.endLine, e.endCol);
      }
      throw e;
    }
    if (mode === 'eval' && (ast.body.length !== 1 || ast.body[0].kind !== 'Expr')) {
      // an expression is required: point at the first statement that is not one (line 0 for empty input)
      const bad = ast.body.find((st) => st.kind !== 'Expr') ?? ast.body[1];
      const line = bad ? bad.span.line : 0;
      throw makeSyntaxError('SyntaxError', 'invalid syntax', filename, line, bad ? bad.span.col + 1 : 0, line ? lineOf(code, line) : '', line, bad ? bad.span.endCol + 1 : 0);
    }
    return ast;
  }

  private runDynamic(fname: 'exec' | 'eval', source: any, g: any, l: any): any {
    let code: string;
    let filename = '<string>';
    let mode: 'exec' | 'eval' | 'single' = fname;
    if (source instanceof PyCode) {
      code = source.source;
      filename = source.filename;
      mode = source.mode;
    } else {
      code = sourceText(fname, source);
      // eval ignores leading spaces and tabs (exec would report an unexpected indent)
      if (fname === 'eval') code = code.replace(/^[ \t]+/, '');
    }
    const G = this.namespace(fname, g, l);
    const name = G.__name__;
    const ast = this.parseFor(mode, code, filename);
    if (!(source instanceof PyCode)) warnSyntax(ast, code, filename); // compile() gave a code object's
    const fn = compileAst(ast, filename, typeof name === 'string' ? name : 'builtins', this.debug, {
      returnLast: mode === 'eval',
      interactive: mode === 'single',
      recursionGuard: this.state.maxRecursion > 0,
    });
    globalsEpoch.v++; // the namespace's names are not the ones global-read sites may have cached
    try {
      const v = fn(G);
      return mode === 'eval' && v !== undefined ? v : null;
    } finally {
      globalsEpoch.v++;
    }
  }

  /** The globals object exec/eval run code in (see the header). */
  private namespace(fname: string, g: any, l: any): Attrs {
    if (g === undefined) g = null;
    if (l === undefined) l = null;
    if (g !== null && !(g instanceof PyDict)) {
      throwPy('TypeError', fname === 'exec' ? `exec() globals must be a dict, not ${typeOf(g).tpName}` : 'globals must be a dict');
    }
    if (l !== null && !(l instanceof PyDict)) throwPy('TypeError', 'locals must be a mapping');
    if (g !== null && !g.has('__builtins__')) g.set('__builtins__', this.state.builtinsModule);
    if (l === null || l === g) {
      if (g === null) return this.globals;
      // the live dict of a module's globals (globals(), vars(module)): run in them directly
      if (g instanceof AttrsDict) {
        if (g.attrs === this.mainView) return this.globals;
        if (Object.getPrototypeOf(g.attrs) === this.builtins) return g.attrs;
      }
      return dictNamespace(g, [g], this.state.builtinsModule!.d);
    }
    const reads: PyDict[] = g === null ? [l, getAttr(this.state.modules.get('__main__'), '__dict__')] : [l, g];
    return dictNamespace(l, reads, this.state.builtinsModule!.d);
  }

  /** A fresh, empty namespace (for tests and host modules). */
  static emptyAttrs(): Attrs {
    return newAttrs();
  }
}

/** The source text of a compile/exec/eval argument (str, or UTF-8 bytes). */
function sourceText(fname: string, source: any): string {
  if (typeof source === 'string') return source;
  if (source instanceof PyBytes) return new TextDecoder().decode(source.data);
  return throwPy('TypeError', `${fname}() arg 1 must be a string, bytes or code object`);
}

/** Line `n` (1-based) of `code` with its newline, as SyntaxError.text holds it. */
function lineOf(code: string, n: number): string {
  const lines = code.replace(/\r\n?/g, '\n').split('\n');
  if (n < 1 || n > lines.length) return '';
  return n < lines.length ? lines[n - 1] + '\n' : lines[n - 1];
}

/**
 * A module namespace seen from outside (`module.x`, vars(module)): only its own names, not the builtins
 * its globals object inherits. Stores and deletions go to the globals object itself.
 */
function ownNamesView(G: Attrs): Attrs {
  const own = (k: string | symbol): boolean => Object.prototype.hasOwnProperty.call(G, k);
  return new Proxy(G, {
    get: (t, k) => (own(k) ? t[k as string] : undefined),
    has: (_t, k) => own(k),
    getPrototypeOf: () => null,
  });
}

/**
 * A Python dict as the globals object of code run by exec/eval: name reads look in `reads` in order then
 * in the builtins; stores and deletions go to `store`.
 */
function dictNamespace(store: PyDict, reads: PyDict[], builtins: Attrs): Attrs {
  const find = (k: string): any => {
    for (const d of reads) {
      const v = d.get(k);
      if (v !== undefined) return v;
    }
    return builtins[k];
  };
  return new Proxy(Object.create(null), {
    get: (_t, k) => (typeof k === 'string' ? find(k) : undefined),
    set: (_t, k, v) => {
      if (typeof k === 'string') store.set(k, v);
      return true;
    },
    has: (_t, k) => typeof k === 'string' && find(k) !== undefined,
    deleteProperty: (_t, k) => {
      if (typeof k === 'string') store.delete(k);
      return true;
    },
    getOwnPropertyDescriptor: (_t, k) => {
      const v = typeof k === 'string' ? store.get(k) : undefined;
      return v === undefined ? undefined : { value: v, writable: true, enumerable: true, configurable: true };
    },
    ownKeys: () => store.keys().filter((k: any) => typeof k === 'string'),
  }) as Attrs;
}

/**
 * The SyntaxWarnings compiling `ast` (from `code`) gives, issued before it runs as CPython's compiler
 * issues them. One the filters turn into an error stops the compilation as a SyntaxError at the
 * expression, with the line's text when the file is one to read it from.
 */
function warnSyntax(ast: Module, code: string, filename: string): void {
  for (const w of syntaxWarnings(ast)) {
    const s = w.span;
    try {
      warnCompiled(w.message, filename, s.line);
    } catch (e) {
      if (!(e instanceof PyExc && e.cls.isSubtypeOf(excTypes.get('SyntaxWarning')!))) throw e;
      const text = filename.startsWith('<') ? null : lineOf(code, s.line);
      throw makeSyntaxError('SyntaxError', w.message, filename, s.line, s.col + 1, text, s.endLine, s.endCol + 1);
    }
  }
}
