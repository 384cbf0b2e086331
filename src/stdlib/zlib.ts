/**
 * `zlib`, written in Python over the native `_zlib` (src/modules/zlibCore.ts): compress / decompress
 * with zlib's exact bytes, the adler32 / crc32 checksums, zlib's constants, and compressobj /
 * decompressobj. The objects work on whole streams: a compressor returns the stream header from its
 * first compress() call, as zlib does, and the rest at flush(Z_FINISH); a decompressor returns output
 * once the stream it has been given is complete (unused_data then holds what follows it). Flushing a
 * compressor is supported only as the end of its data (a Z_SYNC_FLUSH then Z_FINISH, as GzipFile's text
 * mode closes); its bytes come with the final flush. Preset dictionaries are not supported.
 */
export const source = String.raw`
import _zlib

DEFLATED = 8
DEF_BUF_SIZE = 16384
DEF_MEM_LEVEL = 8
MAX_WBITS = 15
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6


class error(Exception):
    pass


def _bytes(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, (bytearray, memoryview)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _deflate(data, level, wbits, memLevel, strategy, sync=False):
    if not -1 <= level <= 9:
        raise error("Bad compression level")
    if strategy not in (Z_DEFAULT_STRATEGY, Z_FILTERED):
        raise NotImplementedError("zlib strategy %d is not supported by ndpy" % strategy)
    try:
        return _zlib.deflate(data, level, wbits, memLevel, strategy, sync)
    except ValueError:
        raise ValueError("Invalid initialization option") from None


def _inflate(data, wbits):
    try:
        return _zlib.inflate(data, wbits)
    except ValueError as e:
        code = -5 if str(e) == 'incomplete or truncated stream' else -3
        raise error("Error %d while decompressing data: %s" % (code, e)) from None


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Returns a bytes object containing compressed data."""
    return _deflate(_bytes(data), level, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY)


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Returns a bytes object containing the uncompressed data."""
    return _inflate(_bytes(data), wbits)[0]


def adler32(data, value=1, /):
    """Compute an Adler-32 checksum of data."""
    return _zlib.adler32(_bytes(data), value & 0xffffffff)


def crc32(data, value=0, /):
    """Compute a CRC-32 checksum of data."""
    return _zlib.crc32(_bytes(data), value & 0xffffffff)


def _header_size(wbits):
    return 0 if wbits < 0 else 10 if wbits > 15 else 2


class _Compress:
    def __init__(self, level, wbits, memLevel, strategy):
        self._args = (level, wbits, memLevel, strategy)
        _deflate(b'', *self._args)
        self._chunks = []
        self._started = False
        self._finished = False
        # a Z_SYNC_FLUSH with nothing compressed after it (the last block then is not the final one)
        self._synced = False

    def compress(self, data, /):
        if self._finished:
            raise error("Error -2 while compressing data: inconsistent stream state")
        data = _bytes(data)
        self._chunks.append(data)
        if data:
            self._synced = False
        if self._started:
            return b''
        self._started = True
        return _deflate(b'', *self._args)[:_header_size(self._args[1])]

    def flush(self, mode=Z_FINISH, /):
        if mode == Z_NO_FLUSH:
            return b''
        if mode == Z_SYNC_FLUSH:
            # its bytes come with the Z_FINISH flush (only a sync flush that ends the data is supported)
            self._synced = True
            return b''
        if mode != Z_FINISH:
            raise NotImplementedError("zlib flush mode %d is not supported by ndpy" % mode)
        if self._finished:
            return b''
        self._finished = True
        out = _deflate(b''.join(self._chunks), *self._args, sync=self._synced)
        return out[_header_size(self._args[1]):] if self._started else out


class _Decompress:
    def __init__(self, wbits):
        self._wbits = wbits
        self._pending = b''
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def decompress(self, data, /, max_length=0):
        data = _bytes(data)
        if self.eof:
            self.unused_data += data
            return b''
        self._pending += data
        try:
            out, end = _inflate(self._pending, self._wbits)
        except error as e:
            if 'truncated' in str(e):
                return b''
            raise
        self.eof = True
        self.unused_data = self._pending[end:]
        self._pending = b''
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        return b''


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a compressor object."""
    if zdict is not None:
        raise NotImplementedError("zlib preset dictionaries are not supported by ndpy")
    return _Compress(level, wbits, memLevel, strategy)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    """Return a decompressor object."""
    if zdict:
        raise NotImplementedError("zlib preset dictionaries are not supported by ndpy")
    return _Decompress(wbits)
`;
