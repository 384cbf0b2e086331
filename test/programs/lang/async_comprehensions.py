# Asynchronous comprehensions in a coroutine: `async for` clauses, `await` in the element, the key, a
# condition or a later iterable, nested comprehensions, and asynchronous generator expressions (which
# make async generators)
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def inc(x):
    await asyncio.sleep(0)
    return x + 1


async def main():
    print([x * 10 async for x in agen(3)])
    print({x: await inc(x) async for x in agen(3)})
    print({await inc(x) for x in range(3)})
    print([await inc(x) for x in range(5) if await inc(x) % 2])
    print([[await inc(y) for y in range(x)] for x in range(3)])
    print([y for x in range(3) async for y in agen(x)])
    print([(x, y) async for x in agen(2) for y in "ab"])
    g = (await inc(x) for x in range(3))
    print(type(g).__name__, [v async for v in g])
    h = (x * 2 async for x in agen(2))
    print(await anext(h), await anext(h), await anext(h, "end"))
    print(await asyncio.gather(*[inc(i) for i in range(3)]))


asyncio.run(main())
