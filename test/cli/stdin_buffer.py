# standard input as bytes: sys.stdin.buffer lines, int() of bytes, bytes split and decode
import sys
n = int(sys.stdin.buffer.readline())
total = 0
rows = 0
for line in sys.stdin.buffer:
    parts = line.split()
    if not parts:
        continue
    if parts[0].isdigit():
        total += sum(int(p) for p in parts)
    rows += 1
print(n, rows, total, type(line).__name__)
