# str.split and str.rsplit
s = '  alpha  beta\tgamma\n delta  '
print(s.split())
print(s.split(' '))
print(s.rsplit())
print(s.split(None, 1), s.rsplit(None, 1))
print('a,b,,c,'.split(','), 'a,b,,c,'.split(',', 1), 'a,b,,c,'.rsplit(',', 2))
print(''.split(), ''.split(','), '   '.split(), '   '.split(' '))
print('abc'.split('abc'), 'abcabc'.split('b'), 'aaa'.split('a'), 'aaa'.split('aa'))
print('one::two::three'.split('::'), 'one::two::three'.rsplit('::', 1))
print('a b c d'.split(maxsplit=2), 'a b c d'.rsplit(maxsplit=2))
print('a b c d'.split(' ', -1), 'a b c d'.split(' ', 0), 'a b'.split(sep=' '))
print('  lead'.split(' '), 'trail  '.split(' '))
print('x\ny\r\nz'.split(), 'x\x0by\x0cz\x1cw'.split())
print('1-2-3'.split('-', maxsplit=1), '1-2-3'.rsplit('-', maxsplit=1))
print('  a  b  '.split(None, 0), '  a  b  '.rsplit(None, 0))
print('abcabcabc'.rsplit('bc', 1), 'abcabcabc'.split('bc', 2))
print('path/to/file.txt'.rsplit('/', 1)[-1], 'file.tar.gz'.split('.', 1))
print('key=value=more'.split('='), 'key=value=more'.partition('='))
print(len('a\u3000b\xa0c'.split()), 'a\u3000b'.split())
for bad in ['', 1]:
    try:
        'abc'.split(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    'abc'.split(',', 'x')
except TypeError as e:
    print(type(e).__name__, e)
line = 'name: Ada Lovelace ; born: 1815 ; field: math'
fields = [part.strip() for part in line.split(';')]
print(fields)
print(dict(f.split(': ') for f in fields))
print([w for w in 'the quick  brown   fox'.split(' ') if w])
