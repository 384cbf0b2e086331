/**
 * `typing`, written in Python (see src/stdlib/index.ts): the names scripts use in annotations and type
 * aliases. ndpy does not check types, so these exist, subscript, and repr like CPython 3.11
 * (`typing.List[int]`); TypeVar, Generic, Protocol, NamedTuple, TypedDict, cast, overload, NewType,
 * TYPE_CHECKING. Class-syntax NamedTuple needs class annotations (`__annotations__` in the class body).
 * Protocol classes have a metaclass that refuses instantiation and, for @runtime_checkable ones, makes
 * isinstance/issubclass check the protocol's members (SupportsInt & co. are such protocols).
 */
export const source = String.raw`
import collections as _collections
import abc as _abc_mod

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is ...:
        return '...'
    if obj is None:
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join([_type_repr(a) for a in obj]) + ']'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _convert(p):
    # None stands for NoneType and a string for a forward reference, as typing._type_convert makes them
    if p is None:
        return type(None)
    if isinstance(p, str):
        return ForwardRef(p)
    if isinstance(p, list):
        return [_convert(q) for q in p]
    return p


_UnionType = type(int | str)


class ForwardRef:
    def __init__(self, arg):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg

    def __repr__(self):
        return 'ForwardRef(%r)' % (self.__forward_arg__,)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


class _Alias:
    def __init__(self, origin, name, args):
        self.__origin__ = origin
        self._name = name
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(self.__origin__, self._name, params)

    def __repr__(self):
        if self._name is None:
            o = self.__origin__
            head = o.__module__ + '.' + o.__qualname__
        elif self._name == 'Union' and len(self.__args__) == 2 and type(None) in self.__args__:
            other = self.__args__[0] if self.__args__[1] is type(None) else self.__args__[1]
            return 'typing.Optional[' + _type_repr(other) + ']'
        else:
            head = 'typing.' + self._name
        if not self.__args__:
            return head + '[()]'
        return head + '[' + ', '.join([_type_repr(a) for a in self.__args__]) + ']'

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if not isinstance(origin, type):
            raise TypeError('Type ' + self._name + ' cannot be instantiated')
        return origin(*args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, _UnionType):
            return self.__origin__ is Union and set(self.__args__) == set(other.__args__)
        if not isinstance(other, _Alias):
            return NotImplemented
        if self.__origin__ is Union and other.__origin__ is Union:
            return set(self.__args__) == set(other.__args__)
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        if self.__origin__ is Union:
            return hash(frozenset(self.__args__))
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        # what a class statement derives from in place of this alias (PEP 560): a user generic's
        # alias gives its class; Generic[T] nothing when a later base brings Generic in anyway; a
        # named alias (List[int]) its builtin class and Generic, unless a later base is generic
        if not isinstance(self.__origin__, type):
            raise TypeError('Cannot subclass ' + repr(self))
        later = bases[bases.index(self) + 1:]
        if self._name is None:
            if self.__origin__ is Generic and (Protocol in bases or any(isinstance(b, _Alias) for b in later)):
                return ()
            return (self.__origin__,)
        entries = [] if self.__origin__ in bases else [self.__origin__]
        if not any(isinstance(b, _Alias) or (isinstance(b, type) and issubclass(b, Generic)) for b in later):
            entries.append(Generic)
        return tuple(entries)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _SpecialForm:
    def __init__(self, name, origin=None, nparams=-1):
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        name = self._name
        if name not in ('Literal', 'Annotated'):
            params = tuple(_convert(p) for p in params)
        if name == 'Optional':
            if len(params) != 1:
                raise TypeError('typing.Optional requires a single type.')
            return Union[params[0], None]
        if name == 'Union':
            flat = []
            for p in params:
                if (isinstance(p, _Alias) and p._name == 'Union') or isinstance(p, _UnionType):
                    ps = p.__args__
                else:
                    ps = (p,)
                for q in ps:
                    if q not in flat:
                        flat.append(q)
            if len(flat) == 1:
                return flat[0]
            return _Alias(Union, 'Union', tuple(flat))
        if self._nparams > 0 and len(params) != self._nparams and name != 'Tuple':
            raise TypeError('Too ' + ('many' if len(params) > self._nparams else 'few') +
                            ' arguments for typing.' + name + '; actual ' + str(len(params)) +
                            ', expected ' + str(self._nparams))
        return _Alias(self.__origin__, name, params)

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate typing.' + self._name)

    def __instancecheck__(self, obj):
        if isinstance(self.__origin__, type):
            return isinstance(obj, self.__origin__)
        raise TypeError('typing.' + self._name + ' cannot be used with isinstance()')

    def __subclasscheck__(self, cls):
        if isinstance(self.__origin__, type):
            return issubclass(cls, self.__origin__)
        raise TypeError('typing.' + self._name + ' cannot be used with issubclass()')

    def __or__(self, other):
        return Union[self, other]

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, type):
            return (self.__origin__,)
        raise TypeError('Cannot subclass typing.' + self._name)


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
ClassVar = _SpecialForm('ClassVar', None, 1)
Final = _SpecialForm('Final', None, 1)
Literal = _SpecialForm('Literal')
Annotated = _SpecialForm('Annotated')
Concatenate = _SpecialForm('Concatenate')
TypeAlias = _SpecialForm('TypeAlias')
TypeGuard = _SpecialForm('TypeGuard', None, 1)
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
Unpack = _SpecialForm('Unpack', None, 1)
Required = _SpecialForm('Required', None, 1)
NotRequired = _SpecialForm('NotRequired', None, 1)

List = _SpecialForm('List', list, 1)
Dict = _SpecialForm('Dict', dict, 2)
Set = _SpecialForm('Set', set, 1)
FrozenSet = _SpecialForm('FrozenSet', frozenset, 1)
Tuple = _SpecialForm('Tuple', tuple)
Type = _SpecialForm('Type', type, 1)
DefaultDict = _SpecialForm('DefaultDict', _collections.defaultdict, 2)
OrderedDict = _SpecialForm('OrderedDict', _collections.OrderedDict, 2)
Counter = _SpecialForm('Counter', _collections.Counter, 1)
Deque = _SpecialForm('Deque', _collections.deque, 1)
ChainMap = _SpecialForm('ChainMap', _collections.ChainMap, 2)
_abc = _collections.abc
Callable = _SpecialForm('Callable', _abc.Callable)
Iterable = _SpecialForm('Iterable', _abc.Iterable, 1)
Iterator = _SpecialForm('Iterator', _abc.Iterator, 1)
Generator = _SpecialForm('Generator', _abc.Generator, 3)
Reversible = _SpecialForm('Reversible', _abc.Reversible, 1)
Sequence = _SpecialForm('Sequence', _abc.Sequence, 1)
MutableSequence = _SpecialForm('MutableSequence', _abc.MutableSequence, 1)
Mapping = _SpecialForm('Mapping', _abc.Mapping, 2)
MutableMapping = _SpecialForm('MutableMapping', _abc.MutableMapping, 2)
AbstractSet = _SpecialForm('AbstractSet', _abc.Set, 1)
MutableSet = _SpecialForm('MutableSet', _abc.MutableSet, 1)
Collection = _SpecialForm('Collection', _abc.Collection, 1)
Container = _SpecialForm('Container', _abc.Container, 1)
Sized = _SpecialForm('Sized', _abc.Sized)
Hashable = _SpecialForm('Hashable', _abc.Hashable)
KeysView = _SpecialForm('KeysView', _abc.KeysView, 1)
ItemsView = _SpecialForm('ItemsView', _abc.ItemsView, 2)
ValuesView = _SpecialForm('ValuesView', _abc.ValuesView, 1)
Awaitable = _SpecialForm('Awaitable', _abc.Awaitable, 1)
MappingView = _SpecialForm('MappingView', _abc.MappingView, 1)
ByteString = _SpecialForm('ByteString', _abc.ByteString)
Coroutine = _SpecialForm('Coroutine', getattr(_abc, 'Coroutine', None), 3)
AsyncIterable = _SpecialForm('AsyncIterable', getattr(_abc, 'AsyncIterable', None), 1)
AsyncIterator = _SpecialForm('AsyncIterator', getattr(_abc, 'AsyncIterator', None), 1)
AsyncGenerator = _SpecialForm('AsyncGenerator', getattr(_abc, 'AsyncGenerator', None), 2)
ContextManager = _SpecialForm('ContextManager', None, 1)
AsyncContextManager = _SpecialForm('AsyncContextManager', None, 1)
Pattern = _SpecialForm('Pattern', None, 1)
Match = _SpecialForm('Match', None, 1)
Text = str
AnyStr = None


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = tuple(_convert(c) for c in constraints)
        self.__bound__ = None if bound is None else _convert(bound)
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpecArgs:
    # P.args, the annotation of a *args that takes the positional parameters of the ParamSpec P
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + '.args'

    def __eq__(self, other):
        return isinstance(other, ParamSpecArgs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, id(self.__origin__)))


class ParamSpecKwargs:
    # P.kwargs, the annotation of a **kwargs that takes the keyword parameters of the ParamSpec P
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + '.kwargs'

    def __eq__(self, other):
        return isinstance(other, ParamSpecKwargs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, id(self.__origin__)))


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


def _collect_parameters(args):
    # the type variables an alias's arguments mention, first appearance first (nested aliases included)
    found = []
    for a in args:
        for p in (a,) if isinstance(a, (TypeVar, ParamSpec, TypeVarTuple)) else getattr(a, '__parameters__', ()):
            if p not in found:
                found.append(p)
    return tuple(found)


class Generic:
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Alias(cls, None, params)

    def __init_subclass__(cls, *args, **kwargs):
        # a generic class's parameters: those Generic[...] lists, else those its subscripted bases mention
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get('__orig_bases__', ())
        listed = [b for b in orig if isinstance(b, _Alias) and b.__origin__ is Generic]
        cls.__parameters__ = listed[0].__args__ if listed else _collect_parameters(orig)


_PROTO_SKIP = frozenset(['__module__', '__qualname__', '__doc__', '__dict__', '__weakref__',
                         '__annotations__', '__slots__', '__init__', '__new__', '__abstractmethods__',
                         '_abc_registry', '_is_protocol', '_is_runtime_protocol', '__parameters__',
                         '__orig_bases__', '__class_getitem__', '__init_subclass__', '__subclasshook__',
                         '__match_args__', '__protocol_attrs__'])


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        for name in list(base.__dict__) + list(base.__dict__.get('__annotations__', {})):
            if name not in _PROTO_SKIP and not name.startswith('_abc_'):
                attrs.add(name)
    return attrs


class _ProtocolMeta(_abc_mod.ABCMeta):
    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get('_is_protocol', False):
            raise TypeError('Protocols cannot be instantiated')
        return super().__call__(*args, **kwargs)

    def __instancecheck__(cls, instance):
        if not cls.__dict__.get('_is_protocol', False) or cls is Protocol:
            return super().__instancecheck__(instance)
        if not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        if type.__subclasscheck__(cls, type(instance)) or any(
                issubclass(type(instance), r) for r in cls.__dict__.get('_abc_registry', ())):
            return True
        for attr in _protocol_attrs(cls):
            if not hasattr(instance, attr):
                return False
            if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                return False
        return True

    def __subclasscheck__(cls, other):
        if not cls.__dict__.get('_is_protocol', False) or cls is Protocol:
            return super().__subclasscheck__(other)
        if not cls.__dict__.get('_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        attrs = _protocol_attrs(cls)
        if any(not callable(getattr(cls, attr, None)) for attr in attrs):
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if type.__subclasscheck__(cls, other):
            return True
        for attr in attrs:
            for base in other.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return False
                    break
            else:
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)


def runtime_checkable(cls):
    if not cls.__dict__.get('_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % (cls,))
    cls._is_runtime_protocol = True
    return cls


def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    return obj


_overloads = {}


def overload(func):
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overloads.setdefault(key, []).append(func)
    return _overload_dummy


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-decorated functions '
        'outside a stub module should always be followed by an implementation that is not '
        '@overload-ed.')


def get_overloads(func):
    return list(_overloads.get((getattr(func, '__module__', None), getattr(func, '__qualname__', None)), []))


def clear_overloads():
    _overloads.clear()


def assert_never(arg, /):
    text = repr(arg)
    if len(text) > 100:
        text = text[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: ' + text)


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs}
        return cls_or_fn
    return decorator


def no_type_check_decorator(decorator):
    return decorator


def final(f):
    return f


def no_type_check(arg):
    return arg


def _eval_hint(t, globalns, localns):
    if isinstance(t, str):
        t = ForwardRef(t)
    if isinstance(t, ForwardRef):
        return _eval_hint(eval(t.__forward_arg__, globalns, localns), globalns, localns)
    if isinstance(t, _Alias) and t._name == 'Literal':
        return t  # its arguments are values: Literal['r', 'w'] names no types
    if isinstance(t, _Alias) and any(isinstance(a, (str, ForwardRef, _Alias)) for a in t.__args__):
        if t._name == 'Annotated':
            # only the type is a hint; the metadata after it stays as written
            return _Alias(t.__origin__, t._name, (_eval_hint(t.__args__[0], globalns, localns),) + t.__args__[1:])
        args = tuple(_eval_hint(a, globalns, localns) for a in t.__args__)
        if t.__origin__ is Union:
            return Union[args]
        return _Alias(t.__origin__, t._name, args)
    if t is None:
        return type(None)
    return t


def _module_globals(obj):
    import sys
    module = sys.modules.get(getattr(obj, '__module__', None), None)
    return getattr(module, '__dict__', {})


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    # string annotations and forward references are evaluated in the defining module's globals
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            g = _module_globals(base) if globalns is None else globalns
            ann = base.__dict__.get('__annotations__', {})
            for name, value in ann.items():
                hints[name] = _eval_hint(value, g, dict(vars(base)) if localns is None else localns)
    else:
        g = _module_globals(obj) if globalns is None else globalns
        ann = getattr(obj, '__annotations__', None) or {}
        hints = {name: _eval_hint(value, g, localns) for name, value in ann.items()}
    if include_extras:
        return hints
    return {name: _strip_annotated(t) for name, t in hints.items()}


def _strip_annotated(t):
    # Annotated[T, ...] -> T, at any depth (what get_type_hints gives without include_extras)
    if isinstance(t, _Alias) and t._name == 'Annotated':
        return _strip_annotated(t.__args__[0])
    if isinstance(t, _Alias) and t._name != 'Literal' and any(isinstance(a, _Alias) for a in t.__args__):
        return _Alias(t.__origin__, t._name, tuple(_strip_annotated(a) for a in t.__args__))
    return t


_GenericAlias = type(list[int])


def get_origin(tp):
    # a subscripted special form (Literal[1], Annotated[int, x]) has the form itself as its origin
    if isinstance(tp, _Alias):
        return tp.__origin__ if tp.__origin__ is not None else globals().get(tp._name)
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if isinstance(tp, _UnionType):
        return _UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, (_Alias, _GenericAlias, _UnionType)):
        return tp.__args__
    return ()


class NewType:
    # ndpy cannot see the calling module, so a NewType reports __main__ (where scripts define them)
    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return self.__module__ + '.' + self.__qualname__

    def __call__(self, x):
        return x

    def __mro_entries__(self, bases):
        raise TypeError(_newtype_subclass_error(self.__name__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _newtype_subclass_error(supername):
    return ('Cannot subclass an instance of NewType. Perhaps you were looking for: '
            + '\x60X = NewType(\'X\', ' + supername + ')\x60')


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if not bases:
            return type.__new__(mcls, typename, bases, ns)
        if '__annotations__' not in ns:
            raise TypeError('class-syntax NamedTuple needs the class annotations, which ndpy does not record; '
                            'use NamedTuple(' + repr(typename) + ', [(name, type), ...]) instead')
        types = ns['__annotations__']
        fields = list(types)
        defaults = []
        for name in fields:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError('Non-default namedtuple field ' + name + ' cannot follow default field' +
                                ('s' if len(defaults) > 1 else '') + ' ' + ', '.join(fields[:len(defaults)]))
        nt = _collections.namedtuple(typename, fields, defaults=defaults)
        nt.__annotations__ = dict(types)
        if ns.get('__doc__') is not None:
            nt.__doc__ = ns['__doc__']  # the class's docstring replaces the generated 'P(a, b)'
        if '__module__' in ns:
            nt.__module__ = ns['__module__']
        for key, val in ns.items():
            if key not in fields and key not in ('__annotations__', '__module__', '__qualname__', '__doc__', '__slots__'):
                setattr(nt, key, val)
        return nt

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        fields = list(fields)
        return _collections.namedtuple(typename, [f[0] for f in fields])


class NamedTuple(metaclass=_NamedTupleMeta):
    pass


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        own = ns.get('__annotations__', {})
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            if isinstance(base, _TypedDictMeta):
                annotations.update(base.__dict__.get('__annotations__', {}))
                required.update(base.__dict__.get('__required_keys__', ()))
                optional.update(base.__dict__.get('__optional_keys__', ()))
        for key, tp in own.items():
            is_required = total
            if isinstance(tp, _Alias) and tp._name == 'Required':
                is_required = True
            elif isinstance(tp, _Alias) and tp._name == 'NotRequired':
                is_required = False
            annotations[key] = tp
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        ns = dict(ns)
        ns['__annotations__'] = annotations
        ns['__required_keys__'] = frozenset(required)
        ns['__optional_keys__'] = frozenset(optional)
        ns['__total__'] = total
        return type.__new__(mcls, name, (dict,), ns)

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict and args and isinstance(args[0], str):
            fields = args[1] if len(args) > 1 else {}
            total = kwargs.get('total', True)
            return _TypedDictMeta(args[0], (TypedDict,), {'__annotations__': dict(fields),
                                                          '__module__': '__main__'}, total=total)
        return dict(*args, **kwargs)


class TypedDict(metaclass=_TypedDictMeta):
    pass


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    def __bytes__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    def __complex__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    __slots__ = ()

    def __round__(self, ndigits=0):
        pass


class IO(Generic):
    pass


class TextIO(IO):
    pass


class BinaryIO(IO):
    pass
`;
