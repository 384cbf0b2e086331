# augmented assignment with every operator, on names, items and attributes
x = 10
x += 3; print(x)
x -= 5; print(x)
x *= 4; print(x)
x //= 3; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b111100; print(x)
x |= 0b1; print(x)
x ^= 0b1010; print(x)
f = 7
f /= 2; print(f)
f -= 0.5; print(f)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
t = (1,)
t += (2, 3); print(t)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
d = {"a": 1}
d["a"] += 10
d["a"] *= 2
print(d)
class P:
    def __init__(self):
        self.n = 1
p = P()
p.n += 41
print(p.n)
grid = [[0, 0], [0, 0]]
grid[1][0] -= 5
print(grid)
class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return M(self.v * o.v + 1)
m = M(3)
m @= M(4)
print(m.v)
st = {1, 2}
st |= {3}
st &= {2, 3}
st ^= {4}
st -= {2}
print(sorted(st))
calls = []
def key():
    calls.append("k")
    return 0
arr = [5]
arr[key()] += 1
print(arr, calls)
