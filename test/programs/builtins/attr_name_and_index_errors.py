# TypeErrors for a non-str attribute name given to hasattr, operator.itemgetter() with no item, and an
# __index__ that returns something other than an int
import operator


class BadIndex:
    def __index__(self):
        return 1.5


class GoodIndex:
    def __index__(self):
        return 1


for f in (lambda: hasattr(1, 2), lambda: getattr(1, 2), lambda: operator.itemgetter(),
          lambda: [1, 2][BadIndex()], lambda: "ab"[BadIndex():], lambda: range(BadIndex())):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
print(hasattr(1, "real"), operator.itemgetter(1)("ab"), operator.itemgetter(0, 1)("ab"), [5, 6][GoodIndex()])
