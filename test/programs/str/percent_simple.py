# '%s=%d' style formatting: the cached simple formats and the general path
names = {"item0": 2578, "item1": 2578, "item10": 2578}
print(" ".join("%s=%d" % (k, names[k]) for k in sorted(names)))
for v in [0, -5, 2**60, True, 3.7, -2.5]:
    print("%s=%d|%i|%r" % ("k", v, v, v))
print("%s" % "solo", "%s" % (1,), "%d%%" % 50, "%s-%s" % ("a", "b"), "%5d|%-5d|%05d" % (1, 2, 3))
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b"))]:
    try:
        print(fmt % args)
    except TypeError as e:
        print("TypeError:", e)
