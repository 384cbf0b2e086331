# slicing with steps and negative indices
s = "abcdefghij"
lst = list(range(10))
t = tuple(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[-2::-2], s[8:2:-2])
print(lst[2:8:3], lst[::-3], lst[100:], lst[-100:2], lst[5:2], lst[::-1][:3])
print(t[1:4], t[::-4], type(t[1:2]).__name__)
print(s[3], s[-1], lst[-10])
l2 = list(range(8))
l2[1:3] = ["a", "b", "c", "d"]
print(l2)
l2[::3] = [0, 0, 0, 0]
print(l2)
l2[2:5] = []
print(l2)
l2[:0] = [-1]
print(l2)
l2[len(l2):] = [99]
print(l2)
try:
    l2[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    s[20]
except IndexError as e:
    print("IndexError:", e)
try:
    lst[10]
except IndexError as e:
    print("IndexError:", e)
print(s[slice(1, 4)], lst[slice(None, None, -2)])
b = b"hello"
print(b[1:3], b[1], b[::-1])
print(range(10)[2:8:2], list(range(10)[::-3]))
cp = lst[:]
cp.append(10)
print(len(lst), len(cp))
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
