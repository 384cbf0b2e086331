/**
 * `fnmatch` and `glob`, written in Python (see src/stdlib/index.ts). fnmatch translates shell
 * wildcards (*, ?, [seq], [!seq]) to the regular expressions CPython 3.11's translate() produces
 * (empty ranges dropped, set-operation characters escaped, runs of stars collapsed, atomic groups
 * between stars); matching compiles the same expression with plain groups. glob expands wildcard
 * paths over the file system in directory order (hidden names only when the pattern asks for them),
 * with recursive '**', root_dir, escape() and has_magic().
 */
export const source = String.raw`
import os
import posixpath
import re

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

_STAR = object()
_cache = {}


def _set_class(pat, i, j):
    # the character class for pat[i:j], the text between '[' and ']'
    if '-' not in pat[i:j]:
        stuff = pat[i:j].replace('\\', r'\\')
    else:
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        last = pat[i:j]
        if last:
            chunks.append(last)
        else:
            chunks[-1] += '-'
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = '-'.join(c.replace('\\', r'\\').replace('-', r'\-') for c in chunks)
    stuff = re.sub(r'([&~|])', r'\\\1', stuff)
    if not stuff:
        return '(?!)'
    if stuff == '!':
        return '.'
    if stuff[0] == '!':
        stuff = '^' + stuff[1:]
    elif stuff[0] in ('^', '['):
        stuff = '\\' + stuff
    return '[' + stuff + ']'


def _tokens(pat):
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not res or res[-1] is not _STAR:
                res.append(_STAR)
        elif c == '?':
            res.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                res.append('\\[')
            else:
                res.append(_set_class(pat, i, j))
                i = j + 1
        else:
            res.append(re.escape(c))
    return res


def _assemble(res, atomic):
    if _STAR not in res:
        return '(?s:%s)\\Z' % ''.join(res)
    parts = []
    seg = []
    segments = []
    for t in res:
        if t is _STAR:
            segments.append(''.join(seg))
            seg = []
        else:
            seg.append(t)
    tail = ''.join(seg)
    parts.append(segments[0])
    opener = '(?>' if atomic else '(?:'
    for middle in segments[1:]:
        parts.append(opener + '.*?' + middle + ')')
    parts.append('.*' + tail)
    return '(?s:%s)\\Z' % ''.join(parts)


def translate(pat):
    return _assemble(_tokens(pat), True)


def _compile(pat):
    key = (type(pat), pat)
    m = _cache.get(key)
    if m is None:
        if isinstance(pat, bytes):
            text = str(pat, 'latin-1')
            m = re.compile(_assemble(_tokens(text), False).encode('latin-1')).match
        else:
            m = re.compile(_assemble(_tokens(pat), False)).match
        if len(_cache) > 32768:
            _cache.clear()
        _cache[key] = m
    return m


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def fnmatchcase(name, pat):
    return _compile(pat)(name) is not None


def filter(names, pat):
    match = _compile(os.path.normcase(pat))
    return [name for name in names if match(os.path.normcase(name))]
`;

export const globSource = String.raw`
import os
import re
import fnmatch

__all__ = ['glob', 'iglob', 'escape']

_MAGIC = re.compile('([*?[])')
_MAGIC_B = re.compile(b'([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        return _MAGIC_B.search(s) is not None
    return _MAGIC.search(s) is not None


def _hidden(name):
    return name[0] in ('.', b'.'[0])


def _is_recursive(pattern):
    return pattern == '**' or pattern == b'**'


def escape(pathname):
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = _MAGIC_B.sub(b'[\\1]', pathname)
    else:
        pathname = _MAGIC.sub('[\\1]', pathname)
    return drive + pathname


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        try:
            s = next(it)
            if s:
                it = _chain(s, it)
        except StopIteration:
            pass
    return it


def _chain(first, rest):
    yield first
    yield from rest


def _join(a, b):
    return os.path.join(a, b) if a and b else a or b


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(_join(root_dir, pathname)):
                yield pathname
        elif _isdir(_join(root_dir, dirname)):
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        inner = _glob2 if recursive and _is_recursive(basename) else _glob1
    else:
        inner = _glob0
    for d in dirs:
        for name in inner(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _hidden(pattern)):
        names = [x for x in names if not _hidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(_join(dirname, basename)):
            return [basename]
    elif _isdir(dirname):
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _listdir(dirname, dironly):
    if not dirname:
        dirname = '.' if not isinstance(dirname, bytes) else b'.'
    try:
        names = os.listdir(dirname)
    except OSError:
        return []
    if dironly:
        names = [n for n in names if os.path.isdir(os.path.join(dirname, n))]
    return names


def _rlistdir(dirname, dironly, include_hidden):
    for x in _listdir(dirname, dironly):
        if include_hidden or not _hidden(x):
            yield x
            path = _join(dirname, x)
            if os.path.isdir(path):
                for y in _rlistdir(path, dironly, include_hidden):
                    yield _join(x, y)


def _lexists(p):
    return os.path.lexists(p or '.')


def _isdir(p):
    return os.path.isdir(p or '.')


magic_check = _MAGIC
magic_check_bytes = _MAGIC_B
`;
