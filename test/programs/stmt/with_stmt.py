# with statement, __enter__/__exit__, suppression
class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "clean")
        else:
            print("exit", self.name, exc_type.__name__, exc, tb is not None)
        return self.suppress
with Ctx("a") as v:
    print("body", v)
with Ctx("b", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with Ctx("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", e)
with Ctx("x") as p, Ctx("y") as q:
    print("both", p, q)
def early():
    with Ctx("r"):
        return "returned"
print(early())
for i in range(3):
    with Ctx("loop%d" % i):
        if i == 1:
            break
class NoBind:
    def __enter__(self):
        return None
    def __exit__(self, *args):
        print("exit args", args)
with NoBind() as nb:
    print("nb", nb)
