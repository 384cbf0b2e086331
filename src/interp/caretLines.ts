/**
 * The `^^^^` line CPython 3.11 prints under a traceback frame's source line, marking the expression
 * that was running: `~~^~~` for a binary operation (the operator is the `^` part), `~~~^^^^^` for a
 * subscript (the brackets), `^^^^` for anything else, and nothing when that expression is the whole
 * line. CPython knows the failing bytecode instruction's columns; compiled code here keeps only the
 * statement's line, so the expression is inferred from the frame's statement (parsed again from its
 * source), the frame the call led to, and the exception: the call of the function the next frame runs
 * (or the consumer of a generator, the operator behind a dunder, the comprehension), and in the
 * innermost frame the operation the exception's type and message name (`raise`, a `/` for
 * ZeroDivisionError, a subscript for KeyError, `.x` for "has no attribute 'x'", the call of `int` for
 * "invalid literal for int()", an operator for NumPy's "operands could not be broadcast"…; what the
 * operands themselves tell is in operandFacts.ts). When more than one expression fits, no line is
 * printed: a missing marker line is better than a wrong one. The layout follows CPython 3.11's two printers (traceback.c
 * for an uncaught exception, traceback.py for the traceback module): anchors, elision when the
 * expression is the whole line, multi-line expressions marked to the end of their first line, East
 * Asian wide characters counted as two columns.
 */
import { parse } from '../../grammar/index';
import type { Expr, Stmt, Span, Comprehension } from '../../grammar/ast';
import type { Frame } from '../objects/exceptions';
import { repr as pyRepr } from '../objects/repr';
import { argsOf, argumentFits, byNesting, isStr, surelyCallable } from './operandFacts';
import { eastAsianWidth } from '../modules/unicodedata';

/** what the statements of one file say, parsed once per source text */
interface Parsed {
  /** every statement (and except clause) of the file, depth first */
  stmts: Stmt[];
  /** names of the functions defined with `yield` in their body */
  generators: Set<string>;
  /** sitesOf's answers, by line and frame name (a script printing tracebacks in a loop asks again) */
  sites: Map<string, { sites: Node[]; owners: Node[] }>;
  /** every decorator expression */
  decorators: Set<Expr>;
}
const parsedFiles = new WeakMap<string[], Parsed | null>();

function parsed(lines: string[], file: string): Parsed | null {
  let p = parsedFiles.get(lines);
  if (p === undefined) {
    try {
      const mod = parse(lines.join('\n') + '\n', file);
      p = { stmts: allStatements(mod.body, []), generators: new Set(), sites: new Map(), decorators: new Set() };
      for (const st of p.stmts) if (st.kind === 'FunctionDef' || st.kind === 'ClassDef') st.decorators.forEach((d) => p!.decorators.add(d));
      collectGenerators(mod.body, p.generators);
    } catch {
      p = null;
    }
    parsedFiles.set(lines, p);
  }
  return p;
}

type Node = Expr | Stmt;
const COMPREHENSIONS: Record<string, string> = { '<listcomp>': 'ListComp', '<setcomp>': 'SetComp', '<dictcomp>': 'DictComp', '<genexpr>': 'GeneratorExp' };
/** calls that only wrap their iterable: the call consuming them is the one that runs a callback */
const LAZY = new Set(['map', 'filter', 'zip', 'enumerate', 'reversed', 'iter']);
/** functions that call a function given to them */
const HIGHER_ORDER = new Set([...LAZY, 'sorted', 'min', 'max', 'reduce', 'starmap', 'accumulate', 'groupby', 'filterfalse', 'takewhile', 'dropwhile']);
/** builtins that run Python code only through special methods (found by their own rule) */
const PLAIN = new Set(['print', 'len', 'str', 'repr', 'format', 'int', 'float', 'bool', 'abs', 'round', 'isinstance', 'type', 'id', 'hash', 'range']);
/** methods of builtin containers and strings that call no Python function (special methods aside) */
const PLAIN_METHODS = new Set(['append', 'insert', 'pop', 'popleft', 'appendleft', 'get', 'setdefault', 'split', 'rsplit', 'strip', 'lstrip', 'rstrip', 'join', 'lower', 'upper', 'replace', 'startswith', 'endswith', 'add', 'discard', 'keys', 'values', 'items', 'write']);
const BINARY_DUNDERS: Record<string, string> = {
  add: '+', sub: '-', mul: '*', truediv: '/', floordiv: '//', mod: '%', pow: '**', matmul: '@',
  lshift: '<<', rshift: '>>', and: '&', or: '|', xor: '^',
};
/** the builtin types an AttributeError message may name (an instance of a user class never has one) */
const BUILTIN_TYPES = new Set(['NoneType', 'int', 'float', 'complex', 'bool', 'str', 'bytes', 'bytearray', 'list', 'tuple', 'dict', 'set', 'frozenset', 'range', 'function', 'generator']);
const COMPARE_DUNDERS: Record<string, string> = { lt: '<', le: '<=', gt: '>', ge: '>=', eq: '==', ne: '!=', contains: 'in' };

// ---- walking the AST ----

