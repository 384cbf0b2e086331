# raise, raise from, __cause__, __context__, bare re-raise
try:
    raise ValueError("plain")
except ValueError as e:
    print(type(e).__name__, e, e.args)
try:
    raise KeyError
except KeyError as e:
    print("class raised:", repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "cause:", repr(e.__cause__), type(e.__cause__).__name__)
    print(e.__suppress_context__)
try:
    try:
        int("zz")
    except ValueError:
        raise TypeError("during handling")
except TypeError as e:
    print(e, "cause:", e.__cause__, "context:", type(e.__context__).__name__)
try:
    try:
        {}["k"]
    except KeyError:
        raise LookupError("hidden") from None
except LookupError as e:
    print(e, e.__cause__, e.__suppress_context__)
def reraiser():
    try:
        raise IndexError("inner")
    except IndexError:
        print("handling, re-raising")
        raise
try:
    reraiser()
except IndexError as e:
    print("re-raised:", e)
class MyErr(Exception):
    pass
try:
    raise MyErr("custom", 42)
except Exception as e:
    print(type(e).__name__, e.args, str(e))
err = ValueError("stored")
try:
    raise err
except ValueError as e:
    print(e is err)
