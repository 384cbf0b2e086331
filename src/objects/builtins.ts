/**
 * The `builtins` namespace: builtin functions (print, len, sorted, min/max, …), the iterator types
 * (enumerate, zip, map, filter, reversed), `object`'s own methods, `type`, `super`, property and friends,
 * and the exception classes. `makeBuiltins()` returns the Attrs object that every module's globals
 * inherit from, so user code can shadow any of these names.
 */
import {
  Attrs, newAttrs, PyType, typeOf, ObjectType, TypeType, IntType, FloatType, StrType, BoolType, ListType,
  TupleType, DictType, SetType, FrozenSetType, ComplexType, BytesType, RangeType, SliceType, builtinType,
  PropertyType, StaticMethodType, ClassMethodType, SuperType, isInstance, NoneType, subclassesOf, GeneratorType, CoroutineType, ModuleType, MethodType, BuiltinFunctionType } from './pytype';
import { PyTuple, PyInstance, PySlice, NotImplemented, Ellipsis, PyModule, PyRange } from './values';
import { PyDict, PySet } from './hashtable';
import { PyFunction, PyBuiltin, PyMethod, builtin, parseArgs, expectArgs, checkPositional, noKw, call, call1, Kw, isCallable, defMethods } from './function';
import { getAttr, getAttrOrUndef, setAttr, delAttr, makeClass, typeCall, PySuper, callMethod, callSpecial, rawSetAttr, rawDelAttr, objectGetAttribute, instanceOf } from './attrs';
import { PyProperty, PyStaticMethod, PyClassMethod, GetSet, defGetters } from './descriptors';
import { throwPy } from './errors';
import { excTypes, PyExc, makeExc } from './exceptions';
import './frames';
import { repr, str, idOf, defaultRepr, addr } from './repr';
import { format, ascii } from './formatting';
import { truthy, len, pyHash, compare, eqBool, index, identityHash } from './protocols';
import { iter, toArray, PyIter, nextOf, SentinelIter, asArray, PyGenerator, PyCoroutine, iteratorType, BigRangeIter } from './iterators';
import { PyBigRange, reversedBigRange } from './types/bigRange';
import { openBuiltin } from './file';
import { installFastFunctions } from './fastcalls';
import { userDunder, asSubclassInstance, PyBoxed } from './subclass';
import { ByteArrayType } from './types/bytes';
import { MemoryViewType } from './types/memoryview';
import { PyUnion } from './unionType';
import { PyGenericAlias } from './genericAlias';
import { importModule } from '../interp/imports';
import * as A from './arith';
import { formatIntBase } from './numParse';
import { sizeOfObject } from './sizeof';
import { slotValues } from './slots';
import { state, tick } from '../interp/state';
import { stdStreamObjects, PyFile } from './file';
import { sumFn, roundFn, absFn, divmodFn, powFn, absValue } from './numericBuiltins';
import { installExceptionAttrs } from './exceptionAttrs';

// ---- iterator types ----
const EnumerateType = iteratorType('enumerate');
const ZipType = iteratorType('zip');
const MapType = iteratorType('map');
const FilterType = iteratorType('filter');
const ReversedType = iteratorType('reversed');
const ListRevIterType = iteratorType('list_reverseiterator');

class EnumerateIter extends PyIter {
  constructor(public it: PyIter, public i: number | bigint) {
    super();
    this.cls = EnumerateType;
  }
  next(): any {
    const v = this.it.next();
    if (v === undefined) return undefined;
    const r = new PyTuple([this.i, v]);
    this.i = A.add(this.i, 1);
    return r;
  }
  override nextPair(): boolean {
    const v = this.it.next();
    if (v === undefined) return false;
    this.p0 = this.i;
    this.p1 = v;
    this.i = A.add(this.i, 1);
    return true;
  }
}
class ZipIter extends PyIter {
  constructor(public its: PyIter[], public strict: boolean) {
    super();
    this.cls = ZipType;
  }
  next(): any {
    if (!this.its.length) return undefined;
    const out: any[] = [];
    for (let i = 0; i < this.its.length; i++) {
      const v = this.its[i].next();
      if (v === undefined) {
        if (this.strict) {
          if (i > 0) throwPy('ValueError', `zip() argument ${i + 1} is shorter than argument${i > 1 ? 's 1-' + i : ' 1'}`);
          for (let j = 1; j < this.its.length; j++) {
            if (this.its[j].next() !== undefined) throwPy('ValueError', `zip() argument ${j + 1} is longer than argument${j > 1 ? 's 1-' + j : ' 1'}`);
          }
        }
        this.its = [];
        return undefined;
      }
      out.push(v);
    }
    return new PyTuple(out);
  }
}
/** zip of two iterables: also steps by pairs (PyIter.nextPair); the end, strict or not, is ZipIter's. */
class ZipPairIter extends ZipIter {
  override nextPair(): boolean {
    const its = this.its;
    if (its.length === 2) {
      const a = its[0].next();
      if (a !== undefined) {
        const b = its[1].next();
        if (b !== undefined) {
          this.p0 = a;
          this.p1 = b;
          return true;
        }
        if (!this.strict) {
          this.its = [];
          return false;
        }
        throwPy('ValueError', 'zip() argument 2 is shorter than argument 1');
      }
      if (!this.strict) {
        this.its = [];
        return false;
      }
      if (its[1].next() !== undefined) throwPy('ValueError', 'zip() argument 2 is longer than argument 1');
      this.its = [];
    }
    return false;
  }
}
class MapIter extends PyIter {
  constructor(public f: any, public its: PyIter[]) {
    super();
    this.cls = MapType;
  }
  next(): any {
    if (this.its.length === 1) {
      const v = this.its[0].next();
      return v === undefined ? undefined : call(this.f, [v]);
    }
    const args: any[] = [];
    for (const it of this.its) {
      const v = it.next();
      if (v === undefined) return undefined;
      args.push(v);
    }
    return call(this.f, args);
  }
}
class FilterIter extends PyIter {
  constructor(public f: any, public it: PyIter) {
    super();
    this.cls = FilterType;
  }
  next(): any {
    for (;;) {
      const v = this.it.next();
      if (v === undefined) return undefined;
      if (this.f === null ? truthy(v) : truthy(call(this.f, [v]))) return v;
    }
  }
}
class ReversedIter extends PyIter {
  constructor(public items: any[], cls = ReversedType) {
    super();
    this.cls = cls;
    this.i = items.length - 1;
  }
  i: number;
  next(): any {
    // a list's items are read live: one that shrank below the position ends the iteration for good
    if (this.i >= 0 && this.i < this.items.length) return this.items[this.i--];
    this.i = -1;
    return undefined;
  }
}

