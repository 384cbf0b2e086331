# non-integral floats (plain JS numbers in ndpy) where builtins need an int or tell floats apart
import sys
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
half = 0.5
t('sizeof', lambda: sys.getsizeof(half))
t('__sizeof__', lambda: half.__sizeof__())
t('sizeof 1.0', lambda: sys.getsizeof(1.0))
t('sizeof 1e-9', lambda: sys.getsizeof(1e-9))
t('sizeof list', lambda: [sys.getsizeof(x) for x in (0, 1, 2**40, 1.5, float('inf'))])
t('open', lambda: open(half))
t('open 1e-9', lambda: open(1e-9))
t('open inf', lambda: open(float('inf')))

# range.count of a float
t('range count', lambda: [range(10**5).count(x) for x in (0.5, 1e-9, 3, 2.0, float('nan'))])
t('range count small', lambda: [range(5).count(x) for x in (2.5, 2.0, 2, True)])
