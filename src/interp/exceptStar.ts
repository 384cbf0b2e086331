/**
 * The runtime of `try … except*` (PEP 654), as compile/stmts.ts emits it: the caught exception (a
 * "naked" one is wrapped in a group for its handler) is split clause by clause by the handlers'
 * types; each handler runs on its matching part and whatever it raises is collected; at the end the
 * unhandled rest and the re-raised parts are merged back into one projection of the original group
 * (keeping its nesting), and raised together with any new exceptions — CPython 3.11's
 * _PyExc_PrepReraiseStar.
 */
import { PyExc, BaseExceptionGroup, excType } from '../objects/exceptions';
import { PyType } from '../objects/pytype';
import { PyTuple, tuple } from '../objects/values';
import { throwPy } from '../objects/errors';
import { isGroup, groupMembers, makeGroup, matcher, splitGroup } from '../objects/exceptionGroups';

interface StarState {
  orig: PyExc;
  /** the part no clause has matched yet */
  rest: PyExc | null;
  naked: boolean;
  /** exceptions the handlers raised (re-raises included) */
  raised: PyExc[];
  /** the parts a bare `raise` re-raised (`raise e` of the same part counts as new, as in CPython) */
  bare: Set<PyExc>;
}

function groupOf(excs: PyExc[], seq: any = excs): PyExc {
  const cls = excs.every((e) => e.cls.isSubtypeOf(excType('Exception'))) ? excType('ExceptionGroup') : BaseExceptionGroup;
  return makeGroup(cls, '', excs, seq);
}

function starBegin(e: PyExc): StarState {
  return { orig: e, rest: e, naked: !isGroup(e), raised: [], bare: new Set() };
}

function checkType(t: any): void {
  const types = t instanceof PyTuple ? t.items : [t];
  for (const x of types) {
    if (!(x instanceof PyType) || !x.isSubtypeOf(excType('BaseException'))) {
      throwPy('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
    }
    if (x.isSubtypeOf(BaseExceptionGroup)) throwPy('TypeError', 'catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

/** the part of the remaining exception matching clause type `t` (now handled), or null */
function starMatch(st: StarState, t: any): PyExc | null {
  checkType(t);
  if (st.rest === null) return null;
  const m = matcher(t);
  if (st.naked) {
    if (!m(st.rest)) return null;
    const g = groupOf([st.rest], tuple([st.rest]));
    st.rest = null;
    return g;
  }
  const [match, rest] = splitGroup(st.rest, m);
  st.rest = rest;
  return match;
}

/** a bare `raise` in the clause that took `part` */
function starReraise(st: StarState, part: PyExc): PyExc {
  st.bare.add(part);
  return part;
}

function starRaised(st: StarState, e: PyExc): void {
  st.raised.push(e);
}

function leaves(e: PyExc, out: Set<PyExc>): Set<PyExc> {
  if (isGroup(e)) for (const x of groupMembers(e)) leaves(x, out);
  else out.add(e);
  return out;
}

/** after the last clause: raise what is left, if anything */
function starEnd(st: StarState): void {
  const excs = st.rest ? [...st.raised, st.rest] : st.raised;
  if (excs.length === 0) return;
  if (st.naked) throw excs[0];
  const reraised = excs.filter((x) => x === st.rest || st.bare.has(x));
  const raised = excs.filter((x) => !reraised.includes(x));
  let keep: PyExc | null = null;
  if (reraised.length) {
    const ids = new Set<PyExc>();
    for (const r of reraised) leaves(r, ids);
    keep = splitGroup(st.orig, (e) => ids.has(e))[0];
    if (keep) keep.pendingFrame = st.orig.pendingFrame;
  }
  if (raised.length === 0) throw keep;
  if (keep) raised.push(keep);
  throw raised.length > 1 ? groupOf(raised) : raised[0];
}

export const exceptStarHelpers = { $starBegin: starBegin, $starMatch: starMatch, $starReraise: starReraise, $starRaised: starRaised, $starEnd: starEnd };
