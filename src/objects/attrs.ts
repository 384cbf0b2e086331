/**
 * Attribute access, method calls, class creation and instantiation.
 *
 * `getAttr` follows CPython's generic lookup: type data descriptors (property, GetSet) → instance dict →
 * class attributes (functions bind to PyMethod, classmethod/staticmethod unwrap) → `__getattr__`.
 * `callMethod` does the same lookup but calls a found function with `self` directly instead of building a
 * bound method, which is what makes `obj.method(x)` cheap in loops.
 */
import { PyFuncCode } from './funcCode';
import { PyCell } from './cell';
import {
  PyType, TypeType, ObjectType, typeOf, Attrs, takeMroError, FunctionType, SuperType, typeDictChanged, globalsEpoch, newAttrs,
  BoolType, NoneType, RangeType, SliceType, BuiltinFunctionType, MethodType, GeneratorType, CoroutineType, ModuleType,
} from './pytype';
import { PyInstance, PyModule, PyTuple, tuple } from './values';
import { PyFunction, PyBuiltin, PyMethod, Kw, call, installCallSlow, funcAttrs } from './function';
import { PyProperty, PyStaticMethod, PyClassMethod, GetSet } from './descriptors';
import { throwPy } from './errors';
import { PyExc, BaseException } from './exceptions';
import { repr } from './repr';
import { userType, asSubclassInstance } from './subclass';
import { excType, attributeError } from './exceptions';
import { PyDict, AttrsDict } from './hashtable';
import { installSlots } from './slots';
import { state } from '../interp/state';

/** A method of a builtin type bound to `self`. */
export function boundBuiltin(v: PyBuiltin, self: any, doc: string | null): PyBuiltin {
  const b = new PyBuiltin(v.name, v.fn, self, doc);
  b.boundMeth = v.meth;
  return b;
}

function bindClassAttr(v: any, self: any, t: PyType): any {
  if (v instanceof PyFunction) return new PyMethod(v, self);
  if (v instanceof PyBuiltin) return v.meth ? boundBuiltin(v, self, v.doc) : v;
  if (v instanceof PyClassMethod) return v.bind(t);
  if (v instanceof PyStaticMethod) return v.f;
  if (v instanceof PyProperty) return v.fget === null ? throwPy('AttributeError', `property object has no getter`) : call(v.fget, [self]);
  if (v instanceof GetSet) return v.get(self);
  if (v instanceof PyInstance) {
    const g = v.cls.lookup('__get__');
    if (g !== undefined) return call(g, [v, self, t]);
  }
  return v;
}

function isDataDescriptor(v: any): boolean {
  return v instanceof PyProperty || v instanceof GetSet || (v instanceof PyInstance && v.cls.lookup('__set__') !== undefined);
}

export function attrError(o: any, name: string): never {
  throw attrErrorExc(o, name);
}
/** the AttributeError of a missing `o.name` */
export function attrErrorExc(o: any, name: string): PyExc {
  const what = o instanceof PyType ? `type object '${o.name}'` : o instanceof PyModule ? `module '${o.name}'` : `'${typeOf(o).tpName}' object`;
  return attributeError(o, name, `${what} has no attribute '${name}'`);
}

/** getattr(o, name) */
export function getAttr(o: any, name: string): any {
  let v: any;
  try {
    v = getAttrOrUndef(o, name);
  } catch (e) {
    throw attrErrorContext(e, o, name);
  }
  if (v !== undefined) return v;
  return attrError(o, name);
}

/**
 * An AttributeError leaving the lookup of `o.name` (raised by __getattr__, a property, ...) gets that
 * `name` and `obj` unless it has one of them already, as CPython's attribute lookup does.
 */
export function attrErrorContext(e: unknown, o: any, name: string): unknown {
  if (e instanceof PyExc && e.excName === undefined && e.excObj === undefined && e.cls.isSubtypeOf(excType('AttributeError'))) {
    e.excName = name;
    e.excObj = o;
  }
  return e;
}

