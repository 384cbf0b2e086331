/**
 * Python type objects and the JS representation of every Python value.
 *
 * Representation (chosen for speed of generated code; see DESIGN.md "Execution"):
 *   None → null · bool → boolean · int → integral JS number within ±(2**53-1), bigint beyond (always
 *   normalised: a bigint is never in the safe range) · float → PyFloat box (so 1 and 1.0 stay distinct) ·
 *   str → JS string · list → JS Array · everything else → an object with a `cls` (its PyType).
 * `undefined` is never a Python value: it means "unbound" in variables and "exhausted" from iterators.
 *
 * A PyType holds its attributes in `dict`, an `Attrs` object (a fast-mode JS object whose prototype chain
 * carries no Object.prototype members, so any Python name is safe as a key), and its C3 linearised `mro`.
 */

/** Attribute storage: plain fast-mode objects with no inherited members (not even __proto__). */
export interface Attrs {
  [name: string]: any;
}
function AttrsCtor(this: any) {}
AttrsCtor.prototype = Object.create(null);
export function newAttrs(): Attrs {
  return new (AttrsCtor as any)();
}

/**
 * The dict of an instance (values.ts PyInstance): Attrs from a constructor of its own, whose objects
 * keep their first INSTANCE_SLOTS attributes inside themselves. V8 sizes the objects a constructor makes
 * from the first seven it makes (in-object slack tracking: it keeps room for the most properties any of
 * them got, up to 8 + the constructor's own `this.x =` stores). AttrsCtor's first objects stayed empty,
 * so every `self.x` lived in a separate property array: one more object to allocate per instance and one
 * more load per attribute read. The objects made here, before any instance exists, settle the size.
 * 600k two-attribute instances kept in a list: 370 -> 300 ms of CPU with 3 slots, 330 with 6 (each slot
 * costs 8 bytes in every instance; four cover most classes).
 */
function InstanceAttrsCtor(this: any) {}
InstanceAttrsCtor.prototype = AttrsCtor.prototype;
const INSTANCE_SLOTS = 4;
for (let i = 0; i < 8; i++) {
  const o = new (InstanceAttrsCtor as any)();
  if (i === 0) for (let k = 0; k < INSTANCE_SLOTS; k++) o['\0' + k] = null;
}
export function newInstanceAttrs(): Attrs {
  return new (InstanceAttrsCtor as any)();
}

/**
 * Bumped whenever any type's dict changes after creation (class attribute assignment or deletion), so
 * every PyType's flattened lookup cache is rebuilt on its next use.
 */
export const typeEpoch = { v: 0 };
/**
 * Bumped by every store into or deletion from a module's globals (and by anything else that may change
 * what a global name means); read sites in generated code cache a global's value for one epoch.
 */
export const globalsEpoch = { v: 0 };
export function typeDictChanged(): void {
  typeEpoch.v++;
  for (const ic of filledSites) ic[0] = ic[5] = null;
  filledSites.length = 0;
}

/**
 * The site caches of generated code ([class, _, function, builtin, epoch]: attribute reads and stores, method calls) that
 * hold a class, each listed once per epoch. A type dict change empties them all, so the inline test at a
 * site is only `o.cls === ic[0]`, not also the epoch (two loads and a compare fewer in every attribute
 * access and method call).
 */
const filledSites: any[][] = [];
/** Store class `cls` into site cache `ic` (valid until the next type dict change). */
export function fillSite(ic: any[], cls: PyType): void {
  listSite(ic);
  ic[0] = cls;
}
/** Store a class whose reads of the site's attribute call `getter`, a plain property's (slots 5, 6). */
export function fillPropertySite(ic: any[], cls: PyType, getter: unknown): void {
  listSite(ic);
  ic[5] = cls;
  ic[6] = getter;
}
function listSite(ic: any[]): void {
  // slot 4 marks the epoch the cache was listed in (slot 1 is a module site's globals epoch)
  if (ic[4] !== typeEpoch.v) {
    ic[4] = typeEpoch.v;
    filledSites.push(ic);
  }
}

