# unittest's failure reports read like uncaught exceptions' tracebacks: CPython 3.11's ^ marker lines
# under the test's own frames, the exceptions a failure was raised from, and no frame of unittest itself
import io
import re
import unittest


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"bad number {text!r}") from e


class T(unittest.TestCase):
    def test_index(self):
        x = [1][2]

    def test_key(self):
        d = {}
        d["missing"]

    def test_assert(self):
        self.assertEqual(sum([1, 2]), 4)

    def test_chained(self):
        parse("x1")

    def test_ok(self):
        self.assertTrue(True)


stream = io.StringIO()
unittest.TextTestRunner(stream=stream, verbosity=2).run(unittest.defaultTestLoader.loadTestsFromTestCase(T))
print(re.sub(r'in \d+\.\d+s', 'in T', stream.getvalue()).replace(__file__, 'prog.py'))
