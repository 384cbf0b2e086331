/**
 * Argument checking for the methods of the builtin types, reproducing the three families of CPython
 * 3.11 messages: Argument Clinic positional-only (`center expected at most 2 arguments, got 5`), the
 * METH_O / METH_NOARGS texts (`str.join() takes exactly one argument (0 given)`) and the older
 * PyArg_ParseTuple texts (`count() takes at least 1 argument (0 given)`, `'x' is an invalid keyword
 * argument for split()`). Each helper raises TypeError or returns normally; none allocate on success.
 */
import { Kw } from '../function';
import { throwPy } from '../errors';

const plural = (n: number, w = 'argument') => `${n} ${w}${n === 1 ? '' : 's'}`;

/** METH_NOARGS: `str.lower() takes no arguments (1 given)`. */
export function noArgs(qual: string, args: any[], kw: Kw): void {
  if (kw && kw.size) throwPy('TypeError', `${qual}() takes no keyword arguments`);
  if (args.length) throwPy('TypeError', `${qual}() takes no arguments (${args.length} given)`);
}

/** METH_O: `str.join() takes exactly one argument (0 given)`. */
export function oneArg(qual: string, args: any[], kw: Kw): any {
  if (kw && kw.size) throwPy('TypeError', `${qual}() takes no keyword arguments`);
  if (args.length !== 1) throwPy('TypeError', `${qual}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** Argument Clinic positional-only: `center expected at least 1 argument, got 0`. */
export function posArgs(name: string, qual: string, args: any[], kw: Kw, min: number, max: number): void {
  if (kw && kw.size) throwPy('TypeError', `${qual}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return;
  if (min === max) throwPy('TypeError', `${name} expected ${plural(min)}, got ${n}`);
  if (n < min) throwPy('TypeError', `${name} expected at least ${plural(min)}, got ${n}`);
  throwPy('TypeError', `${name} expected at most ${plural(max)}, got ${n}`);
}

/**
 * posArgs and oldArgs for method `name` of the type called `owner`: the qualified name is built only
 * for an error (a template string per call showed up in the profiles of str methods in loops).
 */
export function methodArgs(owner: string, name: string, args: any[], kw: Kw, min: number, max: number): void {
  if ((kw && kw.size) || args.length < min || args.length > max) posArgs(name, `${owner}.${name}`, args, kw, min, max);
}
export function oldMethodArgs(owner: string, name: string, args: any[], kw: Kw, min: number, max: number): void {
  if ((kw && kw.size) || args.length < min || args.length > max) oldArgs(`${owner}.${name}`, args, kw, min, max);
}

/** PyArg_ParseTuple style (`qual` is 'str.count'): `count() takes at least 1 argument (0 given)`. */
export function oldArgs(qual: string, args: any[], kw: Kw, min: number, max: number): void {
  if (kw && kw.size) throwPy('TypeError', `${qual}() takes no keyword arguments`);
  const n = args.length;
  if (n >= min && n <= max) return; // the common case builds no name (a slice per call was a third of `w.startswith('a')`)
  const name = qual.slice(qual.lastIndexOf('.') + 1);
  if (n < min) throwPy('TypeError', `${name}() takes at least ${plural(min)} (${n} given)`);
  throwPy('TypeError', `${name}() takes at most ${plural(max)} (${n} given)`);
}

/**
 * PyArg_ParseTupleAndKeywords style with keyword support: returns the values for `names` (undefined when
 * absent). `split() takes at most 2 arguments (3 given)`, `'x' is an invalid keyword argument for split()`.
 */
export function kwArgs(name: string, args: any[], kw: Kw, names: string[], min = 0): any[] {
  const n = args.length + (kw ? kw.size : 0);
  if (n > names.length) throwPy('TypeError', `${name}() takes at most ${plural(names.length)} (${n} given)`);
  const out: any[] = new Array(names.length);
  for (let i = 0; i < args.length; i++) out[i] = args[i];
  if (kw) {
    for (const [k, v] of kw) {
      const i = names.indexOf(k);
      if (i < 0) throwPy('TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
      if (i < args.length) throwPy('TypeError', `argument for ${name}() given by name ('${k}') and position (${i + 1})`);
      out[i] = v;
    }
  }
  for (let i = 0; i < min; i++) {
    if (out[i] === undefined) throwPy('TypeError', `${name}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}
