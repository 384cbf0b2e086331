# %(funcName)s names the Python function that called into logging (CPython's co_name): <module> at the
# top level, the class name in a class body, <lambda>, <listcomp>, <genexpr>, nested functions, methods,
# generators, and a decorator's wrapper
import logging, sys
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
log = logging.getLogger("fn")
log.addHandler(h)
log.propagate = False
def work():
    log.warning("in work")
work()
log.warning("top")
def gen():
    log.warning("in gen")
    yield 1
list(gen())
[log.warning("in comp %d", i) for i in range(1)]
list(log.warning("in genexpr") for _ in "x")
(lambda: log.warning("in lambda"))()
class Q:
    log.warning("class body")
    def __init__(self):
        for i in range(2):
            try:
                log.warning("loop try %d", i)
            except Exception:
                pass
        def inner():
            log.warning("inner")
        inner()
        log.warning("after inner")
Q()
def deco(fn):
    def wrapper(*a):
        log.warning("wrapper of %s", fn.__name__)
        return fn(*a)
    return wrapper
@deco
def decorated():
    log.warning("decorated body")
decorated()
class Filt(logging.Filter):
    def filter(self, record):
        print("filter sees", record.funcName, record.lineno)
        return True
log.addFilter(Filt())
work()