/** each type's direct subclasses in creation order, held weakly as CPython does (type.__subclasses__) */
const subclassRefs = new WeakMap<PyType, WeakRef<PyType>[]>();
export function subclassesOf(t: PyType): PyType[] {
  const refs = subclassRefs.get(t);
  if (refs === undefined) return [];
  const live: PyType[] = [];
  for (const r of refs) {
    const c = r.deref();
    if (c !== undefined) live.push(c);
  }
  if (live.length < refs.length) subclassRefs.set(t, live.map((c) => new WeakRef(c)));
  return live;
}

export class PyType {
  cls!: PyType;
  name: string;
  qualname: string;
  module: string;
  bases: PyType[];
  mro: PyType[];
  dict: Attrs;
  /** the nearest builtin ancestor whose JS representation instances use (object for plain classes) */
  solid: PyType | null = null;
  /** user-defined class (created by a `class` statement) */
  isUser: boolean;
  /** a Python-written stdlib class standing for one CPython implements in C (_ndpy_types.extension) */
  extension = false;
  /** instances take only the attributes named by __slots__ (slots.ts) */
  slotted = false;
  /** constructs a new instance for `cls(...)` when the type is called; set for builtin types */
  newInstance: ((cls: PyType, args: any[], kw: Map<string, any> | null) => any) | null = null;
  /** fast entry for a call with exactly one / two positional arguments (builtin types only, see fastcalls.ts) */
  f1: ((a: any) => any) | undefined = undefined;
  f2: ((a: any, b: any) => any) | undefined = undefined;
  /** f1 for a soft call (interp/softRaise.ts): its usual failure handed back, not thrown */
  s1: ((a: any) => any) | undefined = undefined;
  /** true when instances may carry attributes in a `d` dict */
  constructor(name: string, bases: PyType[], dict: Attrs | null, isUser = false, module = 'builtins') {
    this.name = name;
    this.qualname = name;
    this.module = module;
    this.bases = bases;
    this.dict = dict ?? newAttrs();
    this.isUser = isUser;
    this.mro = [this];
    if (bases.length) this.mro = c3(this, bases);
    for (const b of bases) {
      let refs = subclassRefs.get(b);
      if (refs === undefined) subclassRefs.set(b, (refs = []));
      refs.push(new WeakRef(this));
    }
  }

  /**
   * The name CPython's messages use (`tp_name`): a class statement's type is its bare name, a type
   * built into an extension module is qualified by the module ('numpy.ndarray', 'datetime.date').
   */
  get tpName(): string {
    return (this.isUser && !this.extension) || this.module === 'builtins' ? this.name : `${this.module}.${this.name}`;
  }

  /** The MRO flattened into one Attrs (built lazily, rebuilt when any type dict changes). */
  private flat: Attrs | null = null;
  private flatEpoch = -1;

  /** Look a name up along the MRO; undefined when absent. One keyed load on the flattened cache. */
  lookup(name: string): any {
    let f = this.flat;
    if (f === null || this.flatEpoch !== typeEpoch.v) f = this.buildFlat();
    return f[name];
  }