function children(n: Node, out: Node[]): void {
  const add = (x: Expr | null | undefined) => {
    if (x) out.push(x);
  };
  switch (n.kind) {
    case 'BinOp':
      add(n.left), add(n.right);
      break;
    case 'UnaryOp':
      add(n.operand);
      break;
    case 'BoolOp':
    case 'Compare':
      if (n.kind === 'Compare') add(n.left), n.comparators.forEach(add);
      else n.values.forEach(add);
      break;
    case 'IfExp':
      add(n.test), add(n.body), add(n.orelse);
      break;
    case 'Lambda':
      n.args.defaults.forEach(add), n.args.kwDefaults.forEach(add);
      break;
    case 'NamedExpr':
      add(n.target), add(n.value);
      break;
    case 'Call':
      add(n.func), n.args.forEach(add), n.keywords.forEach((k) => add(k.value));
      break;
    case 'Attribute':
    case 'Starred':
    case 'Await':
    case 'YieldFrom':
      add(n.value);
      break;
    case 'Yield':
      add(n.value);
      break;
    case 'Subscript':
      add(n.value), add(n.index);
      break;
    case 'Slice':
      add(n.lower), add(n.upper), add(n.step);
      break;
    case 'Tuple':
    case 'List':
    case 'Set':
      n.elts.forEach(add);
      break;
    case 'Dict':
      n.keys.forEach(add), n.values.forEach(add);
      break;
    case 'JoinedStr':
      for (const p of n.parts) if (p.kind === 'Field') add(p.value);
      break;
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GeneratorExp':
      add(n.generators[0].iter); // evaluated in the enclosing frame; the rest is the comprehension's own
      break;
    case 'Expr':
    case 'Return':
      add(n.value);
      break;
    case 'Assign':
      n.targets.forEach(add), add(n.value);
      break;
    case 'AugAssign':
    case 'AnnAssign':
      add(n.target), add(n.value);
      break;
    case 'Delete':
      n.targets.forEach(add);
      break;
    case 'Raise':
      add(n.exc), add(n.cause);
      break;
    case 'Assert':
      add(n.test), add(n.msg);
      break;
    default:
      break;
  }
}

/** the node and every expression under it that runs in the same frame */
function flatten(root: Node, out: Node[]): Node[] {
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    out.push(n);
    children(n, stack);
  }
  return out;
}

/** every expression under `root`, lambda bodies and comprehensions' insides included */
function nested(root: Node): Node[] {
  const out: Node[] = [];
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    out.push(n);
    children(n, stack);
    if (n.kind === 'Lambda') stack.push(n.body);
    else if (n.kind === 'ListComp' || n.kind === 'SetComp' || n.kind === 'GeneratorExp') stack.push(n.elt);
    else if (n.kind === 'DictComp') stack.push(n.key, n.value);
    if (n.kind === 'ListComp' || n.kind === 'SetComp' || n.kind === 'GeneratorExp' || n.kind === 'DictComp') {
      n.generators.forEach((g, i) => (i > 0 && stack.push(g.iter), stack.push(...g.ifs)));
    }
  }
  return out;
}

/** the expressions a compound statement evaluates on its own (header) line */
function headerExprs(s: Stmt): Expr[] {
  switch (s.kind) {
    case 'If':
    case 'While':
      return [s.test];
    case 'For':
      return [s.target, s.iter];
    case 'With':
      return s.items.map((i) => i.contextExpr);
    case 'Match':
      return [s.subject];
    case 'FunctionDef':
      return [...s.decorators, ...s.args.defaults, ...(s.args.kwDefaults.filter((d) => d !== null) as Expr[])];
    case 'ClassDef':
      return [...s.decorators, ...s.bases, ...s.keywords.map((k) => k.value)];
    default:
      return [];
  }
}

function bodies(s: Stmt): Stmt[][] {
  switch (s.kind) {
    case 'If':
    case 'While':
    case 'For':
      return [s.body, s.orelse];
    case 'With':
    case 'FunctionDef':
    case 'ClassDef':
      return [s.body];
    case 'Try':
      return [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody];
    case 'Match':
      return s.cases.map((c) => c.body);
    default:
      return [];
  }
}

function collectGenerators(body: Stmt[], out: Set<string>): void {
  for (const s of body) {
    if (s.kind === 'FunctionDef' && s.body.some(hasYield)) out.add(s.name);
    for (const b of bodies(s)) collectGenerators(b, out);
  }
}
function hasYield(s: Stmt): boolean {
  if (s.kind === 'FunctionDef' || s.kind === 'ClassDef') return false;
  const found = flatten(s, []).some((n) => n.kind === 'Yield' || n.kind === 'YieldFrom');
  return found || bodies(s).some((b) => b.some(hasYield)) || headerExprs(s).some((e) => flatten(e, []).some((n) => n.kind === 'Yield'));
}

/** every statement (and except clause) of the file, depth first */
function allStatements(body: Stmt[], out: Stmt[]): Stmt[] {
  for (const s of body) {
    out.push(s);
    if (s.kind === 'Try') for (const h of s.handlers) if (h.type) out.push({ kind: 'Expr', value: h.type, span: h.span });
    // a decorator is evaluated and applied at its own line
    if (s.kind === 'FunctionDef' || s.kind === 'ClassDef') for (const d of s.decorators) out.push({ kind: 'Expr', value: d, span: d.span });
    for (const b of bodies(s)) allStatements(b, out);
  }
  return out;
}

