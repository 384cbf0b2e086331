# an uncaught exception group: CPython's sectioned traceback, with chained and nested members
def f():
    raise ValueError("inner v")
def g():
    try:
        f()
    except ValueError as e:
        raise TypeError("t") from e
excs = []
for fn in (f, g):
    try:
        fn()
    except Exception as e:
        excs.append(e)
excs.append(KeyError('k'))
excs.append(ExceptionGroup('nested', [OSError('o'), ZeroDivisionError('z')]))
def main():
    try:
        raise ExceptionGroup("many problems", excs)
    except* KeyError:
        print('handled key error')
main()
