# Nested replacement fields inside format specs
value = 3.14159265
for prec in range(0, 5):
    print(f'{value:.{prec}f}|{value:{prec + 6}.{prec}f}|')
for width in [1, 5, 10]:
    for align in '<^>':
        print(f'[{"ab":{align}{width}}]', end=' ')
    print()
fill, align, width, prec, kind = '*', '^', 14, 3, 'e'
print(f'{value:{fill}{align}{width}.{prec}{kind}}')
spec = '>12,.2f'
print(f'{1234567.891:{spec}}|')
print(f'{42:{"x"}}', f'{42:{"#" if True else ""}{"b"}}')
fmts = ['d', 'x', 'o', 'b', '08b']
print(' '.join(f'{45:{f}}' for f in fmts))
cols = [('name', 10, '<'), ('qty', 5, '>'), ('price', 9, '>')]
rows = [('widget', 3, 4.5), ('gadget', 12, 19.99), ('gizmo', 100, 0.5)]
print(''.join(f'{title:{al}{w}}' for title, w, al in cols))
for r in rows:
    print(''.join(f'{v:{al}{w}}' if not isinstance(v, float) else f'{v:{al}{w}.2f}'
                  for v, (_, w, al) in zip(r, cols)))
def fmt(x, w=8, p=2):
    return f'{x:{w}.{p}f}'
print(fmt(1 / 3), fmt(2 / 3, 4, 1), fmt(10, p=0))
sign = '+'
print(f'{5:{sign}}', f'{-5:{sign}d}', f'{5:{sign}05}')
d = {'w': 7}
print(f'{"k":>{d["w"]}}|', f'{"k":<{len("four")}}|')
try:
    print(f'{value:{"bad"}}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{value:.{-1}f}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    w = 'x'
    print(f'{1:{w}5}')
except ValueError as e:
    print(type(e).__name__, e)
