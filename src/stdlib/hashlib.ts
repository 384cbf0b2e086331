/**
 * `hashlib` and `hmac`, written in Python (see src/stdlib/index.ts): md5, sha1, the SHA-2 and SHA-3 families as
 * CPython's hash objects (update/digest/hexdigest/copy, name, digest_size, block_size), hashlib.new()
 * by name, and hmac.new/digest/compare_digest over them. The digests themselves are computed by the
 * private TypeScript module `_hashlib` (src/modules/digests.ts) over the bytes fed so far.
 */
export const source = String.raw`
import _hashlib

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384',
           'sha3_512', 'new', 'algorithms_guaranteed', 'algorithms_available')

_SIZES = {'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64), 'sha256': (32, 64),
          'sha384': (48, 128), 'sha512': (64, 128), 'sha3_224': (28, 144), 'sha3_256': (32, 136),
          'sha3_384': (48, 104), 'sha3_512': (64, 72)}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


def _buffer(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    tobytes = getattr(data, 'tobytes', None)
    if tobytes is None:
        raise TypeError('object supporting the buffer API required')
    return tobytes()


class HASH:
    def __init__(self, name, data=b''):
        self._name = name
        self._data = bytearray()
        if data:
            self.update(data)

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _SIZES[self._name][0]

    @property
    def block_size(self):
        return _SIZES[self._name][1]

    def update(self, data, /):
        self._data += _buffer(data)

    def digest(self):
        return _hashlib.digest(self._name, bytes(self._data))

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        h = HASH(self._name)
        h._data = bytearray(self._data)
        return h

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self._name, hex(id(self)))


HASH.__module__ = '_hashlib'


def new(name, data=b'', **kwargs):
    key = name.lower() if isinstance(name, str) else name
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + str(name))
    return HASH(key, data)


def md5(string=b'', *, usedforsecurity=True):
    return HASH('md5', string)


def sha1(string=b'', *, usedforsecurity=True):
    return HASH('sha1', string)


def sha224(string=b'', *, usedforsecurity=True):
    return HASH('sha224', string)


def sha256(string=b'', *, usedforsecurity=True):
    return HASH('sha256', string)


def sha384(string=b'', *, usedforsecurity=True):
    return HASH('sha384', string)


def sha512(string=b'', *, usedforsecurity=True):
    return HASH('sha512', string)


def sha3_224(string=b'', *, usedforsecurity=True):
    return HASH('sha3_224', string)


def sha3_256(string=b'', *, usedforsecurity=True):
    return HASH('sha3_256', string)


def sha3_384(string=b'', *, usedforsecurity=True):
    return HASH('sha3_384', string)


def sha3_512(string=b'', *, usedforsecurity=True):
    return HASH('sha3_512', string)
`;

export const hmacSource = String.raw`
import hashlib as _hashlib

__all__ = ['new', 'compare_digest', 'digest', 'HMAC']

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))
digest_size = None


def _constructor(digestmod):
    if digestmod is None:
        raise TypeError("Missing required parameter 'digestmod'.")
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


class HMAC:
    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError('key: expected bytes or bytearray, but got %r' % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._make = _constructor(digestmod)
        self._outer = self._make()
        self._inner = self._make()
        self.digest_size = self._inner.digest_size
        blocksize = self._inner.block_size
        if len(key) > blocksize:
            key = self._make(key).digest()
        key = bytes(key).ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        self.block_size = blocksize
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other._make = self._make
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def digest(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h.digest()

    def hexdigest(self):
        return self.digest().hex()


def new(key, msg=None, digestmod=''):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b, /):
    if isinstance(a, str) != isinstance(b, str):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'" % (type(a).__name__, type(b).__name__))
    if isinstance(a, str) and not (a.isascii() and b.isascii()):
        raise TypeError('comparing strings with non-ASCII characters is not supported')
    return a == b
`;