function within(span: Span, line: number): boolean {
  return span.line <= line && line <= span.endLine;
}

/**
 * The expressions that may have been running on `line` of the frame named `frameName`, and for a
 * lambda's or a comprehension's frame, the lambdas or comprehensions on that line it may be running.
 */
function sitesOf(p: Parsed, line: number, frameName: string): { sites: Node[]; owners: Node[] } {
  const key = `${line} ${frameName}`;
  let found = p.sites.get(key);
  if (found === undefined) p.sites.set(key, (found = findSites(p.stmts, line, frameName)));
  return found;
}

function findSites(stmts: Stmt[], line: number, frameName: string): { sites: Node[]; owners: Node[] } {
  const out: Node[] = [];
  const comp = COMPREHENSIONS[frameName];
  if (comp !== undefined || frameName === '<lambda>') {
    const owners: Node[] = [];
    const roots: Node[] = [];
    for (const s of stmts) roots.push(...(bodies(s).length || s.kind === 'Try' ? headerExprs(s) : [s]));
    // compiled code gives a comprehension's frame the line its statement starts on
    for (const r of roots) for (const n of nested(r)) if (n.kind === (comp ?? 'Lambda') && (within(n.span, line) || r.span.line === line)) owners.push(n);
    for (const o of owners) {
      if (o.kind === 'Lambda') flatten(o.body, out);
      else if (o.kind === 'ListComp' || o.kind === 'SetComp' || o.kind === 'DictComp' || o.kind === 'GeneratorExp') {
        if (o.kind === 'DictComp') flatten(o.key, out), flatten(o.value, out);
        else flatten(o.elt, out);
        o.generators.forEach((g: Comprehension, i: number) => {
          if (i > 0) flatten(g.iter, out);
          g.ifs.forEach((x) => flatten(x, out));
        });
      }
    }
    return { sites: out, owners };
  }
  for (const s of stmts) {
    if (s.span.line !== line) continue;
    if (bodies(s).length || s.kind === 'Try') out.push(s), headerExprs(s).forEach((e) => flatten(e, out));
    else flatten(s, out);
  }
  return { sites: out, owners: [] };
}

// ---- choosing the expression ----

type CallNode = Extract<Expr, { kind: 'Call' }>;

function calleeName(c: CallNode): string | null {
  return c.func.kind === 'Name' ? c.func.id : c.func.kind === 'Attribute' ? c.func.attr : null;
}
function refersTo(e: Expr, name: string): boolean {
  return (e.kind === 'Name' && e.id === name) || (e.kind === 'Attribute' && e.attr === name);
}
function contains(outer: Span, inner: Span): boolean {
  const before = outer.line < inner.line || (outer.line === inner.line && outer.col <= inner.col);
  const after = outer.endLine > inner.endLine || (outer.endLine === inner.endLine && outer.endCol >= inner.endCol);
  return before && after;
}
/**
 * A lazy wrapper call (map, filter…) stands for what consumes it: the call it is given to, the targets
 * an assignment unpacks it into, the for loop iterating it.
 */
function consumerOf(c: CallNode, calls: CallNode[], sites: Node[]): Node {
  const name = calleeName(c);
  if (c.func.kind !== 'Name' || name === null || !LAZY.has(name)) return c;
  const outer = calls.find((o) => argsOf(o).includes(c));
  if (outer) return consumerOf(outer, calls, sites);
  for (const n of sites) {
    if (n.kind === 'Assign' && n.value === c && n.targets.length === 1 && unpacks(n.targets[0])) return n.targets[0];
    if (n.kind === 'For' && n.iter === c) return n;
  }
  return c;
}
function unpacks(target: Expr): boolean {
  return target.kind === 'Tuple' || target.kind === 'List';
}

/** calls that contain no other of the given calls (the one that ran last, when one of them failed) */
function leaves(calls: CallNode[]): CallNode[] {
  return calls.filter((c) => !calls.some((o) => o !== c && contains(c.span, o.span)));
}
function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

/** of several calls, the one that runs first: a call runs after its arguments, so the one ending first */
function firstToRun(calls: CallNode[]): CallNode {
  const endsBefore = (a: Span, b: Span) => a.endLine < b.endLine || (a.endLine === b.endLine && a.endCol < b.endCol);
  return calls.reduce((a, b) => (endsBefore(b.span, a.span) ? b : a));
}

