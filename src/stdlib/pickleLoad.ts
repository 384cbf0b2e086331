/**
 * The Unpickler half of `pickle` (appended to the source in pickle.ts): a stack machine reading every
 * opcode of protocols 0-5 (frames, memo PUT/GET/MEMOIZE, MARK-delimited batches, GLOBAL/STACK_GLOBAL
 * class lookup with Python 2 name mapping, REDUCE/NEWOBJ/NEWOBJ_EX/BUILD object construction,
 * extension codes, persistent ids) from bytes or from a file object, leaving the file positioned just
 * after the pickle's STOP so consecutive pickles can be loaded from one file.
 */
export const loadSource = String.raw`

_IMPORTS = {'__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue', 'SocketServer': 'socketserver',
            'ConfigParser': 'configparser', 'repr': 'reprlib', 'cPickle': 'pickle', 'UserDict': 'collections',
            'UserList': 'collections', 'UserString': 'collections', 'exceptions': 'builtins'}
_NAMES = {('__builtin__', 'xrange'): ('builtins', 'range'), ('__builtin__', 'unicode'): ('builtins', 'str'),
          ('__builtin__', 'basestring'): ('builtins', 'str'), ('__builtin__', 'long'): ('builtins', 'int'),
          ('__builtin__', 'raw_input'): ('builtins', 'input'), ('__builtin__', 'reduce'): ('functools', 'reduce'),
          ('__builtin__', 'intern'): ('sys', 'intern'), ('UserDict', 'UserDict'): ('collections', 'UserDict'),
          ('UserList', 'UserList'): ('collections', 'UserList'),
          ('UserString', 'UserString'): ('collections', 'UserString')}


class _Reader:
    # bytes source with frames; reads from a file object when one is given
    def __init__(self, data=None, file=None):
        self.data = data
        self.pos = 0
        self.file = file
        self.frame = None
        self.fpos = 0

    def read(self, n):
        if self.frame is not None:
            if self.fpos + n <= len(self.frame):
                r = self.frame[self.fpos:self.fpos + n]
                self.fpos += n
                return r
            if self.fpos < len(self.frame):
                raise UnpicklingError('pickle exhausted before end of frame')
            self.frame = None
        if self.file is None:
            r = self.data[self.pos:self.pos + n]
            self.pos += len(r)
        else:
            r = self.file.read(n)
        if len(r) < n:
            raise UnpicklingError('pickle data was truncated')
        return r

    def readline(self):
        if self.frame is not None:
            i = self.frame.find(b'\n', self.fpos)
            if i >= 0:
                r = self.frame[self.fpos:i + 1]
                self.fpos = i + 1
                return r
            if self.fpos < len(self.frame):
                raise UnpicklingError('pickle exhausted before end of frame')
            self.frame = None
        if self.file is None:
            i = self.data.find(b'\n', self.pos)
            if i < 0:
                raise UnpicklingError('pickle data was truncated')
            r = self.data[self.pos:i + 1]
            self.pos = i + 1
            return r
        r = self.file.readline()
        if not r.endswith(b'\n'):
            raise UnpicklingError('pickle data was truncated')
        return r

    def first(self):
        if self.file is None:
            if self.pos >= len(self.data):
                raise EOFError('Ran out of input')
        else:
            b = self.file.read(1)
            if not b:
                raise EOFError('Ran out of input')
            return b
        return self.read(1)

    def load_frame(self, n):
        if self.frame is not None and self.fpos < len(self.frame):
            raise UnpicklingError('beginning of a new frame before end of current frame')
        self.frame = None
        self.frame = self.read(n)
        self.fpos = 0


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if isinstance(data, bytes):
        return data
    return bytes(data)


class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
        self._file = file
        self._buffers = iter(buffers) if buffers is not None else None
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0

    def load(self):
        if getattr(self, '_reader', None) is None:
            if not hasattr(self._file, 'read') or not hasattr(self._file, 'readline'):
                raise TypeError("file must have 'read' and 'readline' attributes")
            self._reader = _Reader(file=self._file)
        r = self._reader
        self.stack = []
        self.metastack = []
        self.proto = 0
        dispatch = _DISPATCH
        key = r.first()
        try:
            while True:
                f = dispatch.get(key[0])
                if f is None:
                    if key == b'':
                        raise EOFError('Ran out of input')
                    raise UnpicklingError('invalid load key, %r.' % key.decode('latin-1'))
                f(self)
                key = r.read(1)
        except _Stop as stop:
            return stop.value

    def persistent_load(self, pid):
        raise UnpicklingError('A load persistent id instruction was encountered, but no persistent_load function was specified.')

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAMES:
                module, name = _NAMES[(module, name)]
            elif module in _IMPORTS:
                module = _IMPORTS[module]
        __import__(module, level=0)
        mod = _sys.modules[module]
        try:
            if self.proto >= 4:
                return _getattribute(mod, name)[0]
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None

    # ---- helpers ----

    def _pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError('could not find MARK')
        self.stack = self.metastack.pop()
        return items

    def _top(self):
        if not self.stack:
            raise UnpicklingError('unpickling stack underflow')
        return self.stack[-1]

    def _pop(self):
        if not self.stack:
            raise UnpicklingError('unpickling stack underflow')
        return self.stack.pop()

    def _memo_get(self, i):
        try:
            return self.memo[i]
        except KeyError:
            raise UnpicklingError('Memo value not found at index %d' % i) from None

    def _decode_str(self, data):
        if self.encoding == 'bytes':
            return data
        return data.decode(self.encoding, self.errors)

    def _text_line(self):
        return self._reader.readline()[:-1]

    # ---- opcodes ----

    def l_proto(self):
        p = self._reader.read(1)[0]
        if not 0 <= p <= HIGHEST_PROTOCOL:
            raise ValueError('unsupported pickle protocol: %d' % p)
        self.proto = p

    def l_frame(self):
        n = int.from_bytes(self._reader.read(8), 'little')
        self._reader.load_frame(n)

    def l_persid(self):
        try:
            pid = self._text_line().decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError('persistent IDs in protocol 0 must be ASCII strings')
        self.stack.append(self.persistent_load(pid))

    def l_binpersid(self):
        self.stack.append(self.persistent_load(self._pop()))

    def l_none(self):
        self.stack.append(None)

    def l_false(self):
        self.stack.append(False)

    def l_true(self):
        self.stack.append(True)

    def l_int(self):
        data = self._text_line()
        if data == b'00':
            v = False
        elif data == b'01':
            v = True
        else:
            v = int(data, 0)
        self.stack.append(v)

    def l_binint(self):
        self.stack.append(int.from_bytes(self._reader.read(4), 'little', signed=True))

    def l_binint1(self):
        self.stack.append(self._reader.read(1)[0])

    def l_binint2(self):
        self.stack.append(int.from_bytes(self._reader.read(2), 'little'))

    def l_long(self):
        val = self._text_line()
        if val and val[-1:] == b'L':
            val = val[:-1]
        self.stack.append(int(val, 0))

    def l_long1(self):
        n = self._reader.read(1)[0]
        self.stack.append(int.from_bytes(self._reader.read(n), 'little', signed=True))

    def l_long4(self):
        n = int.from_bytes(self._reader.read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError('LONG pickle has negative byte count')
        self.stack.append(int.from_bytes(self._reader.read(n), 'little', signed=True))

    def l_float(self):
        self.stack.append(float(self._text_line()))

    def l_binfloat(self):
        self.stack.append(_struct.unpack('>d', self._reader.read(8))[0])

    def l_string(self):
        data = self._text_line()
        if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b'"', b"'"):
            data = data[1:-1]
        else:
            raise UnpicklingError('the STRING opcode argument must be quoted')
        import codecs
        self.stack.append(self._decode_str(codecs.escape_decode(data)[0]))

    def l_binstring(self):
        n = int.from_bytes(self._reader.read(4), 'little', signed=True)
        if n < 0:
            raise UnpicklingError('BINSTRING pickle has negative byte count')
        self.stack.append(self._decode_str(self._reader.read(n)))

    def l_short_binstring(self):
        n = self._reader.read(1)[0]
        self.stack.append(self._decode_str(self._reader.read(n)))

    def l_binbytes(self):
        n = int.from_bytes(self._reader.read(4), 'little')
        self.stack.append(self._reader.read(n))

    def l_short_binbytes(self):
        n = self._reader.read(1)[0]
        self.stack.append(self._reader.read(n))

    def l_binbytes8(self):
        n = int.from_bytes(self._reader.read(8), 'little')
        self.stack.append(self._reader.read(n))

    def l_bytearray8(self):
        n = int.from_bytes(self._reader.read(8), 'little')
        self.stack.append(bytearray(self._reader.read(n)))

    def l_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError('pickle stream refers to out-of-band data but no *buffers* argument was given')
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError('not enough out-of-band buffers') from None
        self.stack.append(buf)

    def l_readonly_buffer(self):
        pass

    def l_unicode(self):
        line = self._text_line()
        self.stack.append(_raw_unicode_unescape(line))

    def l_binunicode(self):
        n = int.from_bytes(self._reader.read(4), 'little')
        self.stack.append(str(self._reader.read(n), 'utf-8'))

    def l_short_binunicode(self):
        n = self._reader.read(1)[0]
        self.stack.append(str(self._reader.read(n), 'utf-8'))

    def l_binunicode8(self):
        n = int.from_bytes(self._reader.read(8), 'little')
        self.stack.append(str(self._reader.read(n), 'utf-8'))

    def l_tuple(self):
        items = self._pop_mark()
        self.stack.append(tuple(items))

    def l_empty_tuple(self):
        self.stack.append(())

    def l_tuple1(self):
        self.stack[-1] = (self._top(),)

    def l_tuple2(self):
        if len(self.stack) < 2:
            raise UnpicklingError('unpickling stack underflow')
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]

    def l_tuple3(self):
        if len(self.stack) < 3:
            raise UnpicklingError('unpickling stack underflow')
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]

    def l_empty_list(self):
        self.stack.append([])

    def l_empty_dict(self):
        self.stack.append({})

    def l_empty_set(self):
        self.stack.append(set())

    def l_frozenset(self):
        items = self._pop_mark()
        self.stack.append(frozenset(items))

    def l_list(self):
        items = self._pop_mark()
        self.stack.append(items)

    def l_dict(self):
        items = self._pop_mark()
        self.stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _instantiate(self, klass, args):
        if args or not isinstance(klass, type) or hasattr(klass, '__getinitargs__'):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError('in constructor for %s: %s' % (klass.__name__, str(err)), err.__traceback__)
        else:
            value = klass.__new__(klass)
        self.stack.append(value)

    def l_inst(self):
        module = self._text_line().decode('ascii')
        name = self._text_line().decode('ascii')
        klass = self.find_class(module, name)
        self._instantiate(klass, self._pop_mark())

    def l_obj(self):
        args = self._pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)

    def l_newobj(self):
        args = self._pop()
        cls = self._pop()
        self.stack.append(_new_instance(cls, args, None))

    def l_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        self.stack.append(_new_instance(cls, args, kwargs))

    def l_global(self):
        module = self._text_line().decode('utf-8')
        name = self._text_line().decode('utf-8')
        self.stack.append(self.find_class(module, name))

    def l_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError('STACK_GLOBAL requires str')
        self.stack.append(self.find_class(module, name))

    def _ext(self, code):
        obj = _copyreg._extension_cache.get(code, _copyreg)
        if obj is not _copyreg:
            self.stack.append(obj)
            return
        key = _copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError('EXT specifies code <= 0')
            raise ValueError('unregistered extension code %d' % code)
        obj = self.find_class(*key)
        _copyreg._extension_cache[code] = obj
        self.stack.append(obj)

    def l_ext1(self):
        self._ext(self._reader.read(1)[0])

    def l_ext2(self):
        self._ext(int.from_bytes(self._reader.read(2), 'little'))

    def l_ext4(self):
        self._ext(int.from_bytes(self._reader.read(4), 'little', signed=True))

    def l_reduce(self):
        args = self._pop()
        func = self._pop()
        if not isinstance(args, tuple):
            raise UnpicklingError('REDUCE argument must be a tuple')
        self.stack.append(func(*args))

    def l_pop(self):
        if self.stack:
            self.stack.pop()
        else:
            self._pop_mark()

    def l_pop_mark(self):
        self._pop_mark()

    def l_dup(self):
        self.stack.append(self._top())

    def l_get(self):
        self.stack.append(self._memo_get(int(self._text_line())))

    def l_binget(self):
        self.stack.append(self._memo_get(self._reader.read(1)[0]))

    def l_long_binget(self):
        self.stack.append(self._memo_get(int.from_bytes(self._reader.read(4), 'little')))

    def l_put(self):
        i = int(self._text_line())
        if i < 0:
            raise ValueError('negative PUT argument')
        self.memo[i] = self._top()

    def l_binput(self):
        self.memo[self._reader.read(1)[0]] = self._top()

    def l_long_binput(self):
        self.memo[int.from_bytes(self._reader.read(4), 'little')] = self._top()

    def l_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def l_append(self):
        value = self._pop()
        self._top().append(value)

    def l_appends(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
        else:
            extend = getattr(target, 'extend', None)
            if extend is not None:
                extend(items)
            else:
                for item in items:
                    target.append(item)

    def l_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def l_setitems(self):
        items = self._pop_mark()
        d = self._top()
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def l_additems(self):
        items = self._pop_mark()
        s = self._top()
        if isinstance(s, set):
            s.update(items)
        else:
            for item in items:
                s.add(item)

    def l_build(self):
        state = self._pop()
        inst = self._top()
        setstate = None
        for k in type(inst).__mro__:
            if k is not object and '__setstate__' in k.__dict__:
                setstate = inst.__setstate__
                break
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[k] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def l_mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def l_stop(self):
        raise _Stop(self._pop())


def _new_instance(cls, args, kwargs):
    if not isinstance(cls, type):
        raise UnpicklingError('NEWOBJ class argument must be a type, not %s' % type(cls).__name__)
    try:
        if kwargs:
            return cls.__new__(cls, *args, **kwargs)
        return cls.__new__(cls, *args)
    except TypeError:
        # classes written here in Python whose __new__ needs the arguments CPython's C types restore
        # from their own state: build the bare object and let BUILD fill its slots
        if args or kwargs:
            raise
        return object.__new__(cls)


def _raw_unicode_unescape(data):
    out = []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c == 0x5c and i + 1 < n and data[i + 1] in (0x75, 0x55):
            width = 4 if data[i + 1] == 0x75 else 8
            out.append(chr(int(data[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            out.append(chr(c))
            i += 1
    return ''.join(out)


_DISPATCH = {}
for _code, _name in [(MARK, 'mark'), (STOP, 'stop'), (POP, 'pop'), (POP_MARK, 'pop_mark'), (DUP, 'dup'),
                     (FLOAT, 'float'), (INT, 'int'), (BININT, 'binint'), (BININT1, 'binint1'),
                     (LONG, 'long'), (BININT2, 'binint2'), (NONE, 'none'), (PERSID, 'persid'),
                     (BINPERSID, 'binpersid'), (REDUCE, 'reduce'), (STRING, 'string'),
                     (BINSTRING, 'binstring'), (SHORT_BINSTRING, 'short_binstring'), (UNICODE, 'unicode'),
                     (BINUNICODE, 'binunicode'), (APPEND, 'append'), (BUILD, 'build'), (GLOBAL, 'global'),
                     (DICT, 'dict'), (EMPTY_DICT, 'empty_dict'), (APPENDS, 'appends'), (GET, 'get'),
                     (BINGET, 'binget'), (INST, 'inst'), (LONG_BINGET, 'long_binget'), (LIST, 'list'),
                     (EMPTY_LIST, 'empty_list'), (OBJ, 'obj'), (PUT, 'put'), (BINPUT, 'binput'),
                     (LONG_BINPUT, 'long_binput'), (SETITEM, 'setitem'), (TUPLE, 'tuple'),
                     (EMPTY_TUPLE, 'empty_tuple'), (SETITEMS, 'setitems'), (BINFLOAT, 'binfloat'),
                     (PROTO, 'proto'), (NEWOBJ, 'newobj'), (EXT1, 'ext1'), (EXT2, 'ext2'), (EXT4, 'ext4'),
                     (TUPLE1, 'tuple1'), (TUPLE2, 'tuple2'), (TUPLE3, 'tuple3'), (NEWTRUE, 'true'),
                     (NEWFALSE, 'false'), (LONG1, 'long1'), (LONG4, 'long4'), (BINBYTES, 'binbytes'),
                     (SHORT_BINBYTES, 'short_binbytes'), (SHORT_BINUNICODE, 'short_binunicode'),
                     (BINUNICODE8, 'binunicode8'), (BINBYTES8, 'binbytes8'), (EMPTY_SET, 'empty_set'),
                     (ADDITEMS, 'additems'), (FROZENSET, 'frozenset'), (NEWOBJ_EX, 'newobj_ex'),
                     (STACK_GLOBAL, 'stack_global'), (MEMOIZE, 'memoize'), (FRAME, 'frame'),
                     (BYTEARRAY8, 'bytearray8'), (NEXT_BUFFER, 'next_buffer'),
                     (READONLY_BUFFER, 'readonly_buffer')]:
    _DISPATCH[_code[0]] = getattr(Unpickler, 'l_' + _name)


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    u = Unpickler(None, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers)
    u._reader = _Reader(data=_as_bytes(data))
    return u.load()
`;
