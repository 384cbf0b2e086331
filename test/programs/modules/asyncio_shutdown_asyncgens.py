# asyncio.run closes the async generators still suspended when the main coroutine ends
# (loop.shutdown_asyncgens, fed by the sys.set_asyncgen_hooks firstiter hook), running their finally
# blocks (ones without an await: CPython finalizes a dropped one by throwing into it from a task the
# shutdown cancels); sys.get_asyncgen_hooks() outside a running loop
import asyncio
import sys


async def ticks(name):
    try:
        for i in range(10):
            yield i
    finally:
        print("cleanup", name)


async def main():
    g = ticks("held")
    print(await anext(g), await anext(g))
    done = ticks("finished")
    print([x async for x in done][-1])
    print("main done")


asyncio.run(main())
print(sys.get_asyncgen_hooks())
seen = []
sys.set_asyncgen_hooks(firstiter=seen.append)


async def first():
    a = ticks("hooked")
    await anext(a)
    await a.aclose()


asyncio.run(first())
print(len(seen), sys.get_asyncgen_hooks().firstiter == seen.append)
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print("TypeError:", e)
