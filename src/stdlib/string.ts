/**
 * `string`, written in Python (see src/stdlib/index.ts): the character-class constants, capwords and
 * Template ($name / ${name} / $$ substitution) and Formatter (with Python versions of _string's
 * formatter_parser and formatter_field_name_split), as in CPython 3.11.
 */
export const source = String.raw`
whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_' + chr(96) + '{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join([x.capitalize() for x in s.split(sep)])


_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


class Template:
    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def __init_subclass__(cls):
        super().__init_subclass__()

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line ' + str(lineno) + ', col ' + str(colno))

    def _scan(self, lookup, safe):
        t = self.template
        delim = self.delimiter
        dl = len(delim)
        out = []
        i = 0
        n = len(t)
        while True:
            j = t.find(delim, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + dl
            if t.startswith(delim, k):
                out.append(delim)
                i = k + dl
                continue
            if k < n and t[k] == '{':
                e = k + 1
                if e < n and t[e] in _ID_START:
                    e += 1
                    while e < n and t[e] in _ID_CHARS:
                        e += 1
                    if e < n and t[e] == '}':
                        name = t[k + 1:e]
                        out.append(lookup(name, t[j:e + 1]))
                        i = e + 1
                        continue
                if safe:
                    out.append(delim)
                    i = k
                    continue
                self._invalid(k)
            if k < n and t[k] in _ID_START:
                e = k + 1
                while e < n and t[e] in _ID_CHARS:
                    e += 1
                out.append(lookup(t[k:e], t[j:e]))
                i = e
                continue
            if safe:
                out.append(delim)
                i = k
                continue
            self._invalid(k)
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged

        def lookup(name, text):
            return str(mapping[name])
        return self._scan(lookup, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            merged = dict(mapping)
            merged.update(kws)
            mapping = merged

        def lookup(name, text):
            try:
                return str(mapping[name])
            except KeyError:
                return text
        return self._scan(lookup, True)

    def get_identifiers(self):
        ids = []

        def lookup(name, text):
            if name not in ids:
                ids.append(name)
            return ''
        self._scan(lookup, True)
        return ids

    def is_valid(self):
        try:
            self._scan(lambda name, text: '', False)
        except ValueError:
            return False
        return True


def _formatter_parser(s):
    # _string.formatter_parser: (literal_text, field_name, format_spec, conversion) tuples
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ''
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = i >= n
        if markup and c == '}' and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if markup and at_end and c == '{':
            raise ValueError("Single '{' encountered in format string")
        literal = s[start:i]
        if markup:
            if s[i] == c:
                i += 1
                markup = False
            else:
                literal = s[start:i - 1]
        if not markup:
            yield (literal, None, None, None)
            continue
        depth = 1
        fstart = i
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                depth += 1
            elif c == '}':
                depth -= 1
                if depth == 0:
                    break
        if depth:
            raise ValueError("expected '}' before end of string")
        name, spec, conv = _parse_field(s[fstart:i - 1])
        yield (literal, name, spec, conv)


def _parse_field(field):
    n = len(field)
    i = 0
    while i < n:
        c = field[i]
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and field[i] != ']':
                i += 1
            continue
        if c == ':' or c == '!':
            break
        i += 1
    name = field[:i]
    if i >= n:
        return name, '', None
    conv = None
    if field[i] == '!':
        if i + 1 >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conv = field[i + 1]
        i += 2
        if i >= n:
            return name, '', conv
        if field[i] != ':':
            raise ValueError("expected ':' after conversion specifier")
    return name, field[i + 1:], conv


def _as_index(text):
    return int(text) if text.isdigit() and text.isascii() else text


def _formatter_field_name_split(name):
    n = len(name)
    i = 0
    while i < n and name[i] not in '.[':
        i += 1
    return _as_index(name[:i]), _field_name_rest(name, i)


def _field_name_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and name[i] not in '.[':
                i += 1
            if i == start:
                raise ValueError('Empty attribute in format string')
            yield True, name[start:i]
        elif c == '[':
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            if i == start:
                raise ValueError('Empty attribute in format string')
            yield False, _as_index(name[start:i])
            i += 1
            if i < n and name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field specification to automatic field numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return (''.join(result), auto_arg_index)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return (obj, first)
`;