/** getattr(o, name, <missing>): undefined when absent (AttributeError from __getattr__ also counts). */
export function getAttrOrUndef(o: any, name: string): any {
  if (o instanceof PySuper) return o.get(name);
  if (o instanceof PyInstance) {
    const t = o.cls;
    if (!t.plain) {
      const gattr = t.lookup('__getattribute__');
      if (gattr !== ObjectType.dict.__getattribute__) return customGetattribute(o, t, gattr, name);
    }
    return instanceAttr(o, t, o.d, name);
  }
  const ut = userType(o);
  if (ut !== null && o.d !== undefined) return instanceAttr(o, ut, o.d, name);
  if (o instanceof PyModule) {
    const v = o.d[name];
    if (v !== undefined) return v;
    if (name === '__dict__') return attrsToDict(o.d);
    // PEP 562: a module-level __getattr__ computes missing attributes
    const ga = o.d.__getattr__;
    if (ga !== undefined) return call(ga, [name]);
    return undefined;
  }
  if (o instanceof PyType) return typeAttr(o, name);
  if (o instanceof PyFunction) {
    const fv = o.d?.[name];
    if (fv !== undefined) return fv;
    switch (name) {
      case '__name__': return o.name;
      case '__qualname__': return o.qualname;
      case '__module__': return o.module;
      case '__doc__': return o.doc;
      case '__dict__': return attrsToDict(funcAttrs(o));
      case '__defaults__': return o.defaults.length ? new PyTuple(o.defaults) : null;
      case '__code__': if (o.code) return (o.codeObject ??= new PyFuncCode(o.code)); break;
      case '__closure__': {
        const cells = o.cells;
        return cells === null ? null : new PyTuple((o.code?.freevars ?? []).map((_, i) => new PyCell(cells, i)));
      }
      case '__kwdefaults__': return o.kwdefaults ? dictFromMap(o.kwdefaults) : null;
      case '__globals__': {
        // the live dict of the module the function was defined in
        const m = state().modules.get(o.module);
        if (m !== undefined) return getAttr(m, '__dict__');
        break;
      }
      case '__annotations__': {
        const d = new PyDict();
        for (const [k, v] of o.annotations ?? []) d.set(k, v);
        funcAttrs(o).__annotations__ = d;
        return d;
      }
    }
  }
  // a bound method's docstring is its function's (CPython's method.__doc__ getset)
  if (name === '__doc__' && o instanceof PyMethod) return getAttrOrUndef(o.func, name);
  const t = typeOf(o);
  const cv = t.lookup(name);
  if (cv !== undefined) return bindClassAttr(cv, o, t);
  if (o instanceof PyBuiltin) {
    if (name === '__name__' || name === '__qualname__') return o.name;
    if (name === '__self__') return o.self ?? null;
    if (name === '__doc__') return null;
  }
  if (o instanceof PyMethod) {
    if (name === '__self__') return o.self;
    if (name === '__func__') return o.func;
    return getAttrOrUndef(o.func, name);
  }
  if (name === '__class__') return t;
  // builtin types may compute attributes on demand (numpy.record fields)
  const ga = t.lookup('__getattr__');
  if (ga !== undefined) return call(ga, [o, name]);
  return undefined;
}

/** CPython's object.__getattribute__ for an object with an instance dict `d`, plus the __getattr__ fallback. */
function instanceAttr(o: any, t: PyType, d: Attrs, name: string): any {
  const ga = t.lookup('__getattr__');
  if (ga === undefined) return genericGetAttr(o, t, d, name);
  let v: any;
  try {
    v = genericGetAttr(o, t, d, name);
  } catch (e) {
    // an AttributeError from a descriptor (a property's getter) also falls back to __getattr__
    if (e instanceof PyExc && e.cls.isSubtypeOf(excType('AttributeError'))) return call(ga, [o, name]);
    throw e;
  }
  return v !== undefined ? v : call(ga, [o, name]);
}

function genericGetAttr(o: any, t: PyType, d: Attrs, name: string): any {
  const cv = t.lookup(name);
  if (cv !== undefined && isDataDescriptor(cv)) return bindClassAttr(cv, o, t);
  const iv = d[name];
  if (iv !== undefined) return iv;
  if (cv !== undefined) return bindClassAttr(cv, o, t);
  if (name === '__class__') return t;
  // instances of a class whose __slots__ leave out __dict__ have none, nor has a bare object()
  if (name === '__dict__' && !t.slotted && t !== ObjectType) return attrsToDict(d);
  return undefined;
}

