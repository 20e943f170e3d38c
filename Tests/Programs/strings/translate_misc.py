# translate/maketrans, iteration helpers, and assorted methods
table = str.maketrans('abc', 'xyz')
print(sorted(table.items()))
print('aabbcc-abc'.translate(table))
print('hello world'.translate(str.maketrans('', '', 'lo')))
print('hello'.translate(str.maketrans({'h': 'J', 'o': None, 'l': 'll'})))
print('abc'.translate({97: 'A', 98: 66}), 'abc'.translate({}))
rot13 = str.maketrans('abcdefghijklmnopqrstuvwxyz', 'nopqrstuvwxyzabcdefghijklm')
print('uryyb jbeyq'.translate(rot13))
try:
    str.maketrans('ab', 'x')
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({'ab': 1})
except ValueError as e:
    print(type(e).__name__, e)
try:
    'abc'.translate({97: 1.5})
except TypeError as e:
    print(type(e).__name__, e)
s = 'Mississippi'
print(list(s), list(enumerate(s))[:3], list(reversed(s))[:4])
print(sorted(s), sorted(set(s)), len(set(s)))
print([c for c in s if c in 'aeiou'], s.count('ss'), s.index('ss', 3))
print(list(zip('abc', 'xyz')), dict(zip('abc', range(3))))
print(''.join(sorted(s, key=str.lower)), ''.join(sorted(s, reverse=True)))
freq = {}
for ch in s.lower():
    freq[ch] = freq.get(ch, 0) + 1
print(freq)
print(max(freq, key=freq.get), sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
print(str.upper('x'), str.join('-', 'ab'), str.split('a b'), str.__len__('abc'))
print('abc'.__contains__('b'), 'abc'.__getitem__(1), 'a'.__add__('b'), 'ab'.__mul__(2))
print('x'.__eq__('x'), 'x'.__lt__('y'), 'x'.__eq__(1))
it = iter('hey')
print(next(it), next(it), next(it), next(it, 'done'))
print(list(map(str.strip, [' a ', 'b  '])), list(filter(str.isdigit, ['1', 'a', '22'])))
print('a-b_c d'.replace('-', ' ').replace('_', ' ').split())
print(' '.join(w[::-1] for w in 'hello big world'.split()))
print('%s has %d chars' % (s, len(s)), s.lower().count('i'), s.upper().find('SIP'))
