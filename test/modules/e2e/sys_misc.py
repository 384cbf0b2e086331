# sys: version and limits, exit, exc_info, streams
import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info.releaselevel, sys.version.startswith("3.11"))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.min)
print(sys.int_info.bits_per_digit, sys.maxsize, sys.byteorder, sys.maxunicode, type(sys.path).__name__)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
for bad in [0, -5, 1.5, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(4300)
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), sys.exception() is v)
for arg in [(), (0,), (3,), ("msg",), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
n = sys.stdout.write("written\n")
print(n, sys.stdout.write(""))
sys.stdout.flush()
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.name, sys.stderr.name)
print(sys.getsizeof(1) > 0, sys.intern("ab"), sys.getdefaultencoding(), "math" in sys.builtin_module_names or True)
print("sys" in sys.modules, sys.modules["sys"] is sys)
