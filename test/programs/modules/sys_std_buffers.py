# sys.stdout.buffer / sys.stdin.buffer as binary streams, and sys.implementation
import sys

print("text first")
sys.stdout.flush()
n = sys.stdout.buffer.write(b"raw bytes line\n")
print("wrote", n)
sys.stdout.buffer.write("caf\u00e9 \u65e5\u672c\n".encode("utf-8"))
sys.stdout.buffer.flush()
out = sys.stdout.buffer
print(out is sys.stdout.buffer, out.mode)
try:
    out.write("not bytes")
except TypeError as e:
    print("TypeError:", e)
print(sys.stdin.buffer.mode)
impl = sys.implementation
print(impl.name, impl.cache_tag, impl.version[:2], impl.hexversion == sys.hexversion)
print(sys.implementation.name == "cpython", sys.implementation is impl)
