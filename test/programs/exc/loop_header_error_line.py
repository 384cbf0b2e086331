# errors of a loop's header on a later iteration (a while test, a for target's unpacking or store)
# are reported at the header's line, not at the body's last line (tracebacks printed to stdout)
import traceback
def show():
    # the script's path differs between machines: the traceback's lines without it
    for line in traceback.format_exc().splitlines():
        print(line.replace(__file__, 'FILE'))
def unpack_three(rows):
    total = 0
    for a, b, c in rows:
        total += a
        total += b + c
    return total
def unpack_pairs(rows):
    for a, b in rows:
        print(a, b)
def pairs_from_generator(rows):
    for a, b in (r for r in rows):
        print(a + b)
def while_test(keys):
    d = {"a": 1}
    i = 0
    while d[keys.pop()]:
        i += 1
class Box:
    __slots__ = ("x",)
def attribute_target(objs):
    for objs[0].x in [1, 2]:
        print(objs[0].x)
        objs[0] = 5
for fn, arg in [(unpack_three, [(1, 2, 3), (4, 5)]), (unpack_pairs, [(1, 2), [3, 4, 5]]),
                (pairs_from_generator, [(1, 2), (3,)]), (while_test, ["b", "a"]), (attribute_target, [Box()])]:
    try:
        fn(arg)
    except Exception:
        show()
