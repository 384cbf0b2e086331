/**
 * `enum`, written in Python (see src/stdlib/index.ts).
 *
 * Enum's metaclass is EnumType (alias EnumMeta): iterating the class (definition order, no aliases),
 * len, reversed, `in`, `Color['RED']`, `Color(1)` (value lookup via EnumType.__call__, which also gives
 * the functional API `Enum('Name', 'A B')`), repr `<enum 'Color'>` / `<flag 'Perm'>`, and
 * `__members__` (a read-only mapping including aliases). There is no __prepare__, so members are still
 * made after the class body by Enum.__init_subclass__: each public non-descriptor attribute becomes an
 * instance of the class (aliases share the first member). Provided: Enum, IntEnum, StrEnum, Flag, IntFlag,
 * auto, unique, member name/value, repr/str/format/hash, _missing_, _member_names_, _value2member_map_,
 * Flag operators and pseudo-members (as in 3.11, multi-bit flag members are not iterated), Flag
 * boundaries (STRICT/CONFORM/EJECT/KEEP), member/nonmember, and verify with UNIQUE/CONTINUOUS.
 * EnumType.__setattr__/__delattr__ (no reassigning/deleting members) are defined but ndpy does not yet
 * call a metaclass's __setattr__/__delattr__ for `Cls.x = v` / `del Cls.x`, so they do not take effect.
 */
