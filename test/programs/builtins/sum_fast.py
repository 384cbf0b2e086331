# sum() over lists of ints: the total crossing 2**53, then other item types after ints
big = 2**53
print(sum([big - 2, 1, 1, 1]))
print(sum([-(big - 2), -1, -1, -1]))
print(sum([big - 1, big - 1, -big]))
print(sum([1, 2, 3], 10))
print(sum([1, 2, 2.5, 3]))
print(sum([1, 2, 1.0]))
print(sum([1, True, False, 2]))
print(sum([1, 2, big * 4, 3]))
print(sum([0.5, 1, 2]))
print(sum([1, 2], 0.0))
print(sum([-0.0, 0]))
print(sum(range(10)))
print(sum((1, 2, 3)))
try:
    sum([1, 2, "x"])
except TypeError as e:
    print(e)
