# list += and *= with any iterable, in place (aliases see the change)
x = [1]
alias = x
x += (2, 3)
x += "ab"
x += range(2)
x += {"k": 1}
x += (i * i for i in range(3))
print(x, alias is x)
y = [0, 1]
y *= 2
print(y)
t = (1,)
t += (2,)
print(t)
s = "a"
s += "b"
print(s)
try:
    x += 5
except TypeError as e:
    print("TypeError:", e)
