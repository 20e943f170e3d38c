# Basic f-string interpolation of names and expressions
name = 'World'
n = 42
pi = 3.14159
items = ['a', 'b']
print(f'Hello, {name}!')
print(f'{n} {n + 1} {n * 2} {n // 5} {n % 5} {n ** 2} {-n}')
print(f'{pi} {pi * 2} {1 / 3} {0.1 + 0.2}')
print(f'{items} {items[0]} {items[-1]} {len(items)}')
print(f'{None} {True} {False} {...}')
print(f'{{}} {{n}} {{{n}}} {{{{n}}}}')
print(f'')
print(f'plain text only')
print(F'capital F {n}', rf'raw \n {n}', fr'\t{n}', Rf'{n}\\')
print(f'{name}{n}{pi}')
print(f'{name!s}{name!r}')
print(f'{n}' + f'{n}', f'{n}' f'{n}', f'{n}' 'x' f'{n}')
d = {'key': 'value', 'num': 7}
print(f"{d['key']} {d['num'] + 1}")
print(f'{d}')
t = (1, 2)
print(f'{t} {t[0]} {t!r} {(1, 2)} {(3,)}')
print(f'{[x * 2 for x in range(4)]}')
print(f'{ {k: v for k, v in [(1, 2)]} }')
print(f'{ {1, 2} == {2, 1} }')
print(f'{"nested string"}', f"{'single in double'}")
print(f'{name.upper()} {name.lower()[::-1]} {name.center(9, "*")}')
print(f'{len(name) > 3 and "long" or "short"}')
print(f'{n if n > 40 else -n} {"yes" if items else "no"}')
print(f'{(lambda x: x * 3)(5)}')
print(f'{sum(i for i in range(10))}')
print(f'{max(items, key=str.upper)} {sorted("cba")}')
x = 10
print(f'{x}{x}{x}', f'{x:}', f'{  x  }', f'{x }')
s = f'{n}'
print(type(s).__name__, repr(s), len(f'{10 ** 10}'))
print(f'line1\nline2\t{n}')
print(f'{n}\u00b0')