EnumerateType.newInstance = (_c, args, kw) => {
  if (args.length === 0 && !kw?.size) throwPy('TypeError', "enumerate() missing required argument 'iterable'");
  const [it, start] = parseArgs('enumerate', args, kw, ['iterable', 'start?']);
  return new EnumerateIter(iter(it), start === undefined ? 0 : A.asInt(start) ?? throwPy('TypeError', `'${typeOf(start).tpName}' object cannot be interpreted as an integer`));
};
ZipType.newInstance = (_c, args, kw) => {
  // (CPython parses the keywords with PyArg_ParseTupleAndKeywords: the count is checked before the names)
  if (kw && kw.size > 1) throwPy('TypeError', `zip() takes at most 1 keyword argument (${kw.size} given)`);
  for (const k of kw?.keys() ?? []) if (k !== 'strict') throwPy('TypeError', `'${k}' is an invalid keyword argument for zip()`);
  const strict = kw?.get('strict');
  const its = args.map(iter);
  const strictly = strict !== undefined && truthy(strict);
  return its.length === 2 ? new ZipPairIter(its, strictly) : new ZipIter(its, strictly);
};
MapType.newInstance = (_c, args, kw) => {
  noKw('map', kw);
  if (args.length < 2) throwPy('TypeError', 'map() must have at least two arguments.');
  return new MapIter(args[0], args.slice(1).map(iter));
};
FilterType.newInstance = (_c, args, kw) => {
  noKw('filter', kw);
  expectArgs('filter', args, 2);
  return new FilterIter(args[0], iter(args[1]));
};
ReversedType.newInstance = (_c, args, kw) => {
  noKw('reversed', kw);
  checkPositional('reversed', args, 1);
  const v = args[0];
  if (Array.isArray(v) && (v as any).cls === undefined) return new ReversedIter(v, ListRevIterType);
  if (v instanceof PyBigRange) return new BigRangeIter(reversedBigRange(v));
  if (v instanceof PyTuple || typeof v === 'string' || v instanceof PyRange) return new ReversedIter(toArray(v));
  const f = typeOf(v).lookup('__reversed__');
  if (f !== undefined) return callSpecial(f, v);
  if (typeOf(v).lookup('__len__') !== undefined && typeOf(v).lookup('__getitem__') !== undefined) return new ReversedIter(toArray(v));
  if (v instanceof PyDict) return new ReversedIter(v.keys());
  return throwPy('TypeError', `'${typeOf(v).tpName}' object is not reversible`);
};
defMethods(ListType, { __reversed__: (self) => new ReversedIter(self as any[], ListRevIterType) });
defMethods(RangeType, {
  __reversed__: (self) => new ReversedIter(toArray(self)),
  __bool__: (self) => (self as PyRange | PyBigRange).length > 0 });
defMethods(NoneType, { __bool__: () => false });

// ---- object ----
// object's own special methods never dispatch back to the instance's class (no recursion through
// super().__repr__() and friends); they are "native" so the protocols treat them as not user-defined
defMethods(ObjectType, {
  __init__: () => null,
  __repr__: (self) => defaultRepr(self),
  __str__: (self) => repr(self),
  __eq__: (self, [o]) => (self === o ? true : NotImplemented),
  __ne__: (self, [o]) => {
    const f = typeOf(self).lookup('__eq__');
    const r = f === ObjectType.dict.__eq__ ? (self === o ? true : NotImplemented) : callSpecial(f, self, o);
    return r === NotImplemented ? r : !truthy(r);
  },
  __hash__: (self) => identityHash(self),
  // orderings: object has none, so the reflected method or the operator's TypeError applies
  __lt__: () => NotImplemented,
  __le__: () => NotImplemented,
  __gt__: () => NotImplemented,
  __ge__: () => NotImplemented,
  __setattr__: (self, [name, v]) => {
    rawSetAttr(self, name, v);
    return null;
  },
  __delattr__: (self, [name]) => {
    rawDelAttr(self, name); // not delAttr: that dispatches to the class's own __delattr__
    return null;
  },
  __getattribute__: (self, [name]) => objectGetAttribute(self, name),
  __format__: (self, [spec]) => {
    if (spec !== '') throwPy('TypeError', `unsupported format string passed to ${typeOf(self).tpName}.__format__`);
    return str(self);
  },
  __dir__: (self) => dirOf(self),
  __reduce_ex__: () => throwPy('TypeError', 'cannot pickle'),
  __reduce__: () => throwPy('TypeError', 'cannot pickle'),
  __getstate__: (self) => defaultState(self),
  __sizeof__: (self) => sizeOfObject(self) });
