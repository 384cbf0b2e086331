# storing attributes on builtin values: computed attributes without setters, methods, and unknown names
import numpy as np
a = np.zeros(2)
for target, name in [(a, 'T'), (a, 'shape'), ([], 'append'), (1, 'real'), (1.5, 'imag'), ('s', 'x'), ((1,), 'count'), ({}, 'keys'), (1j, 'real'), (range(3), 'start'), (slice(1), 'stop')]:
    try:
        setattr(target, name, 1)
        print('set', name)
    except AttributeError as e:
        print('AttributeError:', e)
a.shape = (2, 1)
print(a.shape)
