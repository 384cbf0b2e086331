# unittest.main() runs the TestCase classes of __main__ (defined at module level, found by name while
# the module body runs), reports on stderr and exits with status 1 when a test fails
import unittest


def is_palindrome(s):
    s = ''.join(c.lower() for c in s if c.isalnum())
    return s == s[::-1]


class PalindromeTest(unittest.TestCase):
    def test_simple(self):
        self.assertTrue(is_palindrome('racecar'))

    def test_phrase(self):
        self.assertTrue(is_palindrome('A man, a plan, a canal: Panama'))

    def test_not(self):
        self.assertFalse(is_palindrome('python'))

    def test_wrong_expectation(self):
        self.assertEqual(is_palindrome('ab'), True)


print('running')
unittest.main()
print('not reached')
