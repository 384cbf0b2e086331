# the warnings raised while tests run: the deprecated assert aliases (assertEquals, assert_, failUnless…)
# work and warn at their caller; a runner's `warnings` argument chooses the filter ('ignore' hides them,
# 'default' shows each alias's warning once per module, as unittest.main does); stderr is captured to be
# printed here
import contextlib
import io
import re
import unittest
import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


class T(unittest.TestCase):
    def test_aliases(self):
        self.assertEquals(1, 1)
        self.assertEquals(2, 2)
        self.assertNotEquals(1, 2)
        self.assert_(True)
        self.failUnless(True)
        self.failIf(False)
        self.assertRegexpMatches("abc", "b")
        self.assertNotRegexpMatches("abc", "z")
        with self.failUnlessRaises(KeyError):
            {}["k"]

    def test_more(self):
        self.assertEquals(3, 3)
        self.assertAlmostEquals(1.0, 1.0 + 1e-9)
        self.failIfEqual(1, 2)

    def test_user_warning(self):
        self.assertEqual(old_api(), 1)
        warnings.warn("plain user warning")

    def test_failing_alias(self):
        self.assertEquals(1, 2)


for option in (None, "ignore", "default"):
    stream, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err):
        suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
        unittest.TextTestRunner(stream=stream, verbosity=2, warnings=option).run(suite)
    print("warnings =", option)
    print(err.getvalue().replace(__file__, "prog.py"))
    text = re.sub(r"in \d+\.\d+s", "in T", stream.getvalue()).replace(__file__, "prog.py")
    print("\n".join(line for line in text.split("\n") if not re.fullmatch(r" *[~^]+ *", line)))
