import sched, time
class Clock:
    def __init__(self): self.now = 0.0
    def time(self): return self.now
    def sleep(self, d):
        print(f"  sleep({d})")
        self.now += d
clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
def say(msg, *, suffix=""):
    print(f"t={clock.now}: {msg}{suffix}")
e1 = s.enter(5, 1, say, ("five",))
s.enter(2, 2, say, ("two, low priority",))
s.enter(2, 1, say, ("two, high priority",), {"suffix": "!"})
e3 = s.enterabs(3, 1, say, ("three",))
s.enter(10, 1, say, ("ten",))
print([(e.time, e.priority, e.argument) for e in s.queue], s.empty())
s.cancel(e3)
try:
    s.cancel(e3)
except ValueError as e:
    print("ValueError", e)
def chain(n):
    say(f"chain {n}")
    if n:
        s.enter(1, 0, chain, (n - 1,))
s.enter(6, 0, chain, (2,))
print(s.run(blocking=False))
s.run()
print(s.empty(), s.queue, clock.now, e1.time, e1._fields, isinstance(e1, tuple))
real = sched.scheduler()
real.enter(0.01, 1, print, ("real clock event",))
start = time.monotonic(); real.run(); print(time.monotonic() - start >= 0.005)
