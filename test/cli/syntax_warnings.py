# SyntaxWarnings of the compiler are printed before the program runs, with the line they are about
count = 3
if count is 3:
    print("three")
while count is not 0:
    count -= 1
assert (count == 0, "count should reach zero")
try:
    pairs = [(1, 2) (3, 4)]
except TypeError as e:
    print("TypeError:", e)
finally:
    print("done", "abc"[0], [10, 20][count] if count is 0 else None)