ObjectType.dict.__subclasshook__ = new PyClassMethod(builtin('__subclasshook__', () => NotImplemented));
// object.__init_subclass__(cls): what a class's __init_subclass__ ends at, taking none of the class keywords
ObjectType.dict.__init_subclass__ = new PyClassMethod(builtin('__init_subclass__', (args, kw) => {
  const who = `${(args[0] as PyType).qualname}.__init_subclass__()`;
  if (kw && kw.size) throwPy('TypeError', `${who} takes no keyword arguments`);
  if (args.length > 1) throwPy('TypeError', `${who} takes no arguments (${args.length - 1} given)`);
  return null;
}));

/** object.__getstate__: the instance __dict__ (None when empty), paired with the set __slots__ values. */
function defaultState(o: any): any {
  const d = o instanceof PyInstance && !typeOf(o).slotted ? getAttrOrUndef(o, '__dict__') : undefined;
  const state = d instanceof PyDict && d.size > 0 ? d : null;
  const slots = new PyDict();
  for (const [n, v] of slotValues(o)) slots.set(n, v);
  return slots.size > 0 ? new PyTuple([state, slots]) : state;
}
// object.__new__(cls) creates a bare instance of a user class
const IMMUTABLE_BASES = [IntType, FloatType, ComplexType, StrType, TupleType, BytesType, FrozenSetType];
// (reached as `tuple.__new__(cls, value)` / `super().__new__(cls, value)` too: builtin types have no
// __new__ of their own, so an immutable builtin base takes its value here and the result is boxed)
ObjectType.dict.__new__ = new PyStaticMethod(builtin('__new__', (args, kw) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throwPy('TypeError', `object.__new__(X): X is not a type object (${typeOf(cls).tpName})`);
  if (!cls.newInstance) return new PyInstance(cls);
  const immutable = IMMUTABLE_BASES.some((b) => cls.isSubtypeOf(b));
  const v = immutable ? cls.newInstance(cls, args.slice(1), kw) : cls.newInstance(cls, [], null);
  return immutable && cls.isUser ? asSubclassInstance(cls, v) : v;
}));
ObjectType.newInstance = null;
for (const name of ['__repr__', '__str__', '__eq__', '__ne__', '__hash__', '__format__', '__init__', '__lt__', '__le__', '__gt__', '__ge__']) (ObjectType.dict[name] as PyBuiltin).nativeDunder = true;
ObjectType.dict.__class__ = new GetSet('__class__', (o) => typeOf(o), setClass);

/**
 * `obj.__class__ = C`: an instance of a user class may become an instance of another user class with the
 * same builtin base (`solid`, as CPython compares layouts); values of immutable types never change class.
 */
function setClass(o: any, v: any): void {
  if (!(v instanceof PyType)) throwPy('TypeError', `__class__ must be set to a class, not '${typeOf(v).tpName}' object`);
  const old = typeOf(o);
  if (!old.isUser || !v.isUser) throwPy('TypeError', '__class__ assignment only supported for mutable types or ModuleType subclasses');
  if (v.solid !== old.solid || o instanceof PyBoxed) throwPy('TypeError', `__class__ assignment: '${v.name}' object layout differs from '${old.name}'`);
  // (site caches test o.cls itself, so none holds anything stale for this object)
  o.cls = v;
}
ObjectType.dict.__doc__ = null;

