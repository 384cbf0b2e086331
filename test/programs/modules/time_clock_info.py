# time.get_clock_info: the clock namespaces CPython reports on Linux
import time
for c in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(c)
    print(c, info, info.monotonic, info.adjustable, info.resolution)
for bad in ["x", 3]:
    try: time.get_clock_info(bad)
    except Exception as e: print(type(e).__name__, e)
