/**
 * `numpy.lib.recfunctions`: helpers over structured arrays, written in Python over the structured-dtype
 * support of the array core. Fields are walked recursively: nested structured fields and sub-array
 * fields flatten to their leaf elements in dtype order (structured_to_unstructured and back,
 * apply_along_fields, get_names_flat), and the reshaping helpers (drop_fields, rename_fields,
 * repack_fields, require_fields, assign_fields_by_name, merge_arrays, append_fields) rebuild dtypes and
 * copy field by field, padding shorter inputs of merge_arrays with `fill_value` as NumPy does.
 *
 * stack_arrays fills the fields an input lacks with `defaults` or the masked-array fill value of the
 * field's type. join_by pairs records by key the way NumPy does (both inputs' keys sorted together,
 * neighbours with one key matched) and fills what an outer join lacks like stack_arrays. Masked results
 * (usemask=True of append_fields, merge_arrays, stack_arrays and join_by) need structured masked arrays,
 * which numpy.ma here does not have: those raise NotImplementedError.
 */
export const source = String.raw`
import numpy as np

__all__ = ['append_fields', 'apply_along_fields', 'assign_fields_by_name', 'drop_fields',
           'flatten_descr', 'get_names', 'get_names_flat', 'join_by', 'merge_arrays', 'rec_join',
           'rename_fields', 'rec_append_fields', 'rec_drop_fields', 'repack_fields', 'require_fields', 'stack_arrays',
           'structured_to_unstructured', 'unstructured_to_structured']


def get_names(adtype):
    names = []
    for name in adtype.names:
        sub = adtype[name]
        names.append((name, tuple(get_names(sub))) if sub.names is not None else name)
    return tuple(names)


def get_names_flat(adtype):
    names = []
    for name in adtype.names:
        names.append(name)
        sub = adtype[name]
        if sub.names is not None:
            names.extend(get_names_flat(sub))
    return tuple(names)


def flatten_descr(ndtype):
    if ndtype.names is None:
        return (('', ndtype),)
    out = []
    for name in ndtype.names:
        sub = ndtype.fields[name][0]
        if sub.names is not None:
            out.extend(flatten_descr(sub))
        else:
            out.append((name, sub))
    return tuple(out)


def _leaves(dt, path=()):
    # (field path, element dtype, element count) of every leaf, in dtype order
    for name in dt.names:
        sub = dt.fields[name][0]
        base, shape = (sub.base, sub.shape) if sub.shape else (sub, ())
        if base.names is not None:
            for _ in range(int(np.prod(shape))):
                yield from _leaves(base, path + (name,))
        else:
            yield path + (name,), base, int(np.prod(shape))


def _flat_fields(dt, path=()):
    # (field path, dtype) of the fields once nested structures are opened (sub-arrays stay whole)
    for name in dt.names:
        sub = dt.fields[name][0]
        if sub.names is not None:
            yield from _flat_fields(sub, path + (name,))
        else:
            yield path + (name,), sub


def _field(arr, path):
    for name in path:
        arr = arr[name]
    return arr


def structured_to_unstructured(arr, dtype=None, copy=False, casting='unsafe'):
    if arr.dtype.names is None:
        raise ValueError('arr must be a structured array')
    leaves = list(_leaves(arr.dtype))
    if dtype is None:
        dtype = np.result_type(*[base for _, base, _ in leaves])
    parts = [_field(arr, path).reshape(arr.shape + (count,)).astype(dtype, casting=casting)
             for path, base, count in leaves]
    if not parts:
        return np.empty(arr.shape + (0,), dtype=dtype)
    return np.concatenate(parts, axis=-1)


def unstructured_to_structured(arr, dtype=None, names=None, align=False, copy=False, casting='unsafe'):
    if arr.shape == ():
        raise ValueError('arr must have at least one dimension')
    n_elem = arr.shape[-1]
    if n_elem == 0:
        raise NotImplementedError('last axis with size 0 is not supported')
    if dtype is None:
        if names is None:
            names = ['f{}'.format(n) for n in range(n_elem)]
        dtype = np.dtype([(n, arr.dtype) for n in names], align=align)
    else:
        if names is not None:
            raise ValueError("don't supply both dtype and names")
        dtype = np.dtype(dtype)
    leaves = list(_leaves(dtype))
    if sum(count for _, _, count in leaves) != n_elem:
        raise ValueError('The length of the last dimension of arr must be equal to the number of fields in dtype')
    out = np.empty(arr.shape[:-1], dtype=dtype)
    start = 0
    for path, base, count in leaves:
        target = _field(out, path)
        target[...] = arr[..., start:start + count].reshape(target.shape).astype(base, casting=casting)
        start += count
    return out


def apply_along_fields(func, arr):
    if arr.dtype.names is None:
        raise ValueError('arr must be a structured array')
    return func(structured_to_unstructured(arr), axis=-1)


def assign_fields_by_name(dst, src, zero_unassigned=True):
    if dst.dtype.names is None:
        dst[...] = src
        return
    for name in dst.dtype.names:
        if name not in src.dtype.names:
            if zero_unassigned:
                dst[name] = 0
        else:
            assign_fields_by_name(dst[name], src[name], zero_unassigned)


def require_fields(array, required_dtype):
    out = np.empty(array.shape, dtype=required_dtype)
    assign_fields_by_name(out, array)
    return out


def repack_fields(a, align=False, recurse=False):
    if not isinstance(a, np.dtype):
        return a.astype(repack_fields(a.dtype, align=align, recurse=recurse), copy=False)
    if a.names is None:
        return a
    fields = []
    for name in a.names:
        sub = a.fields[name][0]
        fields.append((name, repack_fields(sub, align, recurse) if recurse else sub))
    return np.dtype(fields, align=align)


def _without(dt, drop):
    fields = []
    for name in dt.names:
        if name in drop:
            continue
        sub = dt[name]
        if sub.names is not None:
            kept = _without(sub, drop)
            if kept:
                fields.append((name, kept))
        else:
            fields.append((name, sub))
    return fields


def _fill(src, dst):
    for name in dst.dtype.names:
        if dst.dtype[name].names is not None:
            _fill(src[name], dst[name])
        else:
            dst[name] = src[name]


def drop_fields(base, drop_names, usemask=True, asrecarray=False):
    drop = {drop_names} if isinstance(drop_names, str) else set(drop_names)
    out = np.empty(base.shape, dtype=_without(base.dtype, drop))
    if out.dtype.names:
        _fill(base, out)
    return out.view(np.recarray) if asrecarray else out


def _renamed(dt, mapper):
    fields = []
    for name in dt.names:
        sub = dt[name]
        fields.append((mapper.get(name, name), _renamed(sub, mapper) if sub.names is not None else sub))
    return fields


def rename_fields(base, namemapper):
    return base.view(_renamed(base.dtype, namemapper))


def _pad_fill(column, size, fill_value):
    if len(column) == size:
        return column
    out = np.empty(size, dtype=column.dtype)
    if column.dtype.names is None:
        out[...] = fill_value
    out[:len(column)] = column
    return out


def merge_arrays(seqarrays, fill_value=-1, flatten=False, usemask=False, asrecarray=False):
    if usemask:
        raise NotImplementedError('merge_arrays(usemask=True): masked structured arrays are not supported')
    if isinstance(seqarrays, np.ndarray):
        seqarrays = (seqarrays,)
    arrays = [np.asanyarray(a).ravel() for a in seqarrays]
    size = max(len(a) for a in arrays)
    fields, columns = [], []
    for i, a in enumerate(arrays):
        if a.dtype.names is None:
            fields.append(('f{}'.format(len(fields)), a.dtype))
            columns.append(a)
        elif flatten:
            for path, sub in _flat_fields(a.dtype):
                fields.append((path[-1], sub))
                columns.append(_field(a, path))
        else:
            for name in a.dtype.names:
                fields.append((name, a.dtype[name]))
                columns.append(a[name])
    out = np.empty(size, dtype=fields)
    for (name, *_), column in zip(fields, columns):
        out[name] = _pad_fill(column, size, fill_value)
    return out.view(np.recarray) if asrecarray else out


def append_fields(base, names, data, dtypes=None, fill_value=-1, usemask=True, asrecarray=False):
    if usemask:
        raise NotImplementedError('append_fields(usemask=True): masked structured arrays are not supported')
    if isinstance(names, str):
        names, data = [names], [data]
        dtypes = None if dtypes is None else [dtypes]
    elif isinstance(data, np.ndarray) and data.dtype.names is None:
        data = [data]
    if len(names) != len(data):
        raise ValueError('The number of arrays does not match the number of names')
    if dtypes is None:
        data = [np.asanyarray(d) for d in data]
    else:
        if not isinstance(dtypes, (tuple, list)):
            dtypes = [dtypes]
        if len(data) != len(dtypes):
            if len(dtypes) == 1:
                dtypes = dtypes * len(data)
            else:
                raise ValueError('The dtypes argument must be None, a dtype, or a list.')
        data = [np.asanyarray(d, dtype=t) for d, t in zip(data, dtypes)]
    columns = [d.ravel().view([(n, d.dtype)]) for n, d in zip(names, data)]
    base = np.asanyarray(base)
    if base.dtype.names is None:
        base = base.ravel().view([('f0', base.dtype)])
    return merge_arrays([base] + columns, fill_value=fill_value, usemask=False, asrecarray=asrecarray)


def rec_append_fields(base, names, data, dtypes=None):
    return append_fields(base, names, data=data, dtypes=dtypes, asrecarray=True, usemask=False)


def rec_drop_fields(base, drop_names):
    return drop_fields(base, drop_names, usemask=False, asrecarray=True)


def stack_arrays(arrays, defaults=None, usemask=True, asrecarray=False, autoconvert=False):
    if isinstance(arrays, np.ndarray):
        return arrays
    if len(arrays) == 1:
        return arrays[0]
    if usemask:
        raise NotImplementedError('stack_arrays(usemask=True): masked structured arrays are not supported')
    seqarrays = [np.asanyarray(a).ravel() for a in arrays]
    # the fields of the first input, then each new field of the others in order
    fields = []
    for a in seqarrays:
        for name, dt in (_fields_of(a.dtype)):
            known = [f[0] for f in fields]
            if name not in known:
                fields.append((name, dt))
                continue
            i = known.index(name)
            if autoconvert:
                fields[i] = (name, max(dt, fields[i][1]))
            elif dt != fields[i][1]:
                raise TypeError("Incompatible type '%s' <> '%s'" % (fields[i][1], dt))
    if len(fields) == 1:
        out = np.concatenate(seqarrays)
    else:
        out = np.empty(sum(len(a) for a in seqarrays), dtype=fields)
        defaults = defaults or {}
        for name, dt in fields:
            out[name] = _default(defaults, name, dt)
        start = 0
        for a in seqarrays:
            stop = start + len(a)
            if a.dtype.names is None:
                out[fields[0][0]][start:stop] = a
            else:
                for name in a.dtype.names:
                    out[name][start:stop] = a[name]
            start = stop
    return out.view(np.recarray) if asrecarray else out


def join_by(key, r1, r2, jointype='inner', r1postfix='1', r2postfix='2', defaults=None,
            usemask=True, asrecarray=False):
    if jointype not in ('inner', 'outer', 'leftouter'):
        raise ValueError("The 'jointype' argument should be in 'inner', 'outer' or 'leftouter' "
                         "(got '%s' instead)" % jointype)
    if isinstance(key, str):
        key = (key,)
    for n, name in enumerate(key):
        if name in key[n + 1:]:
            raise ValueError('duplicate join key %r' % name)
    for name in key:
        if name not in r1.dtype.names:
            raise ValueError('r1 does not have key field %r' % name)
        if name not in r2.dtype.names:
            raise ValueError('r2 does not have key field %r' % name)
    if usemask:
        raise NotImplementedError('join_by(usemask=True): masked structured arrays are not supported')
    r1, r2 = r1.ravel(), r2.ravel()
    nb1 = len(r1)
    r1names, r2names = r1.dtype.names, r2.dtype.names
    if (set(r1names) & set(r2names)) - set(key) and not (r1postfix or r2postfix):
        raise ValueError("r1 and r2 contain common names, r1postfix and r2postfix can't both be empty")
    # the keys of both inputs sorted together: a key seen twice in a row is in both
    keys1 = [n for n in r1names if n in key]
    both = np.concatenate((repack_fields(r1[keys1]), repack_fields(r2[keys1].astype(r1[keys1].dtype))))
    order = both.argsort(order=keys1)
    both = both[order]
    inside = np.concatenate(([False], both[1:] == both[:-1]))
    inside[:-1] = inside[1:] | inside[:-1]
    common = order[inside]
    idx1, idx2 = common[common < nb1], common[common >= nb1] - nb1
    n1cmn, n2cmn = len(idx1), len(idx2)
    outside = order[~inside]
    if jointype in ('outer', 'leftouter'):
        idx1 = np.concatenate((idx1, outside[outside < nb1]))
    if jointype == 'outer':
        idx2 = np.concatenate((idx2, outside[outside >= nb1] - nb1))
    n1spc, n2spc = len(idx1) - n1cmn, len(idx2) - n2cmn
    s1, s2 = r1[idx1], r2[idx2]
    # the key fields, r1's other fields, then r2's; a shared non-key name takes the postfixes
    fields = [(n, r1.dtype[n]) for n in keys1] + [(n, r1.dtype[n]) for n in r1names if n not in key]
    for name in r2names:
        dt = r2.dtype[name]
        names = [f[0] for f in fields]
        if name not in names:
            fields.append((name, dt))
            continue
        i = names.index(name)
        if name in key:
            fields[i] = (name, fields[i][1] if np.can_cast(dt, fields[i][1]) else dt)
        else:
            fields[i:i + 1] = [(name + r1postfix, fields[i][1]), (name + r2postfix, dt)]
    out = np.empty(max(n1cmn, n2cmn) + n1spc + n2spc, dtype=fields)
    defaults = defaults or {}
    for name, dt in fields:
        out[name] = _default(defaults, name, dt)
    cmn = max(n1cmn, n2cmn)
    names = out.dtype.names
    for name in r1names:
        target = name if name in names and not (name in r2names and not r2postfix and name not in key) else name + r1postfix
        out[target][:n1cmn] = s1[name][:n1cmn]
        if jointype in ('outer', 'leftouter'):
            out[target][cmn:cmn + n1spc] = s1[name][n1cmn:]
    for name in r2names:
        target = name if name in names and not (name in r1names and not r1postfix and name not in key) else name + r2postfix
        out[target][:n2cmn] = s2[name][:n2cmn]
        if jointype == 'outer' and n2spc:
            out[target][-n2spc:] = s2[name][n2cmn:]
    out.sort(order=list(key))
    return out.view(np.recarray) if asrecarray else out


def rec_join(key, r1, r2, jointype='inner', r1postfix='1', r2postfix='2', defaults=None):
    return join_by(key, r1, r2, jointype=jointype, r1postfix=r1postfix, r2postfix=r2postfix,
                   defaults=defaults, usemask=False, asrecarray=True)


def _default(defaults, name, dt):
    # a field's filler: the given default or the masked-array fill value, cast unsafely as NumPy fills
    return np.asarray(defaults.get(name, np.ma.default_fill_value(np.dtype(dt)))).astype(dt)


def _fields_of(dt):
    # (name, dtype) of each top-level field; a plain dtype is the one field 'f0'
    if dt.names is None:
        return [('f0', dt)]
    return [(name, dt[name]) for name in dt.names]
`;
