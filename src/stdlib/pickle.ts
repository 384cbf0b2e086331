/**
 * `pickle`, written in Python (see src/stdlib/index.ts). This file holds the module's API and the
 * Pickler, which writes CPython's binary format opcode for opcode (protocols 0-5, protocol 4 framing,
 * MEMOIZE/PUT memo references, the C pickler's batching of list/dict/set items), so `pickle.dumps` of
 * builtin values gives CPython's bytes. Objects are reduced the way object.__reduce_ex__ and copyreg do
 * (user __reduce_ex__/__reduce__, __getnewargs(_ex)__, __getstate__, __dict__ and __slots__ state);
 * classes and functions are saved by reference (module + qualified name). The reduction rules are in
 * pickleReduce.ts and the Unpickler in pickleLoad.ts; the module's source is the concatenation.
 */
import { loadSource } from './pickleLoad';
import { reduceSource } from './pickleReduce';

const dumpSource = String.raw`
import sys as _sys
import copyreg as _copyreg
from itertools import islice as _islice

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler', 'dump', 'dumps',
           'load', 'loads', 'PickleBuffer', 'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


for _c in (PickleError, PicklingError, UnpicklingError):
    _c.__module__ = '_pickle'


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class PickleBuffer:
    def __init__(self, buffer):
        self._b = buffer

    def raw(self):
        return memoryview(bytes(self._b))

    def release(self):
        pass


MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_FRAME_TARGET = 64 * 1024
_BATCH = 1000
_TUPLE_OPS = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

# names pickled under protocols 0-2 with fix_imports (Python 3 name -> Python 2 name)
`;

