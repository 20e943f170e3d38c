# Width, alignment and fill in f-strings
s = 'py'
n = 42
x = -3.5
print(f'[{s:>10}] [{s:<10}] [{s:^10}] [{s:10}]')
print(f'[{n:>10}] [{n:<10}] [{n:^10}] [{n:10}] [{n:=10}]')
print(f'[{x:>10}] [{x:<10}] [{x:^10}] [{x:10}] [{x:=10}]')
print(f'[{s:*>6}] [{s:-<6}] [{s:.^7}] [{s:0>5}] [{s:#^5}]')
print(f'[{n:*>6}] [{n:0<6}] [{n:_^7}] [{n:06}] [{n:+06}] [{-n:06}]')
print(f'[{s:>1}] [{s:^2}] [{s:<0}]' if False else f'[{s:>1}] [{s:^2}]')
print(f'[{"":>3}] [{"":*^4}]')
print(f'[{True:>6}] [{None!s:>6}] [{None!r:^8}]')
print(f'[{[1, 2]!s:>10}] [{(1,)!r:<6}]')
print(f'[{"é":>4}] [{"日本":^6}] [{"😀":*<3}]')
for w in range(1, 6):
    print(f'[{"ab":^{w}}] [{7:^{w}}] [{-7:^{w}}]')
print(f'[{n:<+6}] [{n:>+6}] [{n:^+6}] [{n: 6}] [{-n: 6}]')
print(f'[{0:=+5}] [{-0.0:=+7}] [{1.5:=^9}]')
print(f'[{"left":{"<"}8}] [{"right":{">"}{8}}]')
fill = '~'
print(f'[{"dyn":{fill}^11}]')
print(f'[{12345:3}] [{"toolong":3}] [{1.23456789:4}]')
for label, value in [('a', 1), ('bb', 22), ('ccc', 333)]:
    print(f'{label:.<8}{value:.>6}')