/** A class overriding __getattribute__: it decides; AttributeError from it falls back to __getattr__. */
function customGetattribute(o: any, t: PyType, gattr: any, name: string): any {
  try {
    return callSpecial(gattr, o, name);
  } catch (e) {
    const ga = t.lookup('__getattr__');
    if (ga !== undefined && e instanceof PyExc && e.cls.isSubtypeOf(excType('AttributeError'))) return call(ga, [o, name]);
    throw e;
  }
}

/** object.__getattribute__(o, name), bypassing any override. */
export function objectGetAttribute(o: any, name: string): any {
  const t = typeOf(o);
  const d = o instanceof PyInstance ? o.d : o?.d;
  const v = d !== undefined ? genericGetAttr(o, t, d, name) : getAttrOrUndef(o, name);
  return v !== undefined ? v : attrError(o, name);
}

function typeAttr(t: PyType, name: string): any {
  // the metatype's data descriptors come first
  switch (name) {
    case '__name__': return t.name;
    case '__qualname__': return t.qualname;
    case '__mro__': return new PyTuple(t.mro);
    case '__bases__': return new PyTuple(t.bases);
    case '__base__': return t.bases[0] ?? null;
    case '__dict__': return attrsToDict(t.dict);
    case '__class__': return t.cls;
  }
  const v = t.lookup(name);
  if (v !== undefined) {
    if (v instanceof PyClassMethod) return v.bind(t);
    if (v instanceof PyStaticMethod) return v.f;
    if (v instanceof PyProperty) return v;
    if (v instanceof GetSet) return v;
    // a user descriptor found on the class: __get__(None, cls) (CPython's type_getattro)
    if (v instanceof PyInstance) {
      const g = v.cls.lookup('__get__');
      if (g !== undefined) return call(g, [v, null, t]);
    }
    return v;
  }
  switch (name) {
    case '__name__': return t.name;
    case '__qualname__': return t.qualname;
    case '__module__': return t.module;
    case '__mro__': return new PyTuple(t.mro);
    case '__bases__': return new PyTuple(t.bases);
    case '__base__': return t.bases[0] ?? null;
    case '__dict__': return attrsToDict(t.dict);
    case '__doc__': return null;
    case '__class__': return t.cls;
  }
  // attributes of the metatype (e.g. type.mro)
  const mv = t.cls.lookup(name);
  if (mv !== undefined) return bindClassAttr(mv, t, t.cls);
  return undefined;
}

function dictFromMap(m: Map<string, any>): PyDict {
  const d = new PyDict();
  for (const [k, v] of m) d.set(k, v);
  return d;
}

/** `obj.__dict__`: a live dict over the attribute storage (the same object each time). */
const liveDicts = new WeakMap<Attrs, AttrsDict>();
function attrsToDict(a: Attrs): PyDict {
  let d = liveDicts.get(a);
  if (d === undefined) liveDicts.set(a, (d = new AttrsDict(a)));
  return d;
}

/** setattr(o, name, v) */
export function setAttr(o: any, name: string, v: any): void {
  if (o instanceof PyInstance || (userType(o) !== null && o.d !== undefined)) {
    const cls = typeOf(o);
    // the class's __setattr__ comes first, even for names its data descriptors handle
    const sa = cls.lookup('__setattr__');
    if (sa !== undefined && sa !== ObjectType.dict.__setattr__) {
      call(sa, [o, name, v]);
      return;
    }
    instanceSetAttr(o, cls, name, v);
    return;
  }
  if (o instanceof PyType) {
    // a metaclass's own __setattr__ (Enum's refuses to rebind members) comes first
    const meta = typeOf(o);
    if (meta !== TypeType) {
      const sa = meta.lookup('__setattr__');
      if (sa !== undefined && sa !== ObjectType.dict.__setattr__) {
        call(sa, [o, name, v]);
        return;
      }
    }
    typeSetAttr(o, meta, name, v);
    return;
  }
  if (o instanceof PyModule) {
    o.d[name] = v;
    globalsEpoch.v++;
    return;
  }
  if (o instanceof PyFunction) {
    // repr and tracebacks read the fields, so the names are stored there (CPython: strings only)
    if (name === '__name__' || name === '__qualname__') {
      if (typeof v !== 'string') throwPy('TypeError', `${name} must be set to a string object`);
      if (name === '__name__') o.name = v;
      else o.qualname = v;
      return;
    }
    if (name === '__defaults__' || name === '__kwdefaults__') {
      setFunctionDefaults(o, name, v);
      return;
    }
    funcAttrs(o)[name] = v;
    return;
  }
  const t = typeOf(o);
  const cv = t.lookup(name);
  if (cv instanceof GetSet && cv.set) {
    cv.set(o, v);
    return;
  }
  if (o && typeof o === 'object' && (o as any).d && !(Array.isArray(o))) {
    (o as any).d[name] = v;
    return;
  }
  // a computed attribute without a setter (ndarray.T, int.real) words it as CPython's getset descriptors do
  if (cv instanceof GetSet) throwPy('AttributeError', `attribute '${name}' of '${t.tpName}' objects is not writable`);
  if (cv !== undefined) throwPy('AttributeError', `'${t.tpName}' object attribute '${name}' is read-only`);
  throwPy('AttributeError', `'${t.tpName}' object has no attribute '${name}'`);
}

