/**
 * Soft raises: exceptions handed back as a value instead of thrown, where the code that will catch them
 * asked for that. V8 spends 0.5-0.8 µs on every JS throw (it computes a source location for a message
 * and walks the stack to the handler), over twice what CPython spends on a whole raise-and-except, and
 * Python code raises and catches in loops all the time: `try: n = d[k] except KeyError`, `try: v = int(s)
 * except ValueError`, a method validating its argument.
 *
 * A statement directly in a `try` body with except clauses is compiled to ask (FnCtx.softNode): its call
 * of a Python function passes a last argument 1, which a function raising at its top level answers by
 * returning SOFT_RAISED with the exception (frame recorded) left here; its subscript, attribute read or
 * int() call uses the soft versions below. On SOFT_RAISED the statement takes the exception with
 * `$takeSoft()` and goes on to its except clauses as if it had been thrown there. Anything else still
 * throws: the soft versions only skip the throw on their commonest failure.
 */
import { PyExc, makeExc, lookupFailure } from '../objects/exceptions';
import { PyDict } from '../objects/hashtable';
import { DictType, IntType } from '../objects/pytype';
import { getItem } from '../objects/protocols';
import { intOf } from '../objects/types/number';
import { quickInt } from '../objects/numParse';

/** what a soft raise returns (generated code compares with it as `$EXC`) */
export const SOFT_RAISED = Object.freeze({ softRaised: true });
let pending: PyExc | null = null;

/** hand `e` back: the caller's statement takes it with takeSoft() */
export function softRaise(e: PyExc): object {
  pending = e;
  return SOFT_RAISED;
}
function takeSoft(): PyExc {
  const e = pending!;
  pending = null;
  return e;
}

/** o[k]: a plain dict's missing key and a plain list's index out of range come back soft */
function getitemSoft(o: any, k: any): any {
  if (o instanceof PyDict && o.cls === DictType) {
    const v = o.get(k);
    return v !== undefined ? v : softRaise(lookupFailure('KeyError', k, o));
  }
  if (Array.isArray(o) && (o as any).cls === undefined && typeof k === 'number' && (k | 0) === k) {
    const i = k < 0 ? k + o.length : k;
    return i >= 0 && i < o.length ? o[i] : softRaise(lookupFailure('IndexError', 'list index out of range', o));
  }
  return getItem(o, k);
}

/** `x / 0`, `x // 0`, `x % 0` of an int or float x (the int 0): CPython's ZeroDivisionError, soft */
function zeroDivision(op: string, x: number): object {
  const int = Number.isInteger(x);
  const msg = op === '/' ? (int ? 'division by zero' : 'float division by zero') : op === '//' ? (int ? 'integer division or modulo by zero' : 'float floor division by zero') : int ? 'integer modulo by zero' : 'float modulo';
  return softRaise(makeExc('ZeroDivisionError', msg));
}

/** int(x): text that is no decimal int comes back soft (the commonest way int() fails) */
function intSoft(x: any): any {
  if (typeof x === 'string') {
    const q = quickInt(x);
    if (typeof q === 'number') return q;
    if (q !== undefined) return softRaise(makeExc('ValueError', q));
  }
  return intOf(x);
}
IntType.s1 = intSoft;

export const softHelpers = { $EXC: SOFT_RAISED, $softRaise: softRaise, $takeSoft: takeSoft, $getitemSoft: getitemSoft, $zeroDivision: zeroDivision };
