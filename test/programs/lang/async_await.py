# async def / await / async for / async with at the language level: coroutine objects driven by
# send() and throw(), custom __await__ iterators, and CPython's errors for misuse
import types
async def add(a, b):
    return a + b
async def main():
    x = await add(1, 2)
    print('x =', x)
    return x * 10
c = main()
print(type(c).__name__, repr(c)[:26], c.__name__, c.__qualname__)
try:
    c.send(None)
except StopIteration as e:
    print('done', e.value)
class Awaitable:
    def __await__(self):
        got = yield 'tick'
        print('resumed with', got)
        return 'awaited!'
async def uses():
    r = await Awaitable()
    return r
co = uses()
print(co.send(None))
try: co.send('hello')
except StopIteration as e: print('result', e.value)
async def bad():
    await 5
try: bad().send(None)
except TypeError as e: print(e)
async def twice():
    c = add(1, 1)
    await c
    await c
try: twice().send(None)
except RuntimeError as e: print(e)
spent = add(1, 2)
try:
    spent.send(None)
except StopIteration:
    pass
try:
    for x in spent: pass
except TypeError as e: print(e)
class AIter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
class ACM:
    async def __aenter__(self): print('enter'); return 'cm'
    async def __aexit__(self, et, ev, tb): print('exit', et.__name__ if et else None); return True
async def loops():
    total = 0
    async for v in AIter(4):
        total += v
    async with ACM() as cm:
        print('inside', cm)
        raise ValueError('swallowed')
    return total
lc = loops()
try: lc.send(None)
except StopIteration as e: print('total', e.value)
async def nonaiter():
    async for x in [1, 2]: pass
try: nonaiter().send(None)
except TypeError as e: print(e)
async def noacm():
    async with open: pass
try: noacm().send(None)
except TypeError as e: print(e)
print(type(add).__name__, add.__name__)