/** object.__setattr__: descriptors on the type, else the instance dict (no __setattr__ override). */
/** object.__setattr__ on an instance of a user class: data descriptors on the class, else the instance dict. */
function instanceSetAttr(o: any, cls: PyType, name: string, v: any): void {
  const cv = cls.lookup(name);
  if (cv !== undefined) {
    if (cv instanceof PyProperty) {
      if (cv.fset === null) throwPy('AttributeError', `property '${name}' of '${cls.name}' object has no setter`);
      call(cv.fset, [o, v]);
      return;
    }
    if (cv instanceof GetSet) {
      if (!cv.set) throwPy('AttributeError', `attribute '${name}' of '${cls.tpName}' objects is not writable`);
      cv.set(o, v);
      return;
    }
    if (cv instanceof PyInstance) {
      const s = cv.cls.lookup('__set__');
      if (s !== undefined) {
        call(s, [cv, o, v]);
        return;
      }
    }
  }
  // slotted instances and plain object() ones have no instance dict
  if (cls.slotted || cls === ObjectType) {
    // a class attribute of that name (a method) is what the store would have to replace
    throwPy('AttributeError', cv !== undefined ? `'${cls.name}' object attribute '${name}' is read-only` : `'${cls.name}' object has no attribute '${name}'`);
  }
  o.d[name] = v;
}

/** type.__setattr__: a data descriptor on the metaclass, else the class's own namespace. */
function typeSetAttr(o: PyType, meta: PyType, name: string, v: any): void {
  if (meta !== TypeType) {
    const cv = meta.lookup(name);
    if (cv instanceof PyProperty) {
      if (cv.fset === null) throwPy('AttributeError', `property '${name}' of '${meta.name}' object has no setter`);
      call(cv.fset, [o, v]);
      return;
    }
  }
  if (!o.isUser) throwPy('TypeError', `cannot set '${name}' attribute of immutable type '${o.name}'`);
  if (name === '__name__' || name === '__qualname__') {
    if (typeof v !== 'string') throwPy('TypeError', `can only assign string to ${o.name}.${name}, not '${typeOf(v).tpName}'`);
    if (name === '__name__') o.name = v;
    else o.qualname = v;
    return;
  }
  o.dict[name] = v;
  typeDictChanged();
}

export function rawSetAttr(o: any, name: string, v: any): void {
  if (o instanceof PyType) {
    typeSetAttr(o, typeOf(o), name, v);
    return;
  }
  if (o instanceof PyInstance || (userType(o) !== null && o.d !== undefined)) {
    instanceSetAttr(o, typeOf(o), name, v);
    return;
  }
  const cv = typeOf(o).lookup(name);
  if (cv instanceof PyProperty || cv instanceof GetSet) {
    setAttr(o, name, v);
    return;
  }
  if (o !== null && typeof o === 'object' && o.d !== undefined) o.d[name] = v;
  else setAttr(o, name, v);
}

/** delattr(o, name) / `del o.name`: a class's own (or inherited) __delattr__ first, as setAttr does. */
export function delAttr(o: any, name: string): void {
  if (o instanceof PyInstance || (userType(o) !== null && o.d !== undefined) || (o instanceof PyType && typeOf(o) !== TypeType)) {
    const da = typeOf(o).lookup('__delattr__');
    if (da !== undefined && da !== ObjectType.dict.__delattr__) {
      call(da, [o, name]);
      return;
    }
  }
  rawDelAttr(o, name);
}

