# augmented assignment on every kind of target and type (the last line raises on purpose)
a = [1, 2]; b = a; a += [3]; a *= 2; print(a, b is a)
s = {1, 2}; t = s; s |= {3}; s &= {1, 3, 4}; s -= {4}; s ^= {9}; print(sorted(s), t is s)
d = {"a": 1}; e = d; d |= {"b": 2}; print(d, e is d)
n = 5; n += 1; n -= 2; n *= 3; n //= 2; n %= 4; n **= 3; n <<= 2; n >>= 1; n |= 8; n &= 12; n ^= 5; print(n)
f = 1.5; f += 1; f *= 2; f /= 4; f -= 0.25; f **= 2; f //= 0.5; f %= 0.7; print(f)
st = "ab"; st += "c"; st *= 2; print(st)
tp = (1,); tp += (2,); tp *= 2; print(tp)
lst = [[0]] * 3; lst[0] += [1]; print(lst)
m = [1, 2, 3]; m[1] += 10; m[-1] *= 2; print(m)
dd = {"k": [1]}; dd["k"] += [2]; dd["n"] = dd.get("n", 0) + 1; print(dd)
class C:
    def __init__(self): self.v = 1; self.items = []
c = C(); c.v += 5; c.items += [1, 2]; c.v **= 2; print(c.v, c.items)
x = [3, 1, 2]; y = x[:]; y.sort(); print(x, y, x.sort(), x)
words = ["b", "a"]; words.extend("cd"); words.insert(0, "z"); words.remove("a"); print(words, words.pop(1), words)
q = list(range(5)); del q[1:3]; del q[-1]; q[1:1] = [9, 9]; print(q)
r = [1, 2, 3, 4, 5, 6]; r[::2] = "abc"; print(r); r[1::2] = []; 
