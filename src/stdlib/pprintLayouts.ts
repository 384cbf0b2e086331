/**
 * The second half of the `pprint` source (appended to pprint.ts): multi-line layouts, derived from
 * what CPython 3.11 prints, for the types beyond the builtin containers.
 *  - str (and UserString): cut into fragments at line ends and after runs of whitespace, each
 *    fragment as long as its repr fits the room; shown as adjacent literals one per line, wrapped in
 *    parentheses when the string is the top-level object. bytes likewise, cut in 4-byte steps;
 *    bytearray as `bytearray(<fragments>)`.
 *  - OrderedDict as `Name([(k, v), ...])`, defaultdict as `Name(factory,\n{...})`, Counter as a dict
 *    in most_common() order, deque as a list plus `maxlen=...` on its own line, ChainMap one map per
 *    line, mappingproxy around its mapping's layout, UserDict/UserList as their data.
 *  - dataclasses (whose generated __repr__ is in use) and SimpleNamespace as `Name(field=value, ...)`
 *    one field per line, values laid out under their field.
 * Each layout is f(printer, obj, out, col, tail, ctx, level), registered by the type's __repr__ (the
 * collections/types ones once those modules are loaded, so `import pprint` stays cheap).
 */
export const layoutSource = String.raw`


# ---- str / bytes / bytearray: fragments of adjacent literals --------------------------------------

def _words(line):
    # runs of non-space characters, each with the whitespace that follows it
    found = []
    n = len(line)
    start = 0
    while start < n:
        stop = start
        while stop < n and not line[stop].isspace():
            stop += 1
        while stop < n and line[stop].isspace():
            stop += 1
        found.append(line[start:stop])
        start = stop
    return found


def _greedy_fragments(runs, room, final_room):
    # runs: one list of pieces per source line; pieces of a line are joined while the repr of the
    # joined text stays within room (final_room for the very last piece of the last line)
    frags = []
    last_run = len(runs) - 1
    for r, pieces in enumerate(runs):
        current = None
        last_piece = len(pieces) - 1
        for k, piece in enumerate(pieces):
            if current is None:
                current = piece
                continue
            limit = final_room if (r == last_run and k == last_piece) else room
            joined = current + piece
            if len(repr(joined)) > limit:
                frags.append(current)
                current = piece
            else:
                current = joined
        if current is not None:
            frags.append(current)
    return frags


def _write_fragments(p, runs, whole, out, col, tail, parens, spare_last=True):
    # spare_last=False: the last piece may use the whole line, ignoring what must follow it (what
    # CPython does for bytes whose length is a multiple of 4)
    if parens:
        col += 1
        tail += 1
    room = p._width - col
    frags = _greedy_fragments(runs, room, room - tail if spare_last else room)
    if len(frags) < 2:
        out.write(whole)
        return
    body = ('\n' + ' ' * col).join([repr(f) for f in frags])
    out.write('(' + body + ')' if parens else body)


def _str_layout(p, obj, out, col, tail, ctx, level):
    text = obj if isinstance(obj, str) else obj.data
    runs = [_words(line) for line in text.splitlines(True)]
    _write_fragments(p, runs, repr(text), out, col, tail, level == 1)


def _byte_runs(data):
    return [[data[i:i + 4] for i in range(0, len(data), 4)]]


def _bytes_layout(p, obj, out, col, tail, ctx, level):
    data = bytes(obj)
    _write_fragments(p, _byte_runs(data), repr(data), out, col, tail, level == 1, len(data) % 4 != 0)


def _bytearray_layout(p, obj, out, col, tail, ctx, level):
    data = bytes(obj)
    out.write('bytearray(')
    _write_fragments(p, _byte_runs(data), repr(data), out, col + 10, tail + 1, False, len(data) % 4 != 0)
    out.write(')')


# ---- collections ---------------------------------------------------------------------------------

def _ordereddict_layout(p, obj, out, col, tail, ctx, level):
    if not len(obj):
        out.write(repr(obj))
        return
    name = type(obj).__name__
    out.write(name + '(')
    p._render(list(obj.items()), out, col + len(name) + 1, tail + 1, ctx, level)
    out.write(')')


def _defaultdict_layout(p, obj, out, col, tail, ctx, level):
    if not len(obj):
        out.write(repr(obj))
        return
    name = type(obj).__name__
    inner = col + len(name) + 1
    out.write(name + '(' + p._one_line(obj.default_factory, ctx, level) + ',\n' + ' ' * inner)
    _dict_layout(p, obj, out, inner, tail + 1, ctx, level)
    out.write(')')


def _counter_layout(p, obj, out, col, tail, ctx, level):
    if not len(obj):
        out.write(repr(obj))
        return
    name = type(obj).__name__
    out.write(name + '(')
    p._open(out, '{')
    p._emit_pairs(obj.most_common(), out, col + len(name) + 1 + p._indent_per_level, tail + 2, ctx, level)
    out.write('})')


def _deque_layout(p, obj, out, col, tail, ctx, level):
    if not len(obj):
        out.write(repr(obj))
        return
    name = type(obj).__name__
    inner = col + len(name) + 1
    out.write(name + '(')
    if obj.maxlen is None:
        _list_layout(p, obj, out, inner, tail + 1, ctx, level)
        out.write(')')
    else:
        _list_layout(p, obj, out, inner, 1, ctx, level)
        out.write(',\n' + ' ' * inner + 'maxlen=' + str(obj.maxlen) + ')')


def _chainmap_layout(p, obj, out, col, tail, ctx, level):
    name = type(obj).__name__
    inner = col + len(name) + 1
    out.write(name + '(')
    maps = list(obj.maps)
    last = len(maps) - 1
    for i, m in enumerate(maps):
        if i:
            out.write(',\n' + ' ' * inner)
        p._render(m, out, inner, tail + 1 if i == last else 1, ctx, level)
    out.write(')')


def _mappingproxy_layout(p, obj, out, col, tail, ctx, level):
    out.write('mappingproxy(')
    p._render(obj.copy(), out, col + 13, tail + 1, ctx, level)
    out.write(')')


def _wrapper_layout(p, obj, out, col, tail, ctx, level):
    # UserDict / UserList print exactly as their underlying data would at the wrapper's own level
    p._render(obj.data, out, col, tail, ctx, level - 1)


# ---- dataclasses and SimpleNamespace: Name(field=value, ...) ------------------------------------

def _keyword_layout(p, name, pairs, out, col, tail, ctx, level):
    out.write(name + '(')
    col += len(name) + 1
    last = len(pairs) - 1
    for i, (field, value) in enumerate(pairs):
        if i:
            out.write(',\n' + ' ' * col)
        out.write(field + '=')
        if id(value) in ctx:
            out.write('...')   # a field pointing back to an enclosing object
        else:
            # like CPython, the closing ')' is not reserved after the last value
            p._render(value, out, col + len(field) + 1, tail if i == last else 1, ctx, level)
    out.write(')')


def _namespace_layout(p, obj, out, col, tail, ctx, level):
    plain = type(obj) is _sys.modules['types'].SimpleNamespace
    name = 'namespace' if plain else type(obj).__name__
    _keyword_layout(p, name, list(obj.__dict__.items()), out, col, tail, ctx, level)


def _dataclass_layout(p, obj, out, col, tail, ctx, level):
    import dataclasses
    shown = [(f.name, getattr(obj, f.name)) for f in dataclasses.fields(obj) if f.repr]
    _keyword_layout(p, type(obj).__name__, shown, out, col, tail, ctx, level)


def _generated_dataclass_repr(fn):
    # dataclasses marks the __repr__ it writes; a hand-written __repr__ keeps its own output
    return bool(getattr(fn, '__dataclass_repr__', False))


def _fallback_layout(obj, rep):
    if _waiting and _register_loaded():
        layout = _LAYOUT_BY_REPR.get(rep)
        if layout is not None:
            return layout
    params = getattr(type(obj), '__dataclass_params__', None)
    if params is not None and params.repr and _generated_dataclass_repr(rep):
        return _dataclass_layout
    return None


# ---- registration ----------------------------------------------------------------------------------
# The collections and types layouts are registered once those modules have been imported by someone
# (an object of their types cannot exist before), so importing pprint does not import them.

def _collections_layouts(m):
    return {
        m.OrderedDict.__repr__: _ordereddict_layout,
        m.defaultdict.__repr__: _defaultdict_layout,
        m.Counter.__repr__: _counter_layout,
        m.deque.__repr__: _deque_layout,
        m.ChainMap.__repr__: _chainmap_layout,
        m.UserDict.__repr__: _wrapper_layout,
        m.UserList.__repr__: _wrapper_layout,
        m.UserString.__repr__: _str_layout,
    }


def _types_layouts(m):
    return {
        m.SimpleNamespace.__repr__: _namespace_layout,
        m.MappingProxyType.__repr__: _mappingproxy_layout,
    }


_waiting = {'collections': _collections_layouts, 'types': _types_layouts}


def _register_loaded():
    added = False
    for name in list(_waiting):
        module = _sys.modules.get(name)
        if module is not None:
            _LAYOUT_BY_REPR.update(_waiting.pop(name)(module))
            added = True
    return added


_LAYOUT_BY_REPR.update({
    str.__repr__: _str_layout,
    bytes.__repr__: _bytes_layout,
    bytearray.__repr__: _bytearray_layout,
})
`;
