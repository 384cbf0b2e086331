/**
 * Decoding of the argument encoding used by test/modules/fixtures.json (written by gen-fixtures.py):
 * {"f": repr} float, {"i": digits} int, {"b": bool}, {"s": str}, {"l"|"t": [...]} list/tuple, {"n": null}.
 * Also `outcome()`, which renders a call's result or exception the way the generator does.
 */
import { PyFloat, PyTuple } from '../../src/objects/values';
import { norm } from '../../src/objects/arith';
import { PyExc } from '../../src/objects/exceptions';
import { repr, str } from '../../src/objects/repr';

export function decode(a: any): any {
  if ('f' in a) {
    const s: string = a.f;
    return new PyFloat(s === 'inf' ? Infinity : s === '-inf' ? -Infinity : s === 'nan' ? NaN : Number(s));
  }
  if ('i' in a) return norm(BigInt(a.i));
  if ('b' in a) return a.b;
  if ('s' in a) return a.s;
  if ('l' in a) return a.l.map(decode);
  if ('t' in a) return new PyTuple(a.t.map(decode));
  return null;
}

export function outcome(f: () => any): string {
  try {
    return repr(f());
  } catch (e) {
    if (e instanceof PyExc) return `!${e.cls.name}: ${str(e)}`;
    throw e;
  }
}
