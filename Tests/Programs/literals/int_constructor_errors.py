# int() and float() constructor errors and messages
cases = ['abc', '1.0', '', '  ', '0x10', '1e5', '--1', '+-1', '1 2', 'inf']
for c in cases:
    try:
        print(repr(c), '->', int(c))
    except ValueError as e:
        print(repr(c), '->', type(e).__name__, e)
for c in ['1.5', ' 2.5 ', '1e3', 'inf', '-Infinity', 'nan', '1_0.5', '.5', '5.', 'abc', '', '1.2.3', '0x10']:
    try:
        print(repr(c), '->', float(c))
    except ValueError as e:
        print(repr(c), '->', type(e).__name__, e)
for v in [None, [1], (1,), {}]:
    try:
        print(int(v))
    except TypeError as e:
        print(type(e).__name__, e)
for v in [None, [1]]:
    try:
        print(float(v))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int(float('inf'))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float('nan'))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('10', 99)
except ValueError as e:
    print(type(e).__name__, e)
print(int(), float(), int('  -12  '), float('  -12  '))
print(int('0000012'), float('000.5'))
print(int('1' * 30))
print(float('1' * 30))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(float('nan')))
