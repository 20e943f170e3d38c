# Very large ints work; converting one to decimal text is limited to 4300 digits.
import sys
x = 2 ** 1000000
print(x.bit_length(), x % 1000007)
try:
    len(str(x))
except ValueError as e:
    print("ValueError:", e)
print(len(hex(x)))
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(2 ** 20000)))
