# "'int' object is not callable": the marker goes under the call whose callee is not a function the
# file defines (here the call of what f(f(f(1))) returned).
def f(x):
    return x


def main():
    val = f(f(f(1)))(2)
    return val


main()
