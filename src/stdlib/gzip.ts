/**
 * `gzip`, written in Python over `zlib`: compress / decompress (CPython's header: mtime, extra flags by
 * level, OS 255; multi-member input), and GzipFile / open for .gz files in binary and text modes. A file
 * is decompressed whole when first read and compressed whole when closed (the bytes are those CPython
 * writes, its file name in the header included, and the sync flush text mode makes as it closes); seeking,
 * reading while writing, and flushing before the end of the data are not supported.
 */
export const source = String.raw`
import builtins as _builtins
import os as _os
import struct as _struct
import time as _time
import zlib as _zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


def _xfl(level):
    return 2 if level == _COMPRESS_LEVEL_BEST else 4 if level == _COMPRESS_LEVEL_FAST else 0


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the compressed string."""
    if mtime == 0:
        return _zlib.compress(data, level=compresslevel, wbits=31)
    if mtime is None:
        mtime = _time.time()
    header = _struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, 0, int(mtime), _xfl(compresslevel), 255)
    trailer = _struct.pack("<LL", _zlib.crc32(data), len(data) & 0xffffffff)
    return header + _zlib.compress(data, level=compresslevel, wbits=-15) + trailer


def _member_start(data, pos):
    # the offset of a member's deflate data, after its header; None at the end of the input
    magic = data[pos:pos + 2]
    if magic == b'':
        return None
    if magic != b'\037\213':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    if len(data) < pos + 10:
        raise EOFError(_TRUNCATED)
    method, flag = data[pos + 2], data[pos + 3]
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    pos += 10
    if flag & FEXTRA:
        pos += 2 + _struct.unpack("<H", data[pos:pos + 2])[0]
    for field in (FNAME, FCOMMENT):
        if flag & field:
            end = data.find(b'\000', pos)
            if end < 0:
                raise EOFError(_TRUNCATED)
            pos = end + 1
    if flag & FHCRC:
        pos += 2
    return pos


def decompress(data):
    """Decompress a gzip compressed string in one shot (every member, concatenated)."""
    members = []
    pos = 0
    data = bytes(data)
    while True:
        start = _member_start(data, pos)
        if start is None:
            return b"".join(members)
        do = _zlib.decompressobj(wbits=-_zlib.MAX_WBITS)
        out = do.decompress(data[start:])
        if not do.eof or len(do.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        crc, length = _struct.unpack("<II", do.unused_data[:8])
        if crc != _zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if length != (len(out) & 0xffffffff):
            raise BadGzipFile("Incorrect length of data produced")
        members.append(out)
        rest = do.unused_data[8:].lstrip(b"\x00")
        data, pos = rest, 0


class GzipFile:
    """A gzip file opened for reading ('rb') or writing ('wb', 'ab', 'xb')."""

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        self.myfileobj = None
        if fileobj is None:
            fileobj = self.myfileobj = _builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = _os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._data = None
            self._pos = 0
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self._chunks = []
            self._level = compresslevel
            self._mtime = mtime
            self._synced = False
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        self.name = filename

    def __repr__(self):
        return '<gzip ' + repr(self.fileobj)[1:-1] + ' ' + hex(id(self)) + '>'

    @property
    def closed(self):
        return self.fileobj is None

    def _check(self, want):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file.")
        if self.mode != want:
            import errno
            raise OSError(errno.EBADF, ("read() on write-only GzipFile object" if want == READ
                                        else "write() on read-only GzipFile object"))

    def _loaded(self):
        self._check(READ)
        if self._data is None:
            self._data = decompress(self.fileobj.read())
        return self._data

    def write(self, data):
        self._check(WRITE)
        data = bytes(data)
        self._chunks.append(data)
        if data:
            self._synced = False
        return len(data)

    def read(self, size=-1):
        data = self._loaded()
        end = len(data) if size is None or size < 0 else min(len(data), self._pos + size)
        out = data[self._pos:end]
        self._pos = end
        return out

    read1 = read

    def peek(self, n):
        data = self._loaded()
        return data[self._pos:]

    def readline(self, size=-1):
        data = self._loaded()
        end = data.find(b'\n', self._pos)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = data[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        return list(iter(self.readline, b''))

    def __iter__(self):
        return iter(self.readline, b'')

    def tell(self):
        return self._pos if self.mode == READ else sum(map(len, self._chunks))

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return False

    def flush(self, zlib_mode=_zlib.Z_SYNC_FLUSH):
        # a sync flush point in the deflate data (only one ending the data is kept: see zlib.compressobj)
        if self.mode == WRITE and zlib_mode != _zlib.Z_NO_FLUSH:
            self._synced = True

    def _header(self):
        fname = _os.path.basename(self.name)
        if not isinstance(fname, bytes):
            try:
                fname = fname.encode('latin-1')
            except UnicodeEncodeError:
                fname = b''
        if fname.endswith(b'.gz'):
            fname = fname[:-3]
        mtime = _time.time() if self._mtime is None else self._mtime
        head = _struct.pack("<BBBBLBB", 0x1f, 0x8b, 8, FNAME if fname else 0, int(mtime), _xfl(self._level), 255)
        return head + (fname + b'\000' if fname else b'')

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        self.fileobj = None
        try:
            if self.mode == WRITE:
                data = b''.join(self._chunks)
                co = _zlib.compressobj(self._level, _zlib.DEFLATED, -_zlib.MAX_WBITS)
                co.compress(data)
                if self._synced:
                    co.flush(_zlib.Z_SYNC_FLUSH)
                fileobj.write(self._header() + co.flush()
                              + _struct.pack("<LL", _zlib.crc32(data), len(data) & 0xffffffff))
        finally:
            if self.myfileobj is not None:
                self.myfileobj.close()
                self.myfileobj = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _TextFile:
    # text mode over a GzipFile: decoded whole on first read, encoded as written
    def __init__(self, binary, encoding, errors, newline):
        self.buffer = binary
        self.encoding = encoding or 'utf-8'
        self.errors = errors or 'strict'
        self._newline = newline
        self._text = None
        self._pos = 0

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def _loaded(self):
        if self._text is None:
            text = self.buffer.read().decode(self.encoding, self.errors)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._text = text
        return self._text

    def read(self, size=-1):
        text = self._loaded()
        end = len(text) if size is None or size < 0 else min(len(text), self._pos + size)
        out = text[self._pos:end]
        self._pos = end
        return out

    def readline(self, size=-1):
        text = self._loaded()
        end = text.find('\n', self._pos)
        end = len(text) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = text[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        return list(iter(self.readline, ''))

    def __iter__(self):
        return iter(self.readline, '')

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s.replace('\n', self._newline) if self._newline not in (None, '', '\n') else s
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self.buffer.flush()

    def close(self):
        # as io.TextIOWrapper closes: flushing its buffer first
        if not self.buffer.closed:
            self.buffer.flush()
        self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """Open a gzip-compressed file in binary or text mode."""
    text = "t" in mode
    if text and "b" in mode:
        raise ValueError("Invalid mode: %r" % (mode,))
    if not text:
        for label, given in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if given is not None:
                raise ValueError(f"Argument '{label}' not supported in binary mode")
    raw_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, _os.PathLike)):
        raw = GzipFile(filename, raw_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        raw = GzipFile(None, raw_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    return _TextFile(raw, encoding, errors, newline) if text else raw
`;
