# printf-style % formatting
print("%s and %s" % ("this", "that"))
print("%d %i %5d %-5d| %05d %+d" % (42, 42, 42, 42, 42, 42))
print("%f %.2f %10.3f %-10.1f| %e %.2E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 31415.9, 0.00001, 1e20))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%r %s %a" % ("str", [1, "x"], "é"))
print("%c%c" % ("A", 66))
print("100%% sure, %s" % "yes")
print("%(name)s is %(age)d" % {"name": "Bob", "age": 5})
print("%s" % (1,), "%s" % [1, 2], "%s" % ((1, 2),))
print("%*d|%-*s|%.*f" % (5, 3, 4, "ab", 2, 3.14159))
print("%d" % 3.99, "%s" % None, "%.3s" % "abcdef", "%5.1s|" % "xyz")
try:
    "%d %d" % (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    "%d" % "a"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print("TypeError:", e)
print(b"%s-%d" % (b"bytes", 5))
