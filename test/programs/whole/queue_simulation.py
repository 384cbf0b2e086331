# whole program: a seeded bank-queue simulation (expovariate, heapq tellers), an event log and stock restocking
import random, heapq
from collections import deque
random.seed(42)
class Customer:
    _ids = 0
    def __init__(self, arrival, service):
        Customer._ids += 1; self.id = Customer._ids
        self.arrival, self.service = arrival, service
        self.start = self.end = None
    def __repr__(self): return f"C{self.id}(a={self.arrival:.2f}, s={self.service:.2f})"
def simulate(n_customers, n_tellers, lam=1.0, mu=0.4):
    t = 0.0; customers = []
    for _ in range(n_customers):
        t += random.expovariate(lam)
        customers.append(Customer(t, random.expovariate(mu)))
    tellers = [(0.0, i) for i in range(n_tellers)]; heapq.heapify(tellers)
    for c in customers:
        free_at, i = heapq.heappop(tellers)
        c.start = max(free_at, c.arrival); c.end = c.start + c.service
        heapq.heappush(tellers, (c.end, i))
    waits = [c.start - c.arrival for c in customers]
    return customers, sum(waits) / len(waits), max(waits), max(c.end for c in customers)
for k in (1, 2, 3, 4):
    cs, avg, mx, last = simulate(200, k)
    print(f"tellers={k} avg_wait={avg:8.3f} max_wait={mx:8.3f} done_at={last:9.3f}")
print(cs[:3])
events = []
random.seed(5)
for i in range(8):
    heapq.heappush(events, (round(random.uniform(0, 10), 2), i, random.choice(["arrive", "leave", "pay"])))
log = deque(maxlen=5)
while events:
    when, i, what = heapq.heappop(events)
    log.append(f"{when:5.2f}:{what}#{i}")
print(list(log))
random.seed(8)
inventory = {"apple": 50, "bread": 20, "milk": 30}
for day in range(1, 6):
    sold = {k: random.randint(0, 15) for k in inventory}
    for k, v in sold.items(): inventory[k] = max(0, inventory[k] - v)
    restock = [k for k, v in inventory.items() if v < 10]
    for k in restock: inventory[k] += 40
    print(f"day {day}: sold={sold} restocked={restock or 'none'} stock={inventory}")
print(random.sample(sorted(inventory), 2), random.choices(list(inventory), k=5), round(random.triangular(1, 5), 4))
