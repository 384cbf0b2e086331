# Generators: the exception an except block handles stays with the generator suspended in it (the
# caller's code does not see it as its context or in sys.exc_info()); send(v) to a just-started
# generator; inspect.getgeneratorstate; yield from, throw, close, StopIteration values
def g():
    try:
        raise ValueError("inner")
    except ValueError:
        yield 1
        yield 2
x = g(); next(x)
try: raise KeyError("k")
except KeyError as e: print(repr(e.__context__))
import sys
print(sys.exc_info()[0])
next(x)
print(sys.exc_info()[0])
def gen3():
    try: yield 1
    except GeneratorExit: yield 2
g3 = gen3(); next(g3)
try: g3.close()
except RuntimeError as e: print("caught", e, repr(e.__context__))
try:
    raise KeyError("later")
except KeyError as e:
    print(repr(e.__context__))
def gen5():
    try: yield 1
    finally: pass
g = gen5(); next(g); g.close()
try: raise ValueError("v")
except ValueError as e: print(repr(e.__context__))
def t(f):
    try: print(f())
    except BaseException as e: print(type(e).__name__ + ":", e)
def g():
    yield 1
    return "done"
it = g(); next(it)
try: next(it)
except StopIteration as e: print("stop value", e.value, repr(e))
def bad():
    yield 1
    raise StopIteration("x")
t(lambda: list(bad()))
def gen2():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
g2 = gen2(); next(g2); g2.close(); t(lambda: next(g2))
def gen3():
    try: yield 1
    except GeneratorExit: yield 2
g3 = gen3(); next(g3); t(lambda: g3.close())
def gen4():
    x = 0
    while True:
        x = yield x * 2
        if x is None: break
g4 = gen4(); print(next(g4), g4.send(3), g4.send(5)); t(lambda: g4.send(None))
t(lambda: gen4().send(1))
import inspect
g5 = g(); print(inspect.getgeneratorstate(g5)); next(g5); print(inspect.getgeneratorstate(g5)); list(g5); print(inspect.getgeneratorstate(g5))
def deleg():
    r = yield from g()
    yield r
print(list(deleg()))
def sub2():
    try:
        yield 1
    except ValueError as e:
        yield f"sub caught {e}"
def outer2():
    yield from sub2()
o = outer2(); next(o); print(o.throw(ValueError("v")))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)), sum(itertools.takewhile(lambda x: x < 100, fib())))
gen_exp = (x * x for x in range(3)); print(list(gen_exp), list(gen_exp))
def running():
    total = 0
    while True:
        v = yield total
        total += v
r = running(); next(r); print([r.send(i) for i in range(5)])
t(lambda: next(iter([])))
t(lambda: g().throw(KeyError, "k"))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
print(list(Countdown(3)), [*Countdown(2)], sorted(Countdown(4)))
def nested():
    for i in range(2):
        for j in range(2):
            yield i, j
print(list(nested()), dict(enumerate(nested())))
async def co(): return 5
import asyncio
print(asyncio.run(co()))
async def main():
    async def w(n): await asyncio.sleep(0); return n * 2
    return await asyncio.gather(w(1), w(2))
print(asyncio.run(main()))
