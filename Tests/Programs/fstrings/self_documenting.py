# The = specifier (self-documenting expressions)
x = 10
name = 'Ada'
pi = 3.14159
items = [1, 2, 3]
print(f'{x=}')
print(f'{x = }')
print(f'{x= }')
print(f'{x =}')
print(f'{name=}')
print(f'{name=!s}')
print(f'{name=!r}')
print(f'{pi=:.2f}')
print(f'{pi = :>10.3f}')
print(f'{x + 1=}')
print(f'{x*2 = }')
print(f'{items=}', f'{len(items)=}', f'{items[1:]=}')
print(f'{name.upper()=}')
print(f'{x > 5=}', f'{x if x else 0=}')
print(f'{None=}', f'{True=}', f'{"lit"=}')
print(f'{x=}, {name=}, {pi=}')
print(f'{x=:05d}', f'{x=:x}', f'{x=:#b}')
print(f'{pi=!s:>9}|', f'{name=!r:^9}|')
print(f'{ x = }')
print(f'{(lambda: 5)()=}')
d = {'k': 1}
print(f"{d['k']=}")
print(f'{[i * i for i in range(3)]=}')
class P:
    def __repr__(self):
        return 'P!'
    def __str__(self):
        return 'p-str'
p = P()
print(f'{p=}', f'{p=!s}', f'{p}')
print(f'{3.0=}', f'{1/3=:.3}', f'{2**10=:,}')
s = 'a=b'
print(f'{s=}', f'{s}', f'{s == "a=b"=}')
