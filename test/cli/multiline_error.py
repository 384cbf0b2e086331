# a statement spanning several lines: the traceback names the line of the part that failed, as
# CPython 3.11 does, and marks a multi-line expression to the end of its first line
import traceback

prices = {"apple": 3, "pear": 4}


def total(items):
    return sum(
        prices[name]
        for name in items
    )


try:
    report = "total: " + str(
        total(["apple", "plum"])
    )
except KeyError:
    traceback.print_exc()

rows = [(1, 2), (3, 0)]
ratios = [a / b
          for a, b in rows]
