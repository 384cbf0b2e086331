# asyncio.Condition: wait/wait_for under the lock, notify(n) and notify_all in FIFO order, a given lock, errors without
# the lock held, and a cancelled waiter
import asyncio
async def consumer(cond, items, name, log):
    async with cond:
        await cond.wait_for(lambda: items)
        log.append(f"{name} got {items.pop(0)}")
async def waiter(cond, name, log):
    async with cond:
        r = await cond.wait()
        log.append(f"{name} woke {r} locked={cond.locked()}")
async def main():
    cond = asyncio.Condition()
    items, log = [], []
    tasks = [asyncio.create_task(consumer(cond, items, f"c{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        async with cond:
            items.append(i)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    ws = [asyncio.create_task(waiter(cond, f"w{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.01)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print("\n".join(log))
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with c2:
        print(lock.locked(), c2.locked())
    print(lock.locked())
    t = asyncio.create_task(waiter(c2, "cancelled", log))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("waiter cancelled", lock.locked())
asyncio.run(main())
