# A statement directly in a try body that calls a function raising at its top level: the exception
# reaches the except clauses without a JS throw (FnCtx.softCall). Everything Python shows must be the same.
import sys
import traceback


class Account:
    def __init__(self, name):
        self.name = name
        self.balance = 0

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"bad amount {amount}")
        self.balance += amount
        return self.balance


def check(x, limit=10):
    if x > limit:
        raise OverflowError("too big", x)
    return x * 2


def chained(x):
    if x:
        raise KeyError(x) from ValueError("cause")
    return "ok"


acct = Account("a")
errors = []
for amount in [5, -1, 3, 0, 7]:
    try:
        acct.deposit(amount)
    except ValueError as e:
        errors.append(str(e))
print(acct.balance, errors)

# assignment to a name: not assigned when the call raises
r = "unset"
try:
    r = check(50)
except OverflowError as e:
    print("caught", e.args, r)
try:
    r = check(3)
except OverflowError:
    print("not here")
else:
    print("else", r)
finally:
    print("finally", r)

# a default parameter left out, and one given
for args in [(4,), (11,), (11, 20)]:
    try:
        v = check(*args)
        w = check(args[0], 5) if len(args) == 1 else None
        print("ok", v, w)
    except OverflowError as e:
        print("overflow", e)

# a clause that does not match: the exception goes on, with its frames
def outer(n):
    try:
        check(n)
    except KeyError:
        print("wrong clause")
    return "returned"


try:
    outer(99)
except OverflowError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line) for f in tb])

# cause and context
try:
    try:
        chained(1)
    except KeyError as e:
        print(repr(e), repr(e.__cause__), e.__suppress_context__)
        raise RuntimeError("in handler")
except RuntimeError as e:
    print(repr(e.__context__), e.__context__.__cause__)

# sys.exc_info inside the handler, and after
try:
    acct.deposit(-5)
except ValueError:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1])
print(sys.exc_info())

# in a loop with break/continue in the handlers, in a function
def scan(values):
    total = 0
    for v in values:
        try:
            total += check(v, 5)
        except OverflowError:
            if v > 100:
                break
            continue
        total += 1
    return total


print(scan([1, 2, 9, 3, 200, 4]))

# a recursive function raising at the bottom, caught level by level
def down(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        down(n - 1)
    except LookupError as e:
        raise LookupError(f"{e} < {n}")
    return n


try:
    down(4)
except LookupError as e:
    print(e)

# the handler re-raises; the traceback shows both frames
def again():
    try:
        acct.deposit(-2)
    except ValueError:
        raise


try:
    again()
except ValueError as e:
    print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])

# a method replaced on the instance, a bound method, a lambda: still right
acct.deposit = lambda amount: 1 / amount
try:
    acct.deposit(0)
except ZeroDivisionError as e:
    print("instance attr", e)
del acct.deposit
m = acct.deposit
try:
    m(-3)
except ValueError as e:
    print("bound", e)

# the exception object is the same one the function raised
saved = ValueError("kept")


def raise_saved():
    raise saved


try:
    raise_saved()
except ValueError as e:
    print(e is saved, len(traceback.extract_tb(e.__traceback__)))

# uncaught at the end: the usual traceback on stderr
try:
    check(1000)
except KeyError:
    pass
