# a whole program mixing many language features (recorded from python3)
# exercises in the style of beginner exercise sets
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
print([n for n in range(50) if is_prime(n)])
def fizzbuzz(n):
    return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)
print(", ".join(fizzbuzz(i) for i in range(1, 16)))
def reverse_words(s):
    return " ".join(reversed(s.split()))
print(reverse_words("hello big world"))
def is_palindrome(s):
    t = "".join(c.lower() for c in s if c.isalnum())
    return t == t[::-1]
print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("abc"))
def char_freq(s):
    d = {}
    for c in s:
        d[c] = d.get(c, 0) + 1
    return d
print(char_freq("hello"))
fib = [0, 1]
while len(fib) < 15:
    fib.append(fib[-1] + fib[-2])
print(fib)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5))
def bubble(xs):
    xs = list(xs)
    for i in range(len(xs)):
        for j in range(len(xs) - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
    return xs
print(bubble([5, 2, 9, 1, 5, 6]))
def binary_search(xs, t):
    lo, hi = 0, len(xs) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if xs[mid] == t:
            return mid
        elif xs[mid] < t:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
print(binary_search([1, 3, 5, 7, 9], 7), binary_search([1, 3], 4))
temps = {"mon": 21.5, "tue": 19.0, "wed": 23.25}
avg = sum(temps.values()) / len(temps)
print(f"avg={avg:.2f}", max(temps, key=temps.get), {k: round(v * 9 / 5 + 32, 1) for k, v in temps.items()})
grades = [("ann", 88), ("bob", 72), ("cy", 95), ("dee", 72)]
by_grade = sorted(grades, key=lambda g: (-g[1], g[0]))
print(by_grade, [name for name, g in grades if g > 80])
text = """Line one
line two has more words
and three"""
for n, line in enumerate(text.splitlines(), 1):
    print(f"{n:2d}: {line!r} ({len(line.split())} words)")
stack = []
for ch in "(()[{}])":
    if ch in "([{":
        stack.append(ch)
    else:
        top = stack.pop()
print("balanced" if not stack else "unbalanced")
print(sum(i for i in range(1, 1001) if i % 3 == 0 or i % 5 == 0))
print(sorted(set([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])), {i % 4 for i in range(10)})
matrix = [[i * j for j in range(1, 4)] for i in range(1, 4)]
for row in matrix:
    print(" ".join(f"{v:3}" for v in row))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))), sum(x * y for x, y in zip([1, 2], [3, 4])))
counts = [0] * 5
for v in [1, 3, 3, 4, 0, 1, 1]:
    counts[v] += 1
print(counts, counts.index(max(counts)))
s = "hello world"
print(s.capitalize(), s.title(), s.swapcase(), s.find("o"), s.rfind("o"), s.index("w"), s[-5:], s.startswith(("he", "x")))
print(int("101", 2), int("ff", 16), int("  42  "), float("  3.5 "), str(3.0), str(-0.0), bool(""), bool("False"))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print(max(range(1, 30), key=collatz), [collatz(n) for n in [6, 7, 27]])
print(round(3.14159, 3), round(1234.5), round(-0.5), round(1.5), abs(-0.0), 7 / 2, 7 // 2, -7 / 2)
