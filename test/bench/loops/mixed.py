# a bit of everything: classes, closures, generators, dicts, strings, exceptions
class Account:
    def __init__(self, name):
        self.name = name
        self.balance = 0
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("bad amount")
        self.balance += amount
        self.history.append(amount)

def make_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step

def primes(limit):
    sieve = [True] * limit
    for i in range(2, limit):
        if sieve[i]:
            yield i
            for j in range(i * i, limit, i):
                sieve[j] = False

accounts = {f"acct{i}": Account(f"acct{i}") for i in range(50)}
step = make_counter()
errors = 0
for i in range(600000):
    name = "acct%d" % (i % 50)
    try:
        accounts[name].deposit((i * 7) % 13 - 1)
    except ValueError:
        errors += 1
    step()
prime_sum = sum(primes(800000))
words = [w.lower() for w in ("Alpha Beta Gamma Delta " * 20000).split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
richest = max(accounts.values(), key=lambda a: (a.balance, a.name))
tuples = sorted(((a.balance % 17, a.name) for a in accounts.values()))[:3]
print(errors, step(), prime_sum, sorted(freq.items()), richest.name, richest.balance, tuples)
