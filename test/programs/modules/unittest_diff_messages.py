# assertEqual's failure messages carry CPython's diff: the ndiff of the pretty-printed lines of two lists,
# tuples or dicts, or of two strings' lines (with "?" hint lines), and "Diff is N characters long" past
# maxDiff; two sets go to assertSetEqual.
import unittest

tc = unittest.TestCase()


def check(first, second, msg=None):
    try:
        tc.assertEqual(first, second, msg)
    except AssertionError as e:
        print(e)
        print("-----")


check([1, 2, 3], [1, 2, 4])
check((1, "a"), (1, "a", None))
check({"name": "ann", "age": 3}, {"name": "ann", "age": 4})
check("Whatever.", "Whatever!")
check("line one\nline two\n", "line one\nline 2\n")
check({1, 2}, {2, 3})
check([list(range(10))] * 3, [list(range(10))] * 2, "grid")
tc.maxDiff = 20
check(list(range(30)), list(range(1, 31)))
tc.maxDiff = None
check(["x" * 30] * 4, ["x" * 30] * 3 + ["y"])
check("a" * 100 + "b", "a" * 100 + "c")
check(10 ** 100, 10 ** 100 + 1)
check(list(range(50)), list(range(100, 150)))
