# Implicit concatenation of adjacent string literals
s = 'abc' 'def'
print(s)
print('a' "b" '''c''' """d""")
print('one '
      'two '
      'three')
x = ('first line\n'
     'second line\n')
print(repr(x))
print(r'\n' '\n' == '\\n\n')
print(len('a' 'b' 'c'))
words = ['x' 'y', 'z']
print(words, len(words))
print('%s-%s' '!' % ('a', 'b'))
n = 5
print(f'{n}' 'literal {n}' f' again {n}')
print('{}' '{}'.format(1, 2))
d = {'k' 'ey': 'va' 'lue'}
print(d)
print('abc' 'def'.upper())
print(('abc' 'def').upper())
print('x' 'y' * 2)
print('a' 'b' in 'xaby', 'ab' 'c' == 'abc')
print(tuple(('a' 'b', 'c')))
def f():
    return ('multi'
            ' part'
            ' return')
print(f())
print("it's" ' "quoted"')
print(repr('\'' "'" '"'))
long = ('Lorem ipsum dolor sit amet, '
        'consectetur adipiscing elit, '
        'sed do eiusmod.')
print(long)
print(len(long))
print('' '' == '')
print(f'{1}' f'{2}' f'{3}')
print('1' '2' + '3' '4')