  private plainEpoch = -1;
  private plainGet = false;
  private plainSet = false;
  private defaultGet = false;
  private defaultSet = false;
  /**
   * True when instance attribute reads need no class check: no data descriptor (property, GetSet, an
   * object with __set__) other than object's own __class__ and, in a `slotted` class, its slots (whose
   * values its instances keep in their dict, slots.ts), and no custom __getattribute__. Generated code
   * reads `self.x` straight from the instance dict when this holds.
   */
  get plain(): boolean {
    if (this.plainEpoch !== typeEpoch.v) this.computePlain();
    return this.plainGet;
  }
  /** Whether attribute reads go through object.__getattribute__ (no custom one anywhere in the MRO). */
  get defaultGetattribute(): boolean {
    if (this.plainEpoch !== typeEpoch.v) this.computePlain();
    return this.defaultGet;
  }
  /** Likewise for stores: also no custom __setattr__. */
  get plainStore(): boolean {
    if (this.plainEpoch !== typeEpoch.v) this.computePlain();
    return this.plainSet;
  }
  /**
   * Whether reads of instance attribute `name` may look in the instance dict first, with no class check:
   * the class has no data descriptor of that name (a slot of a `slotted` class aside) and no custom
   * __getattribute__. Generated code caches this per site (one name), so a property elsewhere in the
   * class does not slow down its other attributes.
   */
  readsPlain(name: string): boolean {
    if (this.plain) return true;
    return this.defaultGet && !this.blocks(this.flat![name]);
  }
  /** Likewise for a store of `name` into the instance dict: no custom __setattr__; a slotted class's slots only. */
  storesPlain(name: string): boolean {
    if (this.plainStore) return true;
    const v = this.flat![name];
    return this.defaultSet && (this.slotted ? v?.slot === true : !this.blocks(v));
  }
  /** a class attribute that keeps generated code from using the instance dict directly */
  private blocks(v: any): boolean {
    return v !== null && typeof v === 'object' && isDataDescriptor(v) && !(this.slotted && v.slot === true);
  }
  private itemsEpoch = -1;
  private itemsPlain = false;
  /**
   * A dict subclass whose item reads and stores are dict's own (defaultdict, Counter): generated code
   * may read or update in its storage the value of a key it holds, as for a plain dict.
   */
  get dictItems(): boolean {
    if (this.itemsEpoch !== typeEpoch.v) {
      this.itemsPlain = this.isSubtypeOf(DictType) && this.lookup('__getitem__') === DictType.lookup('__getitem__') && this.lookup('__setitem__') === DictType.lookup('__setitem__');
      this.itemsEpoch = typeEpoch.v;
    }
    return this.itemsPlain;
  }
  private initEpoch = -1;
  private initFn: any = null;
  /** attrs.typeCall's cached answer: a builtin exception class with BaseException's __new__ and __init__ */
  plainExc: boolean | undefined = undefined;
  /**
   * For a user class created with object's __new__ (no builtin base), its __init__ when that is a
   * Python function; null otherwise. Lets `Cls(a, b)` skip the generic instantiation path.
   */
  get plainInit(): any {
    if (this.initEpoch !== typeEpoch.v) {
      const init = this.lookup('__init__');
      const ok = this.isUser && this.cls === TypeType && this.newInstance === null && this.lookup('__new__') === ObjectType.dict.__new__ && isPyFunction(init);
      this.initFn = ok ? init : null;
      this.initEpoch = typeEpoch.v;
    }
    return this.initFn;
  }

  private computePlain(): void {
    const f = this.flat !== null && this.flatEpoch === typeEpoch.v ? this.flat : this.buildFlat();
    let ok = true;
    for (const k in f) {
      if (k === '__class__') continue;
      const v = f[k];
      if (this.blocks(v)) {
        ok = false;
        break;
      }
    }
    const base = ObjectType.dict;
    this.defaultGet = f.__getattribute__ === base.__getattribute__;
    // object() instances take no attributes (attrs.instanceSetAttr refuses them)
    this.defaultSet = f.__setattr__ === base.__setattr__ && this !== ObjectType;
    this.plainGet = ok && this.defaultGet;
    this.plainSet = ok && this.defaultSet && !this.slotted;
    this.plainEpoch = typeEpoch.v;
  }

  private buildFlat(): Attrs {
    const f = newAttrs();
    for (let i = this.mro.length - 1; i >= 0; i--) {
      const d = this.mro[i].dict;
      for (const k in d) f[k] = d[k];
    }
    this.flat = f;
    this.flatEpoch = typeEpoch.v;
    return f;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }
}

