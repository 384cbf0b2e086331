/**
 * `io`, written in Python (see src/stdlib/index.ts): the in-memory streams StringIO and BytesIO with
 * CPython 3.11's methods, errors and newline handling (StringIO's newline='\n' default, None for
 * universal newlines translated on write, '' for untranslated universal line ends, '\r' / '\r\n'
 * written for '\n'), plus `open` (the builtin), the abstract bases, SEEK_* and UnsupportedOperation
 * (the type real files raise). They work wherever a file object is expected: print(file=...),
 * np.loadtxt / np.genfromtxt / np.savetxt, json.dump.
 *
 * StringIO keeps its text in one str (appends are JS rope concatenations); BytesIO collects appended
 * chunks in a list and joins them when something other than an append needs the bytes.
 */
export const source = String.raw`
from _random import _UnsupportedOperation as UnsupportedOperation

__all__ = ['BlockingIOError', 'open', 'IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase',
           'StringIO', 'BytesIO', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = open


class IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._check_closed('.')
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        if hint is None:
            hint = -1
        if not isinstance(hint, int):
            raise TypeError("argument should be integer or None, not '%s'" % type(hint).__name__)
        out = []
        total = 0
        for line in self:
            out.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return out

    def _check_closed(self, dot=''):
        if getattr(self, '_closed', False):
            raise ValueError('I/O operation on closed file' + dot)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    def detach(self):
        raise UnsupportedOperation('detach')


class TextIOBase(IOBase):
    def detach(self):
        raise UnsupportedOperation('detach')

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None


def _size_arg(size):
    if size is None:
        return -1
    if isinstance(size, int):
        return size
    if hasattr(type(size), '__index__'):
        return type(size).__index__(size)
    raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)


class _MemoryStream:
    """What StringIO and BytesIO share: an in-memory buffer, always readable, writable and seekable."""

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def tell(self):
        self._check_closed()
        return self._pos


class StringIO(_MemoryStream, TextIOBase):
    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        self._newline = newline
        self._closed = False
        self._buf = ''
        self._pos = 0
        self._seen = set()
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def __repr__(self):
        return '<_io.StringIO object at 0x%x>' % id(self)

    @property
    def line_buffering(self):
        self._check_closed()
        return False

    @property
    def newlines(self):
        self._check_closed()
        if self._newline is not None:
            return None
        kinds = [k for k in ('\r', '\n', '\r\n') if k in self._seen]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)

    def getvalue(self):
        self._check_closed()
        return self._buf

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is None:
            if '\r' in s:
                if '\r\n' in s:
                    self._seen.add('\r\n')
                rest = s.replace('\r\n', '')
                if '\r' in rest:
                    self._seen.add('\r')
                if '\n' in rest:
                    self._seen.add('\n')
                s = s.replace('\r\n', '\n').replace('\r', '\n')
            elif '\n' in s:
                self._seen.add('\n')
        elif nl == '\r' or nl == '\r\n':
            s = s.replace('\n', nl)
        if not s:
            return n
        buf = self._buf
        pos = self._pos
        blen = len(buf)
        if pos == blen:
            self._buf = buf + s
        elif pos > blen:
            self._buf = buf + '\0' * (pos - blen) + s
        else:
            self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def read(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        if pos >= len(buf):
            return ''
        if size < 0:
            end = len(buf)
        else:
            end = min(len(buf), pos + size)
        self._pos = end
        return buf[pos:end]

    def readline(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        buf = self._buf
        pos = self._pos
        blen = len(buf)
        if pos >= blen:
            return ''
        nl = self._newline
        if nl == '':
            i = pos
            end = blen
            while i < blen:
                c = buf[i]
                if c == '\n':
                    end = i + 1
                    break
                if c == '\r':
                    end = i + 2 if i + 1 < blen and buf[i + 1] == '\n' else i + 1
                    break
                i += 1
        else:
            sep = '\n' if nl is None else nl
            i = buf.find(sep, pos)
            end = blen if i < 0 else i + len(sep)
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return buf[pos:end]

    def __next__(self):
        if self._closed:
            raise ValueError('I/O operation on closed file.')
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _size_arg(pos)
        if whence not in (0, 1, 2):
            raise ValueError('Invalid whence (%s, should be 0, 1 or 2)' % (whence,))
        if pos < 0 and whence == 0:
            raise ValueError('Negative seek position %d' % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = len(self._buf)
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        size = _size_arg(size)
        if size < 0:
            raise ValueError('Negative size value %d' % size)
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


def _bytes_of(b):
    if isinstance(b, bytes):
        return b
    if isinstance(b, bytearray):
        return bytes(b)
    if hasattr(b, 'tobytes'):
        return b.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(_MemoryStream, BufferedIOBase):
    def __init__(self, initial_bytes=b''):
        self._closed = False
        self._buf = _bytes_of(initial_bytes) if initial_bytes is not None else b''
        self._tail = []
        self._len = len(self._buf)
        self._pos = 0

    def __repr__(self):
        return '<_io.BytesIO object at 0x%x>' % id(self)

    def _check_closed(self, dot='.'):
        if self._closed:
            raise ValueError('I/O operation on closed file.')

    def _flat(self):
        if self._tail:
            self._buf = self._buf + b''.join(self._tail)
            self._tail = []
        return self._buf

    def getvalue(self):
        self._check_closed()
        return self._flat()

    def getbuffer(self):
        self._check_closed()
        return bytearray(self._flat())

    def write(self, b):
        self._check_closed()
        data = _bytes_of(b)
        n = len(data)
        if not n:
            return 0
        pos = self._pos
        if pos == self._len:
            self._tail.append(data)
        else:
            buf = self._flat()
            if pos > len(buf):
                self._buf = buf + b'\0' * (pos - len(buf)) + data
            else:
                self._buf = buf[:pos] + data + buf[pos + n:]
        self._pos = pos + n
        if self._pos > self._len:
            self._len = self._pos
        return n

    def read(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        buf = self._flat()
        pos = self._pos
        if pos >= len(buf):
            return b''
        end = len(buf) if size < 0 else min(len(buf), pos + size)
        self._pos = end
        return buf[pos:end]

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_closed()
        size = _size_arg(size)
        buf = self._flat()
        pos = self._pos
        if pos >= len(buf):
            return b''
        i = buf.find(b'\n', pos)
        end = len(buf) if i < 0 else i + 1
        if 0 <= size < end - pos:
            end = pos + size
        self._pos = end
        return buf[pos:end]

    def readinto(self, b):
        self._check_closed()
        data = self.read(len(b))
        n = len(data)
        for i in range(n):
            b[i] = data[i]
        return n

    def __next__(self):
        self._check_closed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _size_arg(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, self._len + pos)
        else:
            raise ValueError('invalid whence (%s, should be 0, 1 or 2)' % (whence,))
        self._pos = pos
        return pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        size = _size_arg(size)
        if size < 0:
            raise ValueError('negative size value %d' % size)
        buf = self._flat()
        if size < len(buf):
            self._buf = buf[:size]
            self._len = size
        return size
`;
