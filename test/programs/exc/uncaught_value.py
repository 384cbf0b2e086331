# an uncaught exception at the end: stdout before it must still appear
print("before the error")
for i in range(3):
    print("line", i)
def fail(x):
    if x > 2:
        raise ValueError("bad value: %d" % x)
    return x
print(fail(1))
fail(5)
print("never printed")
