# String format specs in f-strings: truncation, fill, alignment
s = 'formatting'
print(f'[{s:.3}] [{s:.0}] [{s:.20}] [{s:5.3}] [{s:>5.3}] [{s:^7.4}]')
print(f'[{s:s}] [{s:15s}] [{s:>15s}] [{s:.4s}]')
print(f'[{s:_<14}] [{s:_>14}] [{s:_^14}] [{s:_^15}]')
print(f'[{"":5}] [{"":.3}] [{"x":1}] [{"xy":1}]')
for w in ['a', 'ab', 'abc', 'abcd']:
    print(f'|{w:^6}|{w:>6}|{w:<6}|{w:-^6}|')
print(f'[{"tab	char":>12}]')
print(f'[{"é":^5}] [{"ñandú":.3}] [{"日本語":>5}] [{"😀x":^6}]')
print(f'[{"€":€^5}] [{"x":\u00b7<4}]')
print(f'[{"=":=^5}] [{"<":<>4}] [{">":><4}]')
names = ['Al', 'Bartholomew', 'Cy']
w = max(map(len, names))
for n in names:
    print(f'{n:>{w}} | {n[:5]:<5} | {n.upper():.3}')
errs = [lambda: f'{s:d}', lambda: f'{s:+}', lambda: f'{s:,}', lambda: f'{s:=10}',
        lambda: f'{s:#}', lambda: f'{s:010}' if False else format(s, '#10')]
for e_fn in errs:
    try:
        print(repr(e_fn()))
    except ValueError as e:
        print(type(e).__name__, e)
print(repr(f'{"ab":010}'), repr(f'{"ab":<010}'), repr(f'{"ab":>05}'))
