# np.einsum's sublist form: subscripts 0..51 (upper case labels first, as NumPy), Ellipsis entries,
# out-of-range subscripts; and '...' next to upper-case labels in the string form.
import numpy as np
a = np.arange(6).reshape(2, 3)
print(np.einsum(a, [30, 51], [51, 30]))
print(np.einsum(a, [0, 27], a, [1, 27]))
print(np.einsum(a, [Ellipsis, 1], [1, Ellipsis]))
for bad in [lambda: np.einsum(a, [0, 52]), lambda: np.einsum(a, [0, -1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
x = np.arange(24).reshape(2, 3, 4)
print(np.einsum('A...->...', x))
print(np.einsum('...A,...A->...', x, x))
print(np.einsum('AB...', x).shape, np.einsum('...B', x).shape)
