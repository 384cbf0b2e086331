# explicit __iter__/__next__ calls on builtin iterators, and which special methods builtin types expose
# (hasattr(x, '__iter__') / '__getitem__' / '__next__' as used to tell iterables, sequences and iterators)
nums = [10, 20, 30]
it = nums.__iter__()
print(type(it).__name__, it.__next__(), next(it), it.__iter__() is it, list(it))
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", repr(e))

values = [[1], (1,), {1: 2}, {1}, frozenset([1]), "ab", b"ab", range(2), {1: 2}.keys(), {1: 2}.values(),
          {1: 2}.items(), iter([1]), iter((1,)), iter("a"), iter({1}), iter(range(3)), map(str, [1]),
          zip([1], "a"), enumerate("a"), filter(None, [1]), reversed([1, 2]), reversed("ab"),
          (x for x in [1]), iter(int, 1)]
for obj in values:
    protocol = [d for d in ("__iter__", "__next__", "__len__", "__contains__", "__getitem__") if hasattr(obj, d)]
    first = obj.__iter__().__next__() if hasattr(obj, "__iter__") and obj != iter(int, 1) else None
    print(f"{type(obj).__name__:24} {first!r:8} {protocol}")

print(range(5).__len__(), range(5).__getitem__(-1), range(5).__contains__(3), list(range(3).__iter__()))
e = enumerate("xyz", 1)
print(e.__next__(), e.__next__(), list(e.__iter__()))


def flatten(x):
    out = []
    for item in x:
        if hasattr(item, "__iter__") and not isinstance(item, str):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


print(flatten([1, [2, (3, {4})], range(5, 7), "ab", map(abs, [-8])]))
