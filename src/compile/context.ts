/**
 * Per-function code-generation state: the output buffer, the scope, temporaries, the loop and
 * exception-handler stacks, and the constants table shared by a whole module.
 *
 * Generated JavaScript never contains user text: Python identifiers are mangled (`v_name`, non-ASCII
 * characters escaped as `$XXXX`), and every literal value (strings, floats, big ints, signatures) lives
 * in the constants table `K`, referenced by index.
 */
import type { Expr, Span, Stmt } from '../../grammar/ast';
import { Scope } from './scope';
import type { LoopMark } from './outline';
import type { Presize } from './presize';

export class ModuleCtx {
  constants: any[] = [];
  /** temporaries are numbered per module so nested functions never shadow an outer one (class cells) */
  tempCounter = 0;
  private constIndex = new Map<any, number>();
  /**
   * Compiling one interactive input (CPython's 'single' mode): module-level expression statements, at
   * any depth of control flow but not inside functions or class bodies, echo their value.
   */
  interactive = false;
  /** `from __future__ import annotations` heads the module: annotations are kept as text (unparse.ts) */
  futureAnnotations = false;
  /** a module-level expression statement whose value the module function returns (embedding's `run`) */
  returnLast: Stmt | null = null;
  /** functions count the Python call depth against `$D.max` (the embedding's maxRecursion limit) */
  recursionGuard = false;
  /**
   * Nothing reads the module's variables once its body has run (the command line's script, without
   * `-i`): its private variables may then go unbound when only one array expression reads them (deferred.ts).
   */
  variablesEndWithBody = false;
  /** the module's recursive functions by name, guarded against deep recursion (scope.ts recursiveDefs) */
  recursive: ReadonlySet<string> = new Set();
  constructor(public filename: string, public moduleName: string) {}

  /** Reference to a constant (deduplicated for strings and primitives). */
  k(value: any): string {
    const key = typeof value === 'string' ? 's' + value : null;
    if (key !== null) {
      const i = this.constIndex.get(key);
      if (i !== undefined) return `K[${i}]`;
    }
    this.constants.push(value);
    const i = this.constants.length - 1;
    if (key !== null) this.constIndex.set(key, i);
    return `K[${i}]`;
  }
}

/**
 * A loop's step counting: before the loop, `pollCounter` sets a counter of its own (a local, so a register
 * in optimized code) to 32; at the top of each iteration `pollCheck` counts it down, and at zero `$tick`
 * charges the 32 steps to the shared countdown (state.ts `budget`), calls the poller when that reaches zero
 * (interrupt, deadline, step limit) and sets the counter back to 32. Counting each iteration down in the
 * shared object instead (a load and a store of `$B.n`) took 15% of a list comprehension's time. A loop
 * left before its 32nd iteration charges nothing for that run; any loop that goes on keeps charging.
 * The call to `$tick` happens from the 32nd iteration on, so the interpreter records its type feedback
 * long before V8 compiles the loop (a call never made before compiling deoptimizes the compiled code when
 * first reached, and V8 compiles a hot loop before 10 000 steps).
 */
export function pollCounter(ctx: FnCtx): string {
  const c = ctx.temp();
  ctx.emit(`${c} = 32;`);
  return c;
}
export function pollCheck(counter: string): string {
  return `if (--${counter} === 0) ${counter} = $tick();`;
}

export interface LoopCtx {
  /** flag variable set on `break` when the loop has an `else` */
  breakFlag: string | null;
}

