# CPython 3.11 limits int<->str conversion to 4300 decimal digits
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 4299
print(len(str(big)))
s = str(big)
print(s[:5], s[-5:])
huge = 10 ** 4300
try:
    str(huge)
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(huge)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('1' * 4301)
except ValueError as e:
    print(type(e).__name__, e)
print(int('1' * 4300) % 1000)
# hex and binary conversions are not limited
print(len(hex(huge)), hex(huge)[:10])
print(len(bin(2 ** 20000)))
print(huge % 997, huge.bit_length())
print(int('f' * 5000, 16).bit_length())
try:
    f'{huge}'
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr(huge)
except ValueError as e:
    print(type(e).__name__, e)
try:
    '%d' % huge
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(huge)))
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    str(10 ** 5000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.set_int_max_str_digits(10)
except ValueError as e:
    print(type(e).__name__, e)
