# random: errors, subclasses overriding random()/getrandbits(), str seeds, SystemRandom
import random
import warnings
warnings.simplefilter("ignore", DeprecationWarning)
r = random.Random(1)
def err(f, *a, **k):
    try:
        print(f(*a, **k))
    except Exception as e:
        print(type(e).__name__ + ':', e)
err(r.randrange, 0)
err(r.randrange, 5, 5)
err(r.randrange, 0, 10, 0)
err(r.randrange, 10, 0, 2)
err(r.randrange, 1.5)
err(r.randrange, 'a')
err(r.randrange, 10, step=2)
err(r.randint, 5, 1)
err(r.choice, [])
err(r.sample, [1, 2], 3)
err(r.sample, {1, 2}, 1)
err(r.sample, [1, 2], -1)
err(r.sample, 'ab', 1, counts=[1])
err(r.sample, 'ab', 1, counts=[0, 0])
err(r.choices, 'ab', [1])
err(r.choices, 'ab', [1, 2], cum_weights=[1, 2])
err(r.choices, 'ab', [0, 0])
err(r.choices, 'ab', 3)
err(r.choices, 'ab', [1, float('inf')])
err(r.gammavariate, -1, 1)
err(r.getrandbits, -1)
err(r.seed, [1, 2])
err(r.setstate, (9, (), None))
err(r.setstate, (3, (1, 2), None))
err(random.Random, 1, 2)
err(r.triangular, 1, 1)
err(r.expovariate, 0)
err(r.random, 1)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(r.randrange(10.0), r.randrange(2, 12.0, 2))
    print([(x.category.__name__, str(x.message)) for x in w])
class MyRandom(random.Random):
    def random(self):
        return 0.25
m = MyRandom(0)
print(m.randrange(100), m.choice('abcd'), m.uniform(0, 8))
class Bits(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0
    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)
b = Bits(3)
print(b.randrange(1000), b.calls, b.random())
print(random.Random(7).getstate()[1][:3])
s = random.Random('spam'); print(s.random(), s.randint(0, 10**30))
print(isinstance(random.SystemRandom().random(), float), random.SystemRandom().randrange(5) in range(5))
try:
    random.SystemRandom().getstate()
except NotImplementedError as e:
    print('NotImplementedError:', e)
random.seed(99)
xs = [random.randint(1, 6) for _ in range(20)]
print(xs)
deck = list('A23456789TJQK'); random.shuffle(deck); print(''.join(deck))
print(random.sample(range(50), k=6), round(random.random(), 6))
