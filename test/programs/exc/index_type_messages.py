# CPython 3.11's messages for bad sequence indices, unpacking a non-iterable, zip() of a non-iterable and
# three-argument pow() with a float
records = ["alice", "bob"]
for r in records:
    try:
        print(r["name"])
    except TypeError as e:
        print("TypeError:", e)
L, T, S, B, R, BA, K, F = [1], (1,), "a", b"a", range(3), bytearray(b"ab"), "a", 1.0
cases = [lambda: L[K], lambda: T[K], lambda: S[F], lambda: B[K], lambda: R[K], lambda: BA[K], lambda: R[5],
         lambda: B[5], lambda: BA[5], lambda: BA[-1], lambda: S[5], lambda: zip(1, [2]), lambda: zip([1], None),
         lambda: pow(2.0, 3, 5), lambda: pow(2, 3.0, 5), lambda: pow(2, 3, 0)]
for f in cases:
    try:
        print("ok", f())
    except (TypeError, IndexError, ValueError) as e:
        print(type(e).__name__, e)


def unpack_int():
    a, b = 5


def unpack_none():
    first, *rest = None


def loop_pairs():
    for k, v in [1, 2]:
        pass


for f in [unpack_int, unpack_none, loop_pairs]:
    try:
        f()
    except TypeError as e:
        print(f.__name__, "TypeError:", e)
