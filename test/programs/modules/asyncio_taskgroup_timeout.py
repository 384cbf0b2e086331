# asyncio.TaskGroup and asyncio.timeout (Python 3.11): children awaited at the block's end, a failing
# child cancelling its siblings with the failures raised as an ExceptionGroup, a timeout turning the
# cancellation into TimeoutError, nested groups under a timeout, and wait_for's TimeoutError
import asyncio

cancelled = []

async def work(n, fail=False):
    try:
        await asyncio.sleep(n / 20)
        if fail:
            raise ValueError(f"fail {n}")
        print("done", n)
        return n
    except asyncio.CancelledError:
        cancelled.append(n)  # printed sorted: a group cancels its tasks in set order
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(work(i)) for i in (3, 1, 2)]
    print([t.result() for t in ts])
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work(1, fail=True))
            tg.create_task(work(5))
            tg.create_task(work(2, fail=True))
    except* ValueError as eg:
        print("group", sorted(str(e) for e in eg.exceptions), "cancelled", sorted(cancelled))
    try:
        async with asyncio.timeout(0.02):
            await work(10)
    except TimeoutError:
        print("timed out")
    async with asyncio.timeout(1) as cm:
        await work(1)
    print(cm.expired())
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(work(4))
                tg.create_task(work(6))
    except TimeoutError:
        print("group timed out", "cancelled", sorted(cancelled))
    try:
        await asyncio.wait_for(work(7), 0.01)
    except asyncio.TimeoutError:
        print("wait_for timeout", asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
