/**
 * What the source says about the operands of a failed operation, for caretLines.ts to choose between
 * several expressions that could have raised: a literal's type, whether an expression is certainly a
 * str (a name only ever assigned str values counts), which call was given the object an error names,
 * and which subscript of a chain (`grid[r][c]`) failed, from how deeply the failed container nests.
 * All of it is a guess from the text; each rule answers only when it leaves no doubt in the usual case.
 */
import type { Expr, Stmt, ConstValue } from '../../grammar/ast';
import { repr as pyRepr } from '../objects/repr';
import { PyTuple } from '../objects/values';
import { PyDict } from '../objects/hashtable';

type CallNode = Extract<Expr, { kind: 'Call' }>;
type Node = Expr | Stmt;

/** a call's argument expressions, positional and keyword */
export function argsOf(c: CallNode): Expr[] {
  return [...c.args.map((a) => (a.kind === 'Starred' ? a.value : a)), ...c.keywords.map((k) => k.value)];
}

/** how deeply lists, tuples and dicts nest in `o`, following first items (0 for anything else) */
function nesting(o: unknown): number {
  let depth = 0;
  for (let x: any = o; depth < 16; depth++) {
    if (Array.isArray(x) && (x as any).cls === undefined) x = x[0];
    else if (x instanceof PyTuple) x = x.items[0];
    else if (x instanceof PyDict) x = x.values()[0];
    else break;
  }
  return depth;
}

/**
 * Of the subscripts of one chain (`grid[r][c]`, innermost first when read left to right), the one that
 * failed on `container`: the k-th of n indexes what the rest of the chain indexes again, so it nests
 * n - k + 1 deep when the chain ends at plain items (a grid of numbers or letters: the usual case).
 */
export function byNesting(found: Node[], container: unknown): Node[] {
  if (found.length < 2 || container === undefined) return found;
  const chain: Node[] = [];
  let cur = found.find((n) => !found.some((o) => o.kind === 'Subscript' && o.value === n));
  while (cur !== undefined && cur.kind === 'Subscript') {
    chain.unshift(cur);
    const inner: Expr = cur.value;
    cur = found.find((n) => n === inner);
  }
  if (chain.length !== found.length) return found;
  const k = chain.length - nesting(container);
  return k >= 0 && k < chain.length ? [chain[k]] : found;
}

/** methods of str that return a str */
const STR_METHODS = new Set(['upper', 'lower', 'title', 'capitalize', 'casefold', 'swapcase', 'strip', 'lstrip', 'rstrip', 'join', 'format', 'replace', 'center', 'ljust', 'rjust', 'zfill', 'removeprefix', 'removesuffix']);
/** builtins that return a str */
const STR_BUILTINS = new Set(['str', 'repr', 'input', 'chr', 'hex', 'oct', 'bin', 'ascii', 'format']);

/**
 * Whether `x` certainly evaluates to a str: a str literal or f-string, a builtin or str method that
 * makes one, a str concatenation, or a name every assignment of the file gives such a value (names
 * bound otherwise, by a loop, a parameter, an import…, are not known).
 */
export function isStr(x: Expr, stmts: Stmt[], depth = 0): boolean {
  switch (x.kind) {
    case 'Constant':
      return typeof x.value === 'string';
    case 'JoinedStr':
      return true;
    case 'Call':
      return x.func.kind === 'Name' ? STR_BUILTINS.has(x.func.id) : x.func.kind === 'Attribute' && STR_METHODS.has(x.func.attr);
    case 'BinOp':
      return (x.op === '+' && isStr(x.left, stmts, depth) && isStr(x.right, stmts, depth)) || (x.op === '%' && isStr(x.left, stmts, depth));
    case 'Name': {
      if (depth > 0) return false;
      const values = assignedValues(stmts).get(x.id);
      return values !== undefined && values !== null && values.every((v) => isStr(v, stmts, depth + 1));
    }
    default:
      return false;
  }
}

/** every value a plain `name = value` gives each name in the file; null for a name bound any other way */
const assignments = new WeakMap<Stmt[], Map<string, Expr[] | null>>();
function assignedValues(stmts: Stmt[]): Map<string, Expr[] | null> {
  const known = assignments.get(stmts);
  if (known !== undefined) return known;
  const out = new Map<string, Expr[] | null>();
  const other = (name: string) => out.set(name, null);
  // the names in a target (tuple unpacking, starred) are bound by something else than a plain assignment
  const targets = (t: any): void => {
    if (t === null || typeof t !== 'object') return;
    if (Array.isArray(t)) return t.forEach(targets);
    if (t.kind === 'Name') other(t.id);
    else if (t.kind === 'Tuple' || t.kind === 'List') targets(t.elts);
    else if (t.kind === 'Starred') targets(t.value);
  };
  const visit = (n: any): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visit);
    if (n.kind === 'Assign' && n.targets.length === 1 && n.targets[0].kind === 'Name') {
      const prev = out.get(n.targets[0].id);
      if (prev !== null) out.set(n.targets[0].id, [...(prev ?? []), n.value]);
    } else {
      targets(n.target), targets(n.targets), targets(n.optionalVars);
      // a def, class, parameter, except clause or import binds its name (a keyword argument's `arg`
      // binds nothing: marking it unknown only keeps a candidate)
      for (const k of ['name', 'asname', 'arg']) if (typeof n[k] === 'string' && n.kind !== 'Attribute') other(n[k]);
    }
    for (const k of Object.keys(n)) if (k !== 'span') visit(n[k]);
  };
  for (const s of stmts) visit(s);
  assignments.set(stmts, out);
  return out;
}

