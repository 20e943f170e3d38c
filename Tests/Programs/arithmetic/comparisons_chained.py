# Comparison operators and chained comparisons
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1.0)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0, 1 == 1 == 1.0)
print(1 < 2 == 2 < 3, 0 < 0 < 1, 5 >= 5 > 4 != 3)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2), calls)
calls.clear()
x = 5
print(0 < x < 10, 0 < x < 3, x == 5 != 6)
print('a' < 'b', 'abc' < 'abd', 'abc' < 'ab', 'Z' < 'a', '' < 'a', 'a' < 'aa')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9, 9])
print((1, 'a') < (1, 'b'), (1, 2) == (1, 2), (1, 2) < (1, 2))
print([1, [2, 3]] < [1, [2, 4]])
print(1 == True, 0 == False, 2 == True, 1.0 == True)
print(10 ** 20 == 1e20, 10 ** 20 + 1 == 1e20, 10 ** 20 + 1 > 1e20)
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(1 < 1.5 < 2, -0.0 == 0, 0.1 + 0.2 > 0.3)
print(None == None, None != 0, [] == [], [] == (), {} == {}, {1: 2} == {1: 2.0})
print({1, 2} == {2, 1}, {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {3} > set())
print('1' == 1, [1] == (1,), 'a' != 'a')
for a, b in [(1, 'a'), ('a', 1), ([1], (1,)), (None, 0), ({}, {}), (1, None)]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print([1, 'a'] < [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(sorted([3, 'x', 1]))
except TypeError as e:
    print(type(e).__name__, e)
print(max(3, 1, 2), min('b', 'a', 'c'), max([1, 2], [1, 2, 0]))
print(not 1 == 2, not (1 == 2), (not 1) == 2)
t = True
one, two = 1, 2
print(one < two is t, (one < two) is t, one < two == t)
