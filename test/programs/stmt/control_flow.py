# pass, break, continue, if/elif/else, while/else, for/else
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"
for n in (-3, 0, 5, 50):
    print(n, classify(n))
for i in range(3):
    pass
print("after pass", i)
class Empty:
    pass
def nothing():
    pass
print(nothing())
out = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    out.append(i)
print(out)
for i in range(3):
    pass
else:
    print("for-else runs when no break")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
print("broke at", i)
n = 0
while n < 3:
    n += 1
else:
    print("while-else", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
print("n", n)
for x in []:
    print("never")
else:
    print("empty for else")
count = 0
i = 0
while i < 5:
    i += 1
    j = 0
    while j < 5:
        j += 1
        if j == 3:
            break
        if j == 1:
            continue
        count += 1
print("count", count)
if []:
    print("no")
elif {}:
    print("no")
elif "x":
    print("nonempty str is true")
if not 0 and not None and not "" and not 0.0:
    print("falsy values")
