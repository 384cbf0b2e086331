# Subscripts, attribute reads and int() directly in a try body: their usual failures reach the except
# clauses without a JS throw (interp/softRaise.ts). What Python shows must not change.
import collections
import math
import traceback


class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"


class Lazy:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"custom {name}")


class WithProp:
    @property
    def broken(self):
        raise AttributeError("from the property")

    @property
    def fine(self):
        return 42


d = {"a": 1, (1, 2): "t", 3: "three"}
for key in ["a", "b", (1, 2), (2, 1), 3, 3.0, 4, None]:
    try:
        v = d[key]
        print("got", v)
    except KeyError as e:
        print("KeyError", repr(e), str(e), e.args)

# dict subclasses, defaultdict, Counter: their own rules
m = Missing(a=1)
try:
    v = m["zz"]
except KeyError:
    v = "not here"
print(v)
dd = collections.defaultdict(list)
try:
    v = dd["k"]
except KeyError:
    v = "not here"
print(v, dict(dd))
c = collections.Counter("abca")
try:
    v = c["z"]
except KeyError:
    v = "not here"
print(v)

# lists, tuples, strings, ranges: index errors with their own messages
items = [10, 20, 30]
for seq in [items, (1, 2), "ab", range(2)]:
    for i in [0, -1, 2, 5, -9]:
        try:
            v = seq[i]
            print(type(seq).__name__, i, v)
        except IndexError as e:
            print(type(seq).__name__, i, "IndexError:", e)
try:
    v = items["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    v = d[[1]]
except TypeError as e:
    print("TypeError:", e)

# attributes: instances, classes, modules, __getattr__, properties
class P:
    cls_attr = 1

    def __init__(self):
        self.x = 1


p = P()
for obj, name in [(p, "x"), (p, "y"), (p, "cls_attr"), (P, "y"), (math, "nope"), (Lazy(), "xyz"), (Lazy(), "abc"), (WithProp(), "broken"), (WithProp(), "fine"), (5, "real"), (5, "imag2"), ("s", "upper2")]:
    try:
        v = getattr(obj, name) if False else None
        if name == "x":
            v = obj.x
        elif name == "y":
            v = obj.y
        elif name == "cls_attr":
            v = obj.cls_attr
        elif name == "nope":
            v = obj.nope
        elif name == "xyz":
            v = obj.xyz
        elif name == "abc":
            v = obj.abc
        elif name == "broken":
            v = obj.broken
        elif name == "fine":
            v = obj.fine
        elif name == "real":
            v = obj.real
        elif name == "imag2":
            v = obj.imag2
        else:
            v = obj.upper2
        print("attr", name, v)
    except AttributeError as e:
        print("AttributeError:", e, e.name, type(e.obj).__name__)

# the same reads directly in the try body
for obj in [p, P, Lazy(), WithProp()]:
    try:
        v = obj.y
        print("y", v)
    except AttributeError as e:
        print("y AttributeError:", e, e.name, e.obj is obj)
    try:
        v = obj.broken
        print("broken", v)
    except AttributeError as e:
        print("broken AttributeError:", e, e.name)

# int() of text
for s in ["12", " 7 ", "-3", "+4", "1_000", "12.5", "", "abc", "٣", "0x10", "  ", "9" * 30, "1e3", b"5", 7.9, True]:
    try:
        v = int(s)
        print("int", repr(s), v)
    except ValueError as e:
        print("ValueError:", e)
    except TypeError as e:
        print("TypeError:", e)

# the augmented forms: x op= read, o[k] op= value
counts = {}
for w in "the cat the hat the end".split():
    try:
        counts[w] += 1
    except KeyError:
        counts[w] = 1
print(counts)
total = 0
for s in ["1", "x", "2", "3.5", "4"]:
    try:
        total += int(s)
    except ValueError:
        total -= 100
print(total)
acc = "start"
for k in ["a", "q", 3]:
    try:
        acc += str(d[k])
    except KeyError as e:
        acc += f"[{e}]"
print(acc)
nums = [1, 2]
for i in [0, 5, 1]:
    try:
        nums[i] *= 10
    except IndexError as e:
        print("IndexError:", e)
print(nums)
mm = Missing()
try:
    mm["q"] += "!"
except KeyError:
    print("not here")
print(mm)


# the read comes before the value, as without the try
def order():
    log = []

    class D(dict):
        def __getitem__(self, k):
            log.append(("get", k))
            return dict.__getitem__(self, k)

        def __setitem__(self, k, v):
            log.append(("set", k, v))
            dict.__setitem__(self, k, v)

    def val():
        log.append("value")
        return 5

    dd = D(a=1)
    try:
        dd["a"] += val()
    except KeyError:
        pass
    try:
        dd["b"] += val()
    except KeyError as e:
        log.append(("KeyError", e.args))
    return log, dd


print(order())


# a name read before it is bound
def unbound():
    try:
        t += int("1")
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


unbound()

# a clause that does not match lets the exception go on with the right frames
def lookup(k):
    try:
        v = d[k]
    except IndexError:
        v = None
    return v


try:
    lookup("nothing")
except KeyError as e:
    print("passed on", repr(e), [f.name for f in traceback.extract_tb(e.__traceback__)])
try:
    total = int("bad")
except (TypeError, ValueError) as e:
    print("tuple clause", type(e).__name__)

# uncaught: the usual traceback and message
try:
    v = p.missing_attr
except KeyError:
    pass
