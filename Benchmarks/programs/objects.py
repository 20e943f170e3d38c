# Allocating many small class instances; reading and writing attributes.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)


class Particle:
    __slots__ = ("pos", "vel", "mass", "alive")

    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass
        self.alive = True


class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node


class Counter:
    def __init__(self):
        self.count = 0
        self.total = 0

    def record(self, v):
        self.count += 1
        self.total += v


def points(n):
    acc = Point(0, 0)
    for i in range(n):
        p = Point(i % 17 - 8, i % 13 - 6)
        acc = acc.add(p)
        if acc.norm1() > 1000:
            acc = Point(acc.x // 2, acc.y // 2)
    return acc.x, acc.y


def particles(n, steps):
    ps = [Particle(Point(i, -i), Point(i % 3 - 1, i % 5 - 2), 1 + i % 4) for i in range(n)]
    for _ in range(steps):
        for p in ps:
            if not p.alive:
                continue
            p.pos.x += p.vel.x * p.mass
            p.pos.y += p.vel.y * p.mass
            if p.pos.x > 500 or p.pos.y < -500:
                p.alive = False
    alive = 0
    s = 0
    for p in ps:
        if p.alive:
            alive += 1
        s += p.pos.x - p.pos.y
    return alive, s


def linked_list(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    c = Counter()
    node = head
    while node is not None:
        c.record(node.value)
        node = node.next
    return c.count, c.total


def main():
    a = points(2_200_000)
    b = particles(2_000, 900)
    c = (0, 0)
    for r in range(8):
        cc = linked_list(200_000 + r)
        c = (c[0] + cc[0], c[1] + cc[1])
    print(f"objects: {a[0]} {a[1]} {b[0]} {b[1]} {c[0]} {c[1]}")


main()
