# nested loops with function calls
def f(i, j):
    return (i * j) % 11

def g(x):
    return x + 1 if x % 2 else x - 1

def work(n):
    acc = 0
    for i in range(n):
        for j in range(n):
            acc += g(f(i, j))
    return acc

total = 0
for k in range(4):
    total += work(850 + k)
print(total)
