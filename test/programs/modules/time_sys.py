# time and sys basics (no timings printed)
import time
import sys
t0 = time.perf_counter()
total = 0
for i in range(1000):
    total += i
t1 = time.perf_counter()
print(type(t0).__name__, t1 >= t0, total)
print(type(time.time()).__name__, time.time() > 1.6e9)
m0 = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - m0 >= 0.005)
print(type(sys.argv).__name__, len(sys.argv) >= 1, type(sys.argv[0]).__name__, sys.argv[0].endswith(".py"))
print(type(sys.version).__name__, sys.version_info[0], sys.version_info.major >= 3)
print(sys.maxsize == 2 ** 63 - 1, type(sys.platform).__name__)
print(type(sys.getrecursionlimit()).__name__, hasattr(sys, "path"))
print(sys.stdout is not None, sys.stderr is not None)
sys.stdout.write("via sys.stdout.write\n")
print(type(time.perf_counter_ns()).__name__)
