/**
 * `codecs` and `_codecs`, written in Python (see src/stdlib/index.ts). The text codecs are the
 * interpreter's own (str.encode / bytes.decode: UTF-8, ASCII, Latin-1, UTF-8-sig, UTF-16, UTF-32,
 * unicode_escape, raw_unicode_escape); on top of them this provides lookup() and CodecInfo,
 * encode/decode also for the bytes-to-bytes (hex, base64) and str-to-str (rot13) codecs, escape_decode, getencoder /
 * getdecoder, incremental decoders that hold back incomplete multi-byte sequences, iterencode /
 * iterdecode, codecs.open, the error-handler registry and the BOM constants.
 */
export const codecsPrivateSource = String.raw`
import sys as _sys

_TEXT = {'utf_8': 'utf-8', 'utf8': 'utf-8', 'u8': 'utf-8', 'utf': 'utf-8', 'cp65001': 'utf-8',
         'ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii', 'us': 'ascii',
         'latin_1': 'iso8859-1', 'latin1': 'iso8859-1', 'iso_8859_1': 'iso8859-1', 'iso8859_1': 'iso8859-1',
         '8859': 'iso8859-1', 'cp819': 'iso8859-1', 'l1': 'iso8859-1', 'latin': 'iso8859-1',
         'cp1252': 'cp1252', 'windows_1252': 'cp1252',
         'utf_8_sig': 'utf-8-sig', 'utf8_sig': 'utf-8-sig',
         'utf_16': 'utf-16', 'utf16': 'utf-16', 'u16': 'utf-16', 'utf_16_le': 'utf-16-le', 'utf_16le': 'utf-16-le',
         'utf_16_be': 'utf-16-be', 'utf_16be': 'utf-16-be',
         'utf_32': 'utf-32', 'utf32': 'utf-32', 'u32': 'utf-32', 'utf_32_le': 'utf-32-le', 'utf_32le': 'utf-32-le',
         'utf_32_be': 'utf-32-be', 'utf_32be': 'utf-32-be'}
_SPECIAL = {'hex': 'hex', 'hex_codec': 'hex', 'base64': 'base64', 'base_64': 'base64', 'base64_codec': 'base64',
            'rot13': 'rot-13', 'rot_13': 'rot-13', 'unicode_escape': 'unicode-escape',
            'raw_unicode_escape': 'raw-unicode-escape'}
_search_functions = []
_error_handlers = {}


def _norm(encoding):
    return '_'.join(encoding.strip().lower().replace('-', ' ').split())


def _canonical(encoding):
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    n = _norm(encoding)
    if n in _TEXT:
        return _TEXT[n]
    if n in _SPECIAL:
        return _SPECIAL[n]
    return None


def _escape_encode_str(s, raw):
    return s.encode('raw_unicode_escape' if raw else 'unicode_escape')


_SIMPLE_ESC = {ord('\\'): '\\', ord("'"): "'", ord('"'): '"', ord('a'): '\x07', ord('b'): '\x08',
               ord('f'): '\x0c', ord('n'): '\n', ord('r'): '\r', ord('t'): '\t', ord('v'): '\x0b',
               ord('\n'): ''}


def _escape_decode_bytes(data):
    # codecs.escape_decode: a bytes literal's escapes (no \u, \U or \N), byte values kept as characters
    data = bytes(data)
    out = []
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c != 0x5c or i + 1 >= n:
            out.append(chr(c))
            i += 1
            continue
        e = data[i + 1]
        if e in _SIMPLE_ESC:
            out.append(_SIMPLE_ESC[e])
            i += 2
        elif 0x30 <= e <= 0x37:
            j = i + 1
            while j < n and j < i + 4 and 0x30 <= data[j] <= 0x37:
                j += 1
            out.append(chr(int(data[i + 1:j], 8)))
            i = j
        elif e == 0x78:
            digits = data[i + 2:i + 4]
            try:
                if len(digits) < 2:
                    raise ValueError
                v = int(digits, 16)
            except ValueError:
                raise ValueError('invalid \\x escape at position %d' % i)
            out.append(chr(v))
            i += 4
        else:
            out.append('\\')
            out.append(chr(e))
            i += 2
    return ''.join(out)


def escape_decode(data, errors=None):
    if isinstance(data, str):
        data = data.encode('latin-1')
    return _escape_decode_bytes(data).encode('latin-1'), len(data)


def escape_encode(data, errors=None):
    out = []
    for c in data:
        if c == 0x5c:
            out.append('\\\\')
        elif c == 0x27:
            out.append("\\'")
        elif c == 9:
            out.append('\\t')
        elif c == 10:
            out.append('\\n')
        elif c == 13:
            out.append('\\r')
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append('\\x%02x' % c)
    return ''.join(out).encode('latin-1'), len(data)


def _rot13(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 65 <= c <= 90:
            out.append(chr((c - 65 + 13) % 26 + 65))
        elif 97 <= c <= 122:
            out.append(chr((c - 97 + 13) % 26 + 97))
        else:
            out.append(ch)
    return ''.join(out)


def _need_bytes(obj, name):
    if isinstance(obj, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(obj)


def _encode_with(name, obj, errors):
    if name == 'hex':
        import binascii
        return binascii.hexlify(_need_bytes(obj, name))
    if name == 'base64':
        import base64
        return base64.encodebytes(_need_bytes(obj, name))
    if name == 'rot-13':
        if not isinstance(obj, str):
            raise TypeError('rot13 expects str, not %s' % type(obj).__name__)
        return _rot13(obj)
    if not isinstance(obj, str):
        raise TypeError("utf_8_encode() argument 1 must be str, not %s" % type(obj).__name__)
    if name == 'unicode-escape':
        return _escape_encode_str(obj, False)
    if name == 'raw-unicode-escape':
        return _escape_encode_str(obj, True)
    return obj.encode(name, errors)


def _decode_with(name, obj, errors):
    if name == 'hex':
        import binascii
        return binascii.unhexlify(_need_bytes(obj, name))
    if name == 'base64':
        import base64
        return base64.decodebytes(_need_bytes(obj, name))
    if name == 'rot-13':
        if not isinstance(obj, str):
            raise TypeError('rot13 expects str, not %s' % type(obj).__name__)
        return _rot13(obj)
    if isinstance(obj, str):
        if name in ('unicode-escape', 'raw-unicode-escape'):
            obj = obj.encode('latin-1')
        else:
            raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(obj).decode(name, errors)


def lookup(encoding):
    name = _canonical(encoding)
    if name is None:
        for f in _search_functions:
            info = f(_norm(encoding))
            if info is not None:
                return info
        raise LookupError('unknown encoding: %s' % encoding)
    import codecs
    return codecs._info_for(name)


def encode(obj, encoding='utf-8', errors='strict'):
    name = _canonical(encoding)
    if name is None:
        return lookup(encoding).encode(obj, errors)[0]
    return _encode_with(name, obj, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    name = _canonical(encoding)
    if name is None:
        return lookup(encoding).decode(obj, errors)[0]
    return _decode_with(name, obj, errors)


def register(search_function):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)


def register_error(name, handler):
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name):
    if name in _error_handlers:
        return _error_handlers[name]
    if name in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace'):
        import codecs
        return getattr(codecs, name + '_errors')
    if name in ('surrogateescape', 'surrogatepass'):
        import codecs
        return codecs.surrogateescape_errors
    raise LookupError('unknown error handler name %r' % name)


def _make_pair(name):
    def enc(obj, errors='strict'):
        return _encode_with(name, obj, errors), len(obj)

    def dec(obj, errors='strict', final=False):
        return _decode_with(name, obj, errors), len(obj)
    return enc, dec


utf_8_encode, utf_8_decode = _make_pair('utf-8')
ascii_encode, ascii_decode = _make_pair('ascii')
latin_1_encode, latin_1_decode = _make_pair('iso8859-1')
utf_16_encode, utf_16_decode = _make_pair('utf-16')
utf_32_encode, utf_32_decode = _make_pair('utf-32')
unicode_escape_encode, unicode_escape_decode = _make_pair('unicode-escape')
raw_unicode_escape_encode, raw_unicode_escape_decode = _make_pair('raw-unicode-escape')
`;

