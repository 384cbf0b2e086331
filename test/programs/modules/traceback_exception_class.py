# traceback.TracebackException: an exception's report as data (type, str, stack, chained exceptions, lines)
import traceback, io
def inner():
    raise KeyError('missing')
def outer():
    try:
        inner()
    except KeyError as e:
        raise RuntimeError('outer failed') from e
try:
    outer()
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack), [f.name for f in te.stack])
    print(list(te.format_exception_only()))
    print(te.__cause__.exc_type.__name__, te.__cause__, te.__context__ is not None, te.__suppress_context__)
    lines = list(te.format(chain=False)); print(len(lines), lines[0], lines[-1], [l.split(', ', 1)[1] for l in lines[1:-1]])
    buf = io.StringIO(); te.print(file=buf); print(buf.getvalue().count('Traceback'))
    print(te == traceback.TracebackException.from_exception(e))
try:
    compile('x = (1,', 'src.py', 'exec')
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, te.msg, te.exc_type.__name__)
