# isinstance, issubclass, type, hash, repr, str, int, float, complex, bool
print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(set()), type(None), type(True), type(1j), type(b""), type(range(1)))
print(type(type), type(int), type(print).__name__, type(lambda: 0).__name__)
print(isinstance(1, int), isinstance(1.0, (int, float)), isinstance("s", str), isinstance([], (tuple, dict)), isinstance(None, type(None)))
print(issubclass(int, object), issubclass(bool, int), issubclass(float, int), issubclass(ZeroDivisionError, ArithmeticError))
print(hash(1), hash(0), hash(-1), hash(42), hash(True), hash(2 ** 61 - 1), hash(2 ** 61), hash(-2 ** 61), hash(1.0), hash(0.5), hash((1, 2)) == hash((1, 2)))
print(repr(1), repr("a"), str("a"), repr(1.5), str([1, "2"]), repr(None))
print(int("42"), int("-7"), int("  12 "), int("ff", 16), int("0xff", 16), int("0b101", 0), int("777", 8), int("z", 36), int(3.9), int(-3.9), int(True), int("1_000"))
for bad in ["1.5", "abc", ""]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
print(float("1.5"), float("-2"), float(3), float("1e-3"), float(" inf "), float("-nan") != float("nan"), float(True))
try:
    float("x1")
except ValueError as e:
    print("ValueError:", e)
print(complex(1, 2), complex("3-4j"), complex(2.5), complex())
print(bool(0), bool(1), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(0.0), bool(-1), bool({}), bool(()), bool())
print(int(), float(), str(), list(), tuple(), dict(), repr(set()))
print(type(3)(4.7), type("x")(5), type(1)("12") + 1)
T = type("Dyn", (), {"x": 5, "hi": lambda self: "hi"})
print(T.__name__, T().x, T().hi())
print(int.__name__, float.__name__, str.__name__)