/** the Python type name of a literal (null for any other expression) */
function literalType(x: Expr): string | null {
  if (x.kind === 'List' || x.kind === 'Tuple' || x.kind === 'Set' || x.kind === 'Dict') return x.kind.toLowerCase();
  if (x.kind === 'JoinedStr') return 'str';
  if (x.kind !== 'Constant') return null;
  const v = x.value;
  if (v === null) return 'NoneType';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'str';
  return 'int' in v ? 'int' : 'float' in v ? 'float' : 'imag' in v ? 'complex' : 'bytes' in v ? 'bytes' : 'ellipsis';
}

/** the repr of a str or int literal (what a KeyError's message is), null for other literals */
function keyRepr(v: ConstValue): string | null {
  if (typeof v === 'string') return pyRepr(v);
  return v !== null && typeof v === 'object' && 'int' in v ? v.int.toString() : null;
}

/**
 * What a message says of the object that raised: its type ("object of type 'int' has no len()", "'NoneType'
 * object is not iterable") or, for a KeyError, its repr; null when it says neither.
 */
function namedObject(msg: string, keyError: boolean): ((a: Expr) => boolean | null) | null {
  if (keyError) return (a) => (a.kind !== 'Constant' ? null : keyRepr(a.value) === null ? null : keyRepr(a.value) === msg);
  const typed = /^'(\w+)' object is not iterable|^object of type '(\w+)' has no len\(\)/.exec(msg);
  if (typed === null) return null;
  const type = typed[1] ?? typed[2];
  return (a) => (literalType(a) === null ? null : literalType(a) === type);
}

/** the calls given a literal that is the object the message names (true), else those that may have met it */
export function argumentFits(calls: CallNode[], msg: string, keyError: boolean, exactOnly = false): CallNode[] {
  const fits = namedObject(msg, keyError);
  if (fits === null) return exactOnly ? [] : calls;
  const exact = calls.filter((c) => argsOf(c).some((a) => fits(a) === true));
  if (exact.length || exactOnly) return exact;
  const possible = calls.filter((c) => argsOf(c).some((a) => fits(a) !== false));
  return possible.length ? possible : calls;
}

/** the names a file binds only by def, class or import, and the names it binds any other way */
const bindings = new WeakMap<Stmt[], { defined: Set<string>; other: Set<string> }>();
function bindingKinds(stmts: Stmt[]): { defined: Set<string>; other: Set<string> } {
  const known = bindings.get(stmts);
  if (known !== undefined) return known;
  const defined = new Set<string>(), other = new Set<string>();
  const targets = (t: any): void => {
    if (t === null || typeof t !== 'object') return;
    if (Array.isArray(t)) return t.forEach(targets);
    if (t.kind === 'Name') other.add(t.id);
    else if (t.kind === 'Tuple' || t.kind === 'List') targets(t.elts);
    else if (t.kind === 'Starred') targets(t.value);
  };
  const visit = (n: any): void => {
    if (n === null || typeof n !== 'object') return;
    if (Array.isArray(n)) return n.forEach(visit);
    if (n.kind === 'FunctionDef' || n.kind === 'ClassDef') defined.add(n.name);
    else if ('asname' in n) defined.add(n.asname ?? String(n.name).split('.')[0]);
    else {
      targets(n.target), targets(n.targets), targets(n.optionalVars);
      // parameters, except clauses, match captures (and, harmlessly, keyword argument names)
      for (const k of ['name', 'arg']) if (typeof n[k] === 'string' && n.kind !== 'Attribute') other.add(n[k]);
    }
    for (const k of Object.keys(n)) if (k !== 'span') visit(n[k]);
  };
  for (const s of stmts) visit(s);
  const out = { defined, other };
  bindings.set(stmts, out);
  return out;
}

/**
 * Whether calling `func` cannot be what raised "'T' object is not callable": a lambda, a name the file
 * binds only by def, class or import, a name it never binds (a builtin), or a module's attribute.
 */
export function surelyCallable(func: Expr, stmts: Stmt[]): boolean {
  const { defined, other } = bindingKinds(stmts);
  if (func.kind === 'Lambda') return true;
  if (func.kind === 'Name') return !other.has(func.id) && (defined.has(func.id) || !func.id.startsWith('__'));
  return func.kind === 'Attribute' && func.value.kind === 'Name' && defined.has(func.value.id) && !other.has(func.value.id);
}
