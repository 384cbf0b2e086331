/**
 * The collections.abc part of the `collections` module source (collections.ts puts it after its
 * header): the ABCs with CPython 3.11's abstract methods (a subclass that leaves one abstract cannot be
 * instantiated: their metaclass is an abc.ABCMeta) and mixin methods (Sequence's __iter__/index/count,
 * Set's comparisons and operators, MutableSet's remove/pop/|=, Mapping's get/keys/__eq__, Iterator's
 * __iter__, Generator's __next__/close). Builtin types are registered; other classes are virtual
 * subclasses when they define the required methods (Iterable: __iter__), as the __subclasshook__s decide.
 */
export const abcSource = String.raw`
# ---------------------------------------------------------------- collections.abc (structural checks)

import abc as _abc_module


class _ABCMeta(_abc_module.ABCMeta):
    # abc.ABCMeta's abstract-method bookkeeping (instantiating a class with abstract methods left fails),
    # with structural checks: a class defining the required methods is a virtual subclass
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        own = cls.__dict__
        for r in own.get('_registry', ()):
            if issubclass(sub, r):
                return True
        for k in own.get('__subclasses_abc__', ()):
            if k.__subclasscheck__(sub):
                return True
        required = own.get('_required', ())
        if not required:
            return False
        if sub in own.get('_excluded', ()):
            return False
        mro = sub.__mro__
        for name in required:
            found = False
            for k in mro:
                d = k.__dict__
                if name in d:
                    found = d[name] is not None
                    break
            if not found:
                return False
        return True

    def register(cls, subclass):
        if '_registry' not in cls.__dict__:
            cls._registry = []
        cls._registry.append(subclass)
        return subclass


_ABCMeta.__name__ = _ABCMeta.__qualname__ = 'ABCMeta'
_ABCMeta.__module__ = 'abc'


def _abc(name, bases=(), required=(), registry=(), methods=None, abstract=()):
    ns = {'_required': required, '_registry': list(registry), '__subclasses_abc__': [], '__module__': 'collections.abc'}
    for m in abstract:
        ns[m] = _ABSTRACT[m]
    if methods:
        ns.update(methods)
    cls = _ABCMeta(name, bases, ns)
    for b in bases:
        b.__subclasses_abc__.append(cls)
    return cls


# the abstract methods (a subclass must override them), with the bodies CPython gives them

def _abstract(f):
    f.__isabstractmethod__ = True
    return f


@_abstract
def __hash__(self):
    return 0


@_abstract
def __iter__(self):
    return
    yield


@_abstract
def __next__(self):
    raise StopIteration


@_abstract
def __reversed__(self):
    return
    yield


@_abstract
def send(self, value):
    raise StopIteration


@_abstract
def throw(self, typ, val=None, tb=None):
    if val is None:
        raise typ if tb is None else typ.with_traceback(tb)
    raise val


@_abstract
def __len__(self):
    return 0


@_abstract
def __contains__(self, x):
    return False


@_abstract
def __call__(self, *args, **kwds):
    return False


@_abstract
def __await__(self):
    return
    yield


@_abstract
def __getitem__(self, index):
    raise IndexError


@_abstract
def __setitem__(self, index, value):
    raise IndexError


@_abstract
def __delitem__(self, index):
    raise IndexError


@_abstract
def insert(self, index, value):
    raise IndexError


@_abstract
def add(self, value):
    raise NotImplementedError


@_abstract
def discard(self, value):
    raise NotImplementedError


_ABSTRACT = {f.__name__: f for f in [__hash__, __iter__, __next__, __reversed__, send, throw, __len__, __contains__,
                                     __call__, __await__, __getitem__, __setitem__, __delitem__, insert, add, discard]}
del __hash__, __iter__, __next__, __reversed__, send, throw, __len__, __contains__, __call__, __await__
del __getitem__, __setitem__, __delitem__, insert, add, discard


# mixin methods (what subclassing the ABC provides)

def _iter_self(self):
    return self


def _gen_next(self):
    return self.send(None)


def _gen_close(self):
    try:
        self.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        pass
    else:
        raise RuntimeError('generator ignored GeneratorExit')


def _set_from_iterable(cls, it):
    return cls(it)


def _set_le(self, other):
    if not isinstance(other, Set):
        return NotImplemented
    if len(self) > len(other):
        return False
    for elem in self:
        if elem not in other:
            return False
    return True


def _set_lt(self, other):
    if not isinstance(other, Set):
        return NotImplemented
    return len(self) < len(other) and self.__le__(other)


def _set_gt(self, other):
    if not isinstance(other, Set):
        return NotImplemented
    return len(self) > len(other) and self.__ge__(other)


def _set_ge(self, other):
    if not isinstance(other, Set):
        return NotImplemented
    if len(self) < len(other):
        return False
    for elem in other:
        if elem not in self:
            return False
    return True


def _set_eq(self, other):
    if not isinstance(other, Set):
        return NotImplemented
    return len(self) == len(other) and self.__le__(other)


def _set_and(self, other):
    if not isinstance(other, Iterable):
        return NotImplemented
    return self._from_iterable(value for value in other if value in self)


def _set_isdisjoint(self, other):
    for value in other:
        if value in self:
            return False
    return True


def _set_or(self, other):
    if not isinstance(other, Iterable):
        return NotImplemented
    return self._from_iterable(e for s in (self, other) for e in s)


def _set_sub(self, other):
    if not isinstance(other, Set):
        if not isinstance(other, Iterable):
            return NotImplemented
        other = self._from_iterable(other)
    return self._from_iterable(value for value in self if value not in other)


def _set_rsub(self, other):
    if not isinstance(other, Set):
        if not isinstance(other, Iterable):
            return NotImplemented
        other = self._from_iterable(other)
    return self._from_iterable(value for value in other if value not in self)


def _set_xor(self, other):
    if not isinstance(other, Set):
        if not isinstance(other, Iterable):
            return NotImplemented
        other = self._from_iterable(other)
    return (self - other) | (other - self)


def _mset_remove(self, value):
    if value not in self:
        raise KeyError(value)
    self.discard(value)


def _mset_pop(self):
    it = iter(self)
    try:
        value = next(it)
    except StopIteration:
        raise KeyError from None
    self.discard(value)
    return value


def _mset_clear(self):
    try:
        while True:
            self.pop()
    except KeyError:
        pass


def _mset_ior(self, it):
    for value in it:
        self.add(value)
    return self


def _mset_iand(self, it):
    for value in (self - it):
        self.discard(value)
    return self


def _mset_ixor(self, it):
    if it is self:
        self.clear()
    else:
        if not isinstance(it, Set):
            it = self._from_iterable(it)
        for value in it:
            if value in self:
                self.discard(value)
            else:
                self.add(value)
    return self


def _mset_isub(self, it):
    if it is self:
        self.clear()
    else:
        for value in it:
            self.discard(value)
    return self



def _seq_iter(self):
    i = 0
    try:
        while True:
            v = self[i]
            yield v
            i += 1
    except IndexError:
        return


def _seq_contains(self, value):
    for v in self:
        if v is value or v == value:
            return True
    return False


def _seq_reversed(self):
    for i in reversed(range(len(self))):
        yield self[i]


def _seq_index(self, value, start=0, stop=None):
    if start is not None and start < 0:
        start = max(len(self) + start, 0)
    if stop is not None and stop < 0:
        stop += len(self)
    i = start
    while stop is None or i < stop:
        try:
            v = self[i]
        except IndexError:
            break
        if v is value or v == value:
            return i
        i += 1
    raise ValueError


def _seq_count(self, value):
    return sum(1 for v in self if v is value or v == value)


def _mseq_append(self, value):
    self.insert(len(self), value)


def _mseq_clear(self):
    try:
        while True:
            self.pop()
    except IndexError:
        pass


def _mseq_reverse(self):
    n = len(self)
    for i in range(n // 2):
        self[i], self[n - i - 1] = self[n - i - 1], self[i]


def _mseq_extend(self, values):
    if values is self:
        values = list(values)
    for v in values:
        self.append(v)


def _mseq_pop(self, index=-1):
    v = self[index]
    del self[index]
    return v


def _mseq_remove(self, value):
    del self[self.index(value)]


def _mseq_iadd(self, values):
    self.extend(values)
    return self


def _map_get(self, key, default=None):
    try:
        return self[key]
    except KeyError:
        return default


def _map_contains(self, key):
    try:
        self[key]
    except KeyError:
        return False
    return True


def _map_keys(self):
    return KeysView(self)


def _map_items(self):
    return ItemsView(self)


def _map_values(self):
    return ValuesView(self)


# the views a Mapping's keys() / items() / values() return: live, sized, iterable, and (keys, items)
# set-like, their set operations giving plain sets

def _view_init(self, mapping):
    self._mapping = mapping


def _view_len(self):
    return len(self._mapping)


def _view_repr(self):
    return '{0.__class__.__name__}({0._mapping!r})'.format(self)


def _view_from_iterable(cls, it):
    return set(it)


def _keys_contains(self, key):
    return key in self._mapping


def _keys_iter(self):
    yield from self._mapping


def _items_contains(self, item):
    key, value = item
    try:
        v = self._mapping[key]
    except KeyError:
        return False
    return v is value or v == value


def _items_iter(self):
    for key in self._mapping:
        yield (key, self._mapping[key])


def _values_contains(self, value):
    for key in self._mapping:
        v = self._mapping[key]
        if v is value or v == value:
            return True
    return False


def _values_iter(self):
    for key in self._mapping:
        yield self._mapping[key]


def _map_eq(self, other):
    if not isinstance(other, Mapping):
        return NotImplemented
    return dict(self.items()) == dict(other.items())


_marker = object()


def _mmap_pop(self, key, default=_marker):
    try:
        value = self[key]
    except KeyError:
        if default is _marker:
            raise
        return default
    del self[key]
    return value


def _mmap_popitem(self):
    try:
        key = next(iter(self))
    except StopIteration:
        raise KeyError from None
    value = self[key]
    del self[key]
    return key, value


def _mmap_clear(self):
    try:
        while True:
            self.popitem()
    except KeyError:
        pass


def _mmap_update(self, other=(), /, **kwds):
    if _is_mapping(other):
        for key in other.keys():
            self[key] = other[key]
    else:
        for key, value in other:
            self[key] = value
    for key, value in kwds.items():
        self[key] = value


def _mmap_setdefault(self, key, default=None):
    try:
        return self[key]
    except KeyError:
        self[key] = default
    return default


def _builtin_iterators():
    found = [type(x for x in ())]
    for make in [lambda: iter([]), lambda: iter(()), lambda: iter(''), lambda: iter({}), lambda: iter(set()),
                 lambda: iter(range(0)), lambda: iter({}.values()), lambda: iter({}.items()), lambda: iter(b''),
                 lambda: enumerate(()), lambda: zip(), lambda: map(len, ()), lambda: filter(None, ()),
                 lambda: reversed([]), lambda: reversed(()), lambda: reversed(range(0))]:
        try:
            t = type(make())
        except Exception:
            continue
        if t not in found:
            found.append(t)
    return found


def _builtin_callables():
    found = [type]
    for v in [len, lambda: 0, [].append, object().__str__]:
        if type(v) not in found:
            found.append(type(v))
    return found


Hashable = _abc('Hashable', (), ('__hash__',), abstract=('__hash__',))
Hashable._excluded = (list, dict, set, bytearray)
Iterable = _abc('Iterable', (), ('__iter__',), abstract=('__iter__',))
Iterator = _abc('Iterator', (Iterable,), ('__iter__', '__next__'), _builtin_iterators(), {'__iter__': _iter_self},
                ('__next__',))
Reversible = _abc('Reversible', (Iterable,), ('__iter__', '__reversed__'), abstract=('__reversed__',))
Generator = _abc('Generator', (Iterator,), ('__iter__', '__next__', 'send', 'throw', 'close'), [type(x for x in ())],
                 {'__next__': _gen_next, 'close': _gen_close}, ('send', 'throw'))
Sized = _abc('Sized', (), ('__len__',), abstract=('__len__',))
Container = _abc('Container', (), ('__contains__',), abstract=('__contains__',))
Callable = _abc('Callable', (), ('__call__',), _builtin_callables(), abstract=('__call__',))
Collection = _abc('Collection', (Sized, Iterable, Container), ('__len__', '__iter__', '__contains__'))
Awaitable = _abc('Awaitable', (), ('__await__',), abstract=('__await__',))
Sequence = _abc('Sequence', (Reversible, Collection), (), (tuple, str, range), {
    '__iter__': _seq_iter, '__contains__': _seq_contains, '__reversed__': _seq_reversed,
    'index': _seq_index, 'count': _seq_count}, ('__getitem__',))
MutableSequence = _abc('MutableSequence', (Sequence,), (), (list, bytearray), {
    'append': _mseq_append, 'clear': _mseq_clear, 'reverse': _mseq_reverse, 'extend': _mseq_extend,
    'pop': _mseq_pop, 'remove': _mseq_remove, '__iadd__': _mseq_iadd}, ('__setitem__', '__delitem__', 'insert'))
ByteString = _abc('ByteString', (Sequence,), (), (bytes, bytearray))
Set = _abc('Set', (Collection,), (), (frozenset, type({}.keys()), type({}.items())), {
    '_from_iterable': classmethod(_set_from_iterable), '__le__': _set_le, '__lt__': _set_lt, '__gt__': _set_gt,
    '__ge__': _set_ge, '__eq__': _set_eq, '__and__': _set_and, '__rand__': _set_and, 'isdisjoint': _set_isdisjoint,
    '__or__': _set_or, '__ror__': _set_or, '__sub__': _set_sub, '__rsub__': _set_rsub, '__xor__': _set_xor,
    '__rxor__': _set_xor})
MutableSet = _abc('MutableSet', (Set,), (), (set,), {
    'remove': _mset_remove, 'pop': _mset_pop, 'clear': _mset_clear, '__ior__': _mset_ior, '__iand__': _mset_iand,
    '__ixor__': _mset_ixor, '__isub__': _mset_isub}, ('add', 'discard'))
Mapping = _abc('Mapping', (Collection,), (), (), {
    'get': _map_get, '__contains__': _map_contains, 'keys': _map_keys, 'items': _map_items,
    'values': _map_values, '__eq__': _map_eq, '__hash__': None}, ('__getitem__',))
MutableMapping = _abc('MutableMapping', (Mapping,), (), (dict,), {
    'pop': _mmap_pop, 'popitem': _mmap_popitem, 'clear': _mmap_clear, 'update': _mmap_update,
    'setdefault': _mmap_setdefault}, ('__setitem__', '__delitem__'))
MappingView = _abc('MappingView', (Sized,), (), (), {
    '__slots__': ('_mapping',), '__init__': _view_init, '__len__': _view_len, '__repr__': _view_repr})
KeysView = _abc('KeysView', (MappingView, Set), (), (type({}.keys()),), {
    '__slots__': (), '_from_iterable': classmethod(_view_from_iterable), '__contains__': _keys_contains,
    '__iter__': _keys_iter})
ItemsView = _abc('ItemsView', (MappingView, Set), (), (type({}.items()),), {
    '__slots__': (), '_from_iterable': classmethod(_view_from_iterable), '__contains__': _items_contains,
    '__iter__': _items_iter})
ValuesView = _abc('ValuesView', (MappingView, Collection), (), (type({}.values()),), {
    '__slots__': (), '__contains__': _values_contains, '__iter__': _values_iter})


class _abc_namespace:
    """collections.abc"""


# subscripting (Mapping[str, int]): a types.GenericAlias, as for the builtin containers; Callable's keeps
# its parameter list apart (Callable[[int], str], args flattened to (int, str))
_GenericAlias = type(list[int])
for _cls in (Iterable, Iterator, Reversible, Generator, Container, Collection, Awaitable, Sequence,
             MutableSequence, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView,
             ValuesView):
    _cls.__class_getitem__ = classmethod(_GenericAlias)


def _type_repr(t):
    if t is ...:
        return '...'
    if isinstance(t, type):
        return t.__qualname__ if t.__module__ == 'builtins' else t.__module__ + '.' + t.__qualname__
    return repr(t)


class _CallableGenericAlias:
    def __init__(self, origin, params, result):
        self.__origin__ = origin
        self._params = params
        self.__args__ = (tuple(params) if isinstance(params, list) else (params,)) + (result,)

    def __repr__(self):
        if isinstance(self._params, list):
            params = '[' + ', '.join(_type_repr(a) for a in self._params) + ']'
        else:
            params = _type_repr(self._params)
        return _type_repr(self.__origin__) + '[' + params + ', ' + _type_repr(self.__args__[-1]) + ']'

    def __eq__(self, other):
        if not isinstance(other, _CallableGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


def _callable_class_getitem(cls, item):
    if not isinstance(item, tuple) or len(item) != 2:
        raise TypeError('Callable must be used as Callable[[arg, ...], result].')
    params, result = item
    if params is not ... and not isinstance(params, list) and type(params).__name__ != 'ParamSpec':
        raise TypeError('Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got ' + repr(params))
    return _CallableGenericAlias(cls, params, result)


Callable.__class_getitem__ = classmethod(_callable_class_getitem)

abc = _abc_namespace()
for _name, _cls in [('Hashable', Hashable), ('Iterable', Iterable), ('Iterator', Iterator), ('Reversible', Reversible), ('Generator', Generator), ('Sized', Sized), ('Container', Container), ('Callable', Callable), ('Collection', Collection), ('Awaitable', Awaitable), ('Sequence', Sequence), ('MutableSequence', MutableSequence), ('ByteString', ByteString), ('Set', Set), ('MutableSet', MutableSet), ('Mapping', Mapping), ('MutableMapping', MutableMapping), ('MappingView', MappingView), ('KeysView', KeysView), ('ItemsView', ItemsView), ('ValuesView', ValuesView)]:
    setattr(abc, _name, _cls)


def _is_mapping(obj):
    return isinstance(obj, dict) or (hasattr(obj, 'keys') and hasattr(obj, '__getitem__'))


`;
