/**
 * `doctest`, written in Python (see src/stdlib/index.ts): the examples of a module's docstrings (its own,
 * its functions', classes', methods', properties' and nested classes') run against the output they show,
 * as `doctest.testmod()` at the end of a script does. Kept from CPython 3.11: how examples and their
 * expected output are cut from a docstring (indentation, `...` continuation lines, expected tracebacks
 * and their last line), the option flags and `# doctest:` directives (ELLIPSIS, NORMALIZE_WHITESPACE,
 * SKIP, IGNORE_EXCEPTION_DETAIL, <BLANKLINE>, True for 1), the order tests run in (by name) and the text
 * of the verbose trace, failure reports and summary, with CPython's line numbers. An example runs as an
 * expression whose repr is echoed when it compiles as one, else as statements. Not provided: testfile,
 * DocTestSuite and the unittest glue, the debugger, and the diff report flags (they report as plain).
 */
export const source = String.raw`
import sys as _sys
import re as _re
import io as _io
import traceback as _traceback
import builtins as _builtins
from collections import namedtuple as _namedtuple

__all__ = ['register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE',
           'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF',
           'REPORT_NDIFF', 'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST', 'Example', 'DocTest',
           'DocTestParser', 'DocTestFinder', 'DocTestRunner', 'OutputChecker', 'testmod',
           'run_docstring_examples', 'TestResults']

TestResults = _namedtuple('TestResults', 'failed attempted')

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'
_DIVIDER = '*' * 70


def _indent(s, indent=4):
    # every non-empty line gets the indent
    return _re.sub('(?m)^(?!$)', indent * ' ', s)


def _exception_traceback(exc_info):
    buf = _io.StringIO()
    _traceback.print_exception(exc_info[0], exc_info[1], exc_info[2], file=buf)
    return buf.getvalue()


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    if not got.startswith(first) or not got.endswith(last) or len(first) + len(last) > len(got):
        return False
    pos, end = len(first), len(got) - len(last)
    for piece in pieces[1:-1]:
        at = got.find(piece, pos, end)
        if at < 0:
            return False
        pos = at + len(piece)
    return True


def _strip_exception_details(msg):
    # 'pkg.mod.Error: detail' -> 'Error': the class's own name, without its module or message
    msg = msg.split('\n', 1)[0].split(':', 1)[0]
    return msg.rsplit('.', 1)[-1]


class Example:
    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg) == \
            (other.source, other.want, other.lineno, other.indent, other.options, other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        n = len(self.examples)
        count = 'no examples' if n == 0 else '1 example' if n == 1 else '%d examples' % n
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name, self.filename, self.lineno, count)

    def _key(self):
        return (self.name, self.filename, -1 if self.lineno is None else self.lineno, id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()


_DIRECTIVE = _re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', _re.MULTILINE)
_TRACEBACK_HEADER = _re.compile(r'Traceback \((?:most recent call last|innermost last)\):\s*$')


class DocTestParser:
    def parse(self, string, name='<string>'):
        # text between examples is kept as strings, as CPython's parser does
        string = string.expandtabs()
        lines = string.split('\n')
        indents = [len(l) - len(l.lstrip(' ')) for l in lines if l.lstrip(' ')[:1].strip()]
        margin = min(indents) if indents else 0
        if margin:
            lines = [l[margin:] for l in lines]
        output = []
        text = []
        i = 0
        while i < len(lines):
            line = lines[i]
            body = line.lstrip(' ')
            if not body.startswith('>>>'):
                text.append(line)
                i += 1
                continue
            output.append('\n'.join(text) + ('\n' if text else ''))
            text = []
            indent = len(line) - len(body)
            lineno = i
            src = [self._prompt_line(line, indent, '>>>', i, name)]
            i += 1
            while i < len(lines) and lines[i].lstrip(' ').startswith('...'):
                src.append(self._prompt_line(lines[i], indent, '...', i, name))
                i += 1
            want = []
            while i < len(lines) and lines[i].strip(' ') and not lines[i].lstrip(' ').startswith('>>>'):
                w = lines[i]
                if w[:indent].strip(' '):
                    raise ValueError('line %r of the docstring for %s has inconsistent leading whitespace: %r'
                                     % (i + 1, name, w))
                want.append(w[indent:])
                i += 1
            source = '\n'.join(src)
            want = '\n'.join(want)
            output.append(Example(source, want, self._exc_msg(want), lineno, indent,
                                  self._find_options(source, name, lineno)))
        output.append('\n'.join(text))
        return output

    def _prompt_line(self, line, indent, prompt, i, name):
        if len(line) - len(line.lstrip(' ')) != indent:
            raise ValueError('line %r of the docstring for %s has inconsistent leading whitespace: %r'
                             % (i + 1, name, line))
        rest = line[indent + 3:]
        if rest and rest[0] != ' ':
            raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                             % (i + 1, name, prompt, line))
        return rest[1:]

    def _exc_msg(self, want):
        # an expected traceback: its message runs from the first line that starts with a word character
        lines = want.split('\n')
        if not _TRACEBACK_HEADER.match(lines[0]):
            return None
        for k in range(1, len(lines)):
            if _re.match(r'\w', lines[k]):
                return '\n'.join(lines[k:])
        return None

    def _find_options(self, source, name, lineno):
        options = {}
        for m in _DIRECTIVE.finditer(source):
            for option in m.group(1).replace(',', ' ').split():
                if option[:1] not in ('+', '-') or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        return options

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)


class DocTestFinder:
    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if self._verbose:
            print('Finding tests in %s' % name)
        if module is None:
            module = obj if type(obj) is type(_sys) else _sys.modules.get(getattr(obj, '__module__', None))
        filename = getattr(module, '__file__', None)
        source_lines = None
        if filename:
            try:
                with open(filename) as f:
                    source_lines = f.read().splitlines(True)
            except OSError:
                source_lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, filename, set())
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if isinstance(obj, property):
            # a namedtuple's field accessors are properties here (CPython's are not): a property counts
            # when its getter comes from the module
            obj = obj.fget
            if obj is None or getattr(obj, '__module__', None) == 'collections':
                return module is None
        if module is None:
            return True
        return getattr(obj, '__module__', None) == module.__name__

    def _find(self, tests, obj, name, module, source_lines, globs, filename, seen):
        if id(obj) in seen:
            return
        seen.add(id(obj))
        test = self._get_test(obj, name, module, globs, source_lines, filename)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if type(obj) is type(_sys):
            for valname, val in obj.__dict__.items():
                if (_is_function(val) or isinstance(val, type)) and self._from_module(module, val):
                    self._find(tests, val, name + '.' + valname, module, source_lines, globs, filename, seen)
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, str):
                    raise ValueError('DocTestFinder.find: __test__ keys must be strings: %r' % (type(valname),))
                self._find(tests, val, '%s.__test__.%s' % (name, valname), module, source_lines, globs,
                           filename, seen)
        elif isinstance(obj, type):
            for valname, val in obj.__dict__.items():
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if (_is_function(val) or isinstance(val, (type, property))) and self._from_module(module, val):
                    self._find(tests, val, name + '.' + valname, module, source_lines, globs, filename, seen)

    def _get_test(self, obj, name, module, globs, source_lines, filename):
        if isinstance(obj, str):
            docstring = obj
        else:
            docstring = getattr(obj, '__doc__', None) or ''
            if not isinstance(docstring, str):
                docstring = str(docstring)
        if self._exclude_empty and not docstring:
            return None
        lineno = self._find_lineno(obj, source_lines)
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        # the 0-based line where the object's docstring starts
        lineno = None
        if type(obj) is type(_sys):
            lineno = 0
        elif isinstance(obj, type):
            if source_lines is None:
                return None
            pat = _re.compile(r'^\s*class\s*%s\b' % _re.escape(getattr(obj, '__name__', '-')))
            for i, line in enumerate(source_lines):
                if pat.match(line):
                    lineno = i
                    break
        elif _is_function(obj):
            lineno = obj.__code__.co_firstlineno - 1
        if lineno is None:
            return None
        if source_lines is None:
            return lineno + 1
        pat = _re.compile(r'(^|.*:)\s*\w*("|\')')
        for i in range(lineno, len(source_lines)):
            if pat.match(source_lines[i]):
                return i
        return None


def _is_function(obj):
    return type(obj).__name__ == 'function' and hasattr(obj, '__code__')


class OutputChecker:
    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = _re.sub(r'(?m)^%s\s*?$' % _re.escape(BLANKLINE_MARKER), '', want)
            got = _re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = _re.sub(r'(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


def _run_source(source, filename, globs):
    # an expression echoes its repr (sys.displayhook's job in CPython's 'single' mode); else statements
    code = None
    try:
        code = compile(source, filename, 'eval')
    except SyntaxError:
        pass
    if code is None:
        exec(compile(source, filename, 'exec'), globs)
        return
    value = eval(code, globs)
    if value is not None:
        _builtins._ = None
        _sys.stdout.write(repr(value) + '\n')
        _builtins._ = value


class DocTestRunner:
    DIVIDER = _DIVIDER

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in _sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _io.StringIO()

    def report_start(self, out, test, example):
        if not self._verbose:
            return
        if example.want:
            out('Trying:\n' + _indent(example.source) + 'Expecting:\n' + _indent(example.want))
        else:
            out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        out.append(_indent(example.source))
        return '\n'.join(out)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        saved = _sys.stdout
        if out is None:
            out = saved.write
        _sys.stdout = self._fakeout
        try:
            return self._run_examples(test, out)
        finally:
            _sys.stdout = saved
            if clear_globs:
                test.globs.clear()
                _builtins._ = None

    def _run_examples(self, test, out):
        failures = tries = 0
        original = self.optionflags
        for num, example in enumerate(test.examples):
            quiet = self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0
            self.optionflags = original
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            exc_info = None
            try:
                _run_source(example.source, '<doctest %s[%d]>' % (test.name, num), test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException:
                exc_info = _sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.seek(0)
            self._fakeout.truncate(0)
            ok = False
            if exc_info is None:
                ok = self._checker.check_output(example.want, got, self.optionflags)
            else:
                exc_msg = _traceback.format_exception_only(exc_info[0], exc_info[1])[-1]
                if not quiet:
                    got += _exception_traceback(exc_info)
                if example.exc_msg is not None:
                    ok = self._checker.check_output(example.exc_msg, exc_msg, self.optionflags) or (
                        self.optionflags & IGNORE_EXCEPTION_DETAIL and self._checker.check_output(
                            _strip_exception_details(example.exc_msg), _strip_exception_details(exc_msg),
                            self.optionflags))
            if ok:
                if not quiet:
                    self.report_success(out, test, example, got)
            else:
                failures += 1
                if quiet:
                    pass
                elif exc_info is not None and example.exc_msg is None:
                    self.report_unexpected_exception(out, test, example, exc_info)
                else:
                    self.report_failure(out, test, example, got)
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original
        f, t = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + failures, t + tries)
        self.failures += failures
        self.tries += tries
        return TestResults(failures, tries)

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests, passed, failed = [], [], []
        total_t = total_f = 0
        for name, (f, t) in self._name2ft.items():
            total_t += t
            total_f += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), 'items had no tests:')
                for name in sorted(notests):
                    print('   ', name)
            if passed:
                print(len(passed), 'items passed all tests:')
                for name, t in sorted(passed):
                    print(' %3d tests in %s' % (t, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), 'items had failures:')
            for name, (f, t) in sorted(failed):
                print(' %3d of %3d in %s' % (f, t, name))
        if verbose:
            print(total_t, 'tests in', len(self._name2ft), 'items.')
            print(total_t - total_f, 'passed and', total_f, 'failed.')
        if total_f:
            print('***Test Failed***', total_f, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(total_f, total_t)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    if m is None:
        m = _sys.modules.get('__main__')
    if type(m) is not type(_sys):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None, optionflags=0):
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags)
`;
