# Sign options, zero padding, and the 3.11 'z' negative-zero option
vals = [0, 1, -1, 0.0, -0.0, 2.5, -2.5, float('inf'), float('-inf'), float('nan')]
for v in vals:
    print(f'{v!r:>6}: [{v:+}] [{v:-}] [{v: }] [{v:08}] [{v:+08}] [{v: 08}]')
print(f'[{-0.0:z}] [{-0.0:z.1f}] [{-0.001:z.1f}] [{-0.001:.1f}] [{0.001:z.1f}]')
print(f'[{-0.04:z.1f}] [{-0.05:z.1f}] [{-0.06:z.1f}] [{-1e-9:z.3e}] [{-1e-9:.3e}]')
print(f'[{-0.0:+z.2f}] [{-0.0:+.2f}] [{-0.0001:z%}] [{-0.00001:z.1%}] [{-0.4:z.0f}]')
print(f'[{-0.0:zg}] [{-0.0:g}] [{-0.0:z}] [{-0.0:}] [{0.0:z}]')
print(f'[{-3.5:0=8.1f}] [{3.5:0=+8.1f}] [{-3.5:08.1f}] [{-3.5:<08.1f}] [{-3.5:^08.1f}]')
print(f'[{-42:010}] [{-42:010_}] [{-42:010,}] [{42:+010,}]')
print(f'[{12:0>5}] [{12:0<5}] [{12:0^5}] [{-12:0>5}]')
print(f'[{1e10:+,.0f}] [{-1e10: ,.0f}] [{1e-3:+.2e}]')
print(f'[{True:+}] [{False:+}] [{True:08}]')
for bad in ['z', 'zd', '+zx']:
    try:
        print(format(-5, bad))
    except ValueError as e:
        print(bad, type(e).__name__, e)
try:
    print(format('s', 'z'))
except ValueError as e:
    print(type(e).__name__, e)
temps = [-0.04, 0.04, -12.345, 7.0, -0.0]
print(' '.join(f'{t:+z.1f}' for t in temps))
print(' '.join(f'{t:+.1f}' for t in temps))
