# try/except/else/finally
def attempt(fn):
    try:
        r = fn()
    except (ValueError, TypeError) as e:
        print("value/type:", type(e).__name__, e)
    except ZeroDivisionError:
        print("zero")
    except Exception as e:
        print("other:", type(e).__name__)
    else:
        print("ok", r)
    finally:
        print("finally")
attempt(lambda: int("x"))
attempt(lambda: 1 + "a")
attempt(lambda: 1 // 0)
attempt(lambda: [][1])
attempt(lambda: 42)
try:
    pass
finally:
    print("bare finally")
def nested():
    try:
        try:
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
nested()
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    print(err)
except NameError:
    print("exception name unbound after except")
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_finally())
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
    finally:
        print("finally after handler raise")
except TypeError as e:
    print("propagated", e)
try:
    raise OSError(2, "No such thing")
except OSError as e:
    print(e.errno, e.strerror)
class Base(Exception): pass
class Derived(Base): pass
try:
    raise Derived("d")
except Base as e:
    print("caught derived via base", type(e).__name__)
try:
    try:
        raise Derived()
    except TypeError:
        print("wrong")
except Exception:
    print("fell through to outer")
try:
    raise
except RuntimeError as e:
    print("bare raise with nothing active:", e)
