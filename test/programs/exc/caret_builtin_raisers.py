# The ^ marker under a builtin that raised without naming itself: dict()/update() for a bad update
# sequence, join() for a non-str item, tuple.index(), split(""), str.format(); and, of several calls,
# the one given the literal the message names: len(5), list(5), iter(None), {}.pop("zz").
import traceback


def show():
    for line in traceback.format_exc().splitlines()[1:]:
        print(line.replace(__file__, "FILE"))


try:
    d = dict(item.split("=") for item in "a=1;b".split(";"))
except ValueError:
    show()
try:
    d = {}
    d.update([x.split("=") for x in "a=1;b".split(";")])
except ValueError:
    show()
try:
    print(str(1) + ", ".join([1, 2]))
except TypeError:
    show()
try:
    print((1, 2).index(3), sorted([1]))
except ValueError:
    show()
try:
    print("a,b".split(""), sorted([1]))
except ValueError:
    show()
try:
    print(list(map(str, [1])), list(5))
except TypeError:
    show()
try:
    print(len("ab"), len(5))
except TypeError:
    show()
try:
    print(list("ab"), {}.pop("zz"))
except KeyError:
    show()
try:
    print(list("ab"), {1: 2}.pop(7))
except KeyError:
    show()
try:
    print(round(2.5), "{:d}".format("x"))
except ValueError:
    show()
try:
    print(round(2.5), "{} {}".format(1))
except IndexError:
    show()
try:
    print(list("ab"), iter(None))
except TypeError:
    show()
