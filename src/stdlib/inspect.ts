/**
 * `inspect`, written in Python (see src/stdlib/index.ts): Signature / Parameter / BoundArguments
 * (signature() of functions, methods, classes, callable instances, functools.partial and __wrapped__
 * chains; bind, bind_partial, apply_defaults; CPython 3.11's text forms), the is*() predicates,
 * getmembers, getdoc / cleandoc, getmro, unwrap, getfullargspec and getcallargs. Parameter layouts and
 * generator / coroutine kinds come from `_inspect` (src/modules/inspectCore.ts). ndpy has no frame or
 * code objects and keeps no function source: currentframe() returns None (as CPython allows), stack()
 * and trace() return [], and getsource() raises OSError. Builtins have no signature (ValueError).
 */
import { signatureSource } from './inspectSignature';

const head = String.raw`
import sys as _sys
import types as _types
import enum as _enum
import functools as _functools
from collections import namedtuple as _namedtuple, OrderedDict as _OrderedDict
from _inspect import function_info as _function_info, generator_state as _generator_state

__all__ = ['Signature', 'Parameter', 'BoundArguments', 'signature', 'getmembers', 'getdoc', 'cleandoc',
           'isfunction', 'isclass', 'ismethod', 'ismodule', 'isbuiltin', 'isroutine', 'isgenerator',
           'isgeneratorfunction', 'iscoroutine', 'iscoroutinefunction', 'isabstract', 'unwrap']


async def _sample_coroutine():
    pass


_c = _sample_coroutine()
CoroutineType = type(_c)
_c.close()
del _c


def _lambda_gen():
    yield


GeneratorType = type(_lambda_gen())

CO_OPTIMIZED, CO_NEWLOCALS, CO_VARARGS, CO_VARKEYWORDS = 1, 2, 4, 8
CO_NESTED, CO_GENERATOR, CO_NOFREE, CO_COROUTINE = 16, 32, 64, 128
CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR = 256, 512


# ---- predicates ----

def ismodule(object):
    return isinstance(object, _types.ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    return isinstance(object, _types.MethodType)


def isfunction(object):
    return isinstance(object, _types.FunctionType)


def isbuiltin(object):
    return isinstance(object, _types.BuiltinFunctionType)


def ismethoddescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(object):
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def ismemberdescriptor(object):
    return False


def isgetsetdescriptor(object):
    return False


def isroutine(object):
    return isbuiltin(object) or isfunction(object) or ismethod(object) or ismethoddescriptor(object)


def _unwrap_partial(f):
    while True:
        if ismethod(f):
            f = f.__func__
        elif isinstance(f, _functools.partial):
            f = f.func
        else:
            return f


def _kind(f):
    f = _unwrap_partial(f)
    if not isfunction(f):
        return ''
    info = _function_info(f)
    return info[5] if info else ''


def isgeneratorfunction(obj):
    return _kind(obj) == 'generator'


def iscoroutinefunction(obj):
    return _kind(obj) == 'coroutine' or getattr(_unwrap_partial(obj), '_is_coroutine_marker', None) is True


def isasyncgenfunction(obj):
    return _kind(obj) == 'asyncgen'


def isgenerator(object):
    return isinstance(object, GeneratorType)


def iscoroutine(object):
    return isinstance(object, CoroutineType)


def isasyncgen(object):
    return False


GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED = 'GEN_CREATED', 'GEN_RUNNING', 'GEN_SUSPENDED', 'GEN_CLOSED'
CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED = 'CORO_CREATED', 'CORO_RUNNING', 'CORO_SUSPENDED', 'CORO_CLOSED'


def getgeneratorstate(generator):
    return 'GEN_' + _generator_state(generator)


def getcoroutinestate(coroutine):
    return 'CORO_' + _generator_state(coroutine)


def isawaitable(object):
    return isinstance(object, CoroutineType) or hasattr(type(object), '__await__')


def istraceback(object):
    return isinstance(object, _types.TracebackType)


def isframe(object):
    return False


def iscode(object):
    return False


def isabstract(object):
    return isinstance(object, type) and bool(getattr(object, '__abstractmethods__', False))


def markcoroutinefunction(func):
    func._is_coroutine_marker = True
    return func


# ---- members, docs, classes ----

def getmro(cls):
    return cls.__mro__


def getmembers(object, predicate=None):
    mro = (object,) + tuple(getmro(object)) if isclass(object) else ()
    results = []
    seen = set()
    for key in dir(object):
        try:
            value = getattr(object, key)
        except AttributeError:
            for base in mro:
                if key in base.__dict__:
                    value = base.__dict__[key]
                    break
            else:
                continue
        if key in seen:
            continue
        seen.add(key)
        if not predicate or predicate(value):
            results.append((key, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmembers_static(object, predicate=None):
    return getmembers(object, predicate)


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            indent = len(line) - len(stripped)
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def _owner_class(func):
    # the class a plain function was defined in, found through its __qualname__
    names = getattr(func, '__qualname__', '').split('.')[:-1]
    if not names or '<locals>' in names:
        return None
    obj = _sys.modules.get(getattr(func, '__module__', None))
    for name in names:
        obj = getattr(obj, name, None)
    return obj if isclass(obj) else None


def _inherited_doc(obj):
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        cls = self if isclass(self) and getattr(getattr(self, name, None), '__self__', None) is self else type(self)
    elif isfunction(obj):
        name = obj.__name__
        cls = _owner_class(obj)
    elif isinstance(obj, property):
        return None
    else:
        return None
    if cls is None:
        return None
    for base in cls.__mro__[1:]:
        attr = base.__dict__.get(name)
        if attr is not None:
            doc = getattr(attr, '__doc__', None)
            if doc is not None:
                return doc
    return None


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getcomments(object):
    return None


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    name = getattr(object, '__module__', None)
    if name is not None:
        return _sys.modules.get(name)
    return None


def getmodulename(path):
    base = path.replace('\\', '/').rsplit('/', 1)[-1]
    if base.endswith('.py'):
        return base[:-3]
    return None


def getfile(object):
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    module = getmodule(object)
    if module is not None and getattr(module, '__file__', None):
        return module.__file__
    raise TypeError('module, class, method, function, traceback, frame, or code object was expected, '
                    'got {}'.format(type(object).__name__))


getsourcefile = getfile


def getsource(object):
    raise OSError('could not get source code')


def getsourcelines(object):
    raise OSError('could not get source code')


def currentframe():
    return None


def stack(context=1):
    return []


def trace(context=1):
    return []


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen or len(seen) >= _sys.getrecursionlimit():
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


def getattr_static(obj, attr, default=object()):
    marker = getattr_static.__defaults__[0]
    klass = obj if isclass(obj) else type(obj)
    if not isclass(obj):
        d = getattr(obj, '__dict__', None)
        if isinstance(d, dict) and attr in d:
            return d[attr]
    for base in klass.__mro__:
        if attr in base.__dict__:
            return base.__dict__[attr]
    if default is not marker:
        return default
    raise AttributeError(attr)


# Signature, Parameter, BoundArguments and signature() come from src/stdlib/inspectSignature.ts
`;