/** the operation that calls special method `__name__`: `a + b` for __add__/__radd__, `a[i]` for __getitem__… */
function dunderSites(sites: Node[], calls: CallNode[], name: string): Node[] {
  const binary = BINARY_DUNDERS[name] ?? (/^[ri]/.test(name) ? BINARY_DUNDERS[name.slice(1)] : undefined);
  if (binary !== undefined) {
    const ops = sites.filter((n) => (n.kind === 'BinOp' && name[0] !== 'i') || n.kind === 'AugAssign');
    return ops.filter((n) => (n as { op: string }).op === binary);
  }
  const cmp = COMPARE_DUNDERS[name];
  if (cmp !== undefined) {
    const found = sites.filter((n) => n.kind === 'Compare' && n.ops.includes(cmp as never));
    if (found.length || name !== 'eq') return found;
    // equality is also what a container's membership test and its index/count/remove compare with
    const members = sites.filter((n) => n.kind === 'Compare' && n.ops.some((o) => o === 'in' || o === 'not in'));
    return members.length ? members : calls.filter((c) => c.func.kind === 'Attribute' && /^(index|count|remove)$/.test(c.func.attr));
  }
  if (/^(get|set|del)item$/.test(name)) return sites.filter((n) => n.kind === 'Subscript');
  const attributes = sites.filter((n) => n.kind === 'Attribute');
  // a descriptor's __get__/__set__/__delete__ runs for an attribute of the line (which: its name is not known)
  if (/^(getattr|getattribute|setattr|delattr|get|set|delete)$/.test(name) && attributes.length) return attributes;
  if (name === 'init' || name === 'new' || name === 'post_init') return calls.filter((c) => /^[A-Z]/.test(calleeName(c) ?? ''));
  // the builtin of that name: setattr() for __setattr__, len() for __len__, repr() for __repr__…
  const builtins = calls.filter((c) => c.func.kind === 'Name' && c.func.id === name);
  if (builtins.length) return builtins;
  // the statements, f-strings and awaits that call them (a with or for statement is never marked: it
  // spans lines)
  const kind = /^a?(enter|exit)$/.test(name) ? 'With' : /^a?(iter|next)$/.test(name) ? 'For' : /^(str|format|repr)$/.test(name) ? 'JoinedStr' : name === 'await' ? 'Await' : null;
  return sites.filter((n) => n.kind === kind);
}

/** the expression a frame was running when it called the frame named `next` */
function callerSite(sites: Node[], owners: Node[], next: string, p: Parsed): Node[] {
  const calls = sites.filter((n): n is CallNode => n.kind === 'Call');
  const comp = COMPREHENSIONS[next];
  if (comp === 'GeneratorExp') return calls.filter((c) => c.args.some((a) => a.kind === 'GeneratorExp'));
  if (comp !== undefined) return sites.filter((n) => n.kind === comp);
  if (next === '<lambda>') {
    const given = calls.filter((c) => argsOf(c).some((a) => a.kind === 'Lambda') || c.func.kind === 'Lambda');
    if (given.length) return unique(given.map((c) => consumerOf(c, calls, sites)));
  }
  const direct = calls.filter((c) => calleeName(c) === next);
  if (p.generators.has(next)) {
    // a generator runs in whatever iterates it: the call it is given to, the comprehension whose frame
    // this is (a for loop's whole statement, which is never marked)
    // (or the targets an assignment unpacks it into)
    const consumers = calls.filter((c) => argsOf(c).some((a) => direct.includes(a as CallNode)));
    if (consumers.length) return unique(consumers.map((c) => consumerOf(c, calls, sites)));
    const unpacked = sites.flatMap((n) => (n.kind === 'Assign' && direct.includes(n.value as CallNode) && n.targets.length === 1 && unpacks(n.targets[0]) ? [n.targets[0]] : []));
    return unpacked.length ? unpacked : owners;
  }
  // several calls of it (fib(n - 1) + fib(n - 2)): the first to run, as a recursion goes down that one first
  if (direct.length) return [firstToRun(direct)];
  const dunder = /^__(\w+?)__$/.exec(next)?.[1];
  if (dunder !== undefined) {
    const found = dunderSites(sites, calls, dunder);
    if (found.length) return found;
  }
  // (a method handed to map(), sorted(key=…)… is called there: the callbacks below)
  const handed = (a: Node) => calls.some((c) => HIGHER_ORDER.has(calleeName(c) ?? '') && argsOf(c).includes(a as Expr));
  const property = sites.filter((n) => n.kind === 'Attribute' && n.attr === next && !handed(n));
  if (property.length) return property;
  const callbacks = calls.filter((c) => argsOf(c).some((a) => refersTo(a, next)));
  if (callbacks.length) return unique(callbacks.map((c) => consumerOf(c, calls, sites)));
  // a call of something else (a decorator's wrapper, sum() adding objects…): the one call here that can
  // run it (a class's constructor would have been found by its __init__)
  return calls.filter((c) => !(c.func.kind === 'Name' && (LAZY.has(c.func.id) || PLAIN.has(c.func.id) || /^[A-Z]/.test(c.func.id))) &&
    !(c.func.kind === 'Attribute' && PLAIN_METHODS.has(c.func.attr)));
}

/** the tuple or list targets an assignment, a for loop or a comprehension of this frame unpacks into */
function unpackTargets(sites: Node[], owners: Node[]): Node[] {
  const targets: Expr[] = [];
  for (const n of sites) {
    if (n.kind === 'Assign') targets.push(...n.targets);
    else if (n.kind === 'For') targets.push(n.target);
  }
  for (const o of owners) if (o.kind === 'ListComp' || o.kind === 'SetComp' || o.kind === 'DictComp' || o.kind === 'GeneratorExp') targets.push(...o.generators.map((g) => g.target));
  return targets.filter(unpacks);
}

/** the names assigned to (not read) by an assignment or a for loop among `sites` */
function storedNames(sites: Node[]): Set<Node> {
  const out = new Set<Node>();
  const add = (t: Expr): void => {
    if (t.kind === 'Name') out.add(t);
    else if (t.kind === 'Tuple' || t.kind === 'List') t.elts.forEach(add);
    else if (t.kind === 'Starred') add(t.value);
  };
  for (const n of sites) {
    if (n.kind === 'Assign') n.targets.forEach(add);
    else if (n.kind === 'AnnAssign' || n.kind === 'For') add(n.target);
  }
  return out;
}