/** object.__delattr__: data descriptors on the type (property deleter, __delete__), else the instance dict. */
export function rawDelAttr(o: any, name: string): void {
  if (o instanceof PyInstance || (userType(o) !== null && o.d !== undefined)) {
    const cls = typeOf(o);
    const cv = cls.lookup(name);
    if (cv instanceof PyProperty) {
      if (cv.fdel === null) throwPy('AttributeError', `property '${name}' of '${cls.name}' object has no deleter`);
      call(cv.fdel, [o]);
      return;
    }
    if (cv instanceof GetSet) {
      if (cv.del === null) throwPy('AttributeError', `attribute '${name}' of '${cls.tpName}' objects is not writable`);
      cv.del(o);
      return;
    }
    if (cv instanceof PyInstance) {
      const d = cv.cls.lookup('__delete__');
      if (d !== undefined) {
        call(d, [cv, o]);
        return;
      }
    }
    if (o.d[name] === undefined) attrError(o, name);
    delete o.d[name];
    return;
  }
  if (o instanceof PyType && o.isUser) {
    if (o.dict[name] === undefined) attrError(o, name);
    delete o.dict[name];
    typeDictChanged();
    return;
  }
  if (o instanceof PyModule || (o instanceof PyFunction && o.d)) {
    const d = o instanceof PyModule ? o.d : o.d!;
    if (d[name] === undefined) attrError(o, name);
    delete d[name];
    globalsEpoch.v++;
    return;
  }
  attrError(o, name);
}

// ---- method calls ----

/** o.name(*args, **kw) without materialising a bound method when possible. */
export function callMethod(o: any, name: string, args: any[], kw: Kw = null): any {
  if (o instanceof PyInstance) {
    const f = o.cls.lookup(name);
    if (f instanceof PyFunction && o.d[name] === undefined) {
      if (kw === null && f.takes(args.length + 1)) return f.fn(o, ...args);
      return call(f, [o, ...args], kw);
    }
  } else if (!(o instanceof PyType) && !(o instanceof PyModule) && !(o instanceof PySuper)) {
    const t = typeOf(o);
    const f = t.lookup(name);
    if (f instanceof PyBuiltin && f.meth !== null) return f.meth(o, args, kw);
    if (f instanceof PyFunction && t.isUser && (o.d === undefined || o.d[name] === undefined)) return call(f, [o, ...args], kw);
  } else if (o instanceof PyModule && o.cls === ModuleType && !name.startsWith('__')) {
    // `math.sqrt(x)`, `random.random()`: a plain module's attribute is its dict's entry
    const f = o.d[name];
    if (f !== undefined) return call(f, args, kw);
  }
  return call(getAttr(o, name), args, kw);
}

export function cm0(o: any, name: string): any {
  if (o instanceof PyInstance) {
    const f = o.cls.lookup(name);
    if (f instanceof PyFunction && f.takes(1) && o.d[name] === undefined) return f.fn(o);
  }
  return callMethod(o, name, []);
}

/** Look up a special method on the type (never the instance), as CPython does for operators. */
export function special(o: any, name: string): any {
  return typeOf(o).lookup(name);
}

/** Call a special method found by `special`. */
export function callSpecial(f: any, self: any, ...args: any[]): any {
  if (f instanceof PyFunction && f.takes(args.length + 1)) return f.fn(self, ...args);
  if (f instanceof PyBuiltin && f.meth) return f.meth(self, args, null);
  return call(bindClassAttr(f, self, typeOf(self)), args);
}

// ---- classes ----

/** builtin types that cannot be subclassed (CPython's types without Py_TPFLAGS_BASETYPE) */
const FINAL_TYPES = new Set<PyType>([FunctionType, BoolType, NoneType, RangeType, SliceType, BuiltinFunctionType, MethodType, GeneratorType, CoroutineType]);

/** The instance layout a type's instances share: its builtin ancestor (exceptions all share BaseException's). */
function layoutOf(t: PyType): PyType | null {
  const solid = t.solid;
  return solid !== null && solid.isSubtypeOf(BaseException) ? BaseException : solid;
}

