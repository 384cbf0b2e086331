# asyncio: the event loop's scheduling order with gather, tasks, wait_for timeouts, cancellation,
# queues, as_completed, locks, events, semaphores and wait; an exception escaping asyncio.run
import asyncio, time
async def say(name, delay):
    print(f'{name} start')
    await asyncio.sleep(delay)
    print(f'{name} done after {delay}')
    return name.upper()
async def main():
    t0 = time.perf_counter()
    results = await asyncio.gather(say('a', 0.15), say('b', 0.05), say('c', 0.1))
    print(results)
    t1 = asyncio.create_task(say('t1', 0.01))
    t2 = asyncio.create_task(say('t2', 0.05))
    print('tasks created', t1.done())
    print(await t1, await t2, t1.done(), t1.result())
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print('timeout!')
    async def worker(n):
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print('cancelled', n)
            raise
    w = asyncio.create_task(worker(1))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('caught cancel', w.cancelled())
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
            print('put', i)
            await asyncio.sleep(0.01)
        await q.put(None)
    async def consumer():
        while True:
            item = await q.get()
            if item is None:
                break
            print('got', item)
    await asyncio.gather(producer(), consumer())
    for coro in asyncio.as_completed([asyncio.create_task(say('x', 0.01)), asyncio.create_task(say('y', 0.1))]):
        print('completed', await coro)
    lock = asyncio.Lock()
    async def crit(n):
        async with lock:
            print('in', n)
            await asyncio.sleep(0.01)
            print('out', n)
    await asyncio.gather(*(crit(i) for i in range(3)))
    ev = asyncio.Event()
    async def waiter():
        print('waiting'); await ev.wait(); print('event set')
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    await wt
    r = await asyncio.gather(say('ok', 0), asyncio.sleep(0.01, 'slept'), return_exceptions=True)
    print(r)
    async def boom():
        raise ValueError('bad')
    print(await asyncio.gather(boom(), say('z', 0), return_exceptions=True))
    sem = asyncio.Semaphore(2)
    async def limited(i):
        async with sem:
            print('sem in', i); await asyncio.sleep(0.03 * (i + 1)); print('sem out', i)
    await asyncio.gather(*(limited(i) for i in range(4)))
    done, pending = await asyncio.wait([asyncio.create_task(say('w1', 0.01)), asyncio.create_task(say('w2', 0.5))], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    for p in pending: p.cancel()
    print(asyncio.current_task().get_name(), type(asyncio.get_running_loop()).__name__ != '')
    return 'main result'
print(asyncio.run(main()))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(say('loop', 0.01)))
loop.close()
async def fail():
    await asyncio.sleep(0)
    raise KeyError('oops')
asyncio.run(fail())
