/**
 * `binascii` and `base64`, written in Python (see src/stdlib/index.ts): hex and base64 conversions with
 * CPython 3.11's lenient decoding (characters outside the alphabet skipped, decoding stopping at the
 * padding) and its binascii.Error messages, crc32; base64's b64/urlsafe/standard, b32 and b16 codecs
 * and encodebytes/decodebytes on top. The Ascii85/base85 codecs are not provided.
 */
export const binasciiSource = String.raw`
__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex', 'b2a_base64',
           'a2b_base64', 'crc32']


class Error(ValueError):
    pass


Error.__module__ = 'binascii'


class Incomplete(Exception):
    pass


Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_INDEX = {c: i for i, c in enumerate(_B64)}


def _bytes(data, ascii_str=True):
    if isinstance(data, str):
        if not ascii_str:
            raise TypeError("a bytes-like object is required, not 'str'")
        if not data.isascii():
            raise ValueError('string argument should contain only ASCII characters')
        return data.encode('ascii')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    tobytes = getattr(data, 'tobytes', None)
    if tobytes is None:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return tobytes()


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _bytes(data, False)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    s = _bytes(hexstr)
    if len(s) % 2:
        raise Error('Odd-length string')
    digits = b'0123456789abcdefABCDEF'
    if any(c not in digits for c in s):
        raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(s.decode('ascii'))


a2b_hex = unhexlify


def b2a_base64(data, *, newline=True):
    data = _bytes(data, False)
    out = bytearray()
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'=='
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    s = _bytes(data)
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    for i, c in enumerate(s):
        if c == 61:  # '='
            if strict_mode and quad_pos == 0:
                raise Error('Excess padding not allowed' if i else 'Leading padding not allowed')
            pads += 1
            if quad_pos >= 2 and quad_pos + pads >= 4:
                if strict_mode and i + 1 < len(s):
                    raise Error('Excess data after padding')
                quad_pos = 0
                break
            continue
        v = _B64_INDEX.get(c)
        if v is None:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and pads:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            left = v
            quad_pos = 1
        elif quad_pos == 1:
            out.append(((left << 2) | (v >> 4)) & 255)
            left = v & 15
            quad_pos = 2
        elif quad_pos == 2:
            out.append(((left << 4) | (v >> 2)) & 255)
            left = v & 3
            quad_pos = 3
        else:
            out.append(((left << 6) | v) & 255)
            quad_pos = 0
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more '
                    'than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad_pos:
        raise Error('Incorrect padding')
    return bytes(out)


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC = _crc_table()


def crc32(data, value=0, /):
    crc = ~value & 0xFFFFFFFF
    for b in _bytes(data, False):
        crc = _CRC[(crc ^ b) & 255] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF
`;

export const base64Source = String.raw`
import binascii
import re as _re

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode',
           'b32decode', 'b16encode', 'b16decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes_types):
        return bytes(s)
    try:
        return s.tobytes()
    except AttributeError:
        raise TypeError('argument should be a bytes-like object or ASCII string, not %r' % s.__class__.__name__) from None


def _input(s):
    if isinstance(s, bytes_types):
        return bytes(s)
    try:
        return s.tobytes()
    except AttributeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__) from None


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(_input(s), newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = s.translate(bytes.maketrans(b'-_', b'+/'))
    return b64decode(s)


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


def b32encode(s):
    s = _input(s)
    leftover = len(s) % 5
    if leftover:
        s = s + b'\0' * (5 - leftover)
    encoded = bytearray()
    for i in range(0, len(s), 5):
        c = int.from_bytes(s[i:i + 5], 'big')
        encoded += bytes(_B32[(c >> (35 - 5 * k)) & 31] for k in range(8))
    if leftover == 1:
        encoded[-6:] = b'======'
    elif leftover == 2:
        encoded[-4:] = b'===='
    elif leftover == 3:
        encoded[-3:] = b'==='
    elif leftover == 4:
        encoded[-1:] = b'='
    return bytes(encoded)


def b32decode(s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    n = len(s)
    s = s.rstrip(b'=')
    padchars = n - len(s)
    decoded = bytearray()
    index = {c: i for i, c in enumerate(_B32)}
    for i in range(0, len(s), 8):
        quanta = s[i:i + 8]
        acc = 0
        try:
            for c in quanta:
                acc = (acc << 5) + index[c]
        except KeyError:
            raise binascii.Error('Non-base32 digit found') from None
        decoded += (acc << 5 * (8 - len(quanta))).to_bytes(5, 'big')
    if n % 8 or padchars not in {0, 1, 3, 4, 6}:
        raise binascii.Error('Incorrect padding')
    if padchars and decoded:
        last = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}[padchars]
        decoded[-5:] = decoded[-5:][:last]
    return bytes(decoded)


def b16encode(s):
    return binascii.hexlify(_input(s)).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if _re.search(b'[^0-9A-F]', s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    s = _input(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    return binascii.a2b_base64(_input(s))


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
`;