export const source = String.raw`
import _codecs
from _codecs import (lookup, encode, decode, register, unregister, register_error, lookup_error,
                     escape_decode, escape_encode, utf_8_encode, utf_8_decode, ascii_encode, ascii_decode,
                     latin_1_encode, latin_1_decode, utf_16_encode, utf_16_decode, utf_32_encode,
                     utf_32_decode, unicode_escape_encode, unicode_escape_decode, raw_unicode_escape_encode,
                     raw_unicode_escape_decode)

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE', 'BOM_LE', 'BOM32_BE', 'BOM32_LE',
           'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE', 'BOM_UTF16_BE', 'BOM_UTF32',
           'BOM_UTF32_LE', 'BOM_UTF32_BE', 'CodecInfo', 'Codec', 'IncrementalEncoder', 'IncrementalDecoder',
           'StreamReader', 'StreamWriter', 'StreamReaderWriter', 'getencoder', 'getdecoder',
           'getincrementalencoder', 'getincrementaldecoder', 'getreader', 'getwriter', 'encode', 'decode',
           'iterencode', 'iterdecode', 'strict_errors', 'ignore_errors', 'replace_errors',
           'xmlcharrefreplace_errors', 'backslashreplace_errors', 'namereplace_errors', 'register_error',
           'lookup_error']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s at %#x>' % (self.__class__.__module__, self.__class__.__qualname__,
                                                          self.name, id(self))


class Codec:
    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


def _complete_prefix(data, name):
    # the length of data without a trailing incomplete multi-byte sequence
    n = len(data)
    if name in ('utf-8', 'utf-8-sig'):
        k = min(3, n)
        for back in range(1, k + 1):
            b = data[n - back]
            if b & 0xc0 == 0x80:
                continue
            need = 2 if b & 0xe0 == 0xc0 else 3 if b & 0xf0 == 0xe0 else 4 if b & 0xf8 == 0xf0 else 1
            return n - back if need > back else n
        return n
    width = 2 if name.startswith('utf-16') else 4 if name.startswith('utf-32') else 1
    n -= n % width
    if width == 2 and n >= 2:
        hi = data[n - 1] if name != 'utf-16-be' else data[n - 2]
        if 0xd8 <= hi <= 0xdb:
            n -= 2
    return n


def _text_incremental(name):
    class _Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            out = _codecs.encode(input, name, self.errors)
            if name in ('utf-16', 'utf-32', 'utf-8-sig'):
                if getattr(self, '_started', False):
                    out = out[{'utf-16': 2, 'utf-32': 4, 'utf-8-sig': 3}[name]:]
                self._started = True
            return out

        def reset(self):
            self._started = False

    class _Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, data, errors, final):
            n = len(data) if final else _complete_prefix(data, name)
            return _codecs.decode(data[:n], name, errors), n

    _Encoder.__name__ = _Encoder.__qualname__ = 'IncrementalEncoder'
    _Decoder.__name__ = _Decoder.__qualname__ = 'IncrementalDecoder'
    return _Encoder, _Decoder


_INFOS = {}


def _info_for(name):
    info = _INFOS.get(name)
    if info is None:
        enc, dec = _codecs._make_pair(name)
        ienc, idec = _text_incremental(name)
        text = name not in ('hex', 'base64')
        info = CodecInfo(enc, dec, StreamReader, StreamWriter, ienc, idec, name=name,
                         _is_text_encoding=text and name != 'rot-13')
        _INFOS[name] = info
    return info


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    e = lookup(encoding).incrementalencoder
    if e is None:
        raise LookupError(encoding)
    return e


def getincrementaldecoder(encoding):
    d = lookup(encoding).incrementaldecoder
    if d is None:
        raise LookupError(encoding)
    return d


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b'', True)
    if output:
        yield output


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        self.stream.write(object)

    def writelines(self, list):
        self.write(''.join(list))

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.stream.close()


class StreamReader(Codec):
    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def read(self, size=-1, chars=-1, firstline=False):
        return self.stream.read(size)

    def readline(self, size=None, keepends=True):
        line = self.stream.readline()
        return line if keepends else line.rstrip('\r\n')

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.stream.close()


StreamReaderWriter = StreamReader


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    import builtins
    if encoding is None:
        if 'b' not in mode:
            mode = mode + 'b'
        return builtins.open(filename, mode, buffering)
    mode = mode.replace('b', '')
    return builtins.open(filename, mode, buffering, encoding=encoding, errors=errors, newline='')


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    return file


def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        return ('', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ('?' * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        s = exc.object[exc.start:exc.end]
        return (s.encode('ascii', 'backslashreplace').decode('ascii'), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def namereplace_errors(exc):
    return backslashreplace_errors(exc)


surrogateescape_errors = replace_errors
`;
