/**
 * The object-reduction half of `pickle` (spliced into the source in pickle.ts): how the Pickler turns
 * an arbitrary object into a reduce tuple the way CPython's object.__reduce_ex__ and copyreg do —
 * user __reduce_ex__/__reduce__, __getnewargs(_ex)__ and __getstate__, the default __dict__/__slots__
 * state, protocol 0/1 copyreg._reconstructor, reductions for the interpreter's own types (complex,
 * range, slice, enum members, deques, defaultdicts, namedtuples, exceptions), the Python 2 names used
 * under protocols 0-2, and the module/qualified-name lookup that classes and functions pickle by.
 */
export const reduceSource = String.raw`
_REVERSE_IMPORTS = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue', 'reprlib': 'repr',
                    '_pickle': 'pickle', 'socketserver': 'SocketServer', 'configparser': 'ConfigParser'}
_REVERSE_NAMES = {('builtins', 'range'): ('__builtin__', 'xrange'), ('functools', 'reduce'): ('__builtin__', 'reduce'),
                  ('sys', 'intern'): ('__builtin__', 'intern'), ('builtins', 'chr'): ('__builtin__', 'unichr'),
                  ('builtins', 'str'): ('__builtin__', 'unicode'), ('builtins', 'int'): ('__builtin__', 'long'),
                  ('builtins', 'zip'): ('itertools', 'izip'), ('builtins', 'map'): ('itertools', 'imap'),
                  ('builtins', 'filter'): ('itertools', 'ifilter'),
                  ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
                  ('collections', 'UserList'): ('UserList', 'UserList'),
                  ('collections', 'UserString'): ('UserString', 'UserString'),
                  ('builtins', 'ModuleNotFoundError'): ('exceptions', 'ImportError')}
# builtin exceptions Python 2 kept in its 'exceptions' module (the OSError family under OSError)
for _n in ('ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning '
           'DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning '
           'GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError '
           'KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError OverflowError '
           'PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError '
           'SyntaxWarning SystemError SystemExit TabError TypeError UnboundLocalError UnicodeDecodeError '
           'UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError '
           'Warning ZeroDivisionError').split():
    _REVERSE_NAMES[('builtins', _n)] = ('exceptions', _n)
for _n in ('BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError '
           'ConnectionResetError FileExistsError FileNotFoundError InterruptedError IsADirectoryError '
           'NotADirectoryError PermissionError ProcessLookupError TimeoutError').split():
    _REVERSE_NAMES[('builtins', _n)] = ('exceptions', 'OSError')


def _native(cls):
    # a type implemented by the interpreter itself (not by a class statement or type())
    d = cls.__dict__
    return cls is object or ('__module__' not in d and '__doc__' not in d)


def _getattribute(obj, name):
    for sub in name.split('.'):
        if sub == '<locals>':
            raise AttributeError("Can't pickle local object %r" % (name,))
        parent = obj
        obj = getattr(obj, sub)
    return obj, parent


def whichmodule(obj, name):
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in list(_sys.modules.items()):
        if module_name == '__main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _cannot(obj):
    raise TypeError('cannot pickle %r object' % (_type_label(type(obj)),))


def _type_label(cls):
    mod = getattr(cls, '__module__', 'builtins')
    if mod in (None, 'builtins'):
        return cls.__name__
    return mod + '.' + cls.__qualname__


_UNPICKLABLE = {'threading': {'Lock': '_thread.lock', 'RLock': '_thread.RLock'}}


def _special_reduce(obj, cls):
    # reductions for types whose objects here do not carry CPython's __reduce__
    if obj is ...:
        return 'Ellipsis'
    if obj is NotImplemented:
        return 'NotImplemented'
    if cls is complex:
        return complex, (obj.real, obj.imag)
    if cls is range:
        return range, (obj.start, obj.stop, obj.step)
    if cls is slice:
        return slice, (obj.start, obj.stop, obj.step)
    mod = getattr(cls, '__module__', None)
    names = _UNPICKLABLE.get(mod)
    if names is not None and cls.__name__ in names:
        raise TypeError('cannot pickle %r object' % (names[cls.__name__],))
    enum = _sys.modules.get('enum')
    if enum is not None and isinstance(obj, enum.Enum):
        return cls, (obj._value_,)
    col = _sys.modules.get('collections')
    if col is not None:
        if isinstance(obj, col.deque):
            return cls, (list(obj), obj.maxlen), _dict_state(obj)
        if isinstance(obj, col.defaultdict):
            return cls, (obj.default_factory,), None, None, iter(obj.items())
        if isinstance(obj, col.OrderedDict):
            return cls, (), _dict_state(obj), None, iter(obj.items())
    if isinstance(obj, tuple) and hasattr(cls, '_fields') and '__getnewargs__' not in cls.__dict__:
        return cls, tuple(obj)
    if isinstance(obj, BaseException):
        return cls, obj.args, _dict_state(obj)
    return None


def _dict_state(obj):
    d = getattr(obj, '__dict__', None)
    return dict(d) if d else None


def _getstate(obj, required):
    cls = type(obj)
    for k in cls.__mro__:
        if k is not object and '__getstate__' in k.__dict__:
            return obj.__getstate__()
    if required and _native(cls):
        _cannot(obj)
    d = getattr(obj, '__dict__', None)
    state = d if d else None
    names = _copyreg._slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _user_reduce(obj, proto):
    mro = type(obj).__mro__
    for k in mro:
        if k is not object and '__reduce_ex__' in k.__dict__:
            return obj.__reduce_ex__(proto)
    for k in mro:
        if k is not object and '__reduce__' in k.__dict__:
            return obj.__reduce__()
    return None


def _default_reduce(obj, proto):
    cls = type(obj)
    if proto >= 2:
        return _reduce_newobj(obj, cls)
    base = object
    for k in cls.__mro__:
        if _native(k):
            base = k
            break
    if base is object:
        state = None
    else:
        if base is cls:
            _cannot(obj)
        state = base(obj)
    args = (cls, base, state)
    getstate = None
    for k in cls.__mro__:
        if k is not object and '__getstate__' in k.__dict__:
            getstate = obj.__getstate__
            break
    if getstate is not None:
        st = getstate()
    else:
        if _native(cls) or (getattr(cls, '__slots__', None) and not hasattr(obj, '__dict__')):
            raise TypeError('a class that defines __slots__ without defining __getstate__ cannot be pickled with protocol %d' % proto) if not _native(cls) else TypeError('cannot pickle %r object' % cls.__name__)
        st = getattr(obj, '__dict__', None) or None
    if st:
        return _copyreg._reconstructor, args, st
    return _copyreg._reconstructor, args


def _reduce_newobj(obj, cls):
    kwargs = None
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = obj.__getnewargs_ex__()
        if not isinstance(args, tuple):
            raise TypeError('__getnewargs_ex__ should return a tuple of length 2, not %r' % type(args).__name__)
    elif getattr(cls, '__getnewargs__', None) is not None:
        args = obj.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError('__getnewargs__ should return a tuple, not %r' % type(args).__name__)
    else:
        args = None
    hasargs = args is not None
    if args is None:
        args = ()
    state = _getstate(obj, not hasargs and not isinstance(obj, (list, dict)))
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(dict.items(obj)) if isinstance(obj, dict) else None
    if kwargs:
        return _copyreg.__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return _copyreg.__newobj__, (cls,) + tuple(args), state, listitems, dictitems


def _key(obj):
    # memo key: identity, except for str, whose id() here does not tell distinct objects apart
    if type(obj) is str:
        return ('s', obj)
    return id(obj)


def _encode_long(x):
    n = (x.bit_length() >> 3) + 1
    data = x.to_bytes(n, 'little', signed=True)
    if x < 0 and n > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def _raw_unicode_escape(s):
    out = bytearray()
    for ch in s:
        c = ord(ch)
        if c < 256 and ch not in '\\\n\r\x00\x1a':
            out.append(c)
        elif c < 0x10000:
            out += ('\\u%04x' % c).encode('ascii')
        else:
            out += ('\\U%08x' % c).encode('ascii')
    return bytes(out)


`;
