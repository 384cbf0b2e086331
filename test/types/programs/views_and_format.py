# dict views are live and set-like; str.format fields, conversions and nested specs
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
d["c"] = 3
print(k, v, it, len(k), "c" in k, 3 in v, ("a", 1) in it)
print(k & {"a", "z"}, k | {"z"} == {"a", "b", "c", "z"}, k - {"a"} == {"b", "c"}, it == {("a", 1), ("b", 2), ("c", 3)})
print(list(reversed(k)), list(reversed(it)), k.isdisjoint({"q"}), sorted(k ^ {"a", "q"}))
del d["a"]
print(list(k), list(v), list(it))
print("{0}-{1}-{0}".format("x", "y"), "{a[1]}/{b.real}".format(a=[5, 6], b=2), "{!r:>6}|{!s:<4}|".format("q", 1))
print("{:{fill}{align}{width}}".format("mid", fill="*", align="^", width=9), "{:>{}}".format("r", 4))
print("{0:.{1}f} {0:.{2}e}".format(3.14159, 2, 3), "{:,d} {:08.3f} {:+}".format(1234567, -3.5, 7))
for bad in ["{", "}", "{0", "{!x}", "{0[}", "{}{0}", "{0:{1:{2}}}"]:
    try:
        bad.format(1, 2, 3)
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print("{name} is {age}".format_map({"name": "Bo", "age": 3}), "{{literal}}".format())
