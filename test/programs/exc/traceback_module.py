# traceback: format_exc/print_exc/format_exception/format_exception_only, chained exceptions, nothing being
# handled (paths are shown relative, so the output does not depend on where the repository is)
import io, sys, traceback

def show(text):
    print(text.replace(__file__, 'x.py'), end='')

def f(x):
    raise KeyError('missing')
def g():
    f({})
try:
    g()
except KeyError:
    show(traceback.format_exc())
try:
    raise ValueError('bad value')
except ValueError as e:
    print(traceback.format_exception_only(type(e), e))
    show(''.join(traceback.format_exception(e)))
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    show(buf.getvalue())
try:
    try:
        int('x')
    except ValueError as e:
        raise RuntimeError('wrapped') from e
except RuntimeError:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    show(buf.getvalue())
show(traceback.format_exc())
