/**
 * repr() and str() of every value, with CPython's texts (`<__main__.Foo object at 0x…>`, `[...]` for a
 * list containing itself, 1-tuples with a trailing comma, `set()`, `frozenset({1})`).
 * User classes are reached through `__repr__`/`__str__` on the type.
 */
import { typeOf, PyType, ObjectType, TupleType } from './pytype';
import { PyFloat, PyComplex, PyTuple, PySlice, PyRange, PyBytes, PyInstance, PyModule, NotImplemented, Ellipsis } from './values';
import { PyDict, PySet } from './hashtable';
import { PyFunction, PyBuiltin, PyMethod } from './function';
import { callSpecial } from './attrs';
import { reprFloat } from './floatRepr';
import { reprStr, reprInt } from './numParse';
import { throwPy } from './errors';
import { PyExc } from './exceptions';
import { PyProperty } from './descriptors';
import { userDunder, PyBoxed } from './subclass';
import { PyBigRange, bigRangeRepr } from './types/bigRange';

const active = new Set<any>();

/** A fake but stable address for default reprs. */
const ids = new WeakMap<object, number>();
let nextId = 0x7f3a1c000010;
export function idOf(o: any): number {
  if (o === null || typeof o !== 'object') {
    return typeof o === 'number' ? 0x7f3a0000 + o * 32 : 0x7f3a0000;
  }
  let v = ids.get(o);
  if (v === undefined) {
    v = nextId;
    nextId += 0x40;
    ids.set(o, v);
  }
  return v;
}
/** The address CPython's default reprs show (`0x7f3a1c000050`): id() in hex. */
export function addr(o: any): string {
  return '0x' + idOf(o).toString(16).padStart(12, '0');
}

export function reprComplex(z: PyComplex): string {
  const part = (x: number) => {
    const s = reprFloat(x);
    return s.endsWith('.0') ? s.slice(0, -2) : s;
  };
  if (z.re === 0 && !Object.is(z.re, -0)) return part(z.im) + 'j';
  const im = z.im;
  const sign = im < 0 || Object.is(im, -0) ? '-' : '+';
  return `(${part(z.re)}${sign}${part(Math.abs(im))}j)`;
}

export function repr(v: any): string {
  if (v !== null && typeof v === 'object' && !(v instanceof PyInstance) && v.cls?.isUser === true) {
    const u = userDunder(v, '__repr__');
    if (u !== undefined && u !== null) return asStr(callSpecial(u, v), '__repr__');
  }
  return reprNative(v);
}

/** repr of builtin values (subclass instances shown as their builtin base, as CPython's list/dict do). */
export function reprNative(v: any): string {
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) ? String(v) : reprFloat(v);
    case 'bigint':
      return reprInt(v);
    case 'string':
      return reprStr(v);
    case 'boolean':
      return v ? 'True' : 'False';
  }
  if (v === null) return 'None';
  if (v instanceof PyFloat) return reprFloat(v.v);
  if (Array.isArray(v)) return seqRepr(v, '[', ']', v);
  if (v instanceof PyTuple && v.cls === TupleType) {
    return v.items.length === 1 ? seqRepr(v.items, '(', ',)', v) : seqRepr(v.items, '(', ')', v);
  }
  if (v instanceof PyBoxed) {
    const f = v.cls.lookup('__repr__');
    if (f instanceof PyBuiltin && f.nativeDunder) return reprNative(v.value);
  }
  if (v instanceof PyInstance) {
    const f = v.cls.lookup('__repr__');
    if (f !== undefined && f !== ObjectType.dict.__repr__) return asStr(callSpecial(f, v), '__repr__');
    return defaultRepr(v);
  }
  if (v instanceof PyDict) {
    if (active.has(v)) return '{...}';
    active.add(v);
    try {
      const parts: string[] = [];
      for (const { k, v: x } of v.entries()) parts.push(repr(k) + ': ' + repr(x));
      return '{' + parts.join(', ') + '}';
    } finally {
      active.delete(v);
    }
  }
  if (v instanceof PySet) {
    const name = v.cls.name;
    if (v.size === 0) return name + '()';
    const inner = '{' + v.keys().map(repr).join(', ') + '}';
    return name === 'set' ? inner : `${name}(${inner})`;
  }
  if (v instanceof PyComplex) return reprComplex(v);
  if (v instanceof PyType) return `<class '${modulePrefix(v)}${v.qualname}'>`;
  if (v instanceof PyFunction) return `<function ${v.qualname} at ${addr(v)}>`;
  if (v instanceof PyBuiltin) {
    if (v.self !== undefined) return `<built-in method ${v.name} of ${typeOf(v.self).name} object at ${addr(v.self)}>`;
    if (v.owner !== null && !v.name.startsWith('__')) return `<method '${v.name}' of '${v.owner.name}' objects>`;
    return `<built-in function ${v.name}>`;
  }
  if (v instanceof PyMethod) return `<bound method ${v.func.qualname ?? v.func.name ?? '?'} of ${repr(v.self)}>`;
  if (v instanceof PyRange) return v.step === 1 ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PyBigRange) return bigRangeRepr(v);
  if (v instanceof PySlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v instanceof PyBytes) return reprBytes(v.data);
  if (v instanceof PyModule) return `<module '${v.name}'>`;
  if (v === NotImplemented || v === Ellipsis) return (v as any).label;
  if (v instanceof PyProperty) return `<property object at ${addr(v)}>`;
  const t = typeOf(v);
  const f = t.lookup('__repr__');
  if (f !== undefined && f !== ObjectType.dict.__repr__) return asStr(callSpecial(f, v), '__repr__');
  return defaultRepr(v);
}

