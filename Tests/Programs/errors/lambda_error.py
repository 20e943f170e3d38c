# Uncaught exception raised inside a lambda used as a sort key
people = [('ann', 31), ('bob', None), ('cid', 22)]
print(sorted(people, key=lambda p: p[0]))
ages = list(map(lambda p: p[1] * 2, people[:1]))
print(ages)
print(sorted(people, key=lambda p: p[1] + 0))