function c3(cls: PyType, bases: PyType[]): PyType[] {
  const seqs = bases.map((b) => b.mro.slice()).concat([bases.slice()]);
  const out: PyType[] = [cls];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length);
    if (!nonEmpty.length) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((t) => t.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (!cand) {
      // like CPython: the distinct heads of the sequences still to merge, with its line break
      const heads: PyType[] = [];
      for (const s of nonEmpty) if (!heads.includes(s[0])) heads.push(s[0]);
      mroError = `Cannot create a consistent method resolution\norder (MRO) for bases ${heads.map((b) => b.name).join(', ')}`;
      return out.concat(bases);
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}
/** set by c3 when linearisation fails; the class statement turns it into a TypeError */
export let mroError: string | null = null;
export function takeMroError(): string | null {
  const e = mroError;
  mroError = null;
  return e;
}

/** Set by function.ts (which imports this module): recognises compiled Python functions. */
let isPyFunction: (v: any) => boolean = () => false;
export function setPyFunctionTest(f: (v: any) => boolean): void {
  isPyFunction = f;
}

/** Set by descriptors.ts: recognises property/GetSet/user descriptors with __set__. */
let isDataDescriptor: (v: any) => boolean = () => false;
export function setDataDescriptorTest(f: (v: any) => boolean): void {
  isDataDescriptor = f;
}

// ---- the builtin types (their methods are installed by the files that implement them) ----
export const ObjectType = new PyType('object', [], null);
export const TypeType = new PyType('type', [ObjectType], null);
ObjectType.cls = TypeType;
TypeType.cls = TypeType;

export function builtinType(name: string, base: PyType = ObjectType, module = 'builtins'): PyType {
  const t = new PyType(name, [base], null, false, module);
  t.cls = TypeType;
  t.solid = t;
  return t;
}
ObjectType.solid = ObjectType;
TypeType.solid = TypeType;

export const IntType = builtinType('int');
export const BoolType = builtinType('bool', IntType);
export const FloatType = builtinType('float');
export const ComplexType = builtinType('complex');
export const StrType = builtinType('str');
export const BytesType = builtinType('bytes');
export const ListType = builtinType('list');
export const TupleType = builtinType('tuple');
export const DictType = builtinType('dict');
export const SetType = builtinType('set');
export const FrozenSetType = builtinType('frozenset');
export const NoneType = builtinType('NoneType');
export const RangeType = builtinType('range');
export const SliceType = builtinType('slice');
export const FunctionType = builtinType('function');
export const BuiltinFunctionType = builtinType('builtin_function_or_method');
export const MethodType = builtinType('method');
export const ModuleType = builtinType('module');
export const NotImplementedType = builtinType('NotImplementedType');
export const EllipsisType = builtinType('ellipsis');
export const GeneratorType = builtinType('generator');
export const CoroutineType = builtinType('coroutine');
export const IteratorType = builtinType('iterator');
export const PropertyType = builtinType('property');
export const StaticMethodType = builtinType('staticmethod');
export const ClassMethodType = builtinType('classmethod');
export const SuperType = builtinType('super');
export const CellType = builtinType('cell');
export const FileType = builtinType('TextIOWrapper', ObjectType, '_io');

/** The Python type of any value. */
export function typeOf(v: any): PyType {
  switch (typeof v) {
    case 'number':
      // a non-integral JS number is a float (see values.float)
      return Number.isInteger(v) ? IntType : FloatType;
    case 'bigint':
      return IntType;
    case 'string':
      return StrType;
    case 'boolean':
      return BoolType;
    case 'object':
      if (v === null) return NoneType;
      if (Array.isArray(v)) return (v as any).cls === undefined ? ListType : (v as any).cls;
      return v.cls;
    case 'function':
      return FunctionType;
  }
  return ObjectType;
}

/** isinstance with a single class. */
export function isInstance(v: any, t: PyType): boolean {
  return typeOf(v).isSubtypeOf(t);
}
