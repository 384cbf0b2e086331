# int / int is correctly rounded even when an operand does not fit a float exactly
a = 2**53 + 1
print(a / 3, -a / 3, a / -1, (2**64 + 1) / 2)
print(10**30 / 7, 123456789012345678901 / 10**20, (3**100) / (7**60))
print(1 / 3**700, 3 / 2**1075, (2**1074 + 1) / 2**2148, 0 / -10**30)
print((2**1024 - 2**971) / 1, 10**400 / 10**399)
try:
    print((2**1024 - 2**970) / 1)
except OverflowError as e:
    print(e)
