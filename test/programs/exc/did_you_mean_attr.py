# AttributeError carries name and obj (kept out of the instance dict); uncaught, CPython appends
# the closest attribute from dir(obj) as "Did you mean: ...?"
class Account:
    def __init__(self):
        self.balance = 10

    def deposit(self, n):
        self.balance += n


acct = Account()
for expr in ["acct.balanse", "acct.Deposit", "[].apend", "Account.depositt", "None.x"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(e, '|', e.name, type(e.obj).__name__, vars(e))
e = AttributeError('plain')
print(e.name, e.obj)
e.name = 'given'
print(e.name, vars(e))
words = "alpha beta".split()
words.apend("gamma")