// ---- type ----
function checkTypeArgs(name: any, bases: any, ns: any): void {
  const want: [any, string, boolean][] = [[name, 'str', typeof name === 'string'], [bases, 'tuple', bases instanceof PyTuple], [ns, 'dict', ns instanceof PyDict]];
  want.forEach(([v, t, ok], i) => { if (!ok) throwPy('TypeError', `type.__new__() argument ${i + 1} must be ${t}, not ${typeOf(v).tpName}`); });
}
TypeType.newInstance = (_cls, args, kw) => {
  if (args.length === 1 && !kw) return typeOf(args[0]);
  if (args.length !== 3) throwPy('TypeError', 'type() takes 1 or 3 arguments');
  const [name, bases, ns] = args;
  checkTypeArgs(name, bases, ns);
  const attrs = newAttrs();
  for (const { k, v } of (ns as PyDict).entries()) attrs[k] = v;
  return makeClass(name, name, asArray(bases), attrs, '__main__', kw);
};
// type.__new__(mcls, name, bases, ns, **kw): a class whose metaclass is mcls (type's subclasses reach it via super())
TypeType.dict.__new__ = new PyStaticMethod(builtin('__new__', (args, kw) => {
  const mcls = args[0];
  if (!(mcls instanceof PyType) || !mcls.isSubtypeOf(TypeType)) throwPy('TypeError', 'type.__new__(X): X is not a type object');
  if (args.length === 2 && mcls === TypeType) return typeOf(args[1]);
  if (args.length !== 4) throwPy('TypeError', 'type.__new__() takes exactly 3 arguments');
  const [, name, bases, ns] = args;
  checkTypeArgs(name, bases, ns);
  const attrs = newAttrs();
  for (const { k, v } of (ns as PyDict).entries()) attrs[k] = v;
  const module = typeof attrs.__module__ === 'string' ? attrs.__module__ : '__main__';
  const qualname = typeof attrs.__qualname__ === 'string' ? attrs.__qualname__ : name;
  delete attrs.__qualname__;
  const t = makeClass(name, qualname, asArray(bases), attrs, module, kw, true);
  t.cls = mcls;
  return t;
}));
defMethods(TypeType, {
  __init__: () => null,
  __call__: (self: PyType, args, kw) => typeCall(self, args, kw),
  mro: (self: PyType) => self.mro.slice(),
  __subclasses__: (self: PyType) => subclassesOf(self),
  __instancecheck__: (self: PyType, [o]) => instanceOf(o, self),
  __subclasscheck__: (self: PyType, [o]) => (o as PyType).isSubtypeOf(self) });

// ---- exceptions: their methods and attributes (exceptionAttrs.ts) ----
installExceptionAttrs();

// ---- code objects (compile()); src/interp/interpreter.ts compiles and runs them ----
const CodeType = builtinType('code');
export class PyCode {
  declare cls: PyType;
  constructor(readonly source: string, readonly filename: string, readonly mode: 'exec' | 'eval' | 'single') {}
}
PyCode.prototype.cls = CodeType;
defMethods(CodeType, {
  __repr__: (c: PyCode) => `<code object <module> at ${addr(c)}, file "${c.filename}", line 1>` });
defGetters(CodeType, { co_filename: (c: PyCode) => c.filename, co_name: () => '<module>', co_firstlineno: () => 1 });

// ---- types.MethodType(function, instance) ----
MethodType.newInstance = (_cls, args, kw) => {
  noKw('method', kw);
  expectArgs('method', args, 2);
  if (!isCallable(args[0])) throwPy('TypeError', 'first argument must be callable');
  if (args[1] === null) throwPy('TypeError', 'instance must not be None');
  return new PyMethod(args[0], args[1]);
};

// bound methods are equal when they bind the same object (by identity) to equal functions, and hash
// accordingly (CPython's method_richcompare and method_hash), so `listeners.remove(self.on_event)` works
defMethods(MethodType, {
  __eq__: (m: PyMethod, [o]) => (o instanceof PyMethod ? m.self === o.self && eqBool(m.func, o.func) : NotImplemented),
  __hash__: (m: PyMethod) => {
    const f = pyHash(m.func);
    return identityHash(m.self) ^ (typeof f === 'bigint' ? Number(BigInt.asIntN(32, f)) : f);
  } });
// a builtin method bound to an object (`lst.append`): the same rule, by the object and the method's name
defMethods(BuiltinFunctionType, {
  __eq__: (m: PyBuiltin, [o]) => {
    if (!(o instanceof PyBuiltin)) return NotImplemented;
    if (m.self === undefined || o.self === undefined) return m === o;
    return m.self === o.self && m.name === o.name;
  },
  __hash__: (m: PyBuiltin) => (m.self === undefined ? identityHash(m) : identityHash(m.self) ^ (pyHash(m.name) as number)) });

// ---- module objects: types.ModuleType(name, doc=None) ----
ModuleType.newInstance = (_cls, args, kw) => {
  const [name, doc] = parseArgs('module', args, kw, ['name', 'doc?']);
  if (typeof name !== 'string') throwPy('TypeError', `module.__init__() argument 'name' must be str, not ${typeOf(name).tpName}`);
  const m = new PyModule(name);
  m.d.__doc__ = doc ?? null;
  m.d.__package__ = null;
  m.d.__loader__ = null;
  m.d.__spec__ = null;
  return m;
};

// ---- property / staticmethod / classmethod / super ----
PropertyType.newInstance = (_c, args, kw) => {
  const [fget, fset, fdel, doc] = parseArgs('property', args, kw, ['fget?', 'fset?', 'fdel?', 'doc?']);
  return new PyProperty(fget ?? null, fset ?? null, fdel ?? null, doc ?? null);
};
defMethods(PropertyType, {
  getter: (p: PyProperty, [f]) => new PyProperty(f, p.fset, p.fdel, p.doc),
  setter: (p: PyProperty, [f]) => new PyProperty(p.fget, f, p.fdel, p.doc),
  deleter: (p: PyProperty, [f]) => new PyProperty(p.fget, p.fset, f, p.doc) });