export const source = head + signatureSource + String.raw`

FullArgSpec = _namedtuple('FullArgSpec', 'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    try:
        sig = _signature_of(func, follow_wrapped=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args = []
    varargs = varkw = None
    kwonly = []
    defaults = []
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind = param.kind
        name = param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults.append(param.default)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonly.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonly, kwdefaults or None, annotations)


def getcallargs(func, /, *positional, **named):
    # the legacy order: positional parameters, *args, **kwargs, keywords, then defaults
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonly, kwdefaults = spec[:6]
    fname = func.__name__
    if ismethod(func) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    values = {}
    n = min(len(positional), len(args))
    for i in range(n):
        values[args[i]] = positional[i]
    if varargs:
        values[varargs] = tuple(positional[n:])
    elif len(positional) > len(args):
        raise TypeError('%s() takes %d positional arguments but %d were given' % (fname, len(args), len(positional)))
    if varkw:
        values[varkw] = {}
    for key, value in named.items():
        if key not in args and key not in kwonly:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r' % (fname, key))
            values[varkw][key] = value
            continue
        if key in values:
            raise TypeError('%s() got multiple values for argument %r' % (fname, key))
        values[key] = value
    ndefaults = len(defaults) if defaults else 0
    missing = [a for a in args[:len(args) - ndefaults] if a not in values]
    if missing:
        raise TypeError('%s() missing %d required positional argument%s: %s' % (
            fname, len(missing), '' if len(missing) == 1 else 's', ', '.join(repr(m) for m in missing)))
    for i, arg in enumerate(args[len(args) - ndefaults:]):
        if arg not in values:
            values[arg] = defaults[i]
    for arg in kwonly:
        if arg not in values:
            if kwdefaults and arg in kwdefaults:
                values[arg] = kwdefaults[arg]
            else:
                raise TypeError('%s() missing 1 required keyword-only argument: %r' % (fname, arg))
    return values


ArgInfo = _namedtuple('ArgInfo', 'args varargs keywords locals')
Attribute = _namedtuple('Attribute', 'name kind defining_class object')


def classify_class_attrs(cls):
    result = []
    for name in dir(cls):
        for base in cls.__mro__:
            if name in base.__dict__:
                obj = base.__dict__[name]
                break
        else:
            continue
        if isinstance(obj, staticmethod):
            kind = 'static method'
        elif isinstance(obj, classmethod):
            kind = 'class method'
        elif isinstance(obj, property):
            kind = 'property'
        elif isroutine(obj):
            kind = 'method'
        else:
            kind = 'data'
        result.append(Attribute(name, kind, base, obj))
    return result
`;
