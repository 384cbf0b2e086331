# The ^ marker under the call that led to the next frame when the callee is computed (a lambda from a
# dict, a function from a list) and the call's result is passed to a builtin method such as
# list.append or dict.setdefault, which cannot have run the Python function itself.
import traceback


def show():
    for line in traceback.format_exc().splitlines()[1:]:
        print(line.replace(__file__, "FILE"))


ops = {"add": lambda a, b: a + b, "div": lambda a, b: a // b}
stack = []
try:
    stack.append(ops["div"](1, 0))
except ZeroDivisionError:
    show()


def half(x):
    return x / 0


handlers = [half]
cache = {}
try:
    cache.setdefault("k", handlers[0](4))
except ZeroDivisionError:
    show()
