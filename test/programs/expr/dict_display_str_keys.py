# dict displays with str keys written out: order, repeated keys, values evaluated in order, errors, and
# displays mixing other keys or ** unpacking (the general path)
order = []
def v(x):
    order.append(x)
    return x
d = {"b": v(1), "a": v(2), "b": v(3), "c": v(4)}
print(d, order, list(d), len(d))
recs = [{"id": i, "name": f"n{i}", "tags": {"x": i % 2}} for i in range(5)]
print(recs[3], recs[-1]["tags"]["x"], {"k": 1} == {"k": 1}, {"k": 1, "": 0, "é": 2})
try:
    e = {"a": 1, "b": 1 / 0}
except ZeroDivisionError as ex:
    print("ZeroDivisionError", ex)
print({"a": 1, 2: "two", (3,): [3]}, {"a": 1, **{"b": 2, "a": 3}}, {1: "x", "1": "y", True: "z"})
d2 = {"x": 1}
d2["y"] = 2
d2.update({"x": 5, "z": 6})
print(d2, "x" in d2, d2.get("q"), sorted(d2.items()))
class K(str):
    def __hash__(self):
        return hash(str(self))
print({K("a"): 1, "a": 2}, {"a": 2, K("a"): 1})
