# (tree of + - * over ints) % M for a power-of-two M: values of every sign and size, bigints, bools
def lcg(x):
    return (x * 1103515245 + 12345) % 2147483648

x = 12345
seq = []
for i in range(2000):
    x = lcg(x)
    seq.append(x)
print(seq[:5], seq[-1], sum(seq) % 1000003)

vals = [0, 1, -1, 7, -7, 2**31 - 1, 2**31, -2**31, 2**32 + 5, -(2**32) - 5, 2**52 + 3, -(2**53) + 1, 2**53 - 1, 2**63 + 11, -(2**70) - 1, True, False]
for m_exp in [0, 1, 4, 16, 30, 31]:
    out = []
    M = 2 ** m_exp
    for a in vals:
        for b in vals[::3]:
            if m_exp == 0:
                out.append((a * b + 3) % 1)
            elif m_exp == 1:
                out.append((a * b - a) % 2)
            elif m_exp == 4:
                out.append((a * a * b + b - 9) % 16)
            elif m_exp == 16:
                out.append((a * 40503 + b * 3) % 65536)
            elif m_exp == 30:
                out.append((a - b * a * 7) % 1073741824)
            else:
                out.append((a * 1103515245 + b) % 2147483648)
    print(M, len(out), out[:8], sum(out))

# floats and other types take the ordinary path
print((2.5 * 3 + 1) % 4, (3 * 1.0 + 1) % 8)
try:
    print(("a" * 3 + "b") % 8)
except TypeError as e:
    print("TypeError:", e)
class N:
    def __mul__(self, o): return 10
    def __rmul__(self, o): return 20
print((N() * 3 + 1) % 8, (3 * N() - 1) % 8)

# a hash of a string, kept in 32 bits
h = 0
for ch in "the quick brown fox":
    h = (h * 31 + ord(ch)) % 4294967296 % 2147483648
print(h)
