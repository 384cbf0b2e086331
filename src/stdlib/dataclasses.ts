/**
 * `dataclasses`, written in Python (see src/stdlib/index.ts): @dataclass with CPython 3.11's options
 * (init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot), field(),
 * Field, fields, asdict, astuple, replace, is_dataclass, make_dataclass, FrozenInstanceError, MISSING,
 * KW_ONLY, InitVar and __post_init__. ndpy has no exec, so the generated methods are closures over
 * the field lists; __init__ binds its arguments itself and raises CPython's TypeErrors
 * ("P.__init__() missing 1 required positional argument: 'x'", ...).
 */
export const source = String.raw`
import sys as _sys
import copy as _copy

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']

_builtin_repr = repr


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _MappingProxy:
    # A read-only view of a dict (types.MappingProxyType), for Field.metadata.
    def __init__(self, mapping):
        object.__setattr__(self, '_m', mapping)

    def __getitem__(self, key):
        return self._m[key]

    def __iter__(self):
        return iter(self._m)

    def __len__(self):
        return len(self._m)

    def __contains__(self, key):
        return key in self._m

    def get(self, key, default=None):
        return self._m.get(key, default)

    def keys(self):
        return self._m.keys()

    def values(self):
        return self._m.values()

    def items(self):
        return self._m.items()

    def copy(self):
        return self._m.copy()

    def __eq__(self, other):
        if isinstance(other, _MappingProxy):
            other = other._m
        return self._m == other

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute " + _builtin_repr(name))

    def __repr__(self):
        return 'mappingproxy(' + _builtin_repr(self._m) + ')'

    def __str__(self):
        return str(self._m)


_EMPTY_METADATA = _MappingProxy({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        t = self.type
        if isinstance(t, type):
            name = t.__name__
        else:
            name = _builtin_repr(t)
        return 'dataclasses.InitVar[' + name + ']'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        if metadata is None:
            self.metadata = _EMPTY_METADATA
        elif isinstance(metadata, _MappingProxy):
            self.metadata = metadata
        else:
            self.metadata = _MappingProxy(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        r = _builtin_repr
        return ('Field(name=' + r(self.name) + ',type=' + r(self.type) + ',default=' + r(self.default) +
                ',default_factory=' + r(self.default_factory) + ',init=' + r(self.init) +
                ',repr=' + r(self.repr) + ',hash=' + r(self.hash) + ',compare=' + r(self.compare) +
                ',metadata=' + r(self.metadata) + ',kw_only=' + r(self.kw_only) +
                ',_field_type=' + r(self._field_type) + ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        r = _builtin_repr
        return ('_DataclassParams(init=' + r(self.init) + ',repr=' + r(self.repr) + ',eq=' + r(self.eq) +
                ',order=' + r(self.order) + ',unsafe_hash=' + r(self.unsafe_hash) +
                ',frozen=' + r(self.frozen) + ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(flds):
    std = tuple([f for f in flds if f.init and not f.kw_only])
    kw = tuple([f for f in flds if f.init and f.kw_only])
    return std, kw


# ---- recognising ClassVar / InitVar / KW_ONLY annotations ----

def _module_of(cls):
    return _sys.modules.get(getattr(cls, '__module__', None) or '', None)


def _typing_classvar(obj):
    # typing.ClassVar itself, or a subscript of it (ndpy's typing: _SpecialForm / _Alias named ClassVar).
    t = type(obj)
    if t.__name__ not in ('_SpecialForm', _ALIAS_NAME) or getattr(t, '__module__', None) != 'typing':
        return False
    return getattr(obj, '_name', None) == 'ClassVar'


_ALIAS_NAME = '_Alias'


def _is_module(obj, name):
    return type(obj).__name__ == 'module' and getattr(obj, '__name__', None) == name


def _string_names(cls, a_type, module_name, attr_name, test):
    # Whether a string annotation 'X', 'X[...]', 'mod.X' or 'mod.X[...]' names module_name.attr_name,
    # looking the names up in the class's module (test(obj) recognises the target object).
    s = a_type.strip()
    i = s.find('[')
    head = (s if i < 0 else s[:i]).strip()
    # ndpy: a module's attributes as seen through sys.modules may be stale, so a name that is not
    # found there is recognised by its spelling.
    cls_mod = _module_of(cls)
    if '.' in head:
        mod_alias, _, name = head.rpartition('.')
        if name != attr_name:
            return False
        m = getattr(cls_mod, mod_alias, None) if cls_mod is not None else None
        if m is None:
            return mod_alias == module_name
        return _is_module(m, module_name)
    obj = getattr(cls_mod, head, None) if cls_mod is not None else None
    if obj is None:
        return head == attr_name
    return test(obj)


def _is_classvar(cls, a_type):
    if isinstance(a_type, str):
        return _string_names(cls, a_type, 'typing', 'ClassVar', _typing_classvar)
    return _typing_classvar(a_type)


def _is_initvar(cls, a_type):
    if isinstance(a_type, str):
        return _string_names(cls, a_type, 'dataclasses', 'InitVar', lambda o: o is InitVar)
    return a_type is InitVar or type(a_type) is InitVar


def _is_kw_only(cls, a_type):
    if isinstance(a_type, str):
        return _string_names(cls, a_type, 'dataclasses', 'KW_ONLY', lambda o: o is KW_ONLY)
    return a_type is KW_ONLY


_UNHASHABLE_BUILTINS = (list, dict, set, bytearray)


def _is_unhashable_class(t):
    # CPython tests type(default).__hash__ is None.
    for k in t.__mro__:
        if k in _UNHASHABLE_BUILTINS:
            return True
        if k.__name__ == 'ndarray' and getattr(k, '__module__', '') == 'numpy':
            return True
        d = k.__dict__
        if '__hash__' in d:
            return d['__hash__'] is None
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if type(default).__name__ == 'member_descriptor':
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    if _is_classvar(cls, a_type):
        f._field_type = _FIELD_CLASSVAR
    elif _is_initvar(cls, a_type):
        f._field_type = _FIELD_INITVAR
    if f._field_type is _FIELD_CLASSVAR or f._field_type is _FIELD_INITVAR:
        if f.default_factory is not MISSING:
            raise TypeError('field ' + f.name + ' cannot have a default factory')
    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field ' + f.name + ' is a ClassVar but specifies kw_only')
    if f._field_type is _FIELD and _is_unhashable_class(type(f.default)):
        raise ValueError('mutable default ' + str(type(f.default)) + ' for field ' + f.name +
                         ' is not allowed: use default_factory')
    return f


def _set_qualname(cls, fn):
    # a generated method belongs to the class's module, as CPython's (made in its globals) does
    try:
        fn.__qualname__ = cls.__qualname__ + '.' + fn.__name__
        fn.__module__ = cls.__module__
    except (AttributeError, TypeError):
        pass
    return fn


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


# ---- generated methods ----

def _make_init(cls, all_fields, std_fields, kw_fields, frozen, has_post_init):
    # __init__ is written out as source and compiled, as a def of these parameters would be: the call
    # then binds its arguments (and reports a wrong call) as any function does, at the speed of one
    # (a generic __init__(self, *args, **kwargs) binding them in Python took ten times CPython's time)
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError('non-default argument ' + _builtin_repr(f.name) + ' follows default argument')
    names = set([f.name for f in all_fields])
    self_name = '__dataclass_self__' if 'self' in names else 'self'
    ns = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY, '__dataclass_builtins_object__': object}

    def param(f):
        if f.default_factory is not MISSING:
            return f.name + '=__dataclass_HAS_DEFAULT_FACTORY__'
        if f.default is not MISSING:
            ns['__dataclass_dflt_' + f.name + '__'] = f.default
            return f.name + '=__dataclass_dflt_' + f.name + '__'
        return f.name

    params = [self_name] + [param(f) for f in std_fields]
    if kw_fields:
        params.append('*')
        params += [param(f) for f in kw_fields]
    body = []
    for f in all_fields:
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.default_factory is not MISSING:
            factory = '__dataclass_factory_' + f.name + '__'
            ns[factory] = f.default_factory
            if f.init:
                value = factory + '() if ' + f.name + ' is __dataclass_HAS_DEFAULT_FACTORY__ else ' + f.name
            else:
                value = factory + '()'
        elif f.init:
            value = f.name
        else:
            continue
        if frozen:
            body.append('__dataclass_builtins_object__.__setattr__(' + self_name + ', ' + _builtin_repr(f.name) + ', ' + value + ')')
        else:
            body.append(self_name + '.' + f.name + ' = ' + value)
    if has_post_init:
        initvars = [f.name for f in all_fields if f._field_type is _FIELD_INITVAR]
        body.append(self_name + '.__post_init__(' + ', '.join(initvars) + ')')
    if not body:
        body.append('pass')
    init = _compiled('__init__', ['def __init__(' + ', '.join(params) + '):'] + ['    ' + line for line in body], ns)
    init.__qualname__ = cls.__qualname__ + '.__init__'
    annotations = {}
    for f in std_fields + kw_fields:
        annotations[f.name] = f.type
    annotations['return'] = None
    init.__annotations__ = annotations
    return init


def _make_repr(flds):
    names = tuple([f.name for f in flds])
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            parts = [n + '=' + _builtin_repr(getattr(self, n)) for n in names]
        finally:
            running.discard(key)
        return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'
    __repr__.__dataclass_repr__ = True   # lets pprint lay the fields out one per line
    return __repr__


def _fields_tuple(obj, flds):
    return '(' + ''.join([obj + '.' + f.name + ',' for f in flds]) + ')'


def _compiled(name, lines, ns=None):
    # comparisons and hashing are written out as source over the field names and compiled, as CPython
    # does: a getter making tuples with getattr() made a < b eight times slower than CPython's. The def
    # starts on line 2, as in CPython's wrapper around it, so tracebacks show the same "<string>" lines.
    if ns is None:
        ns = {}
    exec(''.join([line + '\n' for line in ['# generated by dataclasses'] + lines]), ns)
    return ns[name]


def _make_cmp(name, op, flds):
    return _compiled(name, [
        'def ' + name + '(self, other):',
        '    if other.__class__ is self.__class__:',
        '        return ' + _fields_tuple('self', flds) + ' ' + op + ' ' + _fields_tuple('other', flds),
        '    return NotImplemented',
    ])


def _make_eq(flds):
    return _make_cmp('__eq__', '==', flds)


def _make_order(flds):
    return [(name, _make_cmp(name, op, flds)) for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]]


def _make_hash(flds):
    return _compiled('__hash__', ['def __hash__(self):', '    return hash(' + _fields_tuple('self', flds) + ')'])


def _make_frozen(cls, flds):
    ns = {'cls': cls, 'FrozenInstanceError': FrozenInstanceError, '__dataclass_names__': frozenset([f.name for f in flds])}
    return [_compiled('__' + verb + 'attr__', [
        'def __' + verb + 'attr__(self, name' + value + '):',
        '    if type(self) is cls or name in __dataclass_names__:',
        '        raise FrozenInstanceError(f"cannot ' + action + ' field {name!r}")',
        '    super(cls, self).__' + verb + 'attr__(name' + value + ')',
    ], ns) for verb, value, action in [('set', ', value', 'assign to'), ('del', '', 'delete')]]


def _format_annotation(a):
    if getattr(a, '__module__', None) == 'typing':
        return _builtin_repr(a).replace('typing.', '')
    if isinstance(a, type):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return a.__module__ + '.' + a.__qualname__
    return _builtin_repr(a)


def _signature_text(cls):
    init = cls.__dict__.get('__init__')
    flds = cls.__dict__.get(_FIELDS, {})
    all_init = [f for f in flds.values() if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    std, kw = _fields_in_init_order(all_init)

    def param(f):
        s = f.name + ': ' + _format_annotation(f.type)
        if f.default_factory is not MISSING:
            s += ' = <factory>'
        elif f.default is not MISSING:
            s += ' = ' + _builtin_repr(f.default)
        return s
    parts = [param(f) for f in std]
    if kw:
        parts.append('*')
        parts += [param(f) for f in kw]
    return '(' + ', '.join(parts) + ')'


_hash_action = {
    (False, False, False, False): None,
    (False, False, False, True): None,
    (False, False, True, False): None,
    (False, False, True, True): None,
    (False, True, False, False): 'none',
    (False, True, False, True): None,
    (False, True, True, False): 'add',
    (False, True, True, True): None,
    (True, False, False, False): 'add',
    (True, False, False, True): 'raise',
    (True, False, True, False): 'add',
    (True, False, True, True): 'raise',
    (True, True, False, False): 'add',
    (True, True, False, True): 'raise',
    (True, True, True, False): 'add',
    (True, True, True, True): 'raise',
}


def _process_class(cls, init, repr_, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot):
    flds = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr_, eq, order, unsafe_hash, frozen))
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                flds[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', None) or {}
    cls_fields = []
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only(cls, a_type):
            if kw_only_seen:
                raise TypeError(_builtin_repr(name) + ' is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))
    for f in cls_fields:
        flds[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(_builtin_repr(name) + ' is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, flds)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in flds.values() if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__', _make_init(cls, all_init_fields, std_init_fields,
                                                       kw_only_init_fields, frozen, has_post_init))

    field_list = [f for f in flds.values() if f._field_type is _FIELD]

    if repr_:
        _set_new_attribute(cls, '__repr__', _make_repr([f for f in field_list if f.repr]))

    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq([f for f in field_list if f.compare]))

    if order:
        for name, fn in _make_order([f for f in field_list if f.compare]):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute ' + name + ' in class ' + cls.__name__ +
                                '. Consider using functools.total_ordering')

    if frozen:
        for fn in _make_frozen(cls, field_list):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError('Cannot overwrite attribute ' + fn.__name__ + ' in class ' + cls.__name__)

    action = _hash_action[(bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash)]
    if action == 'none':
        cls.__hash__ = None
    elif action == 'add':
        hash_fields = [f for f in field_list if (f.compare if f.hash is None else f.hash)]
        cls.__hash__ = _set_qualname(cls, _make_hash(hash_fields))
    elif action == 'raise':
        raise TypeError('Cannot overwrite attribute __hash__ in class ' + cls.__name__)

    if not getattr(cls, '__doc__', None):
        try:
            cls.__doc__ = cls.__name__ + _signature_text(cls)
        except Exception:
            pass

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple([f.name for f in std_init_fields]))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    # like CPython: a new class with the same namespace, whose __slots__ are the field names
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = set()
    for b in cls.__mro__[1:-1]:
        for name in b.__dict__.get('__slots__', ()):
            inherited.add(name)
    slots_ = tuple(n for n in field_names if n not in inherited)
    if weakref_slot and '__weakref__' not in inherited:
        slots_ = slots_ + ('__weakref__',)
    cls_dict['__slots__'] = slots_
    for name in field_names:
        cls_dict.pop(name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    if is_frozen:
        # pickling sets the fields back, which a frozen class's __setattr__ refuses: state is the field values
        if '__getstate__' not in cls_dict:
            cls.__getstate__ = _frozen_getstate
        if '__setstate__' not in cls_dict:
            cls.__setstate__ = _frozen_setstate
    return cls


def _frozen_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                              weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        flds = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple([f for f in flds.values() if f._field_type is _FIELD])


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _convert(obj, factory, as_dict):
    if _is_dataclass_instance(obj):
        if as_dict:
            return factory([(f.name, _convert(getattr(obj, f.name), factory, True)) for f in fields(obj)])
        return factory([_convert(getattr(obj, f.name), factory, False) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_convert(v, factory, as_dict) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_convert(k, factory, as_dict), _convert(v, factory, as_dict))
                          for k, v in obj.items()])
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _convert(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _convert(obj, tuple_factory, False)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError('field ' + f.name + ' is declared with init=False, it cannot be specified with '
                                 'replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError('InitVar ' + _builtin_repr(f.name) + ' must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: ' + _builtin_repr(item))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: ' + _builtin_repr(name))
        if name in seen:
            raise TypeError('Field name duplicated: ' + _builtin_repr(name))
        seen.add(name)
        annotations[name] = tp
    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)
`;
