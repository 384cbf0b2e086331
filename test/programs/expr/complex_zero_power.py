# a zero complex base to a negative integer power: the ZeroDivisionError CPython words as the power's
for a, b in [(0j, -1), (0j, -1.5), (0j, 1j), (0j, -1+1j), (0j, 0j), (0, -1j), (0.0+0j, complex(-2, 0)), (0j, 0.5j), (1e-200j, -2), (0j, 2), (2j, -2)]:
    try: print(a, b, a ** b)
    except Exception as e: print(a, b, type(e).__name__, e)
