# Integer presentation types, separators and alternate forms
for n in [0, 5, 255, -255, 65535, 2 ** 40, -(2 ** 33)]:
    print(f'{n:d}|{n:x}|{n:X}|{n:#x}|{n:o}|{n:#o}|{n:b}|{n:#b}')
print(f'{255:08x} {255:#010x} {255:<#10x}| {255:^#10X}| {-255:#010x}')
print(f'{5:08b} {5:#08b} {-5:08b} {5:_b} {0b1111111111:_b} {2 ** 20:_b}')
print(f'{0xdeadbeef:_x} {0xdeadbeef:_X} {0o777777:_o} {123456789:_d}')
print(f'{1234567:,} {1234567:_} {-1234567:,} {123:,} {1234:,} {10 ** 18:,}')
print(f'{1234567:>15,} {1234567:015,} {1234567:+,} {1234567:^15,}|')
print(f'{65:c} {0x263A:c} {10:c}|' .replace('\n', '\\n'))
print(f'{42:n} {42:e} {42:.2f} {42:%} {42:g} {-42:.1e}')
print(f'{True:d} {True:x} {False:b} {True:#o} {True:>3}')
print(f'{10 ** 30:x} {10 ** 30:e} {-(10 ** 30):,}')
print(f'{12:+} {-12:+} {12: } {-12: } {12:-} {-12:-}')
print(f'{7:=+6} {7:0=6} {-7:0=6} {7:=^6}')
print(f'{3:03d} {-3:03d} {3:+03d} {0:03d} {12345:03d}')
width = 12
for n in [1, 12, 123, 1234, 12345]:
    print(f'{n:>{width},}|{n:<{width}_}|{n:^{width}x}|')
try:
    print(f'{255:.2x}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{255:,x}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{255:,b}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{-1:c}')
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    print(f'{255:,_}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{255:s}')
except ValueError as e:
    print(type(e).__name__, e)
