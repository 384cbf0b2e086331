/**
 * `unittest`, written in Python (see src/stdlib/index.ts): CPython 3.11's single-module core — TestCase
 * with setUp/tearDown (and the class-level pair), cleanups, subTest, the assert* family with CPython's
 * failure messages (with the ndiff of two differing containers' or strings' lines, cut at maxDiff),
 * assertRaises/assertRaisesRegex/assertWarns/assertLogs/assertNoLogs as context managers, the
 * deprecated aliases (assertEquals, failUnless…) warning at their caller, skip/skipIf/skipUnless/
 * expectedFailure, and TestResult; the loading and reporting classes follow in src/stdlib/unittestRunner.ts.
 * Traceback texts in results are an uncaught exception's, ^ markers and chained exceptions included,
 * without this module's own frames, as CPython's are.
 */
import { messagesSource } from './unittestMessages';
import { runnerSource } from './unittestRunner';

export const source =
  String.raw`
import sys
import time
import traceback
import warnings
import re as _re

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless', 'expectedFailure',
           'TextTestResult']

_MAX_LENGTH = 80


class SkipTest(Exception):
    """Raise this exception in a test to skip it."""
    __module__ = 'unittest.case'


class _ShouldStop(Exception):
    pass


class _UnexpectedSuccess(Exception):
    pass


def strclass(cls):
    return '%s.%s' % (cls.__module__, cls.__qualname__)


def _id(obj):
    return obj


def skip(reason):
    """Unconditionally skip a test."""
    def decorator(test_item):
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if callable(reason):
        test_item, reason = reason, ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    return skip(reason) if condition else _id


def skipUnless(condition, reason):
    return skip(reason) if not condition else _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = _re.compile(expected_regex) if isinstance(expected_regex, str) else expected_regex
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        name = getattr(self.expected, '__name__', str(self.expected))
        if exc_type is None:
            self.test_case.fail(self.test_case._formatMessage(self.msg, '%s not raised' % name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is not None and not self.expected_regex.search(str(exc_value)):
            self.test_case.fail(self.test_case._formatMessage(
                self.msg, '"%s" does not match "%s"' % (self.expected_regex.pattern, str(exc_value))))
        return True


class _AssertWarnsContext:
    def __init__(self, expected, test_case, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.msg = msg

    def __enter__(self):
        import warnings
        self._cm = warnings.catch_warnings(record=True)
        self.warnings = self._cm.__enter__()
        warnings.simplefilter('always')
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._cm.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        for w in self.warnings:
            if issubclass(w.category, self.expected):
                self.warning = w.message
                return True
        name = getattr(self.expected, '__name__', str(self.expected))
        self.test_case.fail(self.test_case._formatMessage(self.msg, '%s not triggered' % name))


class _LogsWatcher:
    # what assertLogs hands the test: the records caught and their formatted lines
    def __init__(self):
        self.records = []
        self.output = []

    def __repr__(self):
        return '_LoggingWatcher(records=%r, output=%r)' % (self.records, self.output)


class _AssertLogsContext:
    # for the duration of the block, the logger's only handler keeps its records; the logger's
    # handlers, level and propagation are put back on exit
    def __init__(self, test_case, logger, level, expect_logs):
        import logging
        self.test_case = test_case
        self.logger_arg = logger
        self.level = logging.getLevelName(level) if isinstance(level, str) else (level or logging.INFO)
        self.expect_logs = expect_logs
        self.msg = None

    def __enter__(self):
        import logging
        watcher = self.watcher = _LogsWatcher()

        class Keep(logging.Handler):
            def emit(self, record):
                watcher.records.append(record)
                watcher.output.append(self.format(record))

        logger = self.logger = (self.logger_arg if isinstance(self.logger_arg, logging.Logger)
                                else logging.getLogger(self.logger_arg))
        handler = Keep()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
        self.saved = (logger.handlers[:], logger.level, logger.propagate)
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        return watcher if self.expect_logs else None

    def __exit__(self, exc_type, exc_value, tb):
        import logging
        self.logger.handlers, level, self.logger.propagate = self.saved
        self.logger.setLevel(level)
        if exc_type is not None:
            return False
        if self.expect_logs and not self.watcher.records:
            self.test_case.fail(self.test_case._formatMessage(self.msg, 'no logs of level %s or higher triggered on %s' % (
                logging.getLevelName(self.level), self.logger.name)))
        if not self.expect_logs and self.watcher.records:
            self.test_case.fail(self.test_case._formatMessage(self.msg, 'Unexpected logs found: %r' % (self.watcher.output,)))


class _Outcome:
    def __init__(self, result):
        self.result = result
        self.success = True
        self.expecting_failure = False
        self.expectedFailure = None

    def run(self, test_case, fn, subtest=None, is_test=False):
        try:
            fn()
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            self.success = False
            self.result.addSkip(test_case, str(e))
        except BaseException:
            info = sys.exc_info()
            self.success = False
            if self.expecting_failure and is_test:
                self.expectedFailure = info
            elif issubclass(info[0], test_case.failureException):
                self.result.addFailure(subtest or test_case, info)
            else:
                self.result.addError(subtest or test_case, info)


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _subDescription(self):
        parts = []
        if self._message is not None:
            parts.append('[{}]'.format(self._message))
        if self.params:
            parts.append('({})'.format(', '.join('{}={!r}'.format(k, v) for (k, v) in self.params.items())))
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return '{} {}'.format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '{} {}'.format(self.test_case, self._subDescription())


class _SubTestContext:
    def __init__(self, test_case, msg, params):
        self.test_case = test_case
        self.sub = _SubTest(test_case, msg, params)

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            return False
        outcome = self.test_case._outcome
        if outcome is None or issubclass(exc_type, (KeyboardInterrupt, SkipTest)):
            return False
        outcome.success = False
        outcome.result.addSubTest(self.test_case, self.sub, (exc_type, exc_value, tb))
        return True


class TestCase(object):
    __module__ = 'unittest.case'
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _classSetupFailed = False

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._cleanups = []
        self._testMethodDoc = 'No test'
        try:
            testMethod = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError('no such test method in %s: %s' % (self.__class__, methodName))
        else:
            self._testMethodDoc = testMethod.__doc__

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            if self._outcome is not None:
                self._outcome.run(self, lambda: function(*args, **kwargs))
            else:
                function(*args, **kwargs)

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split('\n')[0].strip() if doc else None

    def id(self):
        return '%s.%s' % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return '%s (%s.%s)' % (self._testMethodName, strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return '<%s testMethod=%s>' % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=None, **params):
        return _SubTestContext(self, msg, params)

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        result.startTest(self)
        try:
            testMethod = getattr(self, self._testMethodName)
            if getattr(self.__class__, '__unittest_skip__', False) or getattr(testMethod, '__unittest_skip__', False):
                why = (getattr(self.__class__, '__unittest_skip_why__', '') or
                       getattr(testMethod, '__unittest_skip_why__', ''))
                result.addSkip(self, why)
                return result
            expecting_failure = (getattr(testMethod, '__unittest_expecting_failure__', False) or
                                 getattr(self, '__unittest_expecting_failure__', False))
            outcome = _Outcome(result)
            outcome.expecting_failure = expecting_failure
            self._outcome = outcome
            try:
                outcome.run(self, self.setUp)
                if outcome.success:
                    outcome.run(self, testMethod, is_test=True)
                    outcome.run(self, self.tearDown)
                self.doCleanups()
                if outcome.success:
                    if expecting_failure:
                        if outcome.expectedFailure:
                            result.addExpectedFailure(self, outcome.expectedFailure)
                        else:
                            result.addUnexpectedSuccess(self)
                    else:
                        result.addSuccess(self)
                elif expecting_failure and outcome.expectedFailure:
                    result.addExpectedFailure(self, outcome.expectedFailure)
                return result
            finally:
                self._outcome = None
        finally:
            result.stopTest(self)

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        try:
            return '%s : %s' % (standardMsg, msg)
        except UnicodeDecodeError:
            return '%s : %s' % (safe_repr(standardMsg), safe_repr(msg))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, '%s is not false' % safe_repr(expr)))

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, '%s is not true' % safe_repr(expr)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, msg=kwargs.pop('msg', None))
        if not args:
            return context
        callable_obj, *args = args
        with context:
            callable_obj(*args, **kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex, kwargs.pop('msg', None))
        if not args:
            return context
        callable_obj, *args = args
        with context:
            callable_obj(*args, **kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, kwargs.pop('msg', None))
        if not args:
            return context
        callable_obj, *args = args
        with context:
            callable_obj(*args, **kwargs)

    def assertLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, True)

    def assertNoLogs(self, logger=None, level=None):
        return _AssertLogsContext(self, logger, level, False)

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            # two objects of one builtin container type or str: that type's assert method, as CPython's
            # _getAssertEqualityFunc picks it
            kind = type(first) if type(first) is type(second) else None
            if kind in (list, tuple):
                self._sequenceDiffer(first, second, kind.__name__, msg)
            elif kind is dict:
                self.assertDictEqual(first, second, msg)
            elif kind in (set, frozenset):
                self.assertSetEqual(first, second, msg)
            elif kind is str:
                self.assertMultiLineEqual(first, second, msg)
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            self.fail(self._formatMessage(msg, standardMsg))

    def _truncateMessage(self, message, diff):
        if self.maxDiff is None or len(diff) <= self.maxDiff:
            return message + diff
        return message + ('\nDiff is %s characters long. Set self.maxDiff to None to see it.' % len(diff))

    @staticmethod
    def _pformatDiff(first, second):
        # the ndiff of two containers' pretty-printed lines, which CPython appends to their failure message
        import difflib
        import pprint
        return '\n' + '\n'.join(difflib.ndiff(pprint.pformat(first).splitlines(), pprint.pformat(second).splitlines()))

    def _sequenceDiffer(self, seq1, seq2, seq_type_name, msg):
        differing = '%ss differ: %s != %s\n' % ((seq_type_name.capitalize(),) + _common_shorten_repr(seq1, seq2))
        len1, len2 = len(seq1), len(seq2)
        for i in range(min(len1, len2)):
            if seq1[i] != seq2[i]:
                differing += '\nFirst differing element %d:\n%s\n%s\n' % ((i,) + _common_shorten_repr(seq1[i], seq2[i]))
                break
        else:
            if len1 > len2:
                differing += ('\nFirst %s contains %d additional elements.\n' % (seq_type_name, len1 - len2) +
                              'First extra element %d:\n%s\n' % (len2, safe_repr(seq1[len2])))
            elif len1 < len2:
                differing += ('\nSecond %s contains %d additional elements.\n' % (seq_type_name, len2 - len1) +
                              'First extra element %d:\n%s\n' % (len1, safe_repr(seq2[len1])))
        self.fail(self._formatMessage(msg, self._truncateMessage(differing, self._pformatDiff(seq1, seq2))))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, '%s == %s' % (safe_repr(first), safe_repr(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        self.fail(self._formatMessage(msg, standardMsg))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = '%s == %s within %r places' % (safe_repr(first), safe_repr(second), places)
        self.fail(self._formatMessage(msg, standardMsg))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq1 != seq2:
            self._sequenceDiffer(seq1, seq2, seq_type.__name__ if seq_type else 'sequence', msg)

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        if set1 == set2:
            return
        lines = []
        difference1 = set1.difference(set2)
        difference2 = set2.difference(set1)
        if difference1:
            lines.append('Items in the first set but not the second:')
            lines.extend(repr(item) for item in difference1)
        if difference2:
            lines.append('Items in the second set but not the first:')
            lines.extend(repr(item) for item in difference2)
        self.fail(self._formatMessage(msg, '\n'.join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            standardMsg = '%s != %s' % _common_shorten_repr(d1, d2)
            self.fail(self._formatMessage(msg, self._truncateMessage(standardMsg, self._pformatDiff(d1, d2))))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first != second:
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            # long strings are not diffed (CPython's _diffThreshold)
            if len(first) > 2 ** 16 or len(second) > 2 ** 16:
                self.fail(self._formatMessage(msg, standardMsg))
            import difflib
            ours, theirs = first.splitlines(True), second.splitlines(True)
            # one line with no line break at either end is compared as that line plus a newline
            if len(ours) == 1 and first[0] not in '\r\n' and first[-1] not in '\r\n':
                ours, theirs = [first + '\n'], [second + '\n']
            self.fail(self._formatMessage(msg, self._truncateMessage(standardMsg, '\n' + ''.join(difflib.ndiff(ours, theirs)))))

    def assertCountEqual(self, first, second, msg=None):
        first_seq, second_seq = list(first), list(second)
        missing = list(second_seq)
        extra = []
        for item in first_seq:
            if item in missing:
                missing.remove(item)
            else:
                extra.append(item)
        if missing or extra:
            lines = []
            for item in extra:
                lines.append('First has %d, Second has %d:  %r' % (first_seq.count(item), second_seq.count(item), item))
            for item in missing:
                lines.append('First has %d, Second has %d:  %r' % (first_seq.count(item), second_seq.count(item), item))
            self.fail(self._formatMessage(msg, 'Element counts were not equal:\n' + '\n'.join(lines)))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b))))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, '%s not greater than %s' % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, '%s not greater than or equal to %s' % (safe_repr(a), safe_repr(b))))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, '%s is not %s' % (safe_repr(expr1), safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % (safe_repr(expr1),)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % (safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s' % (safe_repr(member), safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s' % (safe_repr(member), safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r' % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (safe_repr(obj), cls)))

    def assertRegex(self, text, expected_regex, msg=None):
        if isinstance(expected_regex, str):
            expected_regex = _re.compile(expected_regex)
        if not expected_regex.search(text):
            standardMsg = "Regex didn't match: %r not found in %r" % (expected_regex.pattern, text)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        if isinstance(unexpected_regex, str):
            unexpected_regex = _re.compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            standardMsg = 'Regex matched: %r matches %r in %r' % (
                text[match.start():match.end()], unexpected_regex.pattern, text)
            self.fail(self._formatMessage(msg, standardMsg))

    def _deprecated(method):
        # the old names of the assert methods: they still work, with a DeprecationWarning at the caller
        def alias(*args, **kwargs):
            warnings.warn('Please use %s instead.' % method.__name__, DeprecationWarning, 2)
            return method(*args, **kwargs)
        return alias

    failUnlessEqual = assertEquals = _deprecated(assertEqual)
    failIfEqual = assertNotEquals = _deprecated(assertNotEqual)
    failUnlessAlmostEqual = assertAlmostEquals = _deprecated(assertAlmostEqual)
    failIfAlmostEqual = assertNotAlmostEquals = _deprecated(assertNotAlmostEqual)
    failUnless = assert_ = _deprecated(assertTrue)
    failUnlessRaises = _deprecated(assertRaises)
    failIf = _deprecated(assertFalse)
    assertRaisesRegexp = _deprecated(assertRaisesRegex)
    assertRegexpMatches = _deprecated(assertRegex)
    assertNotRegexpMatches = _deprecated(assertNotRegex)
    del _deprecated


class FunctionTestCase(TestCase):
    __module__ = 'unittest.case'
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return '%s (%s)' % (strclass(self.__class__), self._testFunc.__name__)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split('\n')[0].strip() or None


class TestResult(object):
    __module__ = 'unittest.result'
    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.failfast:
                self.stop()
            errors = self.failures if issubclass(err[0], test.failureException) else self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        exctype, value, tb = err
        # the report of an uncaught exception (^ markers, chained exceptions) without this module's
        # frames, and without a "Traceback" header left with no frame under it
        own = '  File "%s"' % __file__
        items = [i for i in traceback.format_exception(exctype, value, tb) if not i.startswith(own)]
        lines = [i for k, i in enumerate(items) if not (i.startswith('Traceback (') and
                                                        not items[k + 1].startswith('  File '))]
        return ''.join(lines)

    def __repr__(self):
        return '<%s run=%i errors=%i failures=%i>' % (
            strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))
` + messagesSource + runnerSource;