function excName(e: { cls: { mro: { name: string }[] } }, names: string[]): boolean {
  return e.cls.mro.some((t) => names.includes(t.name));
}

/** messages of builtins that do not name the function raising them, and the names it goes by */
const RAISERS: [RegExp, string[]][] = [
  [/^could not convert string to float/, ['float']],
  [/^math (domain|range) error/, ['math.']],
  [/^substring not found/, ['index', 'rindex']],
  [/ is not in list$/, ['index']],
  [/\.remove\(x\): x not in/, ['remove']],
  [/^pop from (an )?empty/, ['pop', 'popleft']],
  [/not JSON serializable$/, ['dumps', 'dump']],
  [/^\[Errno \d+\]/, ['open']],
  [/^EOF when reading a line/, ['input']],
  [/^unsupported operand type\(s\) for \+: /, ['sum']],
  // NumPy functions written in C, whose messages do not name them
  [/^all the input array dimensions except for the concatenation axis|^all the input arrays must have same number of dimensions|^need at least one array to concatenate|^zero-dimensional arrays cannot be concatenated/, ['concatenate']],
  [/^all input arrays must have the same shape/, ['stack']],
  [/^cannot reshape array of size/, ['reshape']],
  [/^array split does not result in an equal division/, ['split']],
  [/^Singular matrix/, ['inv', 'solve']],
  [/^Matrix is not positive definite/, ['cholesky']],
  [/^Cannot take a larger sample than population|^probabilities do not sum to 1|^'a' cannot be empty unless no samples are taken/, ['choice']],
  [/^dictionary update sequence element/, ['dict', 'update']],
  [/^sequence item \d+: expected str instance/, ['join']],
  [/\.index\(x\): x not in/, ['index']],
  [/^empty separator/, ['split', 'rsplit']],
  [/^Unknown format code|^Replacement index|^Single '[{}]' encountered/, ['format']],
];
/** what the inference reads of the exception: its class and, for a failed lookup, the container (exceptions.ts) */
type Raised = { cls: { mro: { name: string }[] }; excObj?: unknown };

/** the functions the message says raised it: `int()` in "invalid literal for int()"… */
function raiserNames(msg: string): string[] {
  const named = /(\w+)\(\)/.exec(msg);
  if (named) return [named[1]];
  for (const [re, names] of RAISERS) if (re.test(msg)) return names;
  return [];
}

/**
 * Where CPython 3.11 locates the truth test of an array that raised: `not x`, `x and y` and `a if x
 * else b` at the whole expression (a comparison as the conditional's test at itself), an `if`/`while`
 * comparison test at the comparison; any other statement test at the statement (no marker line).
 */
function truthTests(sites: Node[]): Node[] {
  const out: Node[] = [];
  for (const n of sites) {
    if ((n.kind === 'UnaryOp' && n.op === 'not') || n.kind === 'BoolOp') out.push(n);
    else if (n.kind === 'IfExp') out.push(n.test.kind === 'Compare' ? n.test : n);
    else if ((n.kind === 'If' || n.kind === 'While') && n.test.kind === 'Compare') out.push(n.test);
  }
  return out;
}

/** NumPy ufuncs behind Python's operators */
const UFUNC_OPERATORS: Record<string, string> = {
  add: '+', subtract: '-', multiply: '*', divide: '/', true_divide: '/', floor_divide: '//', remainder: '%', power: '**',
  matmul: '@', left_shift: '<<', right_shift: '>>', bitwise_and: '&', bitwise_or: '|', bitwise_xor: '^',
  less: '<', less_equal: '<=', greater: '>', greater_equal: '>=', equal: '==', not_equal: '!=',
};
const UFUNC_UNARY: Record<string, string> = { negative: '-', positive: '+', invert: '~' };

/** where a NumPy ufunc named in an error ran: a call of it, or the operator that runs it */
function ufuncSites(sites: Node[], name: string): Node[] {
  const op = UFUNC_OPERATORS[name], unary = UFUNC_UNARY[name];
  return sites.filter((n) =>
    (n.kind === 'Call' && calleeName(n) === name) || ((n.kind === 'BinOp' || n.kind === 'AugAssign') && n.op === op) ||
    (n.kind === 'Compare' && n.ops.includes(op as any)) || (n.kind === 'UnaryOp' && n.op === unary));
}

/** reductions that give a scalar when called on a whole array */
const SCALAR_REDUCTIONS = new Set(['sum', 'mean', 'max', 'min', 'std', 'var', 'prod', 'ptp', 'median', 'item', 'argmax', 'argmin', 'all', 'any']);

/** `x.mean()` or `np.mean(x)`: a reduction over the whole array, a scalar */
function fullReduction(x: Expr): boolean {
  if (x.kind !== 'Call' || x.func.kind !== 'Attribute' || !SCALAR_REDUCTIONS.has(x.func.attr) || x.keywords.length) return false;
  const onModule = x.func.value.kind === 'Name' && (x.func.value.id === 'np' || x.func.value.id === 'numpy');
  return onModule ? x.args.length === 1 && x.args[0].kind !== 'Starred' : x.args.length === 0;
}

