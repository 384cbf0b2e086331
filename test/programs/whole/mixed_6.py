# a whole program mixing many language features (recorded from python3)
print([0.1, 1/3, 2.0, -0.0, 1e-10, 1e16, 123456789.123456789], (1.5,), {1.5: 2.25})
print(3 + 4j, (3 + 4j) * 2, abs(3 + 4j), complex(1, -1), (1 + 2j).real, 1j ** 0.5, (2 + 0j) ** 10)
print(divmod(2 ** 70, 7), 2 ** 70 / 3, float(2 ** 70), (2 ** 70) * 0.5, 10 ** 18 + 0.5)
print(int("1_000"), float("1_0.5"), "%08.3f|%-8s|%+d|%x|%o|%e|%g|%G" % (3.14159, "ab", 5, 255, 8, 0.00012, 1e-5, 1e20))
print("{:*^11}|{:+.2f}|{:>8.3%}|{:,d}|{:_x}|{!r:>6}|{:e}".format("mid", 2.5, 0.1234, 1234567, 65535, "s", 0.0))
print(f"{'nested':{'>'}{12}}|{3.14159:{8}.{3}}|{42!s:>5}|{[1,2]!r}")
x = 7
print(f"{x=}", f"{x * 2 = }", f"{x!r:>4}", f"{x:{'0'}{5}}")
print("Hello"[1:-1], "Hello"[::-2], "a-b-c".rsplit("-", 1), "  pad ".strip(" p"), "x".join("abc"), "ab" * 3)
print("tab\tsep".expandtabs(4), "UPPER lower".swapcase(), "title case words".title(), "ß".lower(), "İ".lower().encode())
print(str(b"bytes"), b"ab" + b"cd", bytes([65, 66]), b"hello".decode(), "é".encode("utf-8"), list(b"hi"))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"]), sorted(["b", "A", "c"], key=str.lower))
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
d["y"] = 9
print(d, list(d.keys()), list(d.values()), list(d.items()), d.pop("x"), d, d.popitem(), d)
print({i: i * i for i in range(5) if i % 2}, dict.fromkeys("ab", 0), {**d, "new": 1})
print(list(zip(range(3), "abc", [True, False, None])), list(map(pow, [2, 3], [3, 2])))
print(max([1, 2], [1, 3]), min("hello"), max(3, 1, 2), sum([[1], [2]], []), any(x for x in []))
print(isinstance(3.0, float), isinstance(3, float), float(3) == 3, 3 / 1, type(3 / 1).__name__, 6 // 4.0)
print(round(0.5), round(1.5), round(2.5), round(-1.5), round(1.25, 1), round(1.35, 1), round(2.5e-5, 5))
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, "a" < "b" < "c", [1, 2] < [1, 3], (1, 2) == (1, 2))
print(bin(-5), hex(-255), oct(-8), int("-0x1f", 16), int("0o17", 0), format(255, "#010b"), format(-3.5, "=+8.2f"))
a = [1, 2, 3, 4, 5]
a[::2] = [0, 0, 0]
print(a, a[-3:], a[10:], a[:-10], a[::-1][:2])
b = a
b += [6]
print(a is b, a)
t = (1, [2])
t[1].append(3)
print(t)
