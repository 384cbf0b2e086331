# Traceback frames of definitions: a class body has a frame of its own, named after the class, under
# the enclosing frame's `class` line; a decorator is evaluated and applied at its own line (^ under the
# decorator), and a decorated function's defaults are evaluated at its `def` line.
import traceback


def show():
    for line in traceback.format_exc().splitlines()[1:]:
        print(line.replace(__file__, "FILE"))


def load(path):
    raise FileNotFoundError(path)


def failing(arg):
    raise ValueError(f"cannot decorate {getattr(arg, '__name__', arg)!r}")


def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco


def keep(f):
    return f


try:
    class Config:
        debug = False
        data = load("cfg.ini")
except FileNotFoundError:
    show()

try:
    class Outer:
        class Inner:
            size = 1 // 0
except ZeroDivisionError:
    show()

try:
    @keep
    @register("a")
    def f():
        pass
except NameError:
    show()

try:
    class Service:
        @staticmethod
        @failing
        def run():
            pass
except ValueError:
    show()

try:
    @keep
    @register(failing(2))
    def g():
        pass
except ValueError:
    show()

try:
    @keep
    def h(x=[1, 2][5]):
        return x
except IndexError:
    show()


def build():
    class Local:
        value = int("x")
    return Local


try:
    build()
except ValueError:
    show()
print(Config.__name__ if "Config" in dir() else "no Config")

try:
    class Retry:
        try:
            limit = int("many")
        except ValueError:
            limit = None
            raise
except ValueError:
    show()
