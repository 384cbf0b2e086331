# os.system runs a shell command with the program's own standard streams (buffered output first) and
# returns the wait status: the exit code times 256. os._exit(n) ends the program with status n at once.
import os
import sys

print("before")
sys.stdout.flush()  # so that CPython writing to a pipe keeps the same order
status = os.system("echo from the shell")
print("status", status, os.system("exit 3"), os.system("exit 3") >> 8, flush=True)
os.environ["NDPY_GREETING"] = "hello"
os.system('echo "$NDPY_GREETING world"')
for bad in [5, None]:
    try:
        os.system(bad)
    except TypeError as e:
        print("TypeError:", e, flush=True)

# os._exit ends the program with its status at once: no except clause sees it and atexit functions do not run
import atexit

atexit.register(print, "atexit ran")
try:
    os._exit(4)
except BaseException:
    print("caught")
print("not reached")