export class FnCtx {
  lines: string[] = [];
  indent = 1;
  tempDecls: string[] = [];
  loops: LoopCtx[] = [];
  /**
   * In a plain function's body, the label of its `try`: a `raise` statement outside any loop, `try`
   * or `with` of the function stores its exception in `$rx` and leaves the body by `break`, and the
   * function throws it after its `try` (functions.ts), so the exception is thrown once, not thrown and
   * caught and thrown again by the function's own traceback handler (V8 unwinds a throw at ~0.3 µs).
   * Null in generators, class bodies, comprehensions and modules.
   */
  raiseExit: string | null = null;
  /** whether a `raise` used raiseExit */
  raiseExitUsed = false;
  /**
   * The expression a statement directly in a `try` body computes first (`f(x)`, `y = o.m(x)`, `y = d[k]`,
   * `y = o.a`, `t += int(s)`, `d[k] += 1`; stmts.ts softStmts): compiled so that an exception it raises
   * the common way comes back as $EXC rather than thrown, and the statement jumps to the except clauses on
   * that value. A direct JS call of a Python function passes a last argument 1, asking a function that
   * raises at its top level to return $EXC (functions.ts); a subscript or attribute read and int() have
   * soft versions in interp/helpers.ts. Taken (set back to null) by that expression, so the expressions
   * inside it throw.
   */
  softNode: Expr | null = null;
  /** the temporary holding the dict locals() returned in this function (helpers.ts localsOf) */
  localsDict: string | null = null;
  /**
   * In a `try` body with except clauses: its statements that may take a soft raise (softNode), its
   * `raise` statements that jump to the except clauses instead of throwing (stmts.ts directRaises), the
   * label of the block whose end leads to the except clauses, and the variable the exception goes in.
   */
  softTry: { stmts: Set<Stmt>; raises: Set<Stmt>; label: string; exc: string } | null = null;
  /** the For statement about to be compiled may presize a list (presize.ts), and the loop doing it */
  presizeNext: { loop: Stmt; name: string; appends: Set<Stmt> } | null = null;
  presize: Presize | null = null;
  /** loops, `try` and `with` statements around the statement being compiled */
  enclosing = 0;
  /** JS variables holding the exceptions of enclosing `except` handlers (for bare `raise`) */
  handlers: string[] = [];
  /** of those, the variables bound by `except*` clauses → their statement's state variable */
  starHandlers = new Map<string, string>();
  lastLine = -1;
  /** the JS variable holding the class object for zero-argument super() / __class__ */
  classCell: string | null = null;
  /** JS name of the first parameter (self) for zero-argument super() */
  firstParam: string | null = null;
  /** the constants-table reference of this function's FuncInfo (for traceback frames) */
  infoRef = 'null';
  /** the qualified-name prefix for nested definitions */
  qualPrefix: string;
  /**
   * Locals definitely bound at the current point of straight-line code (definite-assignment analysis):
   * reads of these compile to plain variable loads without the UnboundLocalError check.
   */
  assigned = new Set<string>();
  /** while compiling the plain branch of a fused expression: its leaves, already read into temps */
  fuseLeaves: Map<object, string> | null = null;
  noFuse = false;
  /** while compiling the plain branch of a float tree (realArith.ts): no nested float trees */
  noReal = false;
  /**
   * while compiling the plain branch of a typed tree (treeLeaves.ts), taken only for operands of other
   * types: its operators call the runtime helpers without inline number paths (numeric.ts), so the hot
   * branch's function stays small enough for V8 to inline it where it is called
   */
  coldArith = false;
  /** names whose arrays this body's code tracks (src/compile/ownership.ts): their reads may go through `$esc` */
  watched: ReadonlySet<string> = new Set();
  /** names that may be watched, and those found assigned a fused expression while compiling */
  watchable: ReadonlySet<string> = new Set();
  ownFound = new Set<string>();
  /** names whose one assignment of a fusable tree may be fused into the statement reading them (deferred.ts) */
  deferrable: ReadonlyMap<string, number> = new Map();
  /** set just before compiling a read that keeps no reference; the next name load takes it */
  readKeepsNone = false;
  /** the value of `name = value` being compiled for a watchable name, and whether fusion compiled it */
  ownRoot: { expr: object; watched: boolean; fused: boolean } | null = null;
  /** the loops compiled so far, when this body's long loops may be outlined (outline.ts), else null */
  outline: { marks: LoopMark[]; open: LoopMark[] } | null = null;

  /**
   * The free variables of this body (CPython's co_freevars): names of enclosing functions it uses, or a
   * function nested in it uses (recorded by `noteFree` as each use compiles).
   */
  freeNames = new Set<string>();

  constructor(public mod: ModuleCtx, public scope: Scope, public parent: FnCtx | null, qualPrefix: string) {
    this.qualPrefix = qualPrefix;
  }

  /** A use of `name`, a local of the enclosing function scope `owner`: free here and in every body between. */
  noteFree(name: string, owner: Scope): void {
    for (let c: FnCtx | null = this; c !== null && c.scope !== owner; c = c.parent) c.freeNames.add(name);
  }

  /**
   * Run a branch that may or may not execute; returns the names definitely assigned at its end. Names it
   * may unbind (`del`, an `except … as` name) are no longer definitely assigned after it.
   */
  branch(fn: () => void): Set<string> {
    const saved = new Set(this.assigned);
    fn();
    const out = this.assigned;
    this.assigned = new Set([...saved].filter((n) => out.has(n)));
    return out;
  }

  emit(line: string): void {
    this.lines.push('  '.repeat(this.indent) + line);
  }

  /** A fresh temporary JS variable, declared at function top. */
  temp(): string {
    const name = `$t${++this.mod.tempCounter}`;
    this.tempDecls.push(name);
    return name;
  }
  /** A fresh unique label/id (not declared). */
  uid(prefix: string): string {
    return `${prefix}${++this.mod.tempCounter}`;
  }

  setLine(span: Span): void {
    if (span.line !== this.lastLine) {
      this.emit(`$ln = ${span.line};`);
      this.lastLine = span.line;
    }
  }

  block(fn: () => void): void {
    this.indent++;
    const saved = this.lastLine;
    fn();
    this.indent--;
    this.lastLine = saved === this.lastLine ? saved : -1;
  }
}

const JS_SAFE = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Mangle a Python identifier into a JS identifier that cannot clash with runtime names. */
export function mangle(name: string): string {
  if (JS_SAFE.test(name)) return 'v_' + name;
  let out = 'v_';
  for (const ch of name) {
    out += /[A-Za-z0-9_]/.test(ch) ? ch : '$' + ch.codePointAt(0)!.toString(16).padStart(4, '0');
  }
  return out;
}

/** A JS string literal for an already-validated Python identifier. */
export function ident(name: string): string {
  return JSON.stringify(name);
}
