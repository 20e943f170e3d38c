# str.join and strip/lstrip/rstrip
print(','.join(['a', 'b', 'c']), ''.join(['x', 'y']), ' - '.join('abc'))
print('|'.join([]), '|'.join(['only']), ', '.join(str(i) for i in range(5)))
print('\n'.join(['l1', 'l2']))
print('.'.join(('t', 'u', 'p')), '+'.join({'k1': 1, 'k2': 2}))
print(''.join(reversed('stressed')), '-'.join(sorted('hello')))
for bad in [[1, 2], ['a', None], ['a', 2.5]]:
    try:
        '-'.join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    '-'.join(5)
except TypeError as e:
    print(type(e).__name__, e)
s = '   padded text \t\n'
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr('xxhixx'.strip('x')), repr('xyhiyx'.strip('xy')), repr('abc'.strip('')))
print(repr('www.example.com'.strip('cmowz.')), repr('www.example.com'.lstrip('w.')))
print(repr('  \u3000 wide\xa0 '.strip()), repr('\x1c\x1dsep\x1e\x1f'.strip()))
print(repr('0012300'.lstrip('0')), repr('0012300'.rstrip('0')), repr('000'.strip('0')))
print(repr(''.strip()), repr('   '.strip()), repr('a'.strip('a')))
print(repr('mississippi'.rstrip('ips')), repr('mississippi'.lstrip('mis')))
print(repr('  x  '.strip(None)), repr('--x--'.strip('-').center(5, '*')))
try:
    'abc'.strip(1)
except TypeError as e:
    print(type(e).__name__, e)
lines = ['  first  ', '\tsecond\n', 'third   ']
print([l.strip() for l in lines])
print('|'.join(l.rstrip() for l in lines))
words = ['apple', 'banana', 'cherry']
print(', '.join(words[:-1]) + ' and ' + words[-1])
print(''.join(w[0].upper() for w in words))
print(repr('\n'.join(['', '', ''])), repr(' '.join(['a', '', 'b'])))
print('ab'.join('XYZ'), 'ab'.join(['X']))