export const source = String.raw`
_auto_null = object()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)

    # WHITE = RED | GREEN (members are made after the body): combine once the operands have values
    def __or__(self, other):
        return auto(_AutoOr(self, other))

    __ror__ = __or__


class _AutoOr:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def resolve(self):
        return _auto_value(self.a) | _auto_value(self.b)


def _auto_value(v):
    v = v.value if isinstance(v, auto) else v
    return v.resolve() if isinstance(v, _AutoOr) else v


def _is_descriptor(v):
    return (callable(v) or isinstance(v, (property, staticmethod, classmethod))
            or hasattr(type(v), '__get__') or hasattr(type(v), '__set__') or hasattr(type(v), '__delete__'))


def _high_bit(v):
    return v.bit_length() - 1


class member:
    """Forces an attribute of an Enum class body to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute of an Enum class body from becoming a member."""

    def __init__(self, value):
        self.value = value


_member_marker, _nonmember_marker = member, nonmember


class EnumType(type):
    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = {}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls(class_name, bases, classdict)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            try:
                import warnings
                warnings.warn("in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                              "False depending on whether the value is a member or the value of a member",
                              DeprecationWarning, stacklevel=2)
            except ImportError:
                pass
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        from types import MappingProxyType
        return MappingProxyType(cls._member_map_)

    def __dir__(cls):
        # the enum protocol's names and the members; a data-type mixin adds what its type lists
        names = set(['__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__', '__iter__',
                     '__len__', '__members__', '__module__', '__name__', '__qualname__'] + cls._member_names_)
        member_type = cls.__dict__.get('_member_type_', object)
        if member_type is not object:
            names |= set(dir(member_type))
        return sorted(names)

    def __repr__(cls):
        if globals().get('Flag') is not None and issubclass(cls, Flag):
            return '<flag %r>' % cls.__name__
        return '<enum %r>' % cls.__name__


EnumMeta = EnumType


def _read_only(what, attr):
    # a member's name and value never change (CPython's enum.property words it so)
    raise AttributeError('<enum %r> cannot %s attribute %r' % ('Enum', what, attr))


class Enum(metaclass=EnumType):
    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}

    def __init_subclass__(cls, boundary=None, **kwds):
        super().__init_subclass__(**kwds)
        if boundary is not None:
            cls._boundary_ = boundary
        members_of_bases = [b for b in cls.__mro__[1:] if getattr(b, '_member_names_', None)]
        own = []
        for key, value in list(cls.__dict__.items()):
            if key.startswith('_'):
                continue
            if isinstance(value, _nonmember_marker):
                # enum.nonmember(x): a plain class attribute, whatever x is
                type.__setattr__(cls, key, value.value)
                continue
            if isinstance(value, _member_marker):
                # enum.member(x): a member even when x is a function or descriptor
                own.append((key, value.value))
                continue
            if _is_descriptor(value) and not isinstance(value, auto):
                continue
            own.append((key, value))
        if members_of_bases:
            raise TypeError('<enum %r> cannot extend <enum %r>' % (cls.__name__, members_of_bases[0].__name__))
        ignore = cls.__dict__.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        mixin = None
        for b in cls.__mro__[1:]:
            if b is object or issubclass(b, Enum):
                continue
            mixin = b
            break
        cls._member_type_ = mixin if mixin is not None else object
        if mixin is not None:
            # like EnumType.__new__: a data-type mixin's repr/str/format must not shadow
            # the enum's own (class St(str, Enum) prints as St.A, not as its value)
            first_enum = None
            for b in reversed(cls.__bases__):
                if isinstance(b, EnumType):
                    first_enum = b
                    break
            for dunder in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if first_enum is None or dunder in cls.__dict__:
                    continue
                found = getattr(cls, dunder)
                if found is getattr(mixin, dunder) or found is getattr(object, dunder):
                    type.__setattr__(cls, dunder, getattr(first_enum, dunder))
        is_flag = globals().get('Flag') is not None and issubclass(cls, Flag)
        last_values = []
        for key, value in own:
            if key in ignore:
                delattr(cls, key)
                continue
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = cls._generate_next_value_(key, 1, len(last_values), last_values[:])
                elif isinstance(value.value, _AutoOr):
                    value.value = value.value.resolve()
                value = value.value
            last_values.append(value)
            if isinstance(value, tuple) and mixin is not None and mixin is not tuple:
                args = value
            else:
                args = (value,)
            if mixin is None:
                member = object.__new__(cls)
            else:
                member = mixin.__new__(cls, *args)
            if mixin is None or mixin is tuple:
                member._value_ = value
            else:
                member._value_ = mixin(*args)
            init = cls.__dict__.get('__init__')
            if init is None:
                for b in cls.__mro__[1:]:
                    if issubclass(b, Enum) or b is object:
                        continue
                    break
                for b in cls.__mro__:
                    if b is Enum:
                        break
                    if '__init__' in b.__dict__:
                        init = b.__dict__['__init__']
                        break
            if init is not None:
                if isinstance(value, tuple):
                    init(member, *value)
                else:
                    init(member, value)
            canonical = None
            for m in cls._member_map_.values():
                if m._value_ == member._value_:
                    canonical = m
                    break
            if canonical is not None:
                member = canonical
            else:
                member._name_ = key
                member.__objclass__ = cls
                member._sort_order_ = len(cls._member_map_)
                if not is_flag or (isinstance(member._value_, int) and member._value_ > 0
                                   and member._value_ & (member._value_ - 1) == 0):
                    cls._member_names_.append(key)
            setattr(cls, key, member)
            cls._member_map_[key] = member
            try:
                if member._value_ not in cls._value2member_map_:
                    cls._value2member_map_[member._value_] = member
            except TypeError:
                pass
        if is_flag:
            flag_mask = 0
            for m in cls._member_map_.values():
                v = m._value_
                if isinstance(v, int):
                    flag_mask |= v
            cls._flag_mask_ = flag_mask
            cls._all_bits_ = 2 ** flag_mask.bit_length() - 1

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if isinstance(result, int) and getattr(cls, '_boundary_', None) is EJECT and issubclass(cls, Flag):
            return result   # boundary=EJECT: an out-of-range value comes back as a plain int
        if result is None:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @property
    def name(self):
        return self._name_

    @name.setter
    def name(self, v):
        _read_only('set', 'name')

    @name.deleter
    def name(self):
        _read_only('delete', 'name')

    @property
    def value(self):
        return self._value_

    @value.setter
    def value(self, v):
        _read_only('set', 'value')

    @value.deleter
    def value(self):
        _read_only('delete', 'value')

    def __repr__(self):
        v_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        # a few dunders, then the public names of the enum's classes (its methods, name and value), not
        # the members; a data-type mixin's member lists what object.__dir__ finds
        cls = type(self)
        names = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__'])
        if cls._member_type_ is not object:
            names |= set(object.__dir__(self))
        names |= set(k for k in getattr(self, '__dict__', ()) if k[0] != '_')
        for klass in cls.__mro__:
            for k in klass.__dict__:
                if k[0] != '_' and k not in cls._member_map_:
                    names.add(k)
        return sorted(names)


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    __repr__ = Enum.__repr__

    def __hash__(self):
        # int comes before Enum in the MRO: a member hashes as its value, so it finds the int's dict entries
        return hash(self._value_)

    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    __repr__ = Enum.__repr__

    def __hash__(self):
        return hash(self._value_)

    def __str__(self):
        return self._value_

    def __format__(self, format_spec):
        return str.__format__(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary.STRICT, FlagBoundary.CONFORM, FlagBoundary.EJECT, FlagBoundary.KEEP


def _flag_bin(n, width):
    # a flag value as the "0b0 0101" text of Flag's invalid-value message: a sign bit, then the
    # (two's complement) digits padded with that bit to the width
    if n >= 0:
        return '0b0 ' + (format(n, 'b') if n else '').rjust(width, '0')
    size = n.bit_length()
    return '0b1 ' + format(2 ** size + n, 'b').zfill(size).rjust(width, '1')


def _bits(v):
    while v:
        b = v & (~v + 1)
        yield b
        v ^= b


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = getattr(cls, '_boundary_', None)
        if boundary is None:
            boundary = KEEP if cls._member_type_ is not object else STRICT
        if not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask):
            # bits no member has: the class's boundary says what becomes of them
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, value, _flag_bin(value, width), _flag_bin(flag_mask, width)))
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif value < 0:
                value += max(all_bits + 1, 2 ** value.bit_length())
        if value < 0:
            value += all_bits + 1
        keep = boundary is KEEP
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        # single-bit members in definition order, then multi-bit ones for bits no single member has
        members = [cls._member_map_[n] for n in cls._member_names_ if cls._member_map_[n]._value_ & value]
        covered = singles = 0
        for n in cls._member_names_:
            singles |= cls._member_map_[n]._value_
        for m in members:
            covered |= m._value_
        if value & flag_mask & ~singles:
            for m in cls._member_map_.values():
                if m not in members and m._value_ and m._value_ & value == m._value_:
                    members.append(m)
                    covered |= m._value_
        unknown = value & ~covered
        if unknown and not keep:
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        pseudo._name_ = '|'.join(m._name_ for m in members) if members else None
        if members and unknown:
            pseudo._name_ += '|%d' % unknown
        pseudo.__objclass__ = cls
        return cls._value2member_map_.setdefault(value, pseudo)

    def _iter_members(self):
        for b in _bits(self._value_):
            m = self.__class__._value2member_map_.get(b)
            if m is not None and m._name_ in self.__class__._member_names_:
                yield m

    def __iter__(self):
        return iter(sorted(self._iter_members(), key=lambda m: m._sort_order_))

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._flag_mask_ & ~self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __hash__(self):
        return hash(self._value_)


class IntFlag(int, ReprEnum, Flag):
    def __str__(self):
        return int.__repr__(self._value_)

    def __format__(self, format_spec):
        return int.__format__(self._value_, format_spec)

    __hash__ = Flag.__hash__
    __repr__ = Flag.__repr__
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__or__
    __rand__ = Flag.__and__
    __rxor__ = Flag.__xor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__


class EnumCheck(StrEnum):
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck.CONTINUOUS, EnumCheck.NAMED_FLAGS, EnumCheck.UNIQUE


class verify:
    """Class decorator checking an enumeration against EnumCheck constraints (NAMED_FLAGS is not checked)."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        kind = 'flag' if issubclass(enumeration, Flag) else 'enum'
        for check in self.checks:
            if check is UNIQUE:
                aliases = ['%s -> %s' % (name, m._name_) for name, m in enumeration.__members__.items()
                           if name != m._name_]
                if aliases:
                    raise ValueError('aliases found in %r: %s' % (enumeration, ', '.join(aliases)))
            elif check is CONTINUOUS:
                values = set(m._value_ for m in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                if kind == 'flag':
                    gaps = [2 ** i for i in range(_high_bit(low) + 1, _high_bit(high)) if 2 ** i not in values]
                else:
                    gaps = [i for i in range(low + 1, high) if i not in values]
                if gaps:
                    text = 'invalid %s %r: missing values %s' % (kind, enumeration.__name__, ', '.join(map(str, gaps)))
                    raise ValueError(text[:256])
        return enumeration


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in <enum %r>: %s" % (enumeration.__name__, alias_details))
    return enumeration


# enum.property: what enum members' own properties are made with (a plain property here)
property = property
`;
