# set_printoptions: override_repr (and its reset), invalid legacy warns only, option validation messages
import warnings
import numpy as np

np.set_printoptions(override_repr=lambda a: 'ARR%d' % a.size)
print(repr(np.array([1, 2])), np.array_repr(np.arange(3)), str(np.array([1, 2])))
print(np.get_printoptions()['override_repr'] is not None)
np.set_printoptions(precision=3)
print(repr(np.array([1.5])), np.get_printoptions()['override_repr'])
with np.printoptions(override_repr=lambda a: 'ctx'):
    print(repr(np.zeros(2)))
print(repr(np.zeros(2)))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(np.set_printoptions(legacy='1.0'))
    print([(x.category.__name__, str(x.message)) for x in w])
for bad in [dict(floatmode='x'), dict(sign='x'), dict(precision='a'), dict(threshold='x')]:
    try:
        np.set_printoptions(**bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
