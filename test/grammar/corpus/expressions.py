-2**2
2**-1
a**b**c
-x + +y - ~z
not a and b or c and not d
a < b <= c != d
a is not b is c
a not in b in c
x if y else z if w else v
lambda: 0
lambda x, y=1, *a, k, l=2, **kw: x
lambda *, k: k
lambda x, /, y: x
(x := 10)
f(y := 2)
if (n := len(a)) > 10: pass
while (line := read()): pass
[x for x in range(10) if x % 2 if x > 3 for y in x]
{x for x in y}
{k: v for k, v in d.items() if v}
(x for x in y)
f(x for x in y)
sum(x * x for x in range(10))
[*a, *b]
{*a, *b, 1}
{**a, 'k': 1, **b}
{}
{1: 2, 3: 4,}
(1,)
()
[]
(1, 2, *c)
f(*a, **k)
f(a, *b, c=1, *d, e=2, **f)
f(a)(b)(c)
a.b.c[d](e).f
a[1:2:3]
a[::2]
a[:, 0]
a[..., None]
a[1:2, ::-1]
a[1:]
a[:2]
a[:]
a[::]
d[1, 2]
a[i, j:k, ...]
a[(1, 2)]
a[-1]
...
None, True, False
1_000, 0xFF, 0o17, 0b1010, 0, 00, 123456789012345678901234567890
1., .5, 1e3, 1_0.5e-3, 1E+5, 0.0
1j, 2.5J, 1e3j
'single' "double" '''triple''' """triple2"""
r'raw\n' R"raw2\d" u'unicode'
b'bytes' B"x" rb'\x00' BR"\d" Rb'q'
'\n\t\\\'\"\x41\u00e9\U0001F600\0\123\a\b\f\v\r'
'line \
continued'
'\d is kept'
b'\x00\xff\n\\'
'a' 'b' "c"
x = yield_
a @ b
a // b % c
a << b >> c & d ^ e | f
await_ = 1
print(*args, sep='', end="\n")
x = [
    1,
    2,
]
y = {
    'a': 1,  # comment
    'b': 2
}
z = (1 +
     2)
t = 1 if x else 2,
s = *a, *b
f(**{'a': 1})
f(a, b,)
x = a if b else (lambda: c)
