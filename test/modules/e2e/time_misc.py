# time: struct_time, gmtime, strftime on fixed values, argument errors
import time

t = time.gmtime(1700000000)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, len(t), t[0], tuple(t)[:3])
print(time.strftime("%Y-%m-%d %H:%M:%S", t), time.strftime("%a %A %b %B %j %U %W %w %y %% %I %p", t))
print(time.strftime("%d/%m/%Y", time.gmtime(0)), time.asctime(time.gmtime(0)), time.gmtime(0).tm_wday)
print(time.strftime("%H:%M", (2024, 2, 29, 13, 5, 0, 3, 60, 0)))
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic()).__name__, type(time.perf_counter_ns()).__name__)
a = time.perf_counter()
time.sleep(0)
time.sleep(0.002)
print(time.perf_counter() - a > 0.001)
for bad in [-1, "x", None]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(time.gmtime(86399.9)[3:6])
