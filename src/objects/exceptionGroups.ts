/**
 * BaseExceptionGroup and ExceptionGroup (PEP 654), and the steps `try … except*` runs (compiled by
 * src/compile/tryStar.ts).
 *
 * A group is an exception carrying a message and a non-empty tuple of exceptions. `split(cond)` and
 * `subgroup(cond)` walk the tree: a node the condition matches (an exception type, a tuple of them, or a
 * predicate) is taken whole, another group is split child by child, and every new group is made by
 * `derive` and takes the original's traceback, cause, context and notes.
 *
 * `except*` runs each clause on what earlier clauses left: a clause takes the part of the group its type
 * matches (a bare exception it matches is first wrapped in a group), and binds that. When the clauses
 * are done, what they raised and what none matched are combined as CPython's `_PyExc_PrepReraiseStar`
 * does: the exceptions re-raised by a bare `raise`, with the unmatched ones, keep the original group's
 * shape; new ones are collected beside it in a new group, or raised alone when there is only one.
 */
import { PyType, TypeType, typeOf } from './pytype';
import { PyExc, excTypes, BaseException } from './exceptions';
import { PyTuple, tuple } from './values';
import { throwPy } from './errors';
import { call, defMethods, builtin, isCallable } from './function';
import { GetSet, PyStaticMethod } from './descriptors';
import { toArray } from './iterators';

export class PyExcGroup extends PyExc {
  message = '';
  excs: PyExc[] = [];
}

const ExceptionType = excTypes.get('Exception')!;

function defGroup(name: string, bases: PyType[]): PyType {
  const t = new PyType(name, bases, null);
  t.cls = TypeType;
  t.solid = t;
  t.newInstance = (cls) => new PyExcGroup(cls);
  excTypes.set(name, t);
  return t;
}
export const BaseExceptionGroup = defGroup('BaseExceptionGroup', [BaseException]);
export const ExceptionGroup = defGroup('ExceptionGroup', [BaseExceptionGroup, ExceptionType]);

