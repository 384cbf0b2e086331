/**
 * `copy`, written in Python (see src/stdlib/index.ts): shallow and deep copies of builtin containers,
 * class instances (their __dict__ and __slots__), builtin subclasses and NumPy arrays (via .copy()),
 * honouring __copy__/__deepcopy__, a class's own __reduce_ex__/__reduce__ and the deepcopy memo, as
 * CPython 3.11 does.
 */
export const source = String.raw`
class Error(Exception):
    pass


error = Error

_ATOMIC = frozenset({type(None), int, float, bool, complex, str, bytes, type, range, type(len), type(lambda: 0),
                    type(Ellipsis), type(NotImplemented), property})


def _is_ndarray(x):
    t = type(x)
    return t.__name__ == 'ndarray' and getattr(t, '__module__', '') == 'numpy'


def _new_like(x):
    cls = type(x)
    if isinstance(x, (dict, list, set)):
        return object.__new__(cls)
    return object.__new__(cls)


def _copy_state(x, y, copier):
    d = getattr(x, '__dict__', None)
    if d:
        nd = y.__dict__
        for k, v in d.items():
            nd[k] = copier(v)
    for klass in type(x).__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            try:
                value = getattr(x, name)
            except AttributeError:
                continue
            setattr(y, name, copier(value))


def _ident(v):
    return v


def _own_reduction(x):
    # the value of a __reduce_ex__/__reduce__ that a class (not object) defines, else None
    for k in type(x).__mro__:
        if k is object:
            break
        if '__reduce_ex__' in k.__dict__:
            return x.__reduce_ex__(4)
        if '__reduce__' in k.__dict__:
            return x.__reduce__()
    return None


def _from_reduction(x, rv, copier, memo):
    # rebuild x from its reduce value: callable, args, then state, list items and dict items
    if isinstance(rv, str):
        return x
    func, args = rv[0], rv[1]
    rest = tuple(rv[2:]) + (None,) * (5 - len(rv))
    state, listiter, dictiter = rest[0], rest[1], rest[2]
    deep = memo is not None
    if deep:
        args = [copier(a) for a in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = copier(state)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(copier(item))
    if dictiter is not None:
        for key, value in dictiter:
            y[copier(key)] = copier(value)
    return y


def copy(x):
    cls = type(x)
    if cls in _ATOMIC or cls is frozenset or cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if _is_ndarray(x):
        return x.copy()
    if isinstance(x, type):
        return x
    rv = _own_reduction(x)
    if rv is not None:
        return _from_reduction(x, rv, _ident, None)
    return _reconstruct(x, _ident, None)


def _reconstruct(x, copier, memo):
    cls = type(x)
    getnewargs = getattr(cls, '__getnewargs__', None)
    if isinstance(x, tuple):
        if getnewargs is not None:
            args = getnewargs(x)
            if memo is None:
                y = cls.__new__(cls, *args)
            else:
                y = cls.__new__(cls, *[copier(a) for a in args])
        else:
            y = tuple.__new__(cls, [copier(v) for v in x])
    elif isinstance(x, (int, float, str, bytes, frozenset)):
        y = cls.__new__(cls, x)
    else:
        y = object.__new__(cls)
    if memo is not None:
        memo[id(x)] = y
    if isinstance(x, dict):
        for k, v in dict.items(x):
            dict.__setitem__(y, copier(k), copier(v))
    elif isinstance(x, list):
        list.extend(y, [copier(v) for v in x])
    elif isinstance(x, set):
        set.update(y, [copier(v) for v in x])
    setstate = getattr(cls, '__setstate__', None)
    getstate = getattr(cls, '__getstate__', None)
    if setstate is not None and getstate is not None:
        state = getstate(x)
        if memo is not None:
            state = copier(state)
        setstate(y, state)
    else:
        _copy_state(x, y, copier)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        same = True
        for a, b in zip(x, items):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif isinstance(x, type):
        y = x
    else:
        copier = getattr(cls, '__deepcopy__', None)
        if copier is not None:
            y = copier(x, memo)
        elif _is_ndarray(x):
            y = x.copy()
            if x.dtype == object:
                flat = y.reshape(-1)
                for i in range(flat.size):
                    flat[i] = deepcopy(flat[i], memo)
        else:
            def sub(v):
                return deepcopy(v, memo)
            rv = _own_reduction(x)
            if rv is not None:
                y = _from_reduction(x, rv, sub, memo)
            else:
                y = _reconstruct(x, sub, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def replace(obj, /, **changes):
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError('replace() does not support ' + cls.__name__ + ' objects')
    return func(obj, **changes)
`;