defGetters(PropertyType, {
  fget: (p: PyProperty) => p.fget,
  fset: (p: PyProperty) => p.fset,
  fdel: (p: PyProperty) => p.fdel,
  // without a doc argument a property documents itself with its getter's docstring
  __doc__: (p: PyProperty) => (p.doc !== null || p.fget === null ? p.doc : getAttrOrUndef(p.fget, '__doc__') ?? null) });
StaticMethodType.newInstance = (_c, args, kw) => (noKw('staticmethod', kw), checkPositional('staticmethod', args, 1), new PyStaticMethod(args[0]));
ClassMethodType.newInstance = (_c, args, kw) => (noKw('classmethod', kw), checkPositional('classmethod', args, 1), new PyClassMethod(args[0]));
defGetters(StaticMethodType, { __func__: (s: PyStaticMethod) => s.f });
defGetters(ClassMethodType, { __func__: (s: PyClassMethod) => s.f });
SuperType.newInstance = (_c, args) => {
  if (args.length !== 2) throwPy('RuntimeError', 'super(): no arguments');
  const [t, obj] = args;
  if (!(t instanceof PyType)) throwPy('TypeError', `super() argument 1 must be a type, not ${typeOf(t).tpName}`);
  if (!isInstance(obj, t) && !(obj instanceof PyType && obj.isSubtypeOf(t))) throwPy('TypeError', 'super(type, obj): obj must be an instance or subtype of type');
  return new PySuper(t, obj);
};

// ---- generators ----
defMethods(GeneratorType, {
  send: (g: PyGenerator, [v]) => g.send(v),
  throw: (g: PyGenerator, args) => {
    let e = args[0];
    if (e instanceof PyType) e = call(e, args.length > 1 && args[1] !== null ? [args[1]] : []);
    return g.throwInto(e);
  },
  close: (g: PyGenerator) => {
    g.close();
    return null;
  },
  __next__: (g: PyGenerator) => {
    const v = g.next();
    if (v === undefined) throw g.returnValue !== null ? makeExc('StopIteration', g.returnValue) : makeExc('StopIteration');
    return v;
  },
  __iter__: (g: PyGenerator) => g });
defGetters(GeneratorType, { __name__: (g: PyGenerator) => g.name, __qualname__: (g: PyGenerator) => g.qualname, gi_running: (g: PyGenerator) => g.running });
defMethods(GeneratorType, { __repr__: (g: PyGenerator) => `<generator object ${g.qualname} at ${addr(g)}>` });
// coroutines share the generator machinery (send/throw/close) but are awaitable, not iterable
defMethods(CoroutineType, {
  send: (GeneratorType.dict.send as PyBuiltin).meth!,
  throw: (GeneratorType.dict.throw as PyBuiltin).meth!,
  close: (GeneratorType.dict.close as PyBuiltin).meth!,
  __await__: (c: PyCoroutine) => {
    if (c.awaited) throwPy('RuntimeError', 'cannot reuse already awaited coroutine');
    c.awaited = true;
    return new PyGenerator(c.g, c.name, c.qualname);
  },
  __repr__: (c: PyCoroutine) => `<coroutine object ${c.qualname} at ${addr(c)}>` });
defGetters(CoroutineType, { __name__: (c: PyCoroutine) => c.name, __qualname__: (c: PyCoroutine) => c.qualname, cr_running: (c: PyCoroutine) => c.running });

// ---- functions ----
function printFn(args: any[], kw: Kw): any {
  let sep = ' ', end = '\n', file: any = null, flush = false;
  if (kw) {
    for (const [k, v] of kw) {
      if (k === 'sep') sep = v === null ? ' ' : typeof v === 'string' ? v : throwPy('TypeError', `sep must be None or a string, not ${typeOf(v).tpName}`);
      else if (k === 'end') end = v === null ? '\n' : typeof v === 'string' ? v : throwPy('TypeError', `end must be None or a string, not ${typeOf(v).tpName}`);
      else if (k === 'file') file = v;
      else if (k === 'flush') flush = truthy(v);
      else throwPy('TypeError', `'${k}' is an invalid keyword argument for print()`);
    }
  }
  if (file === null) {
    file = currentStdout();
    if (file === null) return null; // sys.stdout = None: print does nothing, as in CPython
  }
  if (file === undefined || file instanceof PyFile) {
    let s = '';
    for (let i = 0; i < args.length; i++) {
      if (i) s += sep;
      const v = args[i];
      s += typeof v === 'string' ? v : str(v);
    }
    s += end;
    if (file === undefined) {
      state().write(s);
      if (flush) state().flush();
      return null;
    }
    callMethod(file, 'write', [s]);
  } else {
    // any object with write(): one call per piece, as CPython makes them
    for (let i = 0; i < args.length; i++) {
      if (i) callMethod(file, 'write', [sep]);
      const v = args[i];
      callMethod(file, 'write', [typeof v === 'string' ? v : str(v)]);
    }
    callMethod(file, 'write', [end]);
  }
  if (flush) callMethod(file, 'flush', []);
  return null;
}

/**
 * sys.stdout when a script has replaced it (contextlib.redirect_stdout, `sys.stdout = io.StringIO()`),
 * or undefined while it is still the interpreter's own stream (print's fast path).
 */