/** Bases whose builtin layouts are unrelated (class X(int, str)) cannot be combined, as in CPython. */
function checkLayouts(bases: PyType[]): void {
  if (bases.length < 2) return;
  let best: PyType | null = null;
  for (const b of bases) {
    const l = layoutOf(b);
    if (l === null || best === l) continue;
    if (best === null || l.isSubtypeOf(best)) best = l;
    else if (!best.isSubtypeOf(l)) throwPy('TypeError', 'multiple bases have instance lay-out conflict');
  }
}

/**
 * The metaclass a class with these bases gets, starting from `meta` (the explicit one, or type): the
 * most derived of it and the bases' metaclasses, which must all be ancestors of that one
 * (CPython's _PyType_CalculateMetaclass).
 */
function derivedMeta(meta: PyType, bases: PyType[]): PyType {
  let winner = meta;
  for (const b of bases) {
    const m = b.cls;
    if (winner.isSubtypeOf(m)) continue;
    if (m.isSubtypeOf(winner)) winner = m;
    else throwPy('TypeError', 'metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** The `class` statement: build a new type from its name, bases and executed namespace. */
export function makeClass(name: string, qualname: string, bases: any[], ns: Attrs, module: string, kw: Kw, metaDone = false): PyType {
  for (const b of bases) {
    if (!(b instanceof PyType)) throwPy('TypeError', `bases must be types`);
    if (FINAL_TYPES.has(b) || b.dict.__final__ === true) throwPy('TypeError', `type '${b.name}' is not an acceptable base type`);
  }
  if (!metaDone) {
    // the explicit metaclass, else the most derived metaclass of the bases
    let meta = kw?.get('metaclass');
    if (meta === undefined || meta instanceof PyType) meta = derivedMeta(meta ?? TypeType, bases as PyType[]);
    if (meta !== undefined && meta !== TypeType) {
      if (ns.__module__ === undefined) ns.__module__ = module;
      if (ns.__qualname__ === undefined) ns.__qualname__ = qualname;
      const rest = kw ? new Map([...kw].filter(([k]) => k !== 'metaclass')) : null;
      return call(meta, [name, new PyTuple(bases), attrsToDict(ns)], rest && rest.size ? rest : null);
    }
  }
  // the body's __qualname__ names the type and leaves its dict (copied: deleting would slow the dict)
  if (ns.__qualname__ !== undefined) {
    if (typeof ns.__qualname__ !== 'string') throwPy('TypeError', `type __qualname__ must be a str, not ${typeOf(ns.__qualname__).tpName}`);
    qualname = ns.__qualname__;
    const rest = newAttrs();
    for (const k in ns) if (k !== '__qualname__') rest[k] = ns[k];
    ns = rest;
  }
  const bs = bases.length ? (bases as PyType[]) : [ObjectType];
  if (metaDone) derivedMeta(TypeType, bs);
  checkLayouts(bs);
  bs.forEach((b, i) => {
    if (bs.indexOf(b) !== i) throwPy('TypeError', `duplicate base class ${b.name}`);
  });
  // the class body's __module__ (the defining module's __name__), not the caller's default
  const t = new PyType(name, bs, ns, true, typeof ns.__module__ === 'string' ? ns.__module__ : module);
  const err = takeMroError();
  if (err) throwPy('TypeError', err);
  t.cls = TypeType;
  t.qualname = qualname;
  t.solid = bs[0].solid;
  if (ns.__slots__ !== undefined) installSlots(t, ns);
  for (const b of t.mro) if (b.newInstance) { t.newInstance = b.newInstance; break; }
  // a class that defines __eq__ but not __hash__ is unhashable
  if (ns.__eq__ !== undefined && ns.__hash__ === undefined) ns.__hash__ = null;
  if (ns.__doc__ === undefined) ns.__doc__ = null;
  // implicit classmethod for __init_subclass__ / __class_getitem__, staticmethod for __new__
  if (ns.__new__ instanceof PyFunction) ns.__new__ = new PyStaticMethod(ns.__new__);
  if (ns.__class_getitem__ instanceof PyFunction) ns.__class_getitem__ = new PyClassMethod(ns.__class_getitem__);
  if (ns.__init_subclass__ instanceof PyFunction) ns.__init_subclass__ = new PyClassMethod(ns.__init_subclass__);
  // the nearest base's __init_subclass__, bound to the new class, gets the class keywords
  const classKw = kw ? new Map([...kw].filter(([k]) => k !== 'metaclass')) : null;
  for (const b of t.mro.slice(1)) {
    const isub = b.dict.__init_subclass__;
    if (isub === undefined) continue;
    if (isub instanceof PyClassMethod) call(isub.bind(t), [], classKw);
    else if (classKw !== null && classKw.size > 0) throwPy('TypeError', `${qualname}.__init_subclass__() takes no keyword arguments`);
    break;
  }
  for (const k in ns) {
    const v = ns[k];
    if (v instanceof PyInstance) {
      const sn = v.cls.lookup('__set_name__');
      if (sn !== undefined) call(sn, [v, t, k]);
    }
  }
  return t;
}

/** Calling a type creates an instance: __new__ then __init__. */
export function instantiate(t: PyType, args: any[], kw: Kw): any {
  // a metaclass defining __call__ decides what calling its classes does
  if (t.cls !== TypeType) {
    const mc = t.cls.lookup('__call__');
    if (mc !== undefined && mc !== TypeType.dict.__call__) return call(mc, [t, ...args], kw);
  }
  return typeCall(t, args, kw);
}

/**
 * Builtin exception classes whose __new__ and __init__ are BaseException's: calling one with positional
 * arguments only makes the instance and stores them as `args` (what those two methods do in turn).
 * Builtin classes never change, so the answer is kept on the type.
 */
export function isPlainExcType(t: PyType): boolean {
  let ok = t.plainExc;
  if (ok === undefined) {
    const base = BaseException.dict;
    ok = !t.isUser && t.newInstance !== null && t.isSubtypeOf(BaseException) && t.lookup('__new__') === base.__new__ && t.lookup('__init__') === base.__init__;
    t.plainExc = ok;
  }
  return ok;
}

/**
 * isinstance(o, c) for a class with type's own __instancecheck__: o's type is c or a subclass, or else
 * o's `__class__` attribute (a class may override it, as proxies do) names such a class.
 */
export function instanceOf(o: any, c: PyType): boolean {
  if (typeOf(o).isSubtypeOf(c)) return true;
  if (o instanceof PyInstance) {
    const own = o.cls.lookup('__class__');
    if (own !== undefined && own !== ObjectType.dict.__class__) {
      const k = getAttrOrUndef(o, '__class__');
      return k instanceof PyType && k !== o.cls && k.isSubtypeOf(c);
    }
  }
  return false;
}

/**
 * `f.__defaults__ = (…)` / `f.__kwdefaults__ = {…}`: the values calls bind from now on. A compiled
 * function reads its defaults from arrays on its JS function (compile/functions.ts: `$pyfn.$d`, `$kd`),
 * updated in place when the count is unchanged; with another count, calls no longer leave parameters
 * to the JS function (PyFunction.nmin, kwFree) and bind them in `call` instead.
 */
function setFunctionDefaults(f: PyFunction, name: string, v: any): void {
  const js = f.fn as any;
  if (name === '__defaults__') {
    if (v !== null && !(v instanceof PyTuple)) throwPy('TypeError', '__defaults__ must be set to a tuple object');
    const vals = v === null ? [] : v.items.slice();
    const same = Array.isArray(js.$d) && js.$d.length === vals.length;
    f.defaults = vals;
    if (same) js.$d = vals;
    else {
      if (js.$d !== undefined) js.$d = js.$d.map(() => undefined);
      f.nmin = f.nfast;
      f.kwFree = false;
    }
    return;
  }
  if (v !== null && !(v instanceof PyDict)) throwPy('TypeError', '__kwdefaults__ must be set to a dict object');
  const m = new Map<string, any>();
  if (v !== null) for (const { k, v: x } of v.entries()) m.set(k, x);
  f.kwdefaults = m.size ? m : null;
  if (Array.isArray(js.$kd)) js.$kd = f.sig.kwonly.map((n) => m.get(n));
  f.kwFree = f.kwFree && f.sig.kwonly.every((n) => m.has(n));
}

/** type.__call__: __new__ then __init__. */
export function typeCall(t: PyType, args: any[], kw: Kw): any {
  if (t === TypeType) return TypeType.newInstance!(t, args, kw);
  if (kw === null && isPlainExcType(t)) {
    const e = t.newInstance!(t, args, null) as PyExc;
    e.args = tuple(args);
    return e;
  }
  // plain classes (object's __new__, a Python __init__ taking exactly these arguments): no lookups
  const init0 = t.plainInit;
  if (init0 !== null && kw === null && init0.takes(args.length + 1)) {
    const obj = new PyInstance(t);
    const r = init0.fn(obj, ...args);
    if (r !== null) throwPy('TypeError', `__init__() should return None, not '${typeOf(r).tpName}'`);
    return obj;
  }
  const newf = t.lookup('__new__');
  let obj: any;
  if (newf !== undefined && newf !== ObjectType.dict.__new__) {
    const f = newf instanceof PyStaticMethod ? newf.f : newf;
    obj = call(f, [t, ...args], kw);
    if (!typeOf(obj).isSubtypeOf(t)) return obj;
  } else if (t.newInstance) {
    obj = t.newInstance(t, args, kw);
    if (!t.isUser) return obj; // builtin types initialise in newInstance
    obj = asSubclassInstance(t, obj);
  } else {
    obj = new PyInstance(t);
  }
  const init = t.lookup('__init__');
  if (init instanceof PyFunction) {
    const r = kw === null && init.takes(args.length + 1) ? init.fn(obj, ...args) : call(init, [obj, ...args], kw);
    if (r !== null) throwPy('TypeError', `__init__() should return None, not '${typeOf(r).tpName}'`);
  } else if (init !== undefined && init !== ObjectType.dict.__init__) {
    if (init instanceof PyBuiltin && init.meth) init.meth(obj, args, kw);
    else call(bindClassAttr(init, obj, t), args, kw);
  } else if ((args.length || (kw && kw.size)) && t.lookup('__new__') === ObjectType.dict.__new__) {
    if (obj instanceof PyExc) obj.args = new PyTuple(args);
    else throwPy('TypeError', `${t.name}() takes no arguments`);
  } else if (obj instanceof PyExc && (newf === undefined || newf === ObjectType.dict.__new__)) {
    obj.args = new PyTuple(args);
  }
  return obj;
}

installCallSlow((f: any, args: any[], kw: Kw) => {
  if (f instanceof PyType) return instantiate(f, args, kw);
  const c = typeOf(f).lookup('__call__');
  if (c !== undefined && !(f instanceof PyType)) {
    if (c instanceof PyFunction) return call(c, [f, ...args], kw);
    return call(bindClassAttr(c, f, typeOf(f)), args, kw);
  }
  return throwPy('TypeError', `'${typeOf(f).tpName}' object is not callable`);
});

/** super(cls, obj).name */
export class PySuper {
  declare cls: PyType;
  static {
    this.prototype.cls = SuperType;
  }
  constructor(public thisType: PyType, public obj: any) {}
  get(name: string): any {
    // the super object's own class, not the next class's attribute (CPython's super_getattro)
    if (name === '__class__') return SuperType;
    const objType = this.obj instanceof PyType && this.obj.isSubtypeOf(this.thisType) ? this.obj : typeOf(this.obj);
    const mro = objType.mro;
    let i = mro.indexOf(this.thisType);
    for (i = i + 1; i < mro.length; i++) {
      const v = mro[i].dict[name];
      if (v !== undefined) {
        if (v instanceof PyFunction) return this.obj instanceof PyType && objType === this.obj ? v : new PyMethod(v, this.obj);
        if (v instanceof PyBuiltin) return v.meth ? boundBuiltin(v, this.obj, null) : v;
        if (v instanceof PyClassMethod) return v.bind(objType);
        if (v instanceof PyStaticMethod) return v.f;
        // super(C, C).attr binds descriptors to no instance (CPython's super_getattro)
        const inst = this.obj instanceof PyType && objType === this.obj ? null : this.obj;
        if (v instanceof PyProperty) return inst === null ? v : call(v.fget, [inst]);
        const get = v instanceof PyInstance ? v.cls.lookup('__get__') : undefined;
        return get !== undefined ? call(get, [v, inst, objType]) : v;
      }
    }
    return throwPy('AttributeError', `'super' object has no attribute '${name}'`);
  }
}


export { repr };
