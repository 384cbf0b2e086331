# contextlib: AbstractAsyncContextManager, AsyncContextDecorator, async nullcontext
import asyncio, contextlib
class Conn(contextlib.AbstractAsyncContextManager):
    def __init__(self, name): self.name = name
    async def __aexit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
class Timer(contextlib.AsyncContextDecorator):
    async def __aenter__(self): print("start"); return self
    async def __aexit__(self, *exc): print("stop"); return False
@Timer()
async def job(x):
    print("job", x); return x + 1
async def main():
    async with Conn("a") as c:
        print("entered", c.name)
    try:
        async with Conn("b"):
            raise ValueError("v")
    except ValueError as e:
        print("propagated", e)
    async with contextlib.nullcontext("nc") as v:
        print("null", v)
    print(await job(1))
asyncio.run(main())
