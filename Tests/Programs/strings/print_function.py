# print() with sep, end, file and flush; output of mixed values
import sys
print()
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ')
print('x', end='')
print('y', end='!\n')
print('no', 'newline', sep='-', end='')
print()
print(1, 2.5, None, True, [1], (2,), {'k': 3}, sep=' | ')
print(*range(5))
print(*'abc', sep='.')
print(*[], sep='X')
print('multi\nline', 'values')
print('', '', sep='<>')
print('end', end='\n\n')
print('tab', 'sep', sep='\t')
print('to stdout', file=sys.stdout)
print('flushed', flush=True)
sys.stdout.write('written directly\n')
n = sys.stdout.write('abc')
print()
print(n)
print('a', None, sep=None, end=None)
print('sep none ok')
try:
    print('x', sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print('x', bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
class Loud:
    def __str__(self):
        return 'LOUD'
print(Loud(), [Loud()] if False else 'skip')
for i in range(3):
    print(i, end=' ')
print('|')
print('%d%%' % 10, '{}%'.format(20), f'{30}%')
line = ''
for word in ['build', 'a', 'line']:
    print(word, end='_')
print()
print(repr('\\n'), '\\n')
