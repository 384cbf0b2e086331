# conditional expressions and the walrus operator
for n in range(4):
    print("even" if n % 2 == 0 else "odd", "big" if n > 2 else "small" if n > 0 else "zero")
data = [1, 5, 2, 8, 3]
if (n := len(data)) > 3:
    print("long list", n)
total = 0
it = iter(data)
while (item := next(it, None)) is not None:
    total += item
print(total, item)
print([y for x in data if (y := x * 10) > 25])
print(y)
def f():
    if (m := max(data)) > 5:
        return m
print(f())
print((z := 3) + z)
values = [(v := i) * 2 for i in range(3)]
print(values, v)
print(0 or "default", "" or [] or None, 1 and 2, 0 and 1, None or 0)
print(x := 9, x)
