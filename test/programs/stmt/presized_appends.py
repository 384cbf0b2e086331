# A local list filled by a loop of appends is made at its final size (src/compile/presize.ts): every
# way of leaving the loop must leave the list exactly as CPython's appends would.


def plain(n):
    out = []
    for i in range(n):
        out.append(i * 3 % 7)
    return out


def two_per_iteration(n):
    out = []
    for i in range(n):
        out.append(i)
        out.append(-i)
    return out


def with_break(n, stop):
    out = []
    for i in range(n):
        if i == stop:
            break
        out.append(i)
    return out


def with_continue(n):
    out = []
    for i in range(n):
        if i % 3:
            continue
        out.append(i)
    return out


def with_return(n, at):
    out = []
    for i in range(n):
        out.append(i)
        if i == at:
            return out, len(out)
    return out, -1


def with_exception(n, bad):
    out = []
    try:
        for i in range(n):
            out.append(10 // (i - bad))
    except ZeroDivisionError:
        return "caught", len(out), out[-1], out[:3]
    return "done", len(out)


def escapes(n, bad):
    out = []
    for i in range(n):
        out.append(10 // (i - bad))
    return out


def over_list(src):
    out = []
    for x in src:
        out.append(x * 2)
    return out


def growing_source(n):
    src = list(range(n))
    out = []
    for x in src:
        out.append(x)
        if x % 1000 == 0 and x < 5000:
            src.append(x + 5001)
    return len(out), out[-6:]


def stepped(a, b, c):
    out = []
    for i in range(a, b, c):
        out.append(i)
    return len(out), out[:3], out[-3:]


def kinds(n):
    out = []
    for i in range(n):
        out.append(i if i % 3 == 0 else (i * 0.5 if i % 3 == 1 else str(i)))
    return out


def with_else(n):
    out = []
    for i in range(n):
        out.append(i)
    else:
        out.append("end")
    return len(out), out[-2:]


def nested(n):
    rows = []
    for i in range(3):
        row = []
        for j in range(n):
            row.append(i * j)
        rows.append(row)
    return [len(r) for r in rows], [r[-1] for r in rows]


def refilled(n):
    out = []
    for i in range(n):
        out.append(i)
    first = out
    out = []
    for i in range(n // 2):
        out.append(i)
    return len(first), len(out), first is out


def generator_source(n):
    out = []
    for x in (i * i for i in range(n)):
        out.append(x)
    return len(out), out[-1]


a = plain(5000)
print(len(a), a[:10], a[-3:], sum(a))
print(plain(0), plain(3))
b = two_per_iteration(3000)
print(len(b), b[:6], b[-4:])
print(len(with_break(5000, 1234)), with_break(5000, 0), with_break(10, 100))
c = with_continue(6000)
print(len(c), c[:4], c[-2:])
r, k = with_return(5000, 2500)
print(len(r), k, r[-1])
print(with_exception(5000, 3000))
try:
    escapes(5000, 4000)
except ZeroDivisionError as e:
    print("escaped:", e)
print(len(over_list(list(range(4000)))), over_list([1, 2, 3]), over_list(tuple(range(2000)))[-1], len(over_list("x" * 3000)))
print(growing_source(4000))
print(stepped(0, 10000, 7), stepped(5000, -5000, -3), stepped(10, 0, 1))
k = kinds(3000)
print(len(k), k[:6], k[-3:], type(k[1]).__name__)
print(with_else(2000))
print(nested(2000))
print(refilled(4000))
print(generator_source(3000))
d = plain(2048)
d.append("more")
d.insert(0, "first")
print(len(d), d[:3], d[-2:], d.count(3), d.index("more"))
print(plain(1500) == [i * 3 % 7 for i in range(1500)], sorted(plain(2000))[:3], plain(1100)[::500])
