/**
 * BaseExceptionGroup and ExceptionGroup (PEP 654): construction with CPython 3.11's checks (a
 * BaseExceptionGroup of Exceptions only becomes an ExceptionGroup; an ExceptionGroup refuses
 * BaseExceptions), `message`/`exceptions`, str() "msg (N sub-exceptions)", and subgroup/split/derive
 * by exception type, tuple of types or predicate, keeping the nesting and copying the traceback, cause
 * and context onto each derived group. `splitGroup` also serves except* (interp/exceptStar.ts).
 */
import { PyType, typeOf } from './pytype';
import { PyTuple, tuple } from './values';
import { PyExc, excType, BaseExceptionGroup } from './exceptions';
import { throwPy } from './errors';
import { GetSet, PyStaticMethod } from './descriptors';
import { builtin, call, defMethods } from './function';
import { toArray } from './iterators';
import { truthy } from './protocols';
import { callMethod } from './attrs';

/** the message and members of a group, kept off the instance dict */
interface GroupParts {
  message: string;
  excs: PyExc[];
}
const parts = new WeakMap<PyExc, GroupParts>();

export function isGroup(e: unknown): boolean {
  return e instanceof PyExc && e.cls.isSubtypeOf(BaseExceptionGroup);
}

export function groupMembers(e: PyExc): PyExc[] {
  return parts.get(e)?.excs ?? [];
}

/** A new group of `cls` over `excs` (args: the message and the sequence object given). */
export function makeGroup(cls: PyType, message: string, excs: PyExc[], seq: any = excs): PyExc {
  const e = cls.newInstance!(cls, [], null) as PyExc;
  e.args = new PyTuple([message, seq]);
  parts.set(e, { message, excs });
  return e;
}

function newGroup(cls: PyType, args: any[]): PyExc {
  if (args.length !== 2) throwPy('TypeError', `BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [message, seq] = args;
  if (typeof message !== 'string') throwPy('TypeError', `BaseExceptionGroup.__new__() argument 1 must be str, not ${typeOf(message).tpName}`);
  if (typeof seq === 'string' || seq === null || typeof seq !== 'object' || (!Array.isArray(seq) && !(seq instanceof PyTuple))) {
    throwPy('TypeError', 'second argument (exceptions) must be a sequence');
  }
  const excs = toArray(seq);
  if (excs.length === 0) throwPy('ValueError', 'second argument (exceptions) must be a non-empty sequence');
  excs.forEach((x, i) => {
    if (!(x instanceof PyExc)) throwPy('ValueError', `Item ${i} of second argument (exceptions) is not an exception`);
  });
  const Exception = excType('Exception');
  const allExceptions = excs.every((x) => x.cls.isSubtypeOf(Exception));
  if (cls === BaseExceptionGroup) {
    if (allExceptions) cls = excType('ExceptionGroup');
  } else if (cls === excType('ExceptionGroup')) {
    if (!allExceptions) throwPy('TypeError', 'Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (!allExceptions && cls.isSubtypeOf(Exception)) {
    throwPy('TypeError', `Cannot nest BaseExceptions in '${cls.name}'`);
  }
  return makeGroup(cls, message, excs, seq);
}

type Matcher = (e: PyExc) => boolean;

/** a split condition: an exception type, a tuple of them, or a predicate */
export function matcher(cond: any): Matcher {
  if (cond instanceof PyType && cond.isSubtypeOf(excType('BaseException'))) return (e) => e.cls.isSubtypeOf(cond);
  if (cond instanceof PyTuple && cond.items.every((t) => t instanceof PyType && t.isSubtypeOf(excType('BaseException')))) {
    return (e) => cond.items.some((t) => e.cls.isSubtypeOf(t));
  }
  if (typeof cond === 'object' && cond !== null && !(cond instanceof PyType) && !(cond instanceof PyTuple)) return (e) => truthy(call(cond, [e]));
  return throwPy('TypeError', 'expected a function, exception type or tuple of exception types');
}

/** derive(excs) through the group's own method (user subclasses override it), with metadata copied */
function derived(group: PyExc, excs: PyExc[]): PyExc {
  const d = callMethod(group, 'derive', [excs]) as PyExc;
  d.tb = group.tb;
  d.cause = group.cause;
  d.context = group.context;
  d.suppressContext = group.suppressContext;
  if (group.d.__notes__ !== undefined) d.d.__notes__ = group.d.__notes__;
  return d;
}

/** [match, rest] of splitting `e` (a group or, for except*, a leaf) by `m`; null for an empty side */
export function splitGroup(e: PyExc, m: Matcher): [PyExc | null, PyExc | null] {
  if (m(e)) return [e, null];
  if (!isGroup(e)) return [null, e];
  const match: PyExc[] = [];
  const rest: PyExc[] = [];
  for (const x of groupMembers(e)) {
    const [a, b] = splitGroup(x, m);
    if (a) match.push(a);
    if (b) rest.push(b);
  }
  return [match.length ? derived(e, match) : null, rest.length ? derived(e, rest) : null];
}

export function installExceptionGroups(): void {
  const BEG = BaseExceptionGroup;
  BEG.dict.__new__ = new PyStaticMethod(builtin('__new__', (args) => newGroup(args[0] as PyType, args.slice(1))));
  defMethods(BEG, {
    __init__: () => null,
    __str__: (self: PyExc) => {
      const p = parts.get(self);
      if (!p) return '';
      const n = p.excs.length;
      return `${p.message} (${n} sub-exception${n === 1 ? '' : 's'})`;
    },
    derive: (self: PyExc, [excs]) => newGroup(BEG, [parts.get(self)?.message ?? '', excs]),
    split: (self: PyExc, [cond]) => {
      const [a, b] = splitGroup(self, matcher(cond));
      return tuple([a, b]);
    },
    subgroup: (self: PyExc, [cond]) => splitGroup(self, matcher(cond))[0],
  });
  BEG.dict.message = new GetSet('message', (e: PyExc) => parts.get(e)?.message ?? '');
  BEG.dict.exceptions = new GetSet('exceptions', (e: PyExc) => tuple(groupMembers(e)));
}
