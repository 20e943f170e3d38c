# Integer literals in hex, octal and binary, and conversions
print(0x10, 0X10, 0xff, 0xFF, 0xDeadBeef)
print(0o17, 0O17, 0o777)
print(0b101, 0B101, 0b1111_0000)
print(0x_ff, 0o_7, 0b_1)
print(0xffff_ffff_ffff_ffff)
print(0x1_0000_0000_0000_0000)
print(hex(255), oct(8), bin(5))
print(hex(-255), oct(-8), bin(-5))
print(hex(0), oct(0), bin(0))
print(hex(2**64), bin(2**20))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0Xff', 0))
print(int('777', 8), int('0o777', 8), int('0o777', 0))
print(int('101', 2), int('0b101', 2), int('0b101', 0))
print(int('z', 36), int('Z', 36), int('10', 36))
print(int('-0x1f', 16), int(' -0b11 ', 0))
print(int('1_0', 16), int('0x_1_0', 16))
print(int('12', 3), int('zz', 36))
print(int('0', 0), int('00', 0))
tests = [('08', 0), ('0x', 16), ('12', 2), ('9', 8), ('g', 16),
         ('010', 0), ('1', 37), ('1', 1), ('0b2', 0)]
for s, b in tests:
    try:
        print(s, b, int(s, b))
    except ValueError as e:
        print(s, b, type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(format(255, 'x'), format(255, 'X'), format(255, '#x'), format(255, '#o'))
print(format(5, 'b'), format(5, '#b'), format(5, '08b'), format(-5, '#010b'))
print(0x10 + 0o10 + 0b10 + 10)
print(int("0b_1010", 0), int("0o_17", 0))
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-1).bit_length())
