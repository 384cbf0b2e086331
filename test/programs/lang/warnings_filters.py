# the filter list: defaults, filterwarnings/simplefilter ordering, matching, resetwarnings, argument checks
import warnings

for f in warnings.filters:
    print(f[0], f[1], f[2].__name__, f[3], f[4])

warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("ignore", RuntimeWarning)
warnings.filterwarnings("error", message="bad.*thing", category=UserWarning)
warnings.filterwarnings("always", module="__main__", lineno=3)
warnings.simplefilter("once", append=True)
for f in warnings.filters:
    print(f[0], repr(f[1]), f[2].__name__, repr(f[3]), f[4])
# a duplicate moves to the front rather than being added twice
warnings.simplefilter("ignore", RuntimeWarning)
print([f[0] for f in warnings.filters], len(warnings.filters))
warnings.simplefilter("once", append=True)
print(len(warnings.filters))
pat = [f[1] for f in warnings.filters if f[1] is not None][0]
print(pat.pattern, pat == pat)


def check(message, category=UserWarning):
    with warnings.catch_warnings(record=True) as w:
        warnings.resetwarnings()
        warnings.simplefilter("always")
        warnings.filterwarnings("error", message="bad.*thing")
        warnings.filterwarnings("ignore", message="quiet")
        warnings.filterwarnings("ignore", category=DeprecationWarning)
        try:
            warnings.warn(message, category)
        except Warning as e:
            return "raised " + type(e).__name__ + ": " + str(e)
    return "recorded %d" % len(w)


print(check("bad thing"))
print(check("BAD other thing"))
print(check("a bad thing"))
print(check("Quiet please"))
print(check("not quiet"))
print(check("deprecated", DeprecationWarning))
print(check("pending", PendingDeprecationWarning))

# module regexes match the module name (here __main__) from the start
for pattern in ["__main__", "__ma", "main", "x", "__main__$"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        warnings.filterwarnings("ignore", module=pattern)
        warnings.warn("m")
    print(pattern, len(w))

# lineno filters
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", lineno=58)
    warnings.warn("line 58")
    warnings.warn("line 59")
print([x.lineno for x in w])

# category subclasses match their base's filter
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.simplefilter("always", Warning)
    warnings.filterwarnings("ignore", category=UserWarning)
    warnings.warn("user")
    warnings.warn("runtime", RuntimeWarning)
    warnings.warn("bytes", BytesWarning)
print([x.category.__name__ for x in w])

for bad in [
    lambda: warnings.filterwarnings("bogus"),
    lambda: warnings.simplefilter("nope"),
    lambda: warnings.filterwarnings("ignore", 5),
    lambda: warnings.filterwarnings("ignore", category=5),
    lambda: warnings.filterwarnings("ignore", category=int),
    lambda: warnings.filterwarnings("ignore", module=3),
    lambda: warnings.filterwarnings("ignore", lineno=-1),
    lambda: warnings.simplefilter("ignore", lineno="a"),
    lambda: warnings.warn("x", str),
    lambda: warnings.warn("x", 5),
]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__ + ":", e)

print(warnings.defaultaction, warnings.onceregistry)
print(warnings.__all__)
print(sorted(n for n in dir(warnings) if not n.startswith("_")))
