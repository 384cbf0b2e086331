# An exception raised by the runtime (1/0, d[k], int('z'), a.missing) while an except clause runs gets
# the handled exception as its implicit __context__, as one raised with `raise` does; also when it
# escapes the handler before being caught.
def g():
    return 1 / 0


class Acct:
    pass


try:
    raise ValueError("a")
except ValueError:
    for thunk in (g, lambda: {}["x"], lambda: int("z"), lambda: Acct().missing, lambda: [][1]):
        try:
            thunk()
        except Exception as e:
            print(type(e).__name__, repr(e.__context__), e.__suppress_context__)

try:
    try:
        raise KeyError("outer")
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print("escaped:", repr(e.__context__))

try:
    try:
        raise KeyError("outer")
    except KeyError:
        "a" + 1
except TypeError as e:
    print("escaped:", repr(e.__context__))

try:
    1 / 0
except ZeroDivisionError as e:
    print("outside a handler:", e.__context__)

try:
    raise ValueError("first")
except ValueError:
    print(int("not a number"))
