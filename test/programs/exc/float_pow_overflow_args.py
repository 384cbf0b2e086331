# a float power out of range raises OverflowError with errno-style args, as CPython's does
for base, exp in [(10.0, 400), (2.0, 5000.5), (-1e200, 3)]:
    try:
        print(base ** exp)
    except OverflowError as e:
        print(repr(e), e.args, str(e))
print(10.0 ** -400, 2.0 ** 1023)
