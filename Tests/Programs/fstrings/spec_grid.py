# A grid of values x format specs: f-string, format() and str.format must agree
values = [0, 7, -7, 1234567, 0.0, -0.0, 2.5, -1234.5678, 1e-7, 123456789.0, True]
specs = ['', '>8', '<8', '^8', '08', '+', ',', '.2f', '.3e', '.4g', '%', '+.1f', '_']
for v in values:
    cells = []
    for spec in specs:
        try:
            a = f'{v:{spec}}'
            b = format(v, spec)
            c = ('{:' + spec + '}').format(v)
            cells.append(a if a == b == c else f'MISMATCH({a!r},{b!r},{c!r})')
        except ValueError as e:
            cells.append(f'<{type(e).__name__}>')
    print(f'{v!r:>12} ' + '|'.join(cells))
for v in ['text', '']:
    cells = []
    for spec in ['', '>6', '<6', '^6', '.2', '*^7.1']:
        cells.append(f'{v:{spec}}')
    print(repr(v), '|'.join(cells))
for v in [255, -255]:
    print(v, '|'.join(f'{v:{s}}' for s in ['x', 'X', '#x', 'o', '#o', 'b', '#b', 'c' if v > 0 else 'd', 'n']))
