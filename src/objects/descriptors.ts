/**
 * Descriptors: property, staticmethod, classmethod, and GetSet (a builtin computed attribute such as
 * `complex.real` or `BaseException.args`). Attribute lookup in attrs.ts consults these the way CPython's
 * `object.__getattribute__` does: data descriptors on the type win over the instance dict, which wins
 * over non-data descriptors and plain class attributes.
 */
import { PyType, PropertyType, StaticMethodType, ClassMethodType, ObjectType, setDataDescriptorTest } from './pytype';
import { PyBuiltin, PyMethod, call } from './function';
import { PyInstance } from './values';
import { throwPy } from './errors';

export class PyProperty {
  declare cls: PyType;
  constructor(public fget: any, public fset: any, public fdel: any, public doc: any) {}
}
PyProperty.prototype.cls = PropertyType;

export class PyStaticMethod {
  declare cls: PyType;
  constructor(public f: any) {}
}
PyStaticMethod.prototype.cls = StaticMethodType;

export class PyClassMethod {
  declare cls: PyType;
  constructor(public f: any) {}
  /**
   * The method bound to class `t`: a builtin one stays a builtin (dict.fromkeys is not a `method`). A
   * wrapped descriptor is asked instead, as CPython 3.11 chains them (`@classmethod @property`).
   */
  bind(t: PyType): any {
    const f = this.f;
    if (f instanceof PyBuiltin) return new PyBuiltin(f.name, f.fn, t, f.doc);
    if (f instanceof PyProperty) return f.fget === null ? throwPy('AttributeError', 'property object has no getter') : call(f.fget, [t]);
    const get = f instanceof PyInstance ? f.cls.lookup('__get__') : undefined;
    return get !== undefined ? call(get, [f, t, t]) : new PyMethod(f, t);
  }
}
PyClassMethod.prototype.cls = ClassMethodType;

/** A builtin attribute computed from the object (read-only unless `set` is given). */
export class GetSet {
  declare cls: PyType;
  /** a `__slots__` entry (slots.ts) */
  slot = false;
  /** `del o.name`, when the attribute can be deleted */
  del: ((self: any) => void) | null = null;
  constructor(
    public name: string,
    public get: (self: any) => any,
    public set: ((self: any, v: any) => void) | null = null,
  ) {}
}
GetSet.prototype.cls = ObjectType;

setDataDescriptorTest(
  (v) => v instanceof PyProperty || v instanceof GetSet || (v.cls !== undefined && v.cls.isUser === true && v.cls.lookup('__set__') !== undefined),
);

/** Install getters on a type: `defGetters(T, { real: (z) => ... })`. */
export function defGetters(t: PyType, getters: Record<string, (self: any) => any>): void {
  for (const [name, get] of Object.entries(getters)) t.dict[name] = new GetSet(name, get);
}
