# An uncaught exception raised inside a list comprehension
words = ['alpha', 'beta', '', 'delta']
print([w.upper() for w in words])
firsts = [w[0] for w in words]
print(firsts)