let sysOwner: unknown = null;
let sysModule: PyModule | undefined;
export function currentStdout(): any {
  const s = state();
  if (sysOwner !== s) {
    sysModule = s.modules.get('sys');
    if (sysModule === undefined) return undefined; // not imported: nothing can have replaced it
    sysOwner = s;
  }
  const out = sysModule!.d.stdout;
  return out === undefined || out === stdStreamObjects().stdout ? undefined : out;
}

function minmax(name: 'min' | 'max', args: any[], kw: Kw): any {
  let key: any = null;
  let dflt: any = undefined;
  if (kw) {
    for (const [k, v] of kw) {
      if (k === 'key') key = v;
      else if (k === 'default') dflt = v;
      else throwPy('TypeError', `'${k}' is an invalid keyword argument for ${name}()`);
    }
  }
  let items: any[];
  if (args.length === 0) throwPy('TypeError', `${name} expected at least 1 argument, got 0`);
  if (args.length === 1) items = asArray(args[0]);
  else {
    if (dflt !== undefined) throwPy('TypeError', `Cannot specify a default for ${name}() with multiple positional arguments`);
    items = args;
  }
  if (!items.length) {
    if (dflt !== undefined) return dflt;
    throwPy('ValueError', `${name}() arg is an empty sequence`);
  }
  const op = name === 'min' ? '<' : '>';
  const isMax = op === '>';
  let best = items[0];
  let bestKey = key === null ? best : call1(key, best);
  for (let i = 1; i < items.length; i++) {
    tick();
    const v = items[i];
    const k = key === null ? v : call1(key, v);
    // two JS numbers (ints, non-integral floats) compare as they are
    const better = typeof k === 'number' && typeof bestKey === 'number' ? (isMax ? k > bestKey : k < bestKey) : truthy(compare(op, k, bestKey));
    if (better) {
      best = v;
      bestKey = k;
    }
  }
  return best;
}

