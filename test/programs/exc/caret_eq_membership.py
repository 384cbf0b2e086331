# The ^ marker under the operation that ran a user __eq__ when the line has no `==`: a membership
# test (`in`, `not in`) or a list method comparing its items (index, count, remove).
import traceback


def show():
    for line in traceback.format_exc().splitlines()[1:]:
        print(line.replace(__file__, "FILE"))


class V:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x


def member():
    return V(1) in [V(2), 3]


def not_member():
    return V(1) not in (V(2), None)


def index():
    return [V(5), 7].index(V(0))


for check in [member, not_member, index]:
    try:
        print(check())
    except AttributeError:
        show()
items = [V(3), "s"]
try:
    print(len(items), items.count(V(9)))
except AttributeError:
    show()
