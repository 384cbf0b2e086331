# whole program: structured sorting matmul (recorded from python3)
# structured arrays, record arrays, sorting
import numpy as np

dt = np.dtype([("name", "U10"), ("age", "i4"), ("height", "f8"), ("tags", "i2", (2,))])
people = np.array([("Ann", 31, 1.68, (1, 2)), ("Bob", 25, 1.82, (3, 4)), ("Cid", 40, 1.75, (5, 6)), ("Dee", 25, 1.60, (7, 8))], dtype=dt)
print(people)
print(repr(people))
print(people.dtype, people.itemsize, people.shape)
print(people["age"].mean(), people[people["age"] > 26]["name"])
s = np.sort(people, order=["age", "height"])
print(s["name"], s[0])
print(np.argsort(people, order="height"))
people["height"] *= 100
print(people["height"])
rec = people.view(np.recarray)
print(rec.name, rec.age.sum(), rec[1].name, type(rec[1]).__name__)
r = np.rec.fromarrays([[1, 2, 3], [4.0, 5.0, 6.0]], names="a,b")
print(r, r.a, r.b * 2, r.dtype)
r2 = np.rec.fromrecords([(1, "x"), (2, "y")], names=["n", "s"])
print(r2, repr(r2))
for row in people[:2]:
    name, age, h, tags = row
    print(f"{name:>5} {age:3d} {h:7.1f} {tags}")
print(people[["name", "age"]])
z = np.zeros(3, dtype=[("x", float), ("y", float)])
z["x"] = [1, 2, 3]
z["y"] = z["x"] ** 2
print(z, z[1], z[1]["y"], z.tolist())
print(np.unique(people["age"], return_counts=True))

scores = np.array([88, 92, 75, 92, 60, 88, 100])
order = np.argsort(scores, kind="stable")[::-1]
print(order, scores[order])
print(np.searchsorted(np.sort(scores), [80, 92], side="right"))
rank = np.empty_like(order)
rank[np.argsort(-scores, kind="stable")] = np.arange(1, len(scores) + 1)
print(rank)
print(np.partition(scores, 3), np.argpartition(scores, 3)[:3])
a = np.array([[3, 1, 2], [9, 7, 8]])
print(np.sort(a, axis=None), np.sort(a, axis=0), np.argsort(a, axis=1))
print(np.lexsort(([1, 2, 1], [3, 3, 1])))
words = np.array(["pear", "apple", "fig", "banana"])
print(np.sort(words), words[np.argsort([len(w) for w in words])])
print(np.char.upper(words), np.char.str_len(words))
m = np.arange(1, 10).reshape(3, 3)
print(m @ m, m @ np.array([1, 0, -1]), np.array([1, 2, 3]) @ m)
print((m @ m.T).diagonal(), np.dot(m, m).trace())
print(np.matmul(np.ones((2, 3, 4)), np.ones((4, 2))).shape)