function isinstanceFn(args: any[]): any {
  expectArgs('isinstance', args, 2);
  const [o, t] = args;
  return classCheck(t, (c) => {
    const ic = c.cls !== TypeType ? c.cls.lookup('__instancecheck__') : undefined;
    if (ic !== undefined) return truthy(callSpecial(ic, c, o));
    return instanceOf(o, c);
  }, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
}
function issubclassFn(args: any[]): any {
  expectArgs('issubclass', args, 2);
  const [o, t] = args;
  if (!(o instanceof PyType)) throwPy('TypeError', 'issubclass() arg 1 must be a class');
  return classCheck(t, (c) => {
    const sc = c.cls !== TypeType ? c.cls.lookup('__subclasscheck__') : undefined;
    if (sc !== undefined) return truthy(callSpecial(sc, c, o));
    return o.isSubtypeOf(c);
  }, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
}
function classCheck(t: any, test: (c: PyType) => boolean, msg: string): boolean {
  if (t instanceof PyType) return test(t);
  if (t instanceof PyTuple) return t.items.some((x) => classCheck(x, test, msg));
  // PEP 604: isinstance(x, int | None) tests each member (None standing for NoneType)
  if (t instanceof PyUnion) return t.args.some((x) => classCheck(x === null ? NoneType : x, test, msg));
  if (t instanceof PyGenericAlias) return throwPy('TypeError', `${msg.slice(0, msg.indexOf(' '))} argument 2 cannot be a parameterized generic`);
  return throwPy('TypeError', msg);
}

export function dirOf(o: any): any[] {
  const names = new Set<string>();
  if (o instanceof PyInstance) for (const k in o.d) names.add(k);
  if (o instanceof PyModule) {
    // a module's own __dir__ (PEP 562) lists what its __getattr__ provides as well
    const own = o.d.__dir__;
    if (own !== undefined && isCallable(own)) return toArray(call(own, [], null)).sort();
    for (const k in o.d) names.add(k);
    return [...names].sort();
  }
  const t = o instanceof PyType ? o : typeOf(o);
  for (const c of t.mro) {
    for (const k in c.dict) names.add(k);
    // a class statement without __slots__ gives its instances __dict__ and __weakref__ descriptors
    if (c.isUser) {
      const spec = c.dict.__slots__;
      const slots = spec === undefined ? null : typeof spec === 'string' ? [spec] : toArray(spec);
      if (slots === null || slots.includes('__dict__')) names.add('__dict__');
      if (slots === null || slots.includes('__weakref__')) names.add('__weakref__');
    }
  }
  return [...names].sort();
}

/** dir(o): what the __dir__ of o's type returns (a class's own __dir__, a metaclass's for a class), sorted */
function dirFn(o: any): any[] {
  const f = o instanceof PyModule ? undefined : typeOf(o).lookup('__dir__');
  if (f === undefined || f === ObjectType.dict.__dir__) return dirOf(o);
  return toArray(callSpecial(f, o)).sort((a, b) => (truthy(compare('<', a, b)) ? -1 : truthy(compare('<', b, a)) ? 1 : 0));
}

function chrFn(args: any[]): any {
  expectArgs('chr', args, 1);
  const i = index(args[0]);
  if (i < 0 || i > 0x10ffff) throwPy('ValueError', 'chr() arg not in range(0x110000)');
  return String.fromCodePoint(i);
}
function ordFn(args: any[]): any {
  expectArgs('ord', args, 1);
  const s = args[0];
  if (typeof s === 'string') {
    const cps = [...s];
    if (cps.length !== 1) throwPy('TypeError', `ord() expected a character, but string of length ${cps.length} found`);
    return cps[0].codePointAt(0)!;
  }
  if (s && s.cls === BytesType) {
    if (s.data.length !== 1) throwPy('TypeError', `ord() expected a character, but string of length ${s.data.length} found`);
    return s.data[0];
  }
  return throwPy('TypeError', `ord() expected string of length 1, but ${typeOf(s).tpName} found`);
}
function baseFn(name: string, base: 2 | 8 | 16) {
  return builtin(name, (args) => {
    expectArgs(name, args, 1);
    const v = A.asInt(args[0]) ?? index(args[0]);
    return formatIntBase(v, base);
  });
}

function inputFn(args: any[]): any {
  checkPositional('input', args, 0, 1);
  if (args.length) {
    state().write(str(args[0]));
  }
  state().flush();
  const line = state().io.readLine();
  if (line === null) throw makeExc('EOFError', 'EOF when reading a line');
  // only the '\n' goes: standard input does not translate newlines (CPython on POSIX keeps a '\r')
  return line.endsWith('\n') ? line.slice(0, -1) : line;
}

function iterFn(args: any[]): any {
  expectArgs('iter', args, 1, 2);
  if (args.length === 2) {
    const f = args[0];
    if (!isCallable(f)) throwPy('TypeError', 'iter(v, w): v must be callable');
    return new SentinelIter(() => call(f, []), args[1], eqBool);
  }
  // iter(x) is what x.__iter__() returns (an iterator object of the user's, not a wrapper of it)
  const u = userDunder(args[0], '__iter__');
  if (u !== undefined && u !== null) {
    const it = callSpecial(u, args[0]);
    if (!(it instanceof PyIter) && typeOf(it).lookup('__next__') === undefined) throwPy('TypeError', `iter() returned non-iterator of type '${typeOf(it).tpName}'`);
    return it;
  }
  return iter(args[0]);
}
function nextFn(args: any[]): any {
  expectArgs('next', args, 1, 2);
  const it = args[0];
  if (!(it instanceof PyIter) && typeOf(it).lookup('__next__') === undefined)
    throwPy('TypeError', `'${typeOf(it).tpName}' object is not an iterator`);
  const v = it instanceof PyIter ? it.next() : nextOf(it);
  if (v !== undefined) return v;
  if (args.length === 2) return args[1];
  const rv = it && (it as any).returnValue;
  throw rv !== undefined && rv !== null ? makeExc('StopIteration', rv) : makeExc('StopIteration');
}

/** The str held by an attribute-name argument (a str subclass instance gives its value); else TypeError. */
function attrName(name: any): string {
  if (name instanceof PyBoxed && typeof name.value === 'string') return name.value;
  if (typeof name !== 'string') throwPy('TypeError', `attribute name must be string, not '${typeOf(name).tpName}'`);
  return name;
}

function getattrFn(args: any[]): any {
  expectArgs('getattr', args, 2, 3);
  const o = args[0];
  const name = attrName(args[1]);
  if (args.length === 2) return getAttr(o, name);
  try {
    const v = getAttrOrUndef(o, name);
    return v === undefined ? args[2] : v;
  } catch (e) {
    if (e instanceof PyExc && e.cls.isSubtypeOf(excTypes.get('AttributeError')!)) return args[2];
    throw e;
  }
}
function formatFn(args: any[]): string {
  expectArgs('format', args, 1, 2);
  let spec = args.length > 1 ? args[1] : '';
  if (spec instanceof PyBoxed && typeof spec.value === 'string') spec = spec.value;
  if (typeof spec !== 'string') throwPy('TypeError', `format() argument 2 must be str, not ${spec === null ? 'None' : typeOf(spec).tpName}`);
  return format(args[0], spec);
}
function hasattrFn(args: any[]): any {
  expectArgs('hasattr', args, 2);
  const name = attrName(args[1]);
  try {
    return getAttrOrUndef(args[0], name) !== undefined;
  } catch (e) {
    if (e instanceof PyExc && e.cls.isSubtypeOf(excTypes.get('AttributeError')!)) return false;
    throw e;
  }
}

function varsFn(args: any[]): any {
  checkPositional('vars', args, 0, 1);
  if (!args.length) return liveGlobals();
  const d = getAttrOrUndef(args[0], '__dict__');
  return d !== undefined ? d : throwPy('TypeError', 'vars() argument must have __dict__ attribute');
}
function globalsDict(): PyDict {
  const d = new PyDict();
  const G = state().mainGlobals;
  if (G) for (const k of Object.keys(G)) d.set(k, G[k]);
  return d;
}
/** globals(): the live dict of `__main__`'s globals (ndpy does not know the calling module) */
function liveGlobals(): PyDict {
  const main = state().modules.get('__main__');
  return main !== undefined ? getAttr(main, '__dict__') : globalsDict();
}

function sortedFn(args: any[], kw: Kw): any {
  checkPositional('sorted', args, 1);
  const a = toArray(args[0]);
  callMethod(a, 'sort', [], kw);
  return a;
}

function allAny(name: string, wantAll: boolean) {
  return builtin(name, (args) => {
    expectArgs(name, args, 1);
    const it = iter(args[0]);
    for (let v = it.next(); v !== undefined; v = it.next()) {
      if (truthy(v) !== wantAll) return !wantAll;
    }
    return wantAll;
  });
}

function hashFn(args: any[]): any {
  expectArgs('hash', args, 1);
  return pyHash(args[0]);
}

const POSITIONAL_ONLY = [
  'abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'delattr', 'dir', 'divmod', 'format', 'getattr', 'globals', 'hasattr',
  'hash', 'hex', 'id', 'input', 'isinstance', 'issubclass', 'iter', 'len', 'locals', 'next', 'oct', 'ord', 'repr', 'setattr', 'vars',
];

/** The builtins namespace (a fresh Attrs; module globals use it as their prototype). */
export function makeBuiltins(extra: Record<string, any> = {}): Attrs {
  const b = newAttrs();
  const fns: Record<string, (args: any[], kw: Kw) => any> = {
    print: printFn,
    len: (args) => (expectArgs('len', args, 1), len(args[0])),
    min: (args, kw) => minmax('min', args, kw),
    max: (args, kw) => minmax('max', args, kw),
    sum: sumFn,
    abs: absFn,
    round: roundFn,
    divmod: divmodFn,
    pow: powFn,
    isinstance: isinstanceFn,
    issubclass: issubclassFn,
    hash: hashFn,
    id: (args) => (expectArgs('id', args, 1), idOf(args[0])),
    repr: (args) => (expectArgs('repr', args, 1), repr(args[0])),
    ascii: (args) => (expectArgs('ascii', args, 1), ascii(args[0])),
    format: formatFn,
    iter: iterFn,
    next: nextFn,
    getattr: getattrFn,
    setattr: (args) => (expectArgs('setattr', args, 3), setAttr(args[0], attrName(args[1]), args[2]), null),
    hasattr: hasattrFn,
    delattr: (args) => (expectArgs('delattr', args, 2), delAttr(args[0], attrName(args[1])), null),
    callable: (args) => (expectArgs('callable', args, 1), isCallable(args[0])),
    chr: chrFn,
    ord: ordFn,
    input: inputFn,
    dir: (args) => (checkPositional('dir', args, 0, 1), args.length ? dirFn(args[0]) : Object.keys(state().mainGlobals ?? {}).sort()),
    vars: varsFn,
    globals: (args) => (expectArgs('globals', args, 0), liveGlobals()),
    locals: (args) => (expectArgs('locals', args, 0), liveGlobals()),
    sorted: sortedFn,
    __import__: (args, kw) => {
      const [name, , , fromlist] = parseArgs('__import__', args, kw, ['name', 'globals?', 'locals?', 'fromlist?', 'level?']);
      return importModule(name, fromlist !== undefined && fromlist !== null && truthy(fromlist));
    },
    __build_class__: () => throwPy('NotImplementedError', '__build_class__') };
  for (const [name, fn] of Object.entries(fns)) b[name] = builtin(name, fn);
  // both turn their argument into an array first (asArray), so a generator expression's items may come as a list
  b.sum.consumesAll = b.sorted.consumesAll = true;
  b.open = openBuiltin;
  b.bytearray = ByteArrayType;
  b.memoryview = MemoryViewType;
  b.all = allAny('all', true);
  b.any = allAny('any', false);
  // they keep no reference to their argument: a generator expression passed to them is closed after
  b.next.dropsArg = b.all.dropsArg = b.any.dropsArg = b.min.dropsArg = b.max.dropsArg = true;
  b.any.shortCircuit = 'any';
  b.all.shortCircuit = 'all';
  b.hex = baseFn('hex', 16);
  b.oct = baseFn('oct', 8);
  b.bin = baseFn('bin', 2);
  const types: Record<string, PyType> = {
    object: ObjectType, type: TypeType, int: IntType, float: FloatType, str: StrType, bool: BoolType,
    list: ListType, tuple: TupleType, dict: DictType, set: SetType, frozenset: FrozenSetType,
    complex: ComplexType, bytes: BytesType, range: RangeType, slice: SliceType, enumerate: EnumerateType,
    zip: ZipType, map: MapType, filter: FilterType, reversed: ReversedType, property: PropertyType,
    staticmethod: StaticMethodType, classmethod: ClassMethodType, super: SuperType };
  Object.assign(b, types);
  for (const [name, t] of excTypes) b[name] = t;
  b.None = null;
  b.True = true;
  b.False = false;
  b.NotImplemented = NotImplemented;
  b.Ellipsis = Ellipsis;
  b.__debug__ = true;
  Object.assign(b, extra);
  const full: Record<string, (args: any[], kw: Kw) => any> = {};
  for (const k of Object.keys(b)) if (b[k] instanceof PyBuiltin) full[k] = (b[k] as PyBuiltin).fn;
  installFastFunctions(b, full);
  // these take positional arguments only: a keyword is an error, as in CPython, not ignored
  for (const name of POSITIONAL_ONLY) {
    const f = b[name] as PyBuiltin, inner = f.fn;
    f.fn = (args, kw) => (noKw(name, kw), inner(args, kw));
  }
  b.abs.f1 = absValue;
  return b;
}

export { PyMethod, PyFunction, PySlice, PySet, NoneType };
