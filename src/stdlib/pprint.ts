/**
 * `pprint`, written in Python: pprint/pformat/pp/PrettyPrinter/saferepr/isreadable/isrecursive. An
 * object whose repr fits in the width prints as that repr (dict keys sorted unless sort_dicts=False);
 * otherwise dicts, lists, tuples, sets and frozensets are broken one item per line, indented under
 * their opening bracket, each item formatted the same way within the room left — CPython's layout,
 * including `compact=True` packing of short items and `depth` elision as `...`. Long strings are not
 * split into fragments (CPython splits them at word boundaries); they print as their repr.
 */
export const source = String.raw`
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
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


def _sort_key(item):
    # keys of mixed types fall back to ordering by type name, then id
    return _Safe(item)


class _Safe:
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return ((str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj)))


def _pair_key(pair):
    return (_Safe(pair[0]), _Safe(pair[1]))


class _Out:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        return ''.join(self.parts)


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
        out = _Out()
        self._format(object, out, 0, 0, {}, 0)
        return out.text()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    def _repr(self, object, context, level):
        return self.format(object, context.copy(), self._depth, level)[0]

    def _format(self, object, stream, indent, allowance, context, level):
        objid = id(object)
        if objid in context:
            stream.write('<Recursion on %s with id=%s>' % (type(object).__name__, objid))
            return
        rep = self._repr(object, context, level)
        max_width = self._width - indent - allowance
        if len(rep) > max_width:
            p = self._printer(object)
            if p is not None:
                context[objid] = 1
                p(object, stream, indent, allowance, context, level + 1)
                del context[objid]
                return
        stream.write(rep)

    def _printer(self, object):
        t = type(object)
        if t.__repr__ is dict.__repr__:
            return self._pprint_dict
        if t.__repr__ is list.__repr__:
            return self._pprint_list
        if t.__repr__ is tuple.__repr__:
            return self._pprint_tuple
        if t.__repr__ is set.__repr__ or t.__repr__ is frozenset.__repr__:
            return self._pprint_set
        return None

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        write = stream.write
        write('{')
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        if len(object):
            items = sorted(object.items(), key=_pair_key) if self._sort_dicts else object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        write('}')

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        delimnl = ',\n' + ' ' * indent
        items = list(items)
        last_index = len(items) - 1
        for i, (key, ent) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            write(rep)
            write(': ')
            self._format(ent, stream, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                write(delimnl)

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        endchar = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if type(object) is set:
            stream.write('{')
            endchar = '}'
        else:
            stream.write(type(object).__name__ + '({')
            endchar = '})'
            indent += len(type(object).__name__) + 1
        object = sorted(object, key=_Safe)
        self._format_items(object, stream, indent, allowance + len(endchar), context, level)
        stream.write(endchar)

    def _format_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write((self._indent_per_level - 1) * ' ')
        delimnl = ',\n' + ' ' * indent
        delim = ''
        width = max_width = self._width - indent + 1
        it = iter(items)
        try:
            next_ent = next(it)
        except StopIteration:
            return
        last = False
        while not last:
            ent = next_ent
            try:
                next_ent = next(it)
            except StopIteration:
                last = True
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(ent, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if delim:
                        delim = delimnl
                if width >= w:
                    width -= w
                    write(delim)
                    delim = ', '
                    write(rep)
                    continue
            write(delim)
            delim = delimnl
            self._format(ent, stream, indent, allowance if last else 1, context, level)

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in (str, int, float, complex, bool, bytes, type(None)):
            if typ is int and self._underscore_numbers:
                return '{:_d}'.format(object), True, False
            return repr(object), True, False
        r = getattr(typ, '__repr__', None)
        if r is dict.__repr__ or r is list.__repr__ or r is tuple.__repr__:
            if not object:
                return repr(object), True, False
            objid = id(object)
            if maxlevels and level >= maxlevels:
                return ('{...}' if r is dict.__repr__ else '[...]' if r is list.__repr__ else '(...)'), False, objid in context
            if objid in context:
                return '<Recursion on %s with id=%s>' % (typ.__name__, objid), False, True
            context[objid] = 1
            readable, recursive = True, False
            parts = []
            level += 1
            if r is dict.__repr__:
                items = sorted(object.items(), key=_pair_key) if self._sort_dicts else object.items()
                for k, v in items:
                    krepr, kreadable, krecur = self.format(k, context, maxlevels, level)
                    vrepr, vreadable, vrecur = self.format(v, context, maxlevels, level)
                    parts.append('%s: %s' % (krepr, vrepr))
                    readable = readable and kreadable and vreadable
                    recursive = recursive or krecur or vrecur
                text = '{%s}' % ', '.join(parts)
            else:
                for o in object:
                    orepr, oreadable, orecur = self.format(o, context, maxlevels, level)
                    parts.append(orepr)
                    readable = readable and oreadable
                    recursive = recursive or orecur
                if r is list.__repr__:
                    text = '[%s]' % ', '.join(parts)
                elif len(parts) == 1:
                    text = '(%s,)' % parts[0]
                else:
                    text = '(%s)' % ', '.join(parts)
            del context[objid]
            return text, readable, recursive
        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False
`;
