# slice objects
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3))
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[s])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
rev = slice(None, None, -1)
print(data[rev][:3], "hello"[rev])
data[slice(0, 3)] = ["x"]
print(data)
del data[slice(0, None, 2)]
print(data)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Catch:
    def __getitem__(self, k):
        return k
c = Catch()
print(c[1:2:3], c[:], c[::], c[1:], c[:, 1], c[1:2, ::3])
