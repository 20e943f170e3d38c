# Concatenation, repetition, comparison and hashing-free equality of strings
a, b = 'foo', 'bar'
print(a + b, b + a, a + '' + b, a * 3, 3 * b, a * 0, a * -2, '' * 5)
print((a + b) * 2, a + b * 2, '-' * 10)
c = a
c += b
print(c, a, c is not a)
print('abc' == 'abc', 'abc' != 'ABC', 'abc' == 'abc ', 'a' * 3 == 'aaa')
print('apple' < 'banana', 'apple' < 'Apple', 'Zebra' < 'apple', 'abc' < 'abcd', 'abd' > 'abcd')
print('' < 'a', ' ' < 'a', '9' < 'A', 'A' < 'a', 'a' < '{', '10' < '9', '100' < '20')
print(sorted(['b', 'B', 'a', 'A', '1', '_', ' ', 'aa', 'ab', 'Ab']))
print(max('hello'), min('hello'), max(['hi', 'hello', 'hey']), min('z', 'aa'))
print('é' > 'z', 'ä' < 'b', 'Ω' > 'z', ord('é') > ord('z'))
print('abc' <= 'abc', 'abc' >= 'abd', 'b' >= 'abc')
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, '+'.join(parts))
acc = ''
for ch in 'hello':
    acc = ch + acc
print(acc)
try:
    'a' + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' + None
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + 'a'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' * 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
print('a' == 1, 'a' != None, '1' == 1, str(1) == '1')
print('ab' * True, 'ab' * False, [s * 2 for s in 'xyz'])
print(len('ab' * 1000), ('ab' * 1000).count('ba'))
print('%s' % 'x' * 3, '%s' % ('x' * 3))
