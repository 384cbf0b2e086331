# catch_warnings(record=True): the recorded WarningMessage objects and their attributes
import warnings


def helper():
    warnings.warn("from helper", stacklevel=2)


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("plain message")
    warnings.warn("a deprecation", DeprecationWarning)
    warnings.warn(FutureWarning("instance", 2))
    helper()
    warnings.warn(5)

print(len(w))
for m in w:
    print(m.category.__name__, repr(m.message), str(m.message), m.lineno, m.filename.endswith("warnings_record.py"), m.line, m.file, m.source)
print(type(w[0]).__name__, type(w[0].message).__name__, isinstance(w[0].message, UserWarning))
print(str(w[0]).replace(w[0].filename, "FILE"))
print(w[2].message.args)


class MyWarning(UserWarning):
    pass


with warnings.catch_warnings(record=True) as w2:
    warnings.simplefilter("always")
    warnings.warn("custom", MyWarning)
    warnings.warn(MyWarning("custom instance"))
print([(x.category.__name__, str(x.message)) for x in w2])
print(issubclass(w2[0].category, UserWarning), w2[0].category is MyWarning)

# record=False returns None; the filters are restored on exit
before = list(warnings.filters)
with warnings.catch_warnings() as nothing:
    warnings.simplefilter("ignore")
    print(nothing, len(warnings.filters) == len(before) + 1)
print(warnings.filters == before)

# nested catch_warnings each with its own log
with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    warnings.warn("outer 1")
    with warnings.catch_warnings(record=True) as inner:
        warnings.warn("inner")
    warnings.warn("outer 2")
print([str(x.message) for x in outer], [str(x.message) for x in inner])

# action= and category= arguments (Python 3.11)
with warnings.catch_warnings(record=True, action="ignore", category=UserWarning) as w3:
    warnings.warn("ignored user warning")
    warnings.simplefilter("always", RuntimeWarning)
    warnings.warn("kept", RuntimeWarning)
print([str(x.message) for x in w3])

cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        with cw:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    warnings.catch_warnings(True)
except TypeError as e:
    print("TypeError:", e)

m = warnings.WarningMessage(UserWarning("built"), UserWarning, "f.py", 7)
print(str(m))
print(m.message, m.category.__name__, m.filename, m.lineno, m.line, m._category_name)
