# module-level variables held in JS locals (no globals() here): loops, del, except-as unbinding, reads from functions, rebinding builtins
total = 0
for i in range(5):
    total += i
print(total, i)
counter = 10
def bump():
    global counter
    counter += 1
    return counter
print(bump(), counter, bump(), counter)
shared = [1]
def read_shared():
    return shared[-1]
shared = [2, 3]
print(read_shared())
tmp = "x"
del tmp
try:
    print(tmp)
except NameError as e:
    print("NameError:", e)
try:
    raise ValueError("boom")
except ValueError as err:
    print("caught", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
len = lambda seq: -1
print(len([1, 2]))
del len
print(len([1, 2]))
words = "a b a c b a".split()
seen = {}
for w in words:
    seen[w] = seen.get(w, 0) + 1
print(sorted(seen.items()), w)
if False:
    never = 1
try:
    print(never)
except NameError as e:
    print("NameError:", e)
x, (y, *z) = 1, (2, 3, 4)
print(x, y, z)
n = 0
while n < 3:
    n += 1
else:
    print("while done", n)
