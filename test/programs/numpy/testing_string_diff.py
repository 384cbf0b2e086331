# numpy.testing.assert_string_equal reports the changed lines as a difflib diff
import numpy.testing as npt

cases = [
    ("abc", "abd"),
    ("line1\nline2\n", "line1\nlineX\n"),
    ("a\nb", "a\nc\nd"),
    ("x", "y\n"),
    ("a\nb\n", "a\nb"),
    ("same", "same"),
    ("p\nq\nr", "p\nQ\nr"),
    ("one\ntwo\nthree\n", "one\n2\nthree\nfour\n"),
]
for a, b in cases:
    try:
        npt.assert_string_equal(a, b)
        print("equal")
    except AssertionError as e:
        print(repr(str(e)))
try:
    npt.assert_string_equal(1, "1")
except AssertionError as e:
    print(repr(str(e)))
