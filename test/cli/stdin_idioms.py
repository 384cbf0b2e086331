# reading standard input the ways scripts and judges' solutions do: input(), sys.stdin.readline,
# iteration over sys.stdin and sys.stdin.read() (all through sys.stdin's one buffer)
import sys
n = int(input())
total = 0
for _ in range(n):
    a, b = map(int, input().split())
    total += a * b
print("pairs", n, total)
readline = sys.stdin.readline
m = int(readline())
words = [readline().strip() for _ in range(m)]
print("words", m, words[:3], words[-1])
count = 0
for line in sys.stdin:
    if line.strip() == "END":
        break
    count += len(line.split())
print("tokens", count)
rest = sys.stdin.read().split()
print("rest", len(rest), rest[:2], rest[-2:])
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
