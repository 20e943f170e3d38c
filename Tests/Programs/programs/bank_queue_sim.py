class Customer:
    def __init__(self, cid, arrival, service):
        self.cid = cid
        self.arrival = arrival
        self.service = service
        self.start = None

    @property
    def wait(self):
        return None if self.start is None else self.start - self.arrival

    def __repr__(self):
        return f"C{self.cid}(arr={self.arrival}, svc={self.service}, wait={self.wait})"


def pseudo_random(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2 ** 31
        yield state


def simulate(n_customers, n_tellers, seed=42):
    rng = pseudo_random(seed)
    t = 0
    customers = []
    for i in range(n_customers):
        t += next(rng) % 5
        customers.append(Customer(i, t, 1 + next(rng) % 7))
    tellers = [0] * n_tellers
    for c in customers:
        idx = min(range(n_tellers), key=lambda k: (tellers[k], k))
        c.start = max(c.arrival, tellers[idx])
        tellers[idx] = c.start + c.service
    return customers, tellers


for tellers in (1, 2, 3):
    customers, free_at = simulate(12, tellers)
    waits = [c.wait for c in customers]
    print(f"tellers={tellers} avg_wait={sum(waits) / len(waits):.2f} max_wait={max(waits)} done_at={max(free_at)}")
customers, _ = simulate(6, 2, seed=7)
for c in customers:
    print(c)
longest = sorted(customers, key=lambda c: (-c.wait, c.cid))[:2]
print(longest)
g = pseudo_random(1)
print([next(g) % 100 for _ in range(8)])
