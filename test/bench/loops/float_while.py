# while loops over floats (numerical integration, Newton iterations)
def integrate(a, b, steps):
    h = (b - a) / steps
    x = a
    acc = 0.0
    i = 0
    while i < steps:
        acc += x * x * h + 0.5 * x * h
        x += h
        i += 1
    return acc

def newton_sqrt(v):
    x = v
    it = 0
    while abs(x * x - v) > 1e-12 * v and it < 100:
        x = 0.5 * (x + v / x)
        it += 1
    return x

total = integrate(0.0, 3.0, 1500000)
k = 1.0
s = 0.0
while k < 150000.0:
    s += newton_sqrt(k)
    k += 1.0
print(round(total, 6), round(s, 3))
