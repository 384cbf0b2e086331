# concurrent.futures.ThreadPoolExecutor: map, submit/result, exceptions through futures, wait
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, Future
import concurrent.futures

def sq(x):
    return x * x

with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(sq, range(6))))
    print(list(ex.map(pow, [2, 3], [5, 2])))
    futs = [ex.submit(sq, i) for i in range(4)]
    print(sorted(f.result() for f in as_completed(futs)), all(f.done() for f in futs))
    bad = ex.submit(lambda: 1 / 0)
    try:
        bad.result()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    print(type(bad.exception()).__name__, bad.cancelled(), bad.cancel())
    done, not_done = wait(futs)
    print(len(done), len(not_done))

try:
    ex.submit(sq, 1)
except RuntimeError as e:
    print(type(e).__name__, e)

with concurrent.futures.ThreadPoolExecutor() as ex:
    fut_to_n = {ex.submit(pow, 2, n): n for n in range(5)}
    print(sorted((fut_to_n[f], f.result()) for f in concurrent.futures.as_completed(fut_to_n)))

f = Future()
print(f.done(), f.cancel(), f.cancelled())
g = Future()
g.add_done_callback(lambda fut: print("callback got", fut.result()))
g.set_result(42)