/** the value of an integer literal, or of arithmetic on them (`256 * 256`, `-300`), as CPython folds it */
function foldInt(x: Expr): bigint | null {
  if (x.kind === 'Constant') return x.value !== null && typeof x.value === 'object' && 'int' in x.value ? x.value.int : null;
  if (x.kind === 'UnaryOp' && (x.op === '-' || x.op === '+')) {
    const v = foldInt(x.operand);
    return v === null ? null : x.op === '-' ? -v : v;
  }
  if (x.kind === 'BinOp' && (x.op === '+' || x.op === '-' || x.op === '*')) {
    const l = foldInt(x.left), r = foldInt(x.right);
    if (l === null || r === null) return null;
    return x.op === '+' ? l + r : x.op === '-' ? l - r : l * r;
  }
  return null;
}

/** the expression that raised `e` in the innermost frame */
function raiserSite(sites: Node[], owners: Node[], e: Raised, message: () => string, p: Parsed): Node[] {
  const msg = message();
  const of = (kind: string, pred: (n: any) => boolean = () => true) => sites.filter((n) => n.kind === kind && pred(n));
  const calls = of('Call') as CallNode[];
  const byMessage = (): Node[] => {
    const names = raiserNames(msg);
    const direct = calls.filter((c) => names.includes(calleeName(c) ?? '') || (names.includes('math.') && c.func.kind === 'Attribute' && refersTo(c.func.value, 'math')));
    const keyError = excName(e, ['KeyError']);
    if (direct.length) return argumentFits(direct, msg, keyError);
    // the named function given to another (map(int, …)): the call that ran it
    const callbacks = calls.filter((c) => argsOf(c).some((a) => names.some((n) => refersTo(a, n))));
    if (callbacks.length) return unique(callbacks.map((c) => consumerOf(c, calls, sites)));
    // a call given the very object the message names (a lazy one too: map(f, None) raises at once)
    const given = argumentFits(calls, msg, keyError, true);
    if (given.length) return given;
    // a user class's constructor raising would have left a frame: C code ran in one of the other calls
    const eager = calls.filter((c) => !LAZY.has(calleeName(c) ?? '') && !(c.func.kind === 'Name' && /^[A-Z]/.test(c.func.id)));
    return argumentFits(leaves(eager.length ? eager : calls), msg, keyError);
  };
  const options: (() => Node[])[] = [() => of('Raise')];
  // a generator that let StopIteration out: what iterated it (where it would have shown its own frame)
  if (excName(e, ['RuntimeError']) && msg === 'generator raised StopIteration') {
    const gens = unique(calls.map(calleeName).filter((n): n is string => n !== null && p.generators.has(n)));
    // (a for loop iterating it is never marked: it stands for the whole statement)
    const iterating = () => sites.filter((n) => n.kind === 'For');
    if (gens.length === 1) options.push(() => (callerSite(sites, owners, gens[0], p).length ? callerSite(sites, owners, gens[0], p) : iterating()));
    // a comprehension's frame iterating its first iterable (made in the frame around it)
    else if (gens.length === 0) options.push(() => owners);
  }
  // CPython 3.11 reports a failed assert at its test when that is a comparison, else at the statement
  if (excName(e, ['AssertionError'])) options.push(() => (of('Assert') as Extract<Stmt, { kind: 'Assert' }>[]).map((a) => (a.test.kind === 'Compare' ? a.test : a)));
  if (excName(e, ['NameError'])) {
    const m = /'(\w+)'/.exec(msg);
    const stores = storedNames(sites);
    options.push(() => of('Name', (n) => m !== null && n.id === m[1] && !stores.has(n)));
  } else if (excName(e, ['AttributeError'])) {
    const m = /attribute '(\w+)'/.exec(msg);
    const named = of('Attribute', (n) => m === null || n.attr === m[1]);
    // `self` in a method is an instance of a user class: an object of a builtin type is another operand
    const builtin = /^'(\w+)' object has no attribute/.exec(msg);
    const notSelf = (n: any) => !(n.value.kind === 'Name' && n.value.id === 'self');
    if (named.length > 1 && builtin && BUILTIN_TYPES.has(builtin[1])) options.push(() => named.filter(notSelf));
    options.push(() => named);
  } else if (excName(e, ['ZeroDivisionError'])) {
    const division = (n: any) => n.op === '/' || n.op === '//' || n.op === '%';
    options.push(() => of('BinOp', division), () => of('AugAssign', division));
  } else if (excName(e, ['KeyError', 'IndexError'])) {
    // a string key is a dict's: it raises KeyError, never IndexError; a KeyError names its key;
    const key = (n: any) => n.index.kind === 'Constant' && typeof n.index.value === 'string';
    // …and a slice never raises IndexError
    const index = (n: any) => !key(n) && n.index.kind !== 'Slice';
    options.push(() => byNesting(of('Subscript', (n) => (excName(e, ['IndexError']) ? index(n) : key(n) && msg === pyRepr(n.index.value))), e.excObj));
    options.push(() => byNesting(of('Subscript', (n) => excName(e, ['IndexError']) || !key(n)), e.excObj));
  } else if (excName(e, ['ValueError']) && /values to unpack/.test(msg)) {
    options.push(() => unpackTargets(sites, owners));
  } else if (excName(e, ['ValueError']) && /^operands could not be broadcast|^matmul: Input operand|^non-broadcastable output/.test(msg) && !calls.some((c) => argsOf(c).length > 1)) {
    // NumPy's operators between arrays (no call here takes two operands); an operation with a literal
    // number, or with a whole-array reduction (`x.mean()`, `np.sum(x)`: a scalar), cannot fail to broadcast
    const literal = (x: Expr) => x.kind === 'Constant' || (x.kind === 'UnaryOp' && x.operand.kind === 'Constant') || fullReduction(x);
    options.push(() => [...of('BinOp', (n) => !literal(n.left) && !literal(n.right)), ...of('Compare'), ...of('AugAssign')]);
  } else if (excName(e, ['ValueError']) && /^cannot reshape array of size/.test(msg)) {
    // `a.shape = (2, 2)`: the attribute store reshapes
    const stores = (of('Assign') as Extract<Stmt, { kind: 'Assign' }>[]).flatMap((n) => n.targets.filter((t) => t.kind === 'Attribute' && t.attr === 'shape'));
    options.push(() => stores);
  } else if (excName(e, ['ValueError']) && /^could not broadcast input array/.test(msg)) {
    options.push(() => of('Subscript'));
  } else if (excName(e, ['ValueError']) && /^The truth value of an array/.test(msg)) {
    options.push(() => truthTests(sites));
  } else if (excName(e, ['TypeError']) && /^(ufunc|Cannot cast ufunc) '\w+'/.test(msg)) {
    options.push(() => ufuncSites(sites, /ufunc '(\w+)'/.exec(msg)![1]));
  } else if (excName(e, ['TypeError'])) {
    const operand = /unsupported operand type\(s\) for ([^:]+?)(=?)(?: or pow\(\))?:/.exec(msg);
    if (operand) options.push(() => of(operand[2] ? 'AugAssign' : 'BinOp', (n) => n.op === operand[1]));
    else if (/^can only concatenate str \(not "(?!str")/.test(msg)) {
      // the `+` whose right operand is not certainly a str ("a: " + str(n) + " b: " + m: the last)
      const notStr = (n: any) => n.op === '+' && !isStr(n.kind === 'BinOp' ? n.right : n.value, p.stmts);
      options.push(() => of('BinOp', notStr), () => of('AugAssign', notStr));
    } else if (/^can only concatenate|^can't multiply sequence/.test(msg)) options.push(() => of('BinOp', (n) => n.op === '+' || n.op === '*'), () => of('AugAssign'));
    const cmp = /^'([^']+)' not supported between/.exec(msg);
    if (cmp) options.push(() => of('Compare', (n) => n.ops.includes(cmp[1])));
    if (/^bad operand type for unary/.test(msg)) options.push(() => of('UnaryOp'));
    // (the with statement stands for itself: never marked)
    if (/does not support the (asynchronous )?context manager protocol/.test(msg)) options.push(() => of('With'));
    if (/^'\w+' object is not callable$/.test(msg)) options.push(() => calls.filter((c) => !surelyCallable(c.func, p.stmts)));
    if (/not subscriptable|indices must be|support item (assignment|deletion)|^unhashable type/.test(msg)) options.push(() => of('Subscript'));
    if (/^cannot unpack non-iterable/.test(msg)) options.push(() => unpackTargets(sites, owners));
    if (/^%\w format:|not all arguments converted|not enough arguments for format/.test(msg)) options.push(() => of('BinOp', (n) => n.op === '%'));
  } else if (excName(e, ['OverflowError']) && /^Python integer -?\d+ out of bounds for /.test(msg)) {
    // NumPy refusing a Python int that its array's dtype cannot hold: the operator or the item
    // assignment that had the int as an operand
    const value = BigInt(/-?\d+/.exec(msg)![0]);
    const holds = (x: Expr) => foldInt(x) === value;
    options.push(() => [...of('BinOp', (n) => holds(n.left) || holds(n.right)), ...of('AugAssign', (n) => holds(n.value))]);
    options.push(() => (of('Assign', (n) => holds(n.value)) as Extract<Stmt, { kind: 'Assign' }>[]).flatMap((n) => n.targets.filter((t) => t.kind === 'Subscript')));
  } else if (excName(e, ['OverflowError'])) {
    options.push(() => of('BinOp', (n) => n.op === '**'));
  }
  options.push(byMessage);
  // nothing else in an item assignment can fail when its value is plain data: the store did (NumPy's
  // element conversion errors, `a[0] = [1, 2]`)
  if (sites.every((n) => n.kind !== 'Call' && n.kind !== 'BinOp' && n.kind !== 'UnaryOp' && n.kind !== 'Compare' && n.kind !== 'BoolOp')) {
    options.push(() => {
      const stores = (of('Assign') as Extract<Stmt, { kind: 'Assign' }>[]).flatMap((n) => n.targets.filter((t) => t.kind === 'Subscript'));
      return stores.length === 1 && of('Subscript').length === 1 ? stores : [];
    });
  }
  for (const option of options) {
    const found = option();
    if (found.length) return found;
  }
  return [];
}

