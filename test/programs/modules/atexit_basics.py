# atexit: register / unregister and _run_exitfuncs (LIFO, errors reported and skipped)
import atexit, sys
def a(): print('a')
def b(x, y=0): print('b', x, y)
def bad(): 1/0
def ex(): sys.exit(3)
print(atexit.register(a) is a)
atexit.register(b, 1, y=2)
atexit.register(bad)
atexit.register(ex)
atexit.register(b, 'twice')
@atexit.register
def c():
    print('c')
    atexit.register(print, 'registered during exit')
def gone(): print('never')
atexit.register(gone); atexit.register(gone)
atexit.unregister(gone)
try: atexit.register(5)
except TypeError as e: print(e)
print('main done')
import io
saved, sys.stderr = sys.stderr, io.StringIO()
atexit._run_exitfuncs()
report, sys.stderr = sys.stderr.getvalue(), saved
# an exception in a callback is reported (address left out) and the others still run
for line in report.splitlines():
    if line.startswith('Exception ignored'):
        print(line.split(' at 0x')[0])
    elif not line.startswith(' ') and not line.startswith('Traceback'):
        print(line)
print('second run:')
atexit._run_exitfuncs()
print('end')