const picklerSource = String.raw`
class Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError('buffer_callback needs protocol >= 5')
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.memo = {}
        self._memo_next = 0
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._out = bytearray()
        self._frame_start = -1
        self._framing = False

    def clear_memo(self):
        self.memo.clear()
        self._memo_next = 0

    def persistent_id(self, obj):
        return None

    def dump(self, obj):
        if not hasattr(self, '_out'):
            raise PicklingError('Pickler.__init__() was not called by %s.__init__()' % type(self).__name__)
        self._out = bytearray()
        self._frame_start = -1
        if self.proto >= 2:
            self._write(PROTO + bytes([self.proto]))
        if self.proto >= 4:
            self._framing = True
        self.save(obj)
        self._write(STOP)
        self._commit_frame()
        self._framing = False
        data = bytes(self._out)
        self._out = bytearray()
        self._file_write(data)

    # ---- output and framing ----

    def _write(self, data):
        if self._framing and self._frame_start < 0:
            self._frame_start = len(self._out)
            self._out += b'\x95\x00\x00\x00\x00\x00\x00\x00\x00'
        self._out += data

    def _commit_frame(self):
        start = self._frame_start
        if start < 0:
            return
        n = len(self._out) - start - 9
        if n >= 4:
            self._out[start + 1:start + 9] = n.to_bytes(8, 'little')
        else:
            del self._out[start:start + 9]
        self._frame_start = -1

    def _write_large(self, header, payload):
        if self._framing and len(payload) >= _FRAME_TARGET:
            self._commit_frame()
            self._out += header
            self._out += payload
        else:
            self._write(header)
            self._write(payload)

    # ---- memo ----

    def memoize(self, obj):
        if self.fast:
            return
        idx = self._memo_next
        self._memo_next = idx + 1
        if self.proto >= 4:
            self._write(MEMOIZE)
        elif self.bin:
            if idx < 256:
                self._write(BINPUT + bytes([idx]))
            else:
                self._write(LONG_BINPUT + idx.to_bytes(4, 'little'))
        else:
            self._write(PUT + repr(idx).encode('ascii') + b'\n')
        self.memo[_key(obj)] = idx, obj

    def _get(self, idx):
        if self.bin:
            if idx < 256:
                return BINGET + bytes([idx])
            return LONG_BINGET + idx.to_bytes(4, 'little')
        return GET + repr(idx).encode('ascii') + b'\n'

    # ---- the dispatcher ----

    def save(self, obj, save_persistent_id=True):
        if self._framing and self._frame_start >= 0 and len(self._out) - self._frame_start >= _FRAME_TARGET:
            self._commit_frame()
        if save_persistent_id:
            pid = self.persistent_id(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        x = self.memo.get(_key(obj))
        if x is not None and x[1] is obj:
            self._write(self._get(x[0]))
            return
        t = type(obj)
        f = _SAVERS.get(t)
        if f is not None:
            f(self, obj)
            return
        override = getattr(self, 'reducer_override', None)
        rv = NotImplemented
        if override is not None:
            rv = override(obj)
        if rv is NotImplemented:
            table = getattr(self, 'dispatch_table', _copyreg.dispatch_table)
            reduce = table.get(t)
            if reduce is not None:
                rv = reduce(obj)
            elif isinstance(obj, type):
                self.save_type(obj)
                return
            else:
                rv = _user_reduce(obj, self.proto)
                if rv is None:
                    rv = _special_reduce(obj, t)
                if rv is None:
                    if t is type(_sys) or callable(obj) and _native(t) and hasattr(obj, '__name__'):
                        if t is type(_sys):
                            _cannot(obj)
                        rv = obj.__name__
                    else:
                        rv = _default_reduce(obj, self.proto)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError('__reduce__ must return a string or tuple')
        if not 2 <= len(rv) <= 6:
            raise PicklingError('tuple returned by __reduce__ must contain 2 through 6 elements')
        self.save_reduce(*rv, obj=obj)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._write(BINPERSID)
        else:
            try:
                self._write(PERSID + str(pid).encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError('persistent IDs in protocol 0 must be ASCII strings')

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError('second item of the tuple returned by __reduce__ must be a tuple')
        if not callable(func):
            raise PicklingError('first item of the tuple returned by __reduce__ must be callable')
        name = getattr(func, '__name__', '')
        if self.proto >= 2 and name == '__newobj_ex__':
            cls, a, kw = args
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj_ex__ args has no __new__')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj_ex__ args has the wrong class')
            if self.proto >= 4:
                self.save(cls)
                self.save(a)
                self.save(kw)
                self._write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *a, **kw))
                self.save(())
                self._write(REDUCE)
        elif self.proto >= 2 and name == '__newobj__':
            if not args:
                raise PicklingError('__newobj__ arglist is empty')
            cls = args[0]
            if not hasattr(cls, '__new__'):
                raise PicklingError('args[0] from __newobj__ args has no __new__')
            if obj is not None and cls is not obj.__class__:
                raise PicklingError('args[0] from __newobj__ args has the wrong class')
            self.save(cls)
            self.save(args[1:])
            self._write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self._write(REDUCE)
        if obj is not None:
            x = self.memo.get(_key(obj))
            if x is not None and x[1] is obj:
                self._write(POP + self._get(x[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self._write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self._write(TUPLE2)
                self._write(REDUCE)
                self._write(POP)

    # ---- atoms ----

    def save_none(self, obj):
        self._write(NONE)

    def save_bool(self, obj):
        if self.proto >= 2:
            self._write(NEWTRUE if obj else NEWFALSE)
        else:
            self._write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self._write(BININT1 + bytes([obj]))
                elif 0 <= obj <= 0xffff:
                    self._write(BININT2 + obj.to_bytes(2, 'little'))
                else:
                    self._write(BININT + obj.to_bytes(4, 'little', signed=True))
            else:
                self._write(INT + repr(obj).encode('ascii') + b'\n')
            return
        if self.proto >= 2:
            data = _encode_long(obj)
            if len(data) < 256:
                self._write(LONG1 + bytes([len(data)]) + data)
            else:
                self._write(LONG4 + len(data).to_bytes(4, 'little', signed=True) + data)
            return
        self._write(LONG + repr(obj).encode('ascii') + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self._write(BINFLOAT + _struct.pack('>d', obj))
        else:
            self._write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import _codecs
                self.save_reduce(_codecs.encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n < 256:
            self._write(SHORT_BINBYTES + bytes([n]) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + n.to_bytes(8, 'little'), obj)
        else:
            self._write_large(BINBYTES + n.to_bytes(4, 'little'), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_large(BYTEARRAY8 + len(obj).to_bytes(8, 'little'), bytes(obj))
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            data = obj.encode('utf-8')
            n = len(data)
            if n < 256 and self.proto >= 4:
                self._write(SHORT_BINUNICODE + bytes([n]) + data)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + n.to_bytes(8, 'little'), data)
            else:
                self._write_large(BINUNICODE + n.to_bytes(4, 'little'), data)
        else:
            self._write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    # ---- containers ----

    def save_tuple(self, obj):
        n = len(obj)
        if not n:
            self._write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        save = self.save
        if n <= 3 and self.proto >= 2:
            for item in obj:
                save(item)
            x = self.memo.get(_key(obj))
            if x is not None and x[1] is obj:
                self._write(POP * n + self._get(x[0]))
            else:
                self._write(_TUPLE_OPS[n])
                self.memoize(obj)
            return
        self._write(MARK)
        for item in obj:
            save(item)
        x = self.memo.get(_key(obj))
        if x is not None and x[1] is obj:
            if self.bin:
                self._write(POP_MARK + self._get(x[0]))
            else:
                self._write(POP * (n + 1) + self._get(x[0]))
            return
        self._write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self._write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        save = self.save
        if not self.bin:
            for item in obj:
                save(item)
                self._write(APPEND)
            return
        n = len(obj)
        if n == 1:
            save(obj[0])
            self._write(APPEND)
            return
        i = 0
        while i < len(obj):
            self._write(MARK)
            count = 0
            while i < len(obj) and count < _BATCH:
                save(obj[i])
                i += 1
                count += 1
            self._write(APPENDS)

    def _batch_appends(self, items):
        save = self.save
        it = iter(items)
        if not self.bin:
            for x in it:
                save(x)
                self._write(APPEND)
            return
        while True:
            tmp = list(_islice(it, _BATCH))
            n = len(tmp)
            if n > 1:
                self._write(MARK)
                for x in tmp:
                    save(x)
                self._write(APPENDS)
            elif n:
                save(tmp[0])
                self._write(APPEND)
            if n < _BATCH:
                return

    def save_dict(self, obj):
        self._write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        save = self.save
        if not self.bin:
            for k, v in obj.items():
                save(k)
                save(v)
                self._write(SETITEM)
            return
        items = list(obj.items())
        if len(items) == 1:
            save(items[0][0])
            save(items[0][1])
            self._write(SETITEM)
            return
        i = 0
        while i < len(items):
            self._write(MARK)
            count = 0
            while i < len(items) and count < _BATCH:
                save(items[i][0])
                save(items[i][1])
                i += 1
                count += 1
            self._write(SETITEMS)
            if len(obj) != len(items):
                raise RuntimeError('dictionary changed size during iteration')

    def _batch_setitems(self, items):
        save = self.save
        it = iter(items)
        if not self.bin:
            for k, v in it:
                save(k)
                save(v)
                self._write(SETITEM)
            return
        while True:
            tmp = list(_islice(it, _BATCH))
            n = len(tmp)
            for pair in tmp:
                if not isinstance(pair, tuple) or len(pair) != 2:
                    raise TypeError('dict items iterator must return 2-tuples')
            if n > 1:
                self._write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                self._write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                self._write(SETITEM)
            if n < _BATCH:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self._write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        if not items:
            return
        i = 0
        while True:
            self._write(MARK)
            count = 0
            while i < len(items) and count < _BATCH:
                self.save(items[i])
                i += 1
                count += 1
            self._write(ADDITEMS)
            if count < _BATCH:
                break

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self._write(MARK)
        for item in obj:
            self.save(item)
        x = self.memo.get(_key(obj))
        if x is not None and x[1] is obj:
            self._write(POP_MARK + self._get(x[0]))
            return
        self._write(FROZENSET)
        self.memoize(obj)

    # ---- references to module-level objects ----

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name)
            module = _sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed" % (obj, module_name)) from None
        try:
            obj2, parent = _getattribute(module, name)
        except AttributeError as e:
            if str(e).startswith("Can't pickle local object"):
                raise
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed" % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            code = _copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self._write(EXT1 + bytes([code]))
                elif code <= 0xffff:
                    self._write(EXT2 + code.to_bytes(2, 'little'))
                else:
                    self._write(EXT4 + code.to_bytes(4, 'little', signed=True))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self._write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            self._write(GLOBAL + module_name.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
        else:
            if self.fix_imports:
                if (module_name, name) in _REVERSE_NAMES:
                    module_name, name = _REVERSE_NAMES[(module_name, name)]
                elif module_name in _REVERSE_IMPORTS:
                    module_name = _REVERSE_IMPORTS[module_name]
            try:
                self._write(GLOBAL + module_name.encode('ascii') + b'\n' + name.encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i"
                                    % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)


import struct as _struct

_SAVERS = {
    type(None): Pickler.save_none,
    bool: Pickler.save_bool,
    int: Pickler.save_long,
    float: Pickler.save_float,
    bytes: Pickler.save_bytes,
    bytearray: Pickler.save_bytearray,
    str: Pickler.save_str,
    tuple: Pickler.save_tuple,
    list: Pickler.save_list,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    type(_getattribute): Pickler.save_global,
    type(len): Pickler.save_global,
}


class _BytesSink:
    def __init__(self):
        self.data = b''

    def write(self, b):
        self.data = b


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    sink = _BytesSink()
    Pickler(sink, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    return sink.data
`;

export const source = dumpSource + reduceSource + picklerSource + loadSource;
