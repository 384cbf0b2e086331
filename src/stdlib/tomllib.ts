/**
 * `tomllib` (new in 3.11), written in Python (see src/stdlib/index.ts): a TOML 1.0 reader, `loads(s)`
 * and `load(binary_file)`, giving dicts, lists, str, int, float (or `parse_float`'s type), bool and
 * datetime / date / time values (offsets as datetime.timezone, fractions of a second cut to
 * microseconds).
 *
 * The parser walks the text by position. What may be defined where follows CPython's reader: a table
 * declared by a header cannot be declared again; tables made by dotted keys become declared once their
 * section ends; inline tables and arrays written as values are immutable; `[[x]]` appends a table to
 * array x. Errors are TOMLDecodeError (a ValueError) with CPython's messages and its
 * "(at line L, column C)" / "(at end of document)" suffix.
 */
export const source = String.raw`
import datetime as _dt
import re as _re
import string as _string

__all__ = ['loads', 'load', 'TOMLDecodeError']


class TOMLDecodeError(ValueError):
    """Raised for a TOML document that does not parse."""


_ASCII_CTRL = frozenset(chr(i) for i in range(32)) | frozenset(chr(127))
_ILLEGAL_BASIC = _ASCII_CTRL - frozenset('\t')
_ILLEGAL_MULTI = _ASCII_CTRL - frozenset('\t\n')
_WS = frozenset(' \t')
_WS_NL = frozenset(' \t\n')
_BARE_KEY = frozenset(_string.ascii_letters + _string.digits + '-_')
_KEY_INITIAL = _BARE_KEY | frozenset('"' + "'")
_HEX = frozenset(_string.hexdigits)
_ESCAPES = {'\\b': '\u0008', '\\t': '\u0009', '\\n': '\u000A', '\\f': '\u000C', '\\r': '\u000D',
            '\\"': '\u0022', '\\\\': '\u005C'}

_DATETIME = _re.compile(r"""
    ([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])
    (?:[Tt ]
      ([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?
      (?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?
    )?""", _re.VERBOSE)
_LOCAL_TIME = _re.compile(r'([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?')
_NUMBER = _re.compile(r"""
    0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)
  | [+-]?(?:0|[1-9](?:_?[0-9])*)
    ((?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)
""", _re.VERBOSE)


def _err(src, pos, msg):
    if pos >= len(src):
        where = 'end of document'
    else:
        line = src.count('\n', 0, pos) + 1
        col = pos + 1 if line == 1 else pos - src.rindex('\n', 0, pos)
        where = 'line %d, column %d' % (line, col)
    return TOMLDecodeError('%s (at %s)' % (msg, where))


class _Flags:
    # per key path: flags of the table itself and flags inherited by everything below it
    EXPLICIT = 1
    FROZEN = 2

    def __init__(self):
        self._root = {}
        self._pending = []

    def _node(self, key, create):
        nodes = self._root
        node = None
        for k in key:
            if k not in nodes:
                if not create:
                    return None
                nodes[k] = {'flags': set(), 'deep': set(), 'nested': {}}
            node = nodes[k]
            nodes = node['nested']
        return node

    def set(self, key, flag, recursive=False):
        node = self._node(key, True)
        (node['deep'] if recursive else node['flags']).add(flag)

    def add_pending(self, key, flag):
        self._pending.append((key, flag))

    def finalize_pending(self):
        for key, flag in self._pending:
            self.set(key, flag)
        self._pending.clear()

    def unset_all(self, key):
        node = self._node(key[:-1], False) if key[:-1] else {'nested': self._root}
        if node is not None:
            node['nested'].pop(key[-1], None)

    def is_(self, key, flag):
        nodes = self._root
        for i, k in enumerate(key):
            node = nodes.get(k)
            if node is None:
                return False
            if flag in node['deep']:
                return True
            if i == len(key) - 1:
                return flag in node['flags']
            nodes = node['nested']
        return False


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.parse_float = parse_float
        self.data = {}
        self.flags = _Flags()
        self.header = ()

    def fail(self, pos, msg):
        raise _err(self.src, pos, msg)

    def skip(self, pos, chars):
        src = self.src
        while pos < len(src) and src[pos] in chars:
            pos += 1
        return pos

    def skip_comment(self, pos):
        src = self.src
        if pos < len(src) and src[pos] == '#':
            pos += 1
            while pos < len(src) and src[pos] != '\n':
                if src[pos] in _ILLEGAL_BASIC:
                    self.fail(pos, 'Found invalid character %r' % src[pos])
                pos += 1
        return pos

    def skip_comments_and_ws(self, pos):
        while True:
            start = pos
            pos = self.skip(pos, _WS_NL)
            pos = self.skip_comment(pos)
            if pos == start:
                return pos

    def nest(self, key, access_lists=True):
        cont = self.data
        for k in key:
            if k not in cont:
                cont[k] = {}
            cont = cont[k]
            if access_lists and isinstance(cont, list):
                cont = cont[-1]
            if not isinstance(cont, dict):
                raise KeyError(k)
        return cont

    def parse(self):
        src = self.src
        pos = 0
        while True:
            pos = self.skip(pos, _WS)
            if pos >= len(src):
                break
            c = src[pos]
            if c == '\n':
                pos += 1
                continue
            if c in _KEY_INITIAL:
                pos = self.key_value_rule(pos)
                pos = self.skip(pos, _WS)
            elif c == '[':
                if src.startswith('[[', pos):
                    pos = self.array_table_rule(pos)
                else:
                    pos = self.table_rule(pos)
                pos = self.skip(pos, _WS)
            elif c != '#':
                self.fail(pos, 'Invalid statement')
            pos = self.skip_comment(pos)
            if pos >= len(src):
                break
            if src[pos] != '\n':
                self.fail(pos, 'Expected newline or end of document after a statement')
            pos += 1
        return self.data

    def table_rule(self, pos):
        pos += 1
        pos = self.skip(pos, _WS)
        pos, key = self.parse_key(pos)
        if self.flags.is_(key, _Flags.EXPLICIT) or self.flags.is_(key, _Flags.FROZEN):
            self.fail(pos, 'Cannot declare %s twice' % (key,))
        self.flags.set(key, _Flags.EXPLICIT)
        try:
            self.nest(key)
        except KeyError:
            self.fail(pos, 'Cannot overwrite a value')
        if not self.src.startswith(']', pos):
            self.fail(pos, "Expected ']' at the end of a table declaration")
        self.flags.finalize_pending()
        self.header = key
        return pos + 1

    def array_table_rule(self, pos):
        pos += 2
        pos = self.skip(pos, _WS)
        pos, key = self.parse_key(pos)
        if self.flags.is_(key, _Flags.FROZEN):
            self.fail(pos, 'Cannot mutate immutable namespace %s' % (key,))
        self.flags.unset_all(key)
        self.flags.set(key, _Flags.EXPLICIT)
        try:
            parent = self.nest(key[:-1])
        except KeyError:
            self.fail(pos, 'Cannot overwrite a value')
        last = key[-1]
        if last in parent:
            if not isinstance(parent[last], list):
                self.fail(pos, 'Cannot overwrite a value')
            parent[last].append({})
        else:
            parent[last] = [{}]
        if not self.src.startswith(']]', pos):
            self.fail(pos, "Expected ']]' at the end of an array declaration")
        self.flags.finalize_pending()
        self.header = key
        return pos + 2

    def key_value_rule(self, pos):
        pos, key, value = self.parse_key_value(pos)
        parent_key, stem = key[:-1], key[-1]
        abs_parent = self.header + parent_key
        for i in range(1, len(key)):
            cont = self.header + key[:i]
            if self.flags.is_(cont, _Flags.EXPLICIT):
                self.fail(pos, 'Cannot redefine namespace %s' % (cont,))
            self.flags.add_pending(cont, _Flags.EXPLICIT)
        if self.flags.is_(abs_parent, _Flags.FROZEN):
            self.fail(pos, 'Cannot mutate immutable namespace %s' % (abs_parent,))
        try:
            nest = self.nest(abs_parent)
        except KeyError:
            self.fail(pos, 'Cannot overwrite a value')
        if stem in nest:
            self.fail(pos, 'Cannot overwrite a value')
        if isinstance(value, (dict, list)):
            self.flags.set(self.header + key, _Flags.FROZEN, recursive=True)
        nest[stem] = value
        return pos

    def parse_key_value(self, pos):
        pos, key = self.parse_key(pos)
        if not self.src.startswith('=', pos):
            self.fail(pos, "Expected '=' after a key in a key/value pair")
        pos = self.skip(pos + 1, _WS)
        pos, value = self.parse_value(pos)
        return pos, key, value

    def parse_key(self, pos):
        pos, part = self.parse_key_part(pos)
        key = (part,)
        pos = self.skip(pos, _WS)
        while self.src.startswith('.', pos):
            pos = self.skip(pos + 1, _WS)
            pos, part = self.parse_key_part(pos)
            key += (part,)
            pos = self.skip(pos, _WS)
        return pos, key

    def parse_key_part(self, pos):
        src = self.src
        c = src[pos] if pos < len(src) else None
        if c is not None and c in _BARE_KEY:
            start = pos
            pos = self.skip(pos, _BARE_KEY)
            return pos, src[start:pos]
        if c == "'":
            return self.parse_literal_str(pos)
        if c == '"':
            return self.parse_one_line_basic_str(pos)
        self.fail(pos, 'Invalid initial character for a key part')

    def parse_value(self, pos):
        src = self.src
        c = src[pos] if pos < len(src) else None
        if c == '"':
            if src.startswith('"""', pos):
                return self.parse_multiline_str(pos, literal=False)
            return self.parse_one_line_basic_str(pos)
        if c == "'":
            if src.startswith("'''", pos):
                return self.parse_multiline_str(pos, literal=True)
            return self.parse_literal_str(pos)
        if c == 't' and src.startswith('true', pos):
            return pos + 4, True
        if c == 'f' and src.startswith('false', pos):
            return pos + 5, False
        if c == '[':
            return self.parse_array(pos)
        if c == '{':
            return self.parse_inline_table(pos)
        m = _DATETIME.match(src, pos)
        if m:
            try:
                value = self.datetime_of(m)
            except ValueError as e:
                raise _err(src, pos, 'Invalid date or datetime') from e
            return m.end(), value
        m = _LOCAL_TIME.match(src, pos)
        if m:
            return m.end(), _dt.time(int(m.group(1)), int(m.group(2)), int(m.group(3)), int((m.group(4) or '0').ljust(6, '0')))
        m = _NUMBER.match(src, pos)
        if m:
            text = m.group()
            if m.group(1):
                return m.end(), self.parse_float(text.replace('_', ''))
            return m.end(), int(text.replace('_', ''), 0) if text[:2] in ('0x', '0o', '0b') else int(text.replace('_', ''))
        for word in ('inf', 'nan', '+inf', '-inf', '+nan', '-nan'):
            if src.startswith(word, pos):
                return pos + len(word), self.parse_float(word)
        self.fail(pos, 'Invalid value')

    def datetime_of(self, m):
        year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if m.group(4) is None:
            return _dt.date(year, month, day)
        hour, minute, sec = int(m.group(4)), int(m.group(5)), int(m.group(6))
        micros = int((m.group(7) or '0').ljust(6, '0'))
        if m.group(8):
            tz = _dt.timezone.utc
        elif m.group(9):
            sign = 1 if m.group(9) == '+' else -1
            tz = _dt.timezone(_dt.timedelta(hours=sign * int(m.group(10)), minutes=sign * int(m.group(11))))
        else:
            tz = None
        return _dt.datetime(year, month, day, hour, minute, sec, micros, tzinfo=tz)

    def parse_array(self, pos):
        pos += 1
        array = []
        pos = self.skip_comments_and_ws(pos)
        if self.src.startswith(']', pos):
            return pos + 1, array
        while True:
            pos, value = self.parse_value(pos)
            array.append(value)
            pos = self.skip_comments_and_ws(pos)
            c = self.src[pos:pos + 1]
            if c == ']':
                return pos + 1, array
            if c != ',':
                self.fail(pos, 'Unclosed array')
            pos = self.skip_comments_and_ws(pos + 1)
            if self.src.startswith(']', pos):
                return pos + 1, array

    def parse_inline_table(self, pos):
        pos = self.skip(pos + 1, _WS)
        table = {}
        frozen = _Flags()
        if self.src.startswith('}', pos):
            return pos + 1, table
        while True:
            pos, key, value = self.parse_key_value(pos)
            parent_key, stem = key[:-1], key[-1]
            if frozen.is_(key, _Flags.FROZEN):
                self.fail(pos, 'Cannot mutate immutable namespace %s' % (key,))
            cont = table
            try:
                for k in parent_key:
                    cont = cont.setdefault(k, {})
                    if not isinstance(cont, dict):
                        raise KeyError(k)
            except KeyError:
                self.fail(pos, 'Cannot overwrite a value')
            if stem in cont:
                self.fail(pos, 'Duplicate inline table key %r' % stem)
            cont[stem] = value
            pos = self.skip(pos, _WS)
            c = self.src[pos:pos + 1]
            if c == '}':
                return pos + 1, table
            if c != ',':
                self.fail(pos, 'Unclosed inline table')
            if isinstance(value, (dict, list)):
                frozen.set(key, _Flags.FROZEN, recursive=True)
            pos = self.skip(pos + 1, _WS)

    def skip_until(self, pos, expect, illegal):
        # the position of expect; an illegal character before it, or no expect at all, is an error
        src = self.src
        end = src.find(expect, pos)
        if end < 0:
            self.fail(len(src), 'Expected %r' % expect)
        for i in range(pos, end):
            if src[i] in illegal:
                self.fail(i, 'Found invalid character %r' % src[i])
        return end

    def parse_literal_str(self, pos):
        end = self.skip_until(pos + 1, "'", _ILLEGAL_BASIC)
        return end + 1, self.src[pos + 1:end]

    def parse_one_line_basic_str(self, pos):
        return self.parse_basic_str(pos + 1, multiline=False)

    def parse_multiline_str(self, pos, literal):
        pos += 3
        if self.src.startswith('\n', pos):
            pos += 1
        if literal:
            end = self.skip_until(pos, "'''", _ILLEGAL_MULTI)
            result = self.src[pos:end]
            pos = end + 3
            delim = "'"
        else:
            pos, result = self.parse_basic_str(pos, multiline=True)
            delim = '"'
        # up to two quotes right after the closing delimiter belong to the string
        if not self.src.startswith(delim, pos):
            return pos, result
        pos += 1
        if not self.src.startswith(delim, pos):
            return pos, result + delim
        return pos + 1, result + delim * 2

    def parse_basic_str(self, pos, multiline):
        src = self.src
        illegal = _ILLEGAL_MULTI if multiline else _ILLEGAL_BASIC
        out = []
        start = pos
        while True:
            if pos >= len(src):
                self.fail(pos, 'Unterminated string')
            c = src[pos]
            if c == '"':
                if not multiline:
                    return pos + 1, ''.join(out) + src[start:pos]
                if src.startswith('"""', pos):
                    return pos + 3, ''.join(out) + src[start:pos]
                pos += 1
                continue
            if c == '\\':
                out.append(src[start:pos])
                pos, text = self.parse_escape(pos, multiline)
                out.append(text)
                start = pos
                continue
            if c in illegal:
                self.fail(pos, 'Illegal character %r' % c)
            pos += 1

    def parse_escape(self, pos, multiline):
        src = self.src
        esc = src[pos:pos + 2]
        pos += 2
        if multiline and esc in ('\\ ', '\\\t', '\\\n'):
            # a line-ending backslash: the newline and the whitespace after it go
            if esc != '\\\n':
                pos = self.skip(pos, _WS)
                if not src.startswith('\n', pos):
                    self.fail(pos, "Unescaped '\\' in a string")
                pos += 1
            return self.skip(pos, _WS_NL), ''
        if esc == '\\u':
            return self.parse_hex_char(pos, 4)
        if esc == '\\U':
            return self.parse_hex_char(pos, 8)
        try:
            return pos, _ESCAPES[esc]
        except KeyError:
            self.fail(pos, "Unescaped '\\' in a string")

    def parse_hex_char(self, pos, n):
        digits = self.src[pos:pos + n]
        if len(digits) != n or not _HEX.issuperset(digits):
            self.fail(pos, 'Invalid hex value')
        pos += n
        cp = int(digits, 16)
        if not (0 <= cp <= 0xD7FF or 0xE000 <= cp <= 0x10FFFF):
            self.fail(pos, 'Escaped character is not a Unicode scalar value')
        return pos, chr(cp)


def loads(s, /, *, parse_float=float):
    src = s.replace('\r\n', '\n')
    if parse_float is float:
        parse_float = float
    return _Parser(src, parse_float).parse()


def load(fp, /, *, parse_float=float):
    b = fp.read()
    try:
        s = b.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use %sopen('foo.toml', 'rb')%s" % (chr(96), chr(96))) from None
    return loads(s, parse_float=parse_float)
`;
