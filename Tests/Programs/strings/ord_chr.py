# ord() and chr() conversions
print(ord('A'), ord('a'), ord('0'), ord(' '), ord('~'), ord('\x7f'))
print(chr(65), chr(97), chr(48), repr(chr(32)), repr(chr(9)), repr(chr(0)))
print(ord('é'), ord('€'), ord('😀'), ord('\U0010ffff'))
print(chr(233), chr(8364), chr(128512), repr(chr(0x10ffff)), repr(chr(0xfffe)))
print([ord(c) for c in 'Hello'], ''.join(chr(c) for c in [72, 105, 33]))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
def caesar(text, k):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + k) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + k) % 26 + 97))
        else:
            out.append(ch)
    return ''.join(out)
enc = caesar('Hello, World! xyz', 3)
print(enc, caesar(enc, -3))
print(chr(ord('a') - 32), chr(ord('Z') | 0x20))
print([chr(i) for i in range(ord('a'), ord('f'))])
print(sum(ord(c) for c in 'abc'), max('abc', key=ord))
print(hex(ord('λ')), oct(ord('A')), bin(ord('z')))
print(ord(True and 'x'), chr(True))
for bad in [-1, 0x110000, 2 ** 40]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [1.5, '65', None]:
    try:
        chr(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ['', 'ab', 65, None]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(ord(chr(1000)) == 1000, chr(ord('\n')) == '\n')
print(sorted('dCbAa', key=lambda c: (c.lower(), c)))
print([c for c in map(chr, range(0x3b1, 0x3b6))])
