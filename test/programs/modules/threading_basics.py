# threading: threads with a shared lock, Thread subclasses, names, lock/semaphore/event rules
import threading

counter = 0
lock = threading.Lock()
results = []

def worker(n):
    global counter
    for _ in range(1000):
        with lock:
            counter += 1
    results.append(n * n)

threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
print(threads[0].name, threads[0].is_alive(), threads[0].daemon)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter, sorted(results), threading.current_thread().name, threading.main_thread().name)
print(threading.current_thread() is threading.main_thread(), threading.active_count())


class Squarer(threading.Thread):
    def __init__(self, v):
        super().__init__(name=f"sq-{v}")
        self.v = v
        self.result = None

    def run(self):
        self.result = self.v ** 2


ts = [Squarer(i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([t.result for t in ts], [t.name for t in ts], ts[0].is_alive())

for action in (lambda: ts[0].start(), lambda: threading.Thread(target=print).join()):
    try:
        action()
    except RuntimeError as e:
        print(type(e).__name__, e)

l = threading.Lock()
print(l.acquire(), l.locked(), l.acquire(False))
l.release()
try:
    l.release()
except RuntimeError as e:
    print(type(e).__name__, e)

r = threading.RLock()
with r:
    with r:
        print("reentrant ok")
try:
    r.release()
except RuntimeError as e:
    print(type(e).__name__, e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0))
ev.set()
print(ev.wait(1), ev.is_set())

s = threading.BoundedSemaphore(2)
print(s.acquire(), s.acquire(), s.acquire(blocking=False))
s.release()
s.release()
try:
    s.release()
except ValueError as e:
    print(type(e).__name__, e)

t = threading.Timer(0.01, lambda: print("timer fired"))
t.start()
t.join()
data = threading.local()
data.x = 5
print(data.x)
