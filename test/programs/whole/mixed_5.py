# a whole program mixing many language features (recorded from python3)
tests = [
    lambda: [1, 2, 3][10], lambda: {"a": 1}["b"], lambda: int("x"), lambda: float("y"), lambda: 1 / 0,
    lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: None.foo, lambda: "abc".foo(), lambda: len(3),
    lambda: [1] + "a", lambda: "a" + 1, lambda: 1 + "a", lambda: {}.pop("k"), lambda: [].pop(),
    lambda: set().pop(), lambda: (1, 2).index(5), lambda: [1].remove(2), lambda: "abc".index("z"),
    lambda: int(None), lambda: undefined_name, lambda: iter(5), lambda: next(iter([])), lambda: abs("x"),
    lambda: {}[[1]], lambda: hash([]), lambda: sorted([1, "a"]), lambda: max([]), lambda: "x" * "y",
    lambda: [1, 2, 3][1:2:0], lambda: tuple(5), lambda: dict([1, 2]), lambda: "a".join([1, 2]),
    lambda: chr(-1), lambda: ord("ab"), lambda: range(1.5), lambda: (lambda x: x)(1, 2),
    lambda: int("12", 50), lambda: [].index(0), lambda: "%d" % "x", lambda: "{} {}".format(1),
    lambda: 2 ** -1 ** 0.5 + complex("x"), lambda: object().x, lambda: type("A", (), {})().y,
    lambda: list(1), lambda: {1, 2} + {3}, lambda: -"a", lambda: ~1.5, lambda: divmod(1, 0),
    lambda: 10 ** 400 * 1.0, lambda: float(10 ** 400), lambda: round(float("inf")), lambda: int(float("nan")),
]
for t in tests:
    try:
        t()
        print("no error")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
