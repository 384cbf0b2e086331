class S:
    def __str__(self):
        print("str called")
        return "S!"
    def __int__(self):
        return 7
    def __index__(self):
        return 8
vals = [1, -5, 2**60, 10**30, 1.5, 2.0, -0.0, float('nan'), True, False, None, "x", "", (1,), (1, 2), [1], {"a": 1}, S(), 3.7]
for v in vals:
    for f in ["%s", "a%sb", "%d", "<%i>", "%%%s%%"]:
        try:
            print(repr(f % v))
        except Exception as e:
            print(type(e).__name__, e)
for a in vals[:6]:
    for b in vals[8:14]:
        for f in ["%s=%d", "%d-%s", "%s%s"]:
            try:
                print(repr(f % (a, b)))
            except Exception as e:
                print(type(e).__name__, e)
i = 0
def nxt():
    global i
    i += 1
    print("eval", i)
    return i
print("%s %s" % (nxt(), nxt()))
try:
    print("%s %s" % (nxt(),))
except TypeError as e:
    print(e)
try:
    print("%s" % (nxt(), nxt()))
except TypeError as e:
    print(e)
print("%s and %s" % (S(), S()))
print("%d%%" % 50, "%s" % "%d", "%(a)s" % {"a": 1}, "%5d|%-3s|" % (4, "x"), "%r" % "q")