function asStr(s: any, what: string): string {
  if (typeof s !== 'string') throwPy('TypeError', `${what} returned non-string (type ${typeOf(s).tpName})`);
  return s;
}

export function defaultRepr(v: any): string {
  const t = typeOf(v);
  if (v instanceof PyExc) return excRepr(v);
  return `<${modulePrefix(t)}${t.qualname} object at ${addr(v)}>`;
}

/** `m.` for a class whose __module__ is `m` (the class dict's entry, which the class statement fills and
 * `C.__module__ = …` replaces), nothing for builtins. */
function modulePrefix(t: PyType): string {
  const dm = Object.prototype.hasOwnProperty.call(t.dict, '__module__') ? t.dict.__module__ : undefined;
  const m = typeof dm === 'string' ? dm : t.module;
  return m === 'builtins' ? '' : m + '.';
}

export function excRepr(e: PyExc): string {
  const items = e.args.items;
  const inner = items.length === 1 ? repr(items[0]) : items.map(repr).join(', ');
  return `${e.cls.name}(${inner})`;
}

function seqRepr(items: any[], open: string, close: string, self: any): string {
  if (active.has(self)) return open + '...' + close.slice(-1); // a 1-tuple's ',)' too ends in ')'
  active.add(self);
  try {
    let s = open;
    for (let i = 0; i < items.length; i++) {
      if (i) s += ', ';
      s += repr(items[i]);
    }
    return s + close;
  } finally {
    active.delete(self);
  }
}

export function reprBytes(data: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const b of data) {
    if (b === 0x27) hasSingle = true;
    else if (b === 0x22) hasDouble = true;
  }
  const q = hasSingle && !hasDouble ? '"' : "'";
  let s = 'b' + q;
  for (const b of data) {
    if (b === 0x5c) s += '\\\\';
    else if (b === 0x27 && q === "'") s += "\\'";
    else if (b === 0x09) s += '\\t';
    else if (b === 0x0a) s += '\\n';
    else if (b === 0x0d) s += '\\r';
    else if (b < 0x20 || b >= 0x7f) s += '\\x' + b.toString(16).padStart(2, '0');
    else s += String.fromCharCode(b);
  }
  return s + q;
}

/** str(v) */
export function str(v: any): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyInstance) {
    const f = v.cls.lookup('__str__');
    if (f !== undefined && f !== ObjectType.dict.__str__) return asStr(callSpecial(f, v), '__str__');
    if (v instanceof PyExc) return excStr(v);
    // object.__str__ is repr(), but str() checks the result as __str__'s
    const r = v.cls.lookup('__repr__');
    if (r !== undefined && r !== ObjectType.dict.__repr__) return asStr(callSpecial(r, v), '__str__');
    return repr(v);
  }
  if (v !== null && typeof v === 'object' && !(v instanceof PyType) && v.cls) {
    const f = v.cls.lookup('__str__');
    if (f instanceof PyBuiltin && f.nativeDunder) return v instanceof PyBoxed ? str(v.value) : repr(v);
    if (f !== undefined && f !== ObjectType.dict.__str__) return asStr(callSpecial(f, v), '__str__');
  }
  return repr(v);
}

export function excStr(e: PyExc): string {
  const items = e.args.items;
  if (items.length === 0) return '';
  if (items.length === 1) {
    if (e.cls.isSubtypeOf(keyErrorType())) return repr(items[0]);
    return str(items[0]);
  }
  return repr(e.args);
}

let keyErr: PyType | null = null;
function keyErrorType(): PyType {
  // resolved lazily to keep module initialisation order simple
  return (keyErr ??= require_exc('KeyError'));
}
import { excType as require_exc } from './exceptions';
