from contextlib import contextmanager, suppress, nullcontext, closing, ExitStack, AbstractContextManager

@contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    finally:
        print('</' + name + '>')

with tag('h1') as t:
    print('inside', t)

try:
    with tag('p'):
        raise ValueError('oops')
except ValueError as e:
    print('propagated', e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))

with swallow():
    {}['missing']
print('after swallow')

@contextmanager
def noyield():
    if False:
        yield

try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@contextmanager
def twice():
    yield 1
    yield 2

try:
    with twice():
        pass
except RuntimeError as e:
    print('RuntimeError', e)

@tag('decorated')
def work(x):
    print('working', x)
    return x * 2
print(work(21))
print(work(1))

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print('not suppressed', e)

with nullcontext(5) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)

class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print('closing', self.n)
    def __enter__(self):
        print('enter', self.n)
        return self
    def __exit__(self, *a):
        print('exit', self.n)
        return False

with closing(Res(0)) as r:
    print('using', r.n)

with ExitStack() as stack:
    rs = [stack.enter_context(Res(i)) for i in range(3)]
    stack.callback(print, 'callback ran')
    print('body', [r.n for r in rs])

try:
    with ExitStack() as stack:
        stack.enter_context(Res(9))
        raise KeyError('k')
except KeyError as e:
    print('exitstack propagated', e)

with ExitStack() as stack:
    stack.push(suppress(TypeError))
    raise TypeError('hidden')
print('suppressed via push')

class CM(AbstractContextManager):
    def __exit__(self, *a):
        print('CM exit')
with CM() as c:
    print(type(c).__name__)