/** BaseExceptionGroup.__new__(cls, message, exceptions) */
function newGroup(cls: PyType, args: any[]): PyExcGroup {
  const where = 'BaseExceptionGroup.__new__()';
  if (args.length !== 2) throwPy('TypeError', `${where} takes exactly 2 arguments (${args.length} given)`);
  const [message, seq] = args;
  if (typeof message !== 'string') throwPy('TypeError', `${where} argument 1 must be str, not ${typeOf(message).tpName}`);
  const isSeq = Array.isArray(seq) || seq instanceof PyTuple || (typeOf(seq).lookup('__getitem__') !== undefined && typeOf(seq).name !== 'dict');
  if (!isSeq) throwPy('TypeError', 'second argument (exceptions) must be a sequence');
  const excs = toArray(seq);
  if (excs.length === 0) throwPy('ValueError', 'second argument (exceptions) must be a non-empty sequence');
  let nestsBase = false;
  excs.forEach((e, i) => {
    if (!(e instanceof PyExc)) throwPy('ValueError', `Item ${i} of second argument (exceptions) is not an exception`);
    if (!e.cls.isSubtypeOf(ExceptionType)) nestsBase = true;
  });
  if (cls === BaseExceptionGroup) {
    if (!nestsBase) cls = ExceptionGroup;
  } else if (cls === ExceptionGroup) {
    if (nestsBase) throwPy('TypeError', 'Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (nestsBase && cls.isSubtypeOf(ExceptionType)) {
    throwPy('TypeError', `Cannot nest BaseExceptions in '${cls.name}'`);
  }
  const g = cls.newInstance!(cls, [], null) as PyExcGroup;
  g.message = message;
  g.excs = excs;
  g.args = tuple([message, seq]);
  return g;
}

BaseExceptionGroup.dict.__new__ = new PyStaticMethod(builtin('__new__', (args) => newGroup(args[0] as PyType, args.slice(1))));
BaseExceptionGroup.dict.message = new GetSet('message', (g: PyExcGroup) => g.message);
BaseExceptionGroup.dict.exceptions = new GetSet('exceptions', (g: PyExcGroup) => tuple(g.excs));
defMethods(BaseExceptionGroup, {
  __init__: () => null,
  __str__: (g: PyExcGroup) => `${g.message} (${g.excs.length} sub-exception${g.excs.length === 1 ? '' : 's'})`,
  derive: (g: PyExcGroup, [excs]) => derive(g, toArray(excs)),
  split: (g: PyExcGroup, [cond]) => {
    const [m, r] = splitTree(g, matcher(cond), true);
    return tuple([m, r]);
  },
  subgroup: (g: PyExcGroup, [cond]) => splitTree(g, matcher(cond), false)[0],
});

/** `g.derive(excs)`: a group like g of `excs` (a subclass may override it) */
function derive(g: PyExcGroup, excs: PyExc[]): PyExc {
  const f = g.cls.lookup('derive');
  const d = f === BaseExceptionGroup.dict.derive ? newGroup(BaseExceptionGroup, [g.message, excs]) : call(f, [g, excs]);
  if (!(d instanceof PyExcGroup)) throwPy('TypeError', 'derive must return an instance of BaseExceptionGroup');
  return d;
}
function withMetadata(d: PyExc, g: PyExc): PyExc {
  d.tb = g.tb.slice();
  d.pendingFrame = g.pendingFrame;
  d.cause = g.cause;
  d.context = g.context;
  d.suppressContext = g.suppressContext;
  const notes = g.d.__notes__;
  if (notes !== undefined) d.d.__notes__ = Array.isArray(notes) ? notes.slice() : notes;
  return d;
}

type Matcher = (e: PyExc) => boolean;

/** a split/subgroup condition: an exception type, a tuple of them, or a predicate */
function matcher(cond: any): Matcher {
  const isExcType = (t: any) => t instanceof PyType && t.isSubtypeOf(BaseException);
  if (isExcType(cond)) return (e) => e.cls.isSubtypeOf(cond);
  if (cond instanceof PyTuple && cond.items.every(isExcType)) return (e) => cond.items.some((t: PyType) => e.cls.isSubtypeOf(t));
  if (!(cond instanceof PyType) && isCallable(cond)) return (e) => truthy(call(cond, [e]));
  return throwPy('TypeError', 'expected a function, exception type or tuple of exception types');
}
function truthy(v: any): boolean {
  return v !== null && v !== false && v !== 0 && v !== '';
}

/** [matching part, rest] of `e` (the rest only when `wantRest`) */
function splitTree(e: PyExc, m: Matcher, wantRest: boolean): [PyExc | null, PyExc | null] {
  if (m(e)) return [e, null];
  if (!(e instanceof PyExcGroup)) return [null, e];
  const match: PyExc[] = [];
  const rest: PyExc[] = [];
  for (const x of e.excs) {
    const [a, b] = splitTree(x, m, wantRest);
    if (a) match.push(a);
    if (b) rest.push(b);
  }
  return [match.length ? withMetadata(derive(e, match), e) : null, wantRest && rest.length ? withMetadata(derive(e, rest), e) : null];
}

/** the leaves (non-group exceptions) of a tree */
function leaves(e: PyExc, out = new Set<PyExc>()): Set<PyExc> {
  if (e instanceof PyExcGroup) for (const x of e.excs) leaves(x, out);
  else out.add(e);
  return out;
}

/** The state of one `except*` statement while its clauses run. */
export class StarState {
  /** what no clause has taken yet */
  rest: PyExc | null;
  /** exceptions raised by clauses, and which of them a bare `raise` re-raised */
  raised: PyExc[] = [];
  reraised = new Set<PyExc>();
  constructor(readonly orig: PyExc) {
    this.rest = orig;
  }
}

/** `$starMatch(st, T)`: the part of the remaining exceptions clause type T takes, or null */
export function starMatch(st: StarState, types: any): PyExc | null {
  for (const t of types instanceof PyTuple ? types.items : [types]) {
    if (!(t instanceof PyType) || !t.isSubtypeOf(BaseException)) throwPy('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
    if (t.isSubtypeOf(BaseExceptionGroup)) throwPy('TypeError', 'catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
  const rest = st.rest;
  if (rest === null) return null;
  const m = matcher(types);
  if (!(rest instanceof PyExcGroup)) {
    if (!m(rest)) return null;
    // a bare exception is matched wrapped in a group (with its traceback)
    const g = newGroup(BaseExceptionGroup, ['', tuple([rest])]);
    g.tb = rest.tb.slice();
    g.pendingFrame = rest.pendingFrame;
    st.rest = null;
    return g;
  }
  const [match, left] = splitTree(rest, m, true);
  st.rest = left;
  return match;
}

/** `$starReraise(st, match)`: a bare `raise` in the clause that took `match` */
export function starReraise(st: StarState, match: PyExc): PyExc {
  st.reraised.add(match);
  return match;
}

/** `$starRaised(st, e)`: a clause ended by raising `e` */
export function starRaised(st: StarState, e: PyExc): void {
  st.raised.push(e);
}

/** `$starEnd(st)`: the exception the statement raises when its clauses are done, or null */
export function starEnd(st: StarState): PyExc | null {
  const orig = st.orig;
  const all = [...st.raised, ...(st.rest ? [st.rest] : [])];
  if (all.length === 0) return null;
  // a bare exception: one clause at most ran, so there is one exception at most
  if (!(orig instanceof PyExcGroup)) return all[0];
  const fresh = st.raised.filter((e) => !st.reraised.has(e));
  const kept = new Set<PyExc>();
  for (const e of all) if (!fresh.includes(e)) for (const l of leaves(e)) kept.add(l);
  const projected = kept.size ? splitTree(orig, (e) => kept.has(e), false)[0] : null;
  if (fresh.length === 0) return projected;
  const out = projected ? [...fresh, projected] : fresh;
  return out.length === 1 ? out[0] : newGroup(BaseExceptionGroup, ['', out]);
}
