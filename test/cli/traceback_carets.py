# CPython 3.11's markers under the failing expression of each frame: `~~^~~` for an operator, `~~^^^`
# for a subscript, `^^^^` for a call, an attribute or a name, none when the expression is the whole line
import math
import traceback


class Account:
    def __init__(self, balance):
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount


def average(xs):
    return sum(xs) / len(xs)


def gen(n):
    for i in range(n):
        yield 10 // (2 - i)


def parse(s):
    key, value = s.split("=")
    return key, int(value)


def check(v):
    assert v > 0, "must be positive"
    return v


tests = [
    lambda: Account(10).withdraw(50),
    lambda: print(f"{average([]):.2f}"),
    lambda: list(gen(5)),
    lambda: dict(parse(p) for p in "a=1,b".split(",")),
    lambda: {"users": [{"name": "a"}]}["users"][0]["age"],
    lambda: [math.sqrt(v) for v in (4, -1)],
    lambda: list(map(int, "1 2 x".split())),
    lambda: sorted(["b", None, "a"]),
    lambda: [check(v) for v in (1, -1)],
    lambda: None.strip(),
    lambda: undefined_name + 1,
    lambda: "%d items" % "many",
    lambda: float("1,5") * 2,
]
for t in tests:
    try:
        t()
    except Exception:
        traceback.print_exc()


def lookup(config, section):
    return int(config[section]["port"]) + 1


config = {"db": {"host": "x"}}
port = lookup(config, "db")
