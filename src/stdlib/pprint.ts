/**
 * `pprint`, written in Python: pprint/pformat/pp/PrettyPrinter/saferepr/isreadable/isrecursive. An
 * object whose one-line repr fits in the room left on its line prints as that repr (dict keys sorted
 * unless sort_dicts=False, nesting past `depth` shown as `...`); otherwise, if its type has a layout,
 * it is spread over several lines the way CPython 3.11 does it. This file holds the public API, the
 * printer's core (fit test, layout choice, the one-line repr) and the layouts of the builtin
 * containers — dicts one `key: value` per line, lists/tuples/sets one item per line (or packed with
 * `compact=True`). The layouts of str/bytes/bytearray (split into fragments), the collections types,
 * dataclasses, SimpleNamespace and mappingproxy live in pprintLayouts.ts, appended to this source.
 */
import { layoutSource } from './pprintLayouts';

const coreSource = String.raw`
import sys as _sys

__all__ = ['pprint', 'pformat', 'isreadable', 'isrecursive', 'saferepr', 'PrettyPrinter', 'pp']


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._flat_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._flat_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._flat_repr(object, {}, None, 0)[2]


class _Ordered:
    # sort wrapper: values that cannot be compared fall back to (type name, id) order
    __slots__ = ['value']

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            return (str(type(self.value)), id(self.value)) < (str(type(other.value)), id(other.value))


def _by_key_then_value(pair):
    return (_Ordered(pair[0]), _Ordered(pair[1]))


class _Sink:
    # collects the written text of one pformat call
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)

    def getvalue(self):
        return ''.join(self.chunks)


def _recursion_marker(obj):
    return '<Recursion on %s with id=%s>' % (type(obj).__name__, id(obj))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else _sys.stdout
        stream.write(self.pformat(object) + '\n')

    def pformat(self, object):
        sink = _Sink()
        self._render(object, sink, 0, 0, {}, 0)
        return sink.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        # overridable hook: (repr text, readable, recursive) of one object
        return self._flat_repr(object, context, maxlevels, level)

    # ---- core: one line if it fits, else the type's layout -------------------------------------

    def _one_line(self, obj, ctx, level):
        return self.format(obj, ctx.copy(), self._depth, level)[0]

    def _render(self, obj, out, col, tail, ctx, level):
        # obj starts at column col; tail columns must stay free after its last line
        key = id(obj)
        if key in ctx:
            out.write(_recursion_marker(obj))
            return
        text = self._one_line(obj, ctx, level)
        if len(text) > self._width - col - tail:
            layout = self._layout_of(obj)
            if layout is not None:
                ctx[key] = 1
                layout(self, obj, out, col, tail, ctx, level + 1)
                del ctx[key]
                return
        out.write(text)

    def _layout_of(self, obj):
        rep = type(obj).__repr__
        try:
            layout = _LAYOUT_BY_REPR.get(rep)
        except TypeError:   # an unhashable __repr__ object
            return None
        if layout is not None:
            return layout
        return _fallback_layout(obj, rep)

    def _dict_pairs(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_by_key_then_value)
        return list(mapping.items())

    def _open(self, out, text):
        # write an opening bracket plus the padding that puts the first item in the item column
        out.write(text)
        if self._indent_per_level > 1:
            out.write(' ' * (self._indent_per_level - 1))

    def _emit_pairs(self, pairs, out, col, tail, ctx, level):
        # 'key: value' entries, one per line, keys starting at column col
        newline = ',\n' + ' ' * col
        last = len(pairs) - 1
        for i, (k, v) in enumerate(pairs):
            if i:
                out.write(newline)
            ktext = self._one_line(k, ctx, level)
            out.write(ktext + ': ')
            self._render(v, out, col + len(ktext) + 2, tail if i == last else 1, ctx, level)

    def _emit_items(self, items, out, col, tail, ctx, level):
        # sequence items at column col: one per line, or packed several a line with compact=True
        newline = ',\n' + ' ' * col
        items = list(items)
        last = len(items) - 1
        line_room = self._width - col + 1
        left = line_room
        before = ''
        for i, item in enumerate(items):
            if i == last:
                line_room -= tail
                left -= tail
            if self._compact:
                text = self._one_line(item, ctx, level)
                cost = len(text) + 2
                if left < cost:
                    left = line_room
                    if before:
                        before = newline
                if left >= cost:
                    left -= cost
                    out.write(before + text)
                    before = ', '
                    continue
            out.write(before)
            before = newline
            self._render(item, out, col, tail if i == last else 1, ctx, level)

    # ---- one-line repr, with depth elision and recursion detection ------------------------------

    def _flat_repr(self, obj, ctx, maxlevels, level):
        typ = type(obj)
        if typ in _SCALARS:
            if typ is int and self._underscore_numbers:
                return '{:_d}'.format(obj), True, False
            return repr(obj), True, False
        rep = getattr(typ, '__repr__', None)
        if rep is dict.__repr__:
            kind = '{'
        elif rep is list.__repr__:
            kind = '['
        elif rep is tuple.__repr__:
            kind = '('
        else:
            text = repr(obj)
            return text, bool(text and not text.startswith('<')), False
        if not obj:
            return repr(obj), True, False
        key = id(obj)
        if maxlevels and level >= maxlevels:
            inner = '...,' if kind == '(' and len(obj) == 1 else '...'
            return kind + inner + _CLOSER[kind], False, key in ctx
        if key in ctx:
            return _recursion_marker(obj), False, True
        ctx[key] = 1
        readable = True
        recursive = False
        level += 1
        parts = []
        if kind == '{':
            for k, v in self._dict_pairs(obj):
                ktext, kread, krec = self.format(k, ctx, maxlevels, level)
                vtext, vread, vrec = self.format(v, ctx, maxlevels, level)
                parts.append(ktext + ': ' + vtext)
                readable = readable and kread and vread
                recursive = recursive or krec or vrec
        else:
            for item in obj:
                itext, iread, irec = self.format(item, ctx, maxlevels, level)
                parts.append(itext)
                readable = readable and iread
                recursive = recursive or irec
        del ctx[key]
        body = ', '.join(parts)
        if kind == '(' and len(parts) == 1:
            body += ','
        return kind + body + _CLOSER[kind], readable, recursive


_SCALARS = (str, int, float, complex, bool, bytes, type(None))
_CLOSER = {'{': '}', '[': ']', '(': ')'}


# ---- layouts of the builtin containers: f(printer, obj, out, col, tail, ctx, level) --------------

def _dict_layout(p, obj, out, col, tail, ctx, level):
    p._open(out, '{')
    if len(obj):
        p._emit_pairs(p._dict_pairs(obj), out, col + p._indent_per_level, tail + 1, ctx, level)
    out.write('}')


def _list_layout(p, obj, out, col, tail, ctx, level):
    p._open(out, '[')
    p._emit_items(obj, out, col + p._indent_per_level, tail + 1, ctx, level)
    out.write(']')


def _tuple_layout(p, obj, out, col, tail, ctx, level):
    close = ',)' if len(obj) == 1 else ')'
    p._open(out, '(')
    p._emit_items(obj, out, col + p._indent_per_level, tail + len(close), ctx, level)
    out.write(close)


def _set_layout(p, obj, out, col, tail, ctx, level):
    if not len(obj):
        out.write(repr(obj))
        return
    if type(obj) is set:
        opener, close = '{', '}'
    else:
        opener, close = type(obj).__name__ + '({', '})'
        col += len(opener) - 1
    p._open(out, opener)
    p._emit_items(sorted(obj, key=_Ordered), out, col + p._indent_per_level, tail + len(close), ctx, level)
    out.write(close)


_LAYOUT_BY_REPR = {
    dict.__repr__: _dict_layout,
    list.__repr__: _list_layout,
    tuple.__repr__: _tuple_layout,
    set.__repr__: _set_layout,
    frozenset.__repr__: _set_layout,
}
`;

export const source = coreSource + layoutSource;
