/**
 * `urllib` (an empty package) and `urllib.parse`, written in Python (see src/stdlib/index.ts): URL
 * splitting and joining (urlparse / urlsplit and their inverses, urljoin with RFC 3986 dot-segment
 * removal, urldefrag), the result named tuples with their username / password / hostname / port
 * properties, percent-encoding (quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
 * unquote_to_bytes) and query strings (urlencode, parse_qs, parse_qsl), following CPython 3.11.
 */
export const urllibPackage = String.raw`
"""ndpy's urllib package: only urllib.parse is provided."""
`;

export const source = String.raw`
from collections import namedtuple as _namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit', 'urlunsplit', 'urlencode',
           'parse_qs', 'parse_qsl', 'quote', 'quote_plus', 'quote_from_bytes', 'unquote', 'unquote_plus',
           'unquote_to_bytes', 'ParseResult', 'SplitResult', 'DefragResult']

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms', 'https',
               'shttp', 'snews', 'prospero', 'rtsp', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs',
               'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtspu', 'sip',
               'sips', 'mms', 'sftp', 'tel']
scheme_chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-.'
_LEADING_JUNK = ''.join(chr(c) for c in range(0x21))
_UNSAFE = ('\t', '\r', '\n')


class _NetlocMixin:
    __slots__ = ()

    def _userinfo(self):
        user, sep, _ = self.netloc.rpartition('@')
        if not sep:
            return None, None
        name, has_pw, pw = user.partition(':')
        return name, (pw if has_pw else None)

    def _hostinfo(self):
        _, _, hostinfo = self.netloc.rpartition('@')
        _, bracket, rest = hostinfo.partition('[')
        if bracket:
            host, _, after = rest.partition(']')
            _, _, port = after.partition(':')
        else:
            host, _, port = hostinfo.partition(':')
        return host, (port or None)

    @property
    def username(self):
        return self._userinfo()[0]

    @property
    def password(self):
        return self._userinfo()[1]

    @property
    def hostname(self):
        host = self._hostinfo()[0]
        if not host:
            return None
        zone_sep = '%' if isinstance(host, str) else b'%'
        host, sep, zone = host.partition(zone_sep)
        return host.lower() + sep + zone

    @property
    def port(self):
        port = self._hostinfo()[1]
        if port is None:
            return None
        if isinstance(port, bytes):
            port = port.decode('ascii')
        if not (port.isdigit() and port.isascii()):
            raise ValueError(f'Port could not be cast to integer value as {port!r}')
        n = int(port)
        if not 0 <= n <= 65535:
            raise ValueError('Port out of range 0-65535')
        return n


class DefragResult(_namedtuple('DefragResult', 'url fragment')):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_namedtuple('SplitResult', 'scheme netloc path query fragment'), _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_namedtuple('ParseResult', 'scheme netloc path params query fragment'), _NetlocMixin):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


def _split_netloc(url, start=0):
    end = len(url)
    for c in '/?#':
        k = url.find(c, start)
        if k >= 0 and k < end:
            end = k
    return url[start:end], url[end:]


def _is_bytes(*args):
    kinds = set(isinstance(a, (bytes, bytearray)) for a in args if a)
    if len(kinds) > 1:
        raise TypeError('Cannot mix str and non-str arguments')
    return kinds == {True}


def urlsplit(url, scheme='', allow_fragments=True):
    if _is_bytes(url, scheme):
        parts = urlsplit(url.decode('ascii'), scheme.decode('ascii') if scheme else '', allow_fragments)
        return SplitResultBytes(*(p.encode('ascii') for p in parts))
    url = url.lstrip(_LEADING_JUNK)
    scheme = scheme.strip(_LEADING_JUNK)
    for c in _UNSAFE:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        if all(c in scheme_chars for c in url[:colon]):
            scheme, url = url[:colon].lower(), url[colon + 1:]
    if url[:2] == '//':
        netloc, url = _split_netloc(url, 2)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError('Invalid IPv6 URL')
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def _split_params(path):
    start = path.rfind('/') if '/' in path else 0
    semi = path.find(';', start)
    if semi < 0:
        return path, ''
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    if _is_bytes(url, scheme):
        parts = urlparse(url.decode('ascii'), scheme.decode('ascii') if scheme else '', allow_fragments)
        return ParseResultBytes(*(p.encode('ascii') for p in parts))
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    return ParseResult(scheme, netloc, path, params, query, fragment)


def urlunsplit(components):
    scheme, netloc, url, query, fragment = components
    if _is_bytes(scheme, netloc, url, query, fragment):
        dec = [c.decode('ascii') if c else '' for c in (scheme, netloc, url, query, fragment)]
        return urlunsplit(dec).encode('ascii')
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url


def urlunparse(components):
    scheme, netloc, url, params, query, fragment = components
    if params:
        url = '%s;%s' % (url, params)
    return urlunsplit((scheme, netloc, url, query, fragment))


def _remove_dot_segments(segments):
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return out


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    if _is_bytes(base, url):
        return urljoin(base.decode('ascii'), url.decode('ascii'), allow_fragments).encode('ascii')
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        return urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment))
    if path[:1] == '/':
        segments = path.split('/')
    else:
        base_parts = bpath.split('/')
        if base_parts[-1] != '':
            base_parts.pop()
        segments = base_parts + path.split('/')
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved = '/'.join(_remove_dot_segments(segments)) or '/'
    return urlunparse((scheme, netloc, resolved, params, query, fragment))


def urldefrag(url):
    if _is_bytes(url):
        r = urldefrag(url.decode('ascii'))
        return DefragResultBytes(r.url.encode('ascii'), r.fragment.encode('ascii'))
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return DefragResult(defrag, frag)


class DefragResultBytes(_namedtuple('DefragResultBytes', 'url fragment')):
    __slots__ = ()


class SplitResultBytes(_namedtuple('SplitResultBytes', 'scheme netloc path query fragment'), _NetlocMixin):
    __slots__ = ()


class ParseResultBytes(_namedtuple('ParseResultBytes', 'scheme netloc path params query fragment'), _NetlocMixin):
    __slots__ = ()


# ---- percent-encoding ----

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~')
_HEX = '0123456789ABCDEF'


def quote_from_bytes(bs, safe='/'):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError('quote_from_bytes() expected bytes')
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    keep = _ALWAYS_SAFE | frozenset(safe)
    out = []
    for b in bs:
        if b in keep:
            out.append(chr(b))
        else:
            out.append('%' + _HEX[b >> 4] + _HEX[b & 15])
    return ''.join(out)


def quote(string, safe='/', encoding=None, errors=None):
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    if (isinstance(string, str) and ' ' not in string) or (isinstance(string, bytes) and b' ' not in string):
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        space = ' '
    else:
        space = b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


def _hexval(c):
    return '0123456789abcdef'.find(c.lower())


def unquote_to_bytes(string):
    if not string:
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    parts = bytes(string).split(b'%')
    if len(parts) == 1:
        return bytes(string)
    out = bytearray(parts[0])
    for item in parts[1:]:
        h = item[:2].decode('latin-1')
        if len(h) == 2 and _hexval(h[0]) >= 0 and _hexval(h[1]) >= 0 and h.isascii():
            out.append(int(h, 16))
            out += item[2:]
        else:
            out += b'%'
            out += item
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        return string
    encoding = encoding or 'utf-8'
    errors = errors or 'replace'
    # decode each run of %XX escapes as one byte string, so multi-byte sequences join up
    out = []
    i = 0
    n = len(string)
    while i < n:
        k = string.find('%', i)
        if k < 0:
            out.append(string[i:])
            break
        out.append(string[i:k])
        run = bytearray()
        j = k
        while j + 3 <= n and string[j] == '%' and _hexval(string[j + 1]) >= 0 and _hexval(string[j + 2]) >= 0:
            run.append(int(string[j + 1:j + 3], 16))
            j += 3
        if run:
            out.append(bytes(run).decode(encoding, errors))
            i = j
        else:
            out.append('%')
            i = k + 1
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    return unquote(string.replace('+', ' '), encoding, errors)


# ---- query strings ----

def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError('not a valid non-string sequence or mapping object') from None

    def enc(v):
        if isinstance(v, bytes):
            return quote_via(v, safe)
        return quote_via(str(v), safe, encoding, errors)

    out = []
    for k, v in query:
        key = enc(k)
        if not doseq or isinstance(v, (str, bytes)):
            out.append(key + '=' + enc(v))
            continue
        try:
            len(v)
        except TypeError:
            out.append(key + '=' + enc(v))
        else:
            for elt in v:
                out.append(key + '=' + enc(elt))
    return '&'.join(out)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
              max_num_fields=None, separator='&'):
    if not qs:
        return []
    as_bytes = isinstance(qs, (bytes, bytearray))
    if as_bytes:
        qs = qs.decode('ascii')
        if isinstance(separator, bytes):
            separator = separator.decode('ascii')
    if not separator or not isinstance(separator, str):
        raise ValueError('Separator must be of type string or bytes.')
    if max_num_fields is not None and 1 + qs.count(separator) > max_num_fields:
        raise ValueError('Max number of fields exceeded')
    result = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition('=')
        if not eq:
            if strict_parsing:
                raise ValueError('bad query field: %r' % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = unquote(name.replace('+', ' '), encoding, errors)
            value = unquote(value.replace('+', ' '), encoding, errors)
            if as_bytes:
                name, value = name.encode(encoding, errors), value.encode(encoding, errors)
            result.append((name, value))
    return result


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding='utf-8', errors='replace',
             max_num_fields=None, separator='&'):
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding, errors,
                                 max_num_fields, separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result
`;