// ---- drawing ----

/** code points before UTF-16 offset `i` of `s` (CPython counts characters) */
function chars(s: string, i: number): number {
  let n = 0;
  for (let k = 0; k < i && k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** the columns the first `n` code points of `s` take on a terminal: East Asian wide characters take two */
function width(s: string, n: number): number {
  if (/^[\x00-\x7f]*$/.test(s)) return n;
  let w = 0;
  for (const ch of [...s].slice(0, n)) {
    let wide = false;
    try {
      wide = /^[WF]$/.test(eastAsianWidth(ch.codePointAt(0)!));
    } catch {
      // no Unicode tables: count one column
    }
    w += wide ? 2 : 1;
  }
  return w;
}

/**
 * The marker line for `node` under `text` (the raw source line), or null when none is printed. CPython's
 * own printer (`cPrinter`) shows the line with its trailing spaces, so a node spanning the rest of it is
 * still marked; the traceback module strips both ends, and its markers then stand as many columns to
 * the left as there were trailing spaces (3.11's traceback.py counts them with the indentation).
 */
function draw(text: string, node: Node, cPrinter: boolean): string | null {
  const s = node.span;
  let end = s.endCol;
  let left = -1;
  let right = -1;
  let primary = '^';
  let secondary = '^';
  if (s.endLine === s.line) {
    if (node.kind === 'BinOp') {
      for (let i = node.left.span.endCol; i < node.right.span.col; i++) {
        if (/\s/.test(text[i])) continue;
        left = i;
        right = i + 1;
        if (i + 1 < node.right.span.col && !/\s/.test(text[i + 1])) right++;
        if (i + 1 < node.right.span.col && text[i] === ')') continue;
        primary = '~';
        secondary = '^';
        break;
      }
    } else if (node.kind === 'Subscript') {
      left = node.value.span.endCol;
      right = node.index.span.endCol + 1;
      while (left < end && text[left] !== '[') left++;
      while (right < end && text[right] !== ']') right++;
      if (right < end) right++;
      primary = '~';
      secondary = '^';
    }
  } else {
    end = text.trimEnd().length; // a multi-line expression: marked to the end of its first line
  }
  const leading = chars(text, text.length - text.trimStart().length);
  const trailing = cPrinter ? 0 : chars(text, text.length) - chars(text, text.trimEnd().length);
  const shown = chars(text, text.length) - leading - trailing;
  const [start, stop] = [chars(text, s.col), chars(text, end)];
  const anchors = left !== -1 || right !== -1;
  if (stop - start >= shown && !anchors) return null;
  const [dpStart, dpStop] = [width(text, start), width(text, stop)];
  let out = '    ' + ' '.repeat(Math.max(0, dpStart - leading - trailing));
  if (!anchors) return out + '^'.repeat(dpStop - dpStart) + '\n';
  const segment = [...text].slice(start, stop).join('');
  const dpLeft = width(segment, chars(text, left) - start);
  const dpRight = width(segment, chars(text, right) - start);
  out += primary.repeat(dpLeft) + secondary.repeat(dpRight - dpLeft) + primary.repeat(Math.max(0, dpStop - dpStart - dpRight));
  return out + '\n';
}

/**
 * Where frame `f` was, as CPython reports it: the line of the expression it was running (compiled code
 * records the line a statement starts on; CPython, that of the failing part of a statement spanning
 * several lines) and the marker line under it, or null when that is not printed. Null when the
 * expression is not known. `next` is the frame `f` called (null in the frame that raised); `msg` gives
 * the exception's message; `cPrinter`: CPython's own printer of an uncaught exception draws it, not the
 * traceback module.
 */
export function caretLine(
  lines: string[],
  f: Frame,
  next: Frame | null,
  e: Raised,
  msg: () => string,
  cPrinter: boolean,
): { line: number; marker: string | null } | null {
  try {
    return locate(lines, f, next, e, msg, cPrinter);
  } catch {
    return null; // a traceback is printed whatever this inference meets
  }
}

function locate(lines: string[], f: Frame, next: Frame | null, e: Raised, msg: () => string, cPrinter: boolean) {
  const p = lines[f.line - 1] === undefined ? null : parsed(lines, f.file);
  if (p === null) return null;
  const { sites, owners } = sitesOf(p, f.line, f.name);
  let found = next === null ? [] : callerSite(sites, owners, next.name, p);
  // a decorator applied to what it decorates: the decorator expression (its first site)
  const decorator = next !== null && found.length === 0 ? sites.find((n) => p.decorators.has(n as Expr)) : undefined;
  if (decorator !== undefined) found = [decorator];
  const awaits = sites.filter((n) => n.kind === 'Await');
  // a standard library function called by none of this line's calls by name: the task an `await` waits
  // for (asyncio.gather…), or the operation it implements (C code in CPython: a namedtuple field's
  // setter…), which is what raised as far as CPython tells
  if (next !== null && found.length === 0 && next.file.startsWith('<ndpy>/')) found = awaits;
  if (next === null || (found.length === 0 && next.file.startsWith('<ndpy>/'))) found = raiserSite(sites, owners, e, msg, p);
  // a coroutine's call is marked with the `await` waiting for it
  found = unique(found.map((n) => awaits.find((a) => a.kind === 'Await' && a.value === n) ?? n));
  if (found.length !== 1 || found[0].span.line < f.line || lines[found[0].span.line - 1] === undefined) return null;
  const line = found[0].span.line;
  return { line, marker: draw(lines[line - 1], found[0], cPrinter) };
}
