/**
 * The loading and reporting half of `unittest` (appended to src/stdlib/unittest.ts's source): TestSuite
 * (with the setUpClass/tearDownClass calls around each class's tests), TestLoader, TextTestResult's
 * dots or verbose "... ok" lines, the ERROR/FAIL sections between separator lines, TextTestRunner's
 * "Ran N tests in T.TTTs" summary with OK/FAILED and the skipped/expected-failure counts (tests run
 * under the runner's `warnings` filter), and main(), which loads the TestCase classes of __main__ (or
 * the names on the command line), runs them with warnings shown ('default') and exits with status 0 or
 * 1 the way CPython 3.11's unittest.main does.
 */
export const runnerSource = String.raw`

class TestSuite(object):
    __module__ = 'unittest.suite'
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (strclass(self.__class__), list(self))

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(test.countTestCases() for test in self)

    def addTest(self, test):
        if not callable(test):
            raise TypeError('{} is not callable'.format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for test in self:
            if result.shouldStop:
                break
            if isinstance(test, TestCase):
                self._classSetUp(test, result)
                if test.__class__._classSetupFailed:
                    continue
            test(result)
        self._classTearDown(result)
        return result

    def _classSetUp(self, test, result):
        previous = getattr(result, '_previousTestClass', None)
        current = test.__class__
        if current == previous:
            return
        self._classTearDown(result)
        result._previousTestClass = current
        current._classSetupFailed = False
        if getattr(current, '__unittest_skip__', False):
            return
        try:
            current.setUpClass()
        except SkipTest as e:
            current._classSetupFailed = True
            result.addSkip(_ErrorHolder('setUpClass (%s)' % strclass(current)), str(e))
        except Exception:
            current._classSetupFailed = True
            result.addError(_ErrorHolder('setUpClass (%s)' % strclass(current)), sys.exc_info())

    def _classTearDown(self, result):
        previous = getattr(result, '_previousTestClass', None)
        if previous is None:
            return
        result._previousTestClass = None
        if previous._classSetupFailed or getattr(previous, '__unittest_skip__', False):
            return
        try:
            previous.tearDownClass()
        except Exception:
            result.addError(_ErrorHolder('tearDownClass (%s)' % strclass(previous)), sys.exc_info())

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)


class _ErrorHolder(object):
    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __str__(self):
        return self.id()

    def countTestCases(self):
        return 0


class TestLoader(object):
    __module__ = 'unittest.loader'
    testMethodPrefix = 'test'
    suiteClass = TestSuite

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError('Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?')
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            return load_tests(self, tests, pattern)
        return tests

    def loadTestsFromName(self, name, module=None):
        parts = name.split('.')
        obj = module if module is not None else __import__(parts.pop(0))
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if callable(obj) and isinstance(parent, type) and issubclass(parent, TestCase):
            return self.suiteClass([parent(obj.__name__)])
        if isinstance(obj, TestSuite):
            return obj
        return self.loadTestsFromModule(obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])

    def getTestCaseNames(self, testCaseClass):
        return sorted(name for name in dir(testCaseClass)
                      if name.startswith(self.testMethodPrefix) and callable(getattr(testCaseClass, name)))


defaultTestLoader = TestLoader()


class _WritelnDecorator(object):
    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    __module__ = 'unittest.runner'
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        if not self.showAll:
            return
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write('  ')
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            self._write_status(subtest, 'FAIL' if issubclass(err[0], subtest.failureException) else 'ERROR')
            self._dot('F' if issubclass(err[0], subtest.failureException) else 'E')
        super().addSubTest(test, subtest, err)

    def _dot(self, ch):
        if self.dots:
            self.stream.write(ch)
            self.stream.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._write_status(test, 'ok')
        self._dot('.')

    def addError(self, test, err):
        super().addError(test, err)
        self._write_status(test, 'ERROR')
        self._dot('E')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._write_status(test, 'FAIL')
        self._dot('F')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._write_status(test, 'skipped {0!r}'.format(reason))
        self._dot('s')

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._write_status(test, 'expected failure')
        self._dot('x')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._write_status(test, 'unexpected success')
        self._dot('u')

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        if self.unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in self.unexpectedSuccesses:
                self.stream.writeln('UNEXPECTED SUCCESS: %s' % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln('%s: %s' % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln('%s' % err)
            self.stream.flush()


class TextTestRunner(object):
    __module__ = 'unittest.runner'
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False,
                 resultclass=None, warnings=None, *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        with warnings.catch_warnings():
            if self.warnings:
                warnings.simplefilter(self.warnings)
                # the deprecated assert aliases warn once per module, however often they are called
                if self.warnings in ('default', 'always'):
                    warnings.filterwarnings('module', category=DeprecationWarning, message=r'Please use assert\w+ instead.')
            startTime = time.perf_counter()
            result.startTestRun()
            try:
                test(result)
            finally:
                result.stopTestRun()
            timeTaken = time.perf_counter() - startTime
        result.printErrors()
        self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln('Ran %d test%s in %.3fs' % (run, run != 1 and 's' or '', timeTaken))
        self.stream.writeln()
        expectedFails = len(result.expectedFailures)
        unexpectedSuccesses = len(result.unexpectedSuccesses)
        skipped = len(result.skipped)
        infos = []
        if not result.wasSuccessful():
            self.stream.write('FAILED')
            failed, errored = len(result.failures), len(result.errors)
            if failed:
                infos.append('failures=%d' % failed)
            if errored:
                infos.append('errors=%d' % errored)
        else:
            self.stream.write('OK')
        if skipped:
            infos.append('skipped=%d' % skipped)
        if expectedFails:
            infos.append('expected failures=%d' % expectedFails)
        if unexpectedSuccesses:
            infos.append('unexpected successes=%d' % unexpectedSuccesses)
        if infos:
            self.stream.writeln(' (%s)' % (', '.join(infos),))
        else:
            self.stream.write('\n')
        self.stream.flush()
        return result


class TestProgram(object):
    __module__ = 'unittest.main'
    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=defaultTestLoader, exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.verbosity = verbosity
        self.failfast = failfast
        self.testRunner = testRunner
        self.testLoader = testLoader
        # the warnings raised while tests run are shown ('default') unless the caller or -W says otherwise
        self.warnings = 'default' if warnings is None and not sys.warnoptions else warnings
        names = [a for a in argv[1:] if not a.startswith('-')]
        for a in argv[1:]:
            if a in ('-v', '--verbose'):
                self.verbosity = 2
            elif a in ('-q', '--quiet'):
                self.verbosity = 0
            elif a in ('-f', '--failfast'):
                self.failfast = True
        if not names and defaultTest is not None:
            names = [defaultTest] if isinstance(defaultTest, str) else list(defaultTest)
        if names:
            self.test = self.testLoader.loadTestsFromNames(names, self.module)
        else:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        self.runTests()

    def runTests(self):
        testRunner = self.testRunner
        if testRunner is None:
            testRunner = TextTestRunner
        if isinstance(testRunner, type):
            testRunner = testRunner(verbosity=self.verbosity, failfast=bool(self.failfast), warnings=self.warnings)
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
`;
