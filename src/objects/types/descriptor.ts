/**
 * The descriptor protocol made visible on the builtin descriptor types: `function.__get__`,
 * `property.__get__/__set__/__delete__`, `classmethod.__get__` and `staticmethod.__get__`, so that
 * `hasattr(property, '__get__')` holds and Python code can call them explicitly, as in CPython. Attribute
 * lookup (attrs.ts) still recognises these objects directly and never goes through these entries.
 */
import { FunctionType, PropertyType, ClassMethodType, StaticMethodType, typeOf } from '../pytype';
import { PyMethod, PyFunction, call } from '../function';
import { PyProperty, PyClassMethod, PyStaticMethod } from '../descriptors';
import { throwPy } from '../errors';
import { defineMethods } from './define';

function ownerArgs(args: any[]): [any, any] {
  if (args.length < 1 || args.length > 2) {
    throwPy('TypeError', args.length < 1 ? `expected at least 1 argument, got 0` : `expected at most 2 arguments, got ${args.length}`);
  }
  const obj = args[0];
  const type = args.length > 1 ? args[1] : null;
  if (obj === null && type === null) throwPy('TypeError', `__get__(None, None) is invalid`);
  return [obj, type];
}

export function installDescriptorMethods(): void {
  defineMethods(FunctionType, {
    __get__: (f: PyFunction, args) => {
      const [obj] = ownerArgs(args);
      return obj === null ? f : new PyMethod(f, obj);
    },
  });
  defineMethods(PropertyType, {
    __get__: (p: PyProperty, args) => {
      const [obj] = ownerArgs(args);
      if (obj === null) return p;
      if (p.fget === null) throwPy('AttributeError', `property of '${typeOf(obj).tpName}' object has no getter`);
      return call(p.fget, [obj]);
    },
    __set__: (p: PyProperty, [obj, v]) => {
      if (p.fset === null) throwPy('AttributeError', `property of '${typeOf(obj).tpName}' object has no setter`);
      call(p.fset, [obj, v]);
      return null;
    },
    __delete__: (p: PyProperty, [obj]) => {
      if (p.fdel === null) throwPy('AttributeError', `property of '${typeOf(obj).tpName}' object has no deleter`);
      call(p.fdel, [obj]);
      return null;
    },
  });
  defineMethods(ClassMethodType, {
    __get__: (c: PyClassMethod, args) => {
      const [obj, type] = ownerArgs(args);
      return c.bind(type ?? typeOf(obj));
    },
  });
  defineMethods(StaticMethodType, {
    __get__: (s: PyStaticMethod, args) => (ownerArgs(args), s.f),
  });
}
