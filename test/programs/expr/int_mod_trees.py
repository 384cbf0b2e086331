# integer trees reduced modulo a constant: products past 2**53, negative operands, non-int operands
def lcg(x, n):
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x)
    return out

print(lcg(12345, 5), lcg(2**31 - 1, 3), lcg(-7, 3), lcg(0, 2))

def trees(a, b, c):
    print((a * b) % 2147483648, (a * b - c) % 97, (a * a * b + c) % 1, (a - b * c) % 2**31, (c - a * b) % 1000003)
    print((a * b + c * a) % 65536, (3 * a - 2 * b * c) % 7, (a * -5) % 10, (a * b) % (2**31 - 1))

trees(3, 4, 5)
trees(2**31 - 1, 2**31 - 1, 2**30)
trees(-(2**31), 2**31 - 1, -1)
trees(9007199254740991, 9007199254740991, -9007199254740991)
trees(2**53, 3, 2**60)
trees(-4, 2, 0)
trees(0, -0, 0)
trees(True, False, True)
trees(2.5, 4, 1)
trees(3, 4.0, 1)
trees(-0.0, 1, 2)

for bad in ['ab', [1], None]:
    try:
        print((bad * 3 + 1) % 7)
    except TypeError as e:
        print('TypeError', e)

class M:
    def __mul__(self, o):
        return 10
    def __rmul__(self, o):
        return 20
print((M() * 3 + 1) % 7, (3 * M() - 1) % 7)

def order():
    try:
        return (zero * 3 + undefined_name) % 7
    except Exception as e:
        return type(e).__name__
zero = 0
print(order())
