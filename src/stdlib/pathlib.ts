/**
 * `pathlib` for POSIX paths, written in Python over os and os.path: PurePath/PurePosixPath (parsing and
 * normalising parts, `/`, name/stem/suffix(es)/parent(s)/parts, with_name/with_stem/with_suffix,
 * relative_to, is_relative_to, match, comparisons) and Path/PosixPath (exists, is_file/is_dir, stat,
 * read/write text and bytes, open, touch, mkdir, rmdir, unlink, rename/replace, iterdir, glob/rglob with
 * `*`, `?`, `[...]` and `**`, resolve/absolute, cwd/home, expanduser).
 */
export const source = String.raw`
import os as _os
import re as _re

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']


def _split(parts):
    # the normalised parts of one path string: '/' first for an absolute path, no '.' nor empty parts
    out = []
    for arg in parts:
        if isinstance(arg, PurePath):
            a = str(arg)
        elif isinstance(arg, str):
            a = arg
        elif hasattr(arg, '__fspath__'):
            a = arg.__fspath__()
        else:
            raise TypeError('argument should be a str or an os.PathLike object where __fspath__ returns a str, not %r' % type(arg).__name__)
        if a.startswith('/'):
            out = ['/']
        for p in a.split('/'):
            if p and p != '.':
                out.append(p)
    return out


def _glob_regex(pattern):
    res = ''
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        i += 1
        if c == '*':
            res += '[^/]*'
        elif c == '?':
            res += '[^/]'
        elif c == '[':
            j = pattern.find(']', i + 1 if i < n and pattern[i] == '!' else i)
            if j < 0:
                res += '\\['
            else:
                body = pattern[i:j]
                i = j + 1
                res += '[' + ('^' + body[1:] if body.startswith('!') else body) + ']'
        else:
            res += _re.escape(c)
    return _re.compile(res + r'\Z')


class PurePath:
    __slots__ = ('_parts', '_str')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._parts = _split(args)
        self._str = None
        return self

    def _make(self, parts):
        p = object.__new__(type(self))
        p._parts = parts
        p._str = None
        return p

    def __str__(self):
        if self._str is None:
            if not self._parts:
                self._str = '.'
            elif self._parts[0] == '/':
                self._str = '/' + '/'.join(self._parts[1:])
            else:
                self._str = '/'.join(self._parts)
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __hash__(self):
        return hash(tuple(self._parts))

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts == other._parts

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts < other._parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts <= other._parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts > other._parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._parts >= other._parts

    def __truediv__(self, key):
        try:
            return self._make(_split([str(self), key]))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._make(_split([key, str(self)]))
        except TypeError:
            return NotImplemented

    def joinpath(self, *others):
        return self._make(_split([str(self), *others]))

    @property
    def parts(self):
        return tuple(self._parts)

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return '/' if self._parts[:1] == ['/'] else ''

    @property
    def anchor(self):
        return self.root

    @property
    def name(self):
        if not self._parts or self._parts == ['/']:
            return ''
        return self._parts[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name, suffix = self.name, self.suffix
        return name[:-len(suffix)] if suffix else name

    @property
    def parent(self):
        if not self._parts or self._parts == ['/']:
            return self
        return self._make(self._parts[:-1])

    @property
    def parents(self):
        out = []
        p = self
        while True:
            q = p.parent
            if q == p:
                break
            out.append(q)
            p = q
        return tuple(out)

    def is_absolute(self):
        return self._parts[:1] == ['/']

    def is_reserved(self):
        return False

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self._make(self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError('Invalid suffix %r' % (suffix,))
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        return self.with_name(self.stem + suffix)

    def relative_to(self, *other):
        base = _split(other)
        if self._parts[:len(base)] != base or (not base and self.is_absolute()):
            raise ValueError('%r is not in the subpath of %r OR one path is relative and the other is absolute.' % (str(self), str(self._make(base))))
        return self._make(self._parts[len(base):])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def match(self, path_pattern):
        pat = _split([path_pattern])
        if not pat:
            raise ValueError('empty pattern')
        if pat[0] == '/':
            if len(pat) != len(self._parts):
                return False
        elif len(pat) > len(self._parts):
            return False
        for part, p in zip(reversed(self._parts), reversed(pat)):
            if not _glob_regex(p).match(part):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


class Path(PurePath):
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._parts = _split(args)
        self._str = None
        return self

    @classmethod
    def cwd(cls):
        return cls(_os.getcwd())

    @classmethod
    def home(cls):
        return cls(_os.path.expanduser('~'))

    def absolute(self):
        return self if self.is_absolute() else self._make(_split([_os.getcwd(), str(self)]))

    def resolve(self, strict=False):
        return self._make(_split([_os.path.realpath(_os.path.abspath(str(self)))]))

    def expanduser(self):
        return self._make(_split([_os.path.expanduser(str(self))]))

    def stat(self):
        return _os.stat(str(self))

    def exists(self):
        return _os.path.exists(str(self))

    def is_file(self):
        return _os.path.isfile(str(self))

    def is_dir(self):
        return _os.path.isdir(str(self))

    def is_symlink(self):
        return _os.path.islink(str(self))

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        with self.open('wb') as f:
            return f.write(bytes(data))

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with self.open('a'):
            pass

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        if self.exists():
            if exist_ok and self.is_dir():
                return
            raise FileExistsError(17, 'File exists', str(self))
        if parents:
            _os.makedirs(str(self), exist_ok=exist_ok)
        else:
            _os.mkdir(str(self))

    def rmdir(self):
        _os.rmdir(str(self))

    def unlink(self, missing_ok=False):
        try:
            _os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        _os.rename(str(self), str(target))
        return type(self)(target)

    def replace(self, target):
        _os.replace(str(self), str(target))
        return type(self)(target)

    def samefile(self, other):
        return _os.path.samefile(str(self), str(other))

    def iterdir(self):
        for name in _os.listdir(str(self)):
            yield self._make(self._parts + [name])

    def _walk(self, parts):
        # paths under self matching the pattern parts ('**' matches any number of directories)
        if not parts:
            yield self
            return
        head, rest = parts[0], parts[1:]
        if head == '**':
            yield from self._walk(rest)
            for child in sorted(self.iterdir()):
                if child.is_dir():
                    yield from child._walk(parts)
            return
        if not any(c in head for c in '*?['):
            child = self._make(self._parts + [head])
            if child.exists():
                yield from child._walk(rest)
            return
        rx = _glob_regex(head)
        if not self.is_dir():
            return
        for name in sorted(_os.listdir(str(self))):
            if name.startswith('.') and not head.startswith('.'):
                continue
            if rx.match(name):
                child = self._make(self._parts + [name])
                if not rest or child.is_dir():
                    yield from child._walk(rest)

    def glob(self, pattern):
        parts = _split([pattern])
        if not parts:
            raise ValueError("Unacceptable pattern: %r" % (pattern,))
        if parts[0] == '/':
            raise NotImplementedError('Non-relative patterns are unsupported')
        seen = set()
        for p in self._walk(parts):
            if p not in seen:
                seen.add(p)
                yield p

    def rglob(self, pattern):
        return self.glob('**/' + pattern)


class PosixPath(Path):
    __slots__ = ()
`;
