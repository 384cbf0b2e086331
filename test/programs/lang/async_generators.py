# Asynchronous generators (async def with yield): async for over them, __anext__/asend/athrow/aclose,
# the builtins aiter() and anext() (with a default), finally blocks that await, defaults and keyword-only
# parameters, and the RuntimeError for a body raising StopAsyncIteration
import asyncio


async def ticks(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield i * 10
    finally:
        await asyncio.sleep(0)
        print("ticks cleanup", n)


async def countdown(start=3, *, step=1):
    while start > 0:
        yield start
        start -= step


async def echo():
    try:
        while True:
            v = yield
            print("got", v)
    except ValueError as e:
        print("thrown", e)
        yield "after throw"


async def broken():
    yield 1
    raise StopAsyncIteration


async def main():
    async for t in ticks(3):
        print("tick", t)
    it = aiter(ticks(2))
    print(await anext(it), await anext(it), await anext(it, "end"))
    a = ticks(5)
    print(await a.__anext__(), await a.asend(None))
    await a.aclose()
    try:
        await anext(a)
    except StopAsyncIteration:
        print("closed")
    e = echo()
    await anext(e)
    await e.asend(1)
    await e.asend(2)
    print(await e.athrow(ValueError("bad")))
    print([x async for x in countdown()], [x async for x in countdown(6, step=2)])
    print(type(countdown()).__name__, countdown.__name__)
    try:
        async for _ in broken():
            pass
    except RuntimeError as err:
        print("RuntimeError:", err)
    try:
        aiter(5)
    except TypeError as err:
        print("TypeError:", err)
    try:
        await anext(iter([]))
    except TypeError as err:
        print("TypeError:", err)


asyncio.run(main())
