# partition/rpartition/splitlines
print('key=value'.partition('='), 'key=value'.rpartition('='))
print('a=b=c'.partition('='), 'a=b=c'.rpartition('='))
print('novalue'.partition('='), 'novalue'.rpartition('='))
print(''.partition('x'), 'x'.partition('x'), 'abc'.partition('abc'))
print('2024-01-15'.partition('-')[0], 'archive.tar.gz'.rpartition('.')[2])
head, sep, tail = 'user@example.com'.partition('@')
print(head, sep, tail, bool(sep))
try:
    'abc'.partition('')
except ValueError as e:
    print(type(e).__name__, e)
try:
    'abc'.rpartition(None)
except TypeError as e:
    print(type(e).__name__, e)
text = 'line one\nline two\r\nline three\rline four\n\nlast'
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True)[:2])
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines(), 'x\n'.splitlines(), 'x\n\ny'.splitlines())
print('a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i'.splitlines())
print('no newline'.splitlines(), ' \n '.splitlines())
print(text.split('\n'))
print('one\ntwo\n'.split('\n'), 'one\ntwo\n'.splitlines())
print(len('a\r\nb'.splitlines()), len('a\n\rb'.splitlines()))
print([l for l in 'x\r\n\r\ny'.splitlines(True)])
csv = 'name,age\nann,30\nbob,25\n'
for row in csv.splitlines()[1:]:
    name, _, age = row.partition(',')
    print(name.title(), int(age) + 1)
