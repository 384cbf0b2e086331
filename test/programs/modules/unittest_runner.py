# unittest: loading, running and reporting (verbose and dots) into a stream; timings and CPython's
# position-marker lines are filtered out of the report, and the script's path shortened
import io
import re
import unittest


def report(suite, verbosity):
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    text = re.sub(r'in \d+\.\d+s', 'in T', stream.getvalue()).replace(__file__, 'prog.py')
    print('\n'.join(line for line in text.split('\n') if not re.fullmatch(r' *[~^]+ *', line)))
    return result


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty):
        if qty <= 0:
            raise ValueError('quantity must be positive')
        self.items[name] = self.items.get(name, 0) + qty


class InventoryTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print('setUpClass', cls.__name__)

    @classmethod
    def tearDownClass(cls):
        print('tearDownClass', cls.__name__)

    def setUp(self):
        self.inv = Inventory()
        self.addCleanup(lambda: None)

    def test_add(self):
        """Adding twice sums the quantities."""
        self.inv.add('apple', 2)
        self.inv.add('apple', 3)
        self.assertEqual(self.inv.items, {'apple': 5})

    def test_bad_quantity(self):
        with self.assertRaises(ValueError) as cm:
            self.inv.add('pear', 0)
        self.assertEqual(str(cm.exception), 'quantity must be positive')
        self.assertRaisesRegex(ValueError, 'positive', self.inv.add, 'x', -1)

    def test_wrong(self):
        self.inv.add('fig', 1)
        self.assertEqual(self.inv.items['fig'], 2, 'fig count')

    def test_error(self):
        self.inv.items['kiwi'] += 1

    def test_not_raised(self):
        with self.assertRaises(KeyError):
            self.inv.add('plum', 1)

    def test_subtests(self):
        for n in range(4):
            with self.subTest(n=n):
                self.assertLess(n, 2)

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertIn('z', 'abc')

    @unittest.expectedFailure
    def test_unexpected(self):
        pass


class MessagesTest(unittest.TestCase):
    longMessage = True

    def test_messages(self):
        checks = [
            lambda: self.assertTrue(0),
            lambda: self.assertFalse([1]),
            lambda: self.assertIsNone(5),
            lambda: self.assertIsNotNone(None),
            lambda: self.assertIs([], []),
            lambda: self.assertNotEqual(1, 1),
            lambda: self.assertIn(4, [1, 2], 'custom'),
            lambda: self.assertNotIn(1, [1]),
            lambda: self.assertIsInstance(1, str),
            lambda: self.assertGreater(1, 2),
            lambda: self.assertGreaterEqual(1, 2),
            lambda: self.assertLessEqual(3, 2),
            lambda: self.assertAlmostEqual(1.0, 1.1),
            lambda: self.assertAlmostEqual(1.0, 1.5, delta=0.1),
            lambda: self.assertNotAlmostEqual(1.0, 1.0),
            lambda: self.assertRegex('hello', r'\d+'),
            lambda: self.assertCountEqual([1, 1, 2], [1, 2, 2]),
            lambda: self.assertEqual([1, 2, 3], [1, 2, 4]),
            lambda: self.assertEqual((1, 2), (1, 2, 3)),
            lambda: self.fail('explicit'),
        ]
        for check in checks:
            try:
                check()
            except AssertionError as e:
                print(str(e).split('\n\n- ')[0])


loader = unittest.TestLoader()
print(loader.getTestCaseNames(InventoryTest))
suite = loader.loadTestsFromTestCase(InventoryTest)
print(suite.countTestCases(), InventoryTest('test_add'), repr(InventoryTest('test_add')))
result = report(suite, 2)
print(result.wasSuccessful(), result.testsRun, len(result.failures), len(result.errors), len(result.skipped))
report(unittest.TestSuite([InventoryTest('test_add'), InventoryTest('test_wrong')]), 1)
report(loader.loadTestsFromTestCase(MessagesTest), 0)
try:
    InventoryTest('test_missing')
except ValueError as e:
    print(e)
print(unittest.TestCase, unittest.TextTestResult)
