# Comments, semicolons, line continuation and implicit joining
x = 1; y = 2; z = x + y  # comment after statements
print(x, y, z)
# a full-line comment
total = 1 + \
        2 + \
        3
print(total)
values = [
    1,   # first
    2,   # second
    3,
]
print(values)
result = (10
          - 3
          * 2)
print(result)
d = {
    'a': 1,
    # comment inside a display
    'b': 2,
}
print(d)
def f(a,
      b=2,
      *args,
      **kw):
    return a, b, args, kw
print(f(1,
        3,
        4, k=5))
if (x == 1 and
        y == 2):
    print('joined condition')
if x: print('one-line if')
for i in range(3): print('loop', i)
while False: pass
class C: pass
print(C.__name__)
s = 'hash # inside string'
print(s)
print('semi;colon', "back\\slash")
print(len("""# not a comment
"""))
a = b = c = 7
print(a, b, c)
n = 0
n += 1; n *= 10; n -= 3
print(n)
print(1 if x else 2); print('after')
print([i
       for i in range(4)
       if i % 2 == 0])
lam = lambda p: \
    p * 2
print(lam(21))
	# a comment indented with a tab is fine
print('end')
