/**
 * `weakref`, written in Python (see src/stdlib/index.ts). APPROXIMATION: ndpy's objects are collected by
 * the JS engine, which never tells a running program when an object dies, so these references are
 * strong: a referent stays alive while a ref, proxy, weak container or finalize object names it, `r()`
 * never returns None, ref callbacks never run, and weak containers keep their entries until removed.
 * Everything else follows CPython 3.11: ref (one shared callback-less ref per object, equality and hash
 * by referent, the "cannot create weak reference" TypeError for ints, strs, tuples, lists, dicts, ... and
 * __slots__ classes without __weakref__), WeakMethod, proxy (attribute, item, call and operator
 * forwarding; unhashable), getweakrefcount / getweakrefs, WeakValueDictionary, WeakKeyDictionary,
 * WeakSet, and finalize — which, as in CPython, calls its still-alive finalizers (newest first) at
 * interpreter exit through atexit, or when called or detached explicitly.
 */
export const source = String.raw`
import operator as _operator
import itertools as _itertools
from collections.abc import MutableMapping as _MutableMapping, MutableSet as _MutableSet

__all__ = ['ref', 'proxy', 'getweakrefcount', 'getweakrefs', 'WeakKeyDictionary', 'ReferenceType',
           'ProxyType', 'CallableProxyType', 'ProxyTypes', 'WeakValueDictionary', 'WeakSet', 'WeakMethod',
           'finalize']

_NOT_WEAKREFABLE = (int, float, complex, str, bytes, tuple, type(None), bytearray)

# id(referent) -> the refs and proxies made for it (they keep the referent, so ids stay unique)
_registry = {}


def _check_referent(obj):
    tp = type(obj)
    bad = tp in (list, dict) or isinstance(obj, _NOT_WEAKREFABLE)
    if not bad and tp is not type:
        mro = getattr(tp, '__mro__', (tp,))
        user = [c for c in mro if c is not object]
        if user and all('__slots__' in c.__dict__ for c in user):
            slots = []
            for c in user:
                s = c.__dict__['__slots__']
                slots.extend([s] if isinstance(s, str) else s)
            bad = '__weakref__' not in slots and '__dict__' not in slots
    if bad:
        raise TypeError("cannot create weak reference to '%s' object" % (tp.__name__,))


def _remember(obj, wr):
    _registry.setdefault(id(obj), []).append(wr)


class ReferenceType:
    __slots__ = ('_referent', '__callback__', '__dict__')

    def __new__(cls, ob, callback=None, /, *args, **kwargs):
        if cls is ReferenceType and callback is None:
            for existing in _registry.get(id(ob), ()):
                if type(existing) is ReferenceType and existing.__callback__ is None:
                    return existing
        _check_referent(ob)
        self = object.__new__(cls)
        self._referent = ob
        self.__callback__ = callback
        _remember(ob, self)
        return self

    def __init__(self, ob, callback=None, /, *args, **kwargs):
        pass

    def __call__(self):
        return self._referent

    def __hash__(self):
        return hash(self._referent)

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent == other._referent

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        return self._referent != other._referent

    def __repr__(self):
        obj = self._referent
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(obj).__qualname__, id(obj))

    def __class_getitem__(cls, item):
        return cls


ref = ReferenceType


class KeyedRef(ReferenceType):
    __slots__ = ('key',)

    def __new__(cls, ob, callback, key):
        self = ReferenceType.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        pass


class WeakMethod(ReferenceType):
    __slots__ = ('_func_ref', '_meth_type', '_alive')

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError('argument should be a bound method, not {}'.format(type(meth))) from None
        self = ReferenceType.__new__(cls, obj, callback)
        self._func_ref = func
        self._meth_type = type(meth)
        return self

    def __init__(self, meth, callback=None):
        pass

    def __call__(self):
        return self._meth_type(self._func_ref, self._referent)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            return self._referent is other._referent and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            return not self.__eq__(other)
        return NotImplemented

    def __hash__(self):
        return hash((id(self._referent), self._func_ref))


def getweakrefcount(object):
    return len(_registry.get(id(object), ()))


def getweakrefs(object):
    return list(_registry.get(id(object), ()))


# ---- proxies ----

def _target(p):
    return object.__getattribute__(p, '_ndpy_referent')


def _plain(v):
    return _target(v) if isinstance(v, ProxyType) else v


class ProxyType:
    __slots__ = ('_ndpy_referent', '_ndpy_callback')

    def __init__(self, obj, callback=None):
        object.__setattr__(self, '_ndpy_referent', obj)
        object.__setattr__(self, '_ndpy_callback', callback)

    def __getattr__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        obj = _target(self)
        return '<weakproxy at %#x; to %r at %#x>' % (id(self), type(obj).__qualname__, id(obj))

    def __str__(self):
        return str(_target(self))

    def __bytes__(self):
        return bytes(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __len__(self):
        return len(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __reversed__(self):
        return reversed(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __index__(self):
        return _operator.index(_target(self))

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __abs__(self):
        return abs(_target(self))

    def __invert__(self):
        return ~_target(self)

    def __enter__(self):
        return _target(self).__enter__()

    def __exit__(self, *args):
        return _target(self).__exit__(*args)

    __hash__ = None


def _install_operators():
    binary = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift',
              'and', 'or', 'xor']
    for name in binary:
        op = getattr(_operator, name + '_' if name in ('and', 'or') else name)
        iop = getattr(_operator, 'i' + name)

        def forward(self, other, op=op):
            return op(_target(self), _plain(other))

        def reflected(self, other, op=op):
            return op(_plain(other), _target(self))

        def inplace(self, other, iop=iop):
            return iop(_target(self), _plain(other))
        setattr(ProxyType, '__%s__' % name, forward)
        setattr(ProxyType, '__r%s__' % name, reflected)
        setattr(ProxyType, '__i%s__' % name, inplace)
    for name in ('eq', 'ne', 'lt', 'le', 'gt', 'ge'):
        op = getattr(_operator, name)

        def compare(self, other, op=op):
            return op(_target(self), _plain(other))
        setattr(ProxyType, '__%s__' % name, compare)


_install_operators()
ProxyType.__hash__ = None


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(object, callback=None, /):
    _check_referent(object)
    p = (CallableProxyType if callable(object) else ProxyType)(object, callback)
    _remember(object, p)
    return p


# ---- weak containers (strong in ndpy; see the header) ----

class _StrongDict(_MutableMapping):
    """What the two weak dictionaries share: a plain dict underneath (strong references in ndpy)."""

    def __getitem__(self, key):
        return self.data[key]

    def __delitem__(self, key):
        del self.data[key]

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(list(self.data))

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return '<%s at %#x>' % (type(self).__name__, id(self))

    def copy(self):
        new = type(self)()
        new.data.update(self.data)
        return new

    __copy__ = copy

    def get(self, key, default=None):
        return self.data.get(key, default)

    def items(self):
        return self.data.items()

    def keys(self):
        return self.data.keys()

    def values(self):
        return self.data.values()

    def setdefault(self, key, default=None):
        if key not in self.data:
            self[key] = default
        return self.data[key]

    def __or__(self, other):
        if isinstance(other, _MutableMapping) or isinstance(other, dict):
            new = self.copy()
            new.update(other)
            return new
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


class WeakValueDictionary(_StrongDict):
    def __init__(self, other=(), /, **kw):
        self.data = {}
        self.update(other, **kw)

    def __setitem__(self, key, value):
        _check_referent(value)
        self.data[key] = value

    def itervaluerefs(self):
        for v in list(self.data.values()):
            yield ref(v)

    def valuerefs(self):
        return list(self.itervaluerefs())


class WeakKeyDictionary(_StrongDict):
    def __init__(self, dict=None):
        self.data = {}
        if dict is not None:
            self.update(dict)

    def __setitem__(self, key, value):
        _check_referent(key)
        self.data[key] = value

    def __contains__(self, key):
        try:
            return key in self.data
        except TypeError:
            return False

    def keyrefs(self):
        return [ref(k) for k in self.data]


class WeakSet(_MutableSet):
    def __init__(self, data=None):
        self.data = {}
        if data is not None:
            self.update(data)

    def __iter__(self):
        return iter(list(self.data))

    def __len__(self):
        return len(self.data)

    def __contains__(self, item):
        try:
            return item in self.data
        except TypeError:
            return False

    def add(self, item):
        _check_referent(item)
        self.data[item] = None

    def discard(self, item):
        self.data.pop(item, None)

    def remove(self, item):
        del self.data[item]

    def pop(self):
        if not self.data:
            raise KeyError('pop from empty WeakSet')
        item = next(iter(self.data))
        del self.data[item]
        return item

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        return type(self)(x for x in self if x not in set(other))

    __sub__ = difference

    def difference_update(self, other):
        for item in list(other):
            self.discard(item)

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def intersection(self, other):
        other = list(other)
        return type(self)(x for x in other if x in self.data)

    __and__ = intersection

    def intersection_update(self, other):
        keep = [x for x in other if x in self.data]
        self.data = dict.fromkeys(keep)

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def union(self, other):
        new = self.copy()
        new.update(other)
        return new

    __or__ = union

    def symmetric_difference(self, other):
        new = self.copy()
        new.symmetric_difference_update(other)
        return new

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        for item in list(other):
            if item in self.data:
                del self.data[item]
            else:
                self.add(item)

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def issubset(self, other):
        return all(x in other for x in self.data)

    __le__ = issubset

    def __lt__(self, other):
        return len(self) < len(other) and self.issubset(other)

    def issuperset(self, other):
        return all(x in self.data for x in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return len(self) > len(other) and self.issuperset(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return set(self.data) == set(other.data)

    def isdisjoint(self, other):
        return not any(x in self.data for x in other)

    def __repr__(self):
        return '{%s}' % ', '.join(repr(ref(x)) for x in self.data)

    def __class_getitem__(cls, item):
        return cls


# ---- finalize ----

class finalize:
    __slots__ = ()
    _entries = {}
    _counter = _itertools.count()
    _exit_hook_registered = False

    class _Entry:
        __slots__ = ('obj', 'func', 'args', 'kwargs', 'atexit', 'index')

    def __init__(self, obj, func, /, *args, **kwargs):
        _check_referent(obj)
        if not finalize._exit_hook_registered:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._exit_hook_registered = True
        e = finalize._Entry()
        e.obj = obj
        e.func = func
        e.args = args
        e.kwargs = kwargs or None
        e.atexit = True
        e.index = next(finalize._counter)
        finalize._entries[self] = e

    def __call__(self, _=None):
        e = finalize._entries.pop(self, None)
        if e is not None:
            return e.func(*e.args, **(e.kwargs or {}))

    def detach(self):
        e = finalize._entries.pop(self, None)
        if e is not None:
            return (e.obj, e.func, e.args, e.kwargs or {})

    def peek(self):
        e = finalize._entries.get(self)
        if e is not None:
            return (e.obj, e.func, e.args, e.kwargs or {})

    @property
    def alive(self):
        return self in finalize._entries

    @property
    def atexit(self):
        e = finalize._entries.get(self)
        return bool(e) and e.atexit

    @atexit.setter
    def atexit(self, value):
        e = finalize._entries.get(self)
        if e is not None:
            e.atexit = bool(value)

    def __repr__(self):
        e = finalize._entries.get(self)
        if e is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return "<%s object at %#x; for '%s' at %#x>" % (type(self).__name__, id(self),
                                                        type(e.obj).__name__, id(e.obj))

    @classmethod
    def _exitfunc(cls):
        pending = sorted(((f, e) for f, e in cls._entries.items() if e.atexit), key=lambda fe: fe[1].index)
        while pending:
            f, e = pending.pop()
            if f in cls._entries:
                f()
`;
