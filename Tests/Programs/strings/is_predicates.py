# isdigit/isalpha/isalnum/isspace/isdecimal/isnumeric/isidentifier/isprintable/isascii
samples = ['abc', 'ABC', 'abc123', '123', '12.5', '-5', '', ' ', '\t\n', 'a b',
           '٣٤', '²', '½', 'Ⅻ', 'é', '日本', '_name', '1abc', 'class', 'snake_case1', 'a\x00']
header = ['isalpha', 'isdigit', 'isalnum', 'isspace', 'isdecimal', 'isnumeric', 'isidentifier', 'isprintable', 'isascii']
print(' '.join(h[2:5] for h in header))
for s in samples:
    flags = [getattr(s, h)() for h in header]
    print(repr(s).ljust(14), ' '.join('T' if f else '.' for f in flags))
print('Hello'.isupper(), 'HELLO!'.isupper(), '!!!'.isupper(), 'ÀÉ'.isupper())
print('hello world'.islower(), 'hello World'.islower(), '123'.islower())
def parse_int(s):
    s = s.strip()
    if s.removeprefix('-').isdigit():
        return int(s)
    return None
print([parse_int(x) for x in ['12', ' -7 ', '3.0', 'x', '--2', '']])
print(sum(c.isdigit() for c in 'a1b22c333'), ''.join(c for c in 'p4s5w0rd' if c.isalpha()))
print(all(c.isalnum() or c == '_' for c in 'valid_name_2'))
print('Ⅻ'.isidentifier(), '²'.isidentifier(), 'a²'.isidentifier(), '_'.isidentifier(), ''.isidentifier())
print('\xa0'.isspace(), '\u2003'.isspace(), '\x1f'.isspace(), '\x1c'.isspace(), '\u200b'.isspace())
print(' '.isprintable(), '\xa0'.isprintable(), '\u2028'.isprintable(), '😀'.isprintable())
print('ABC'.isascii(), 'ÀBC'.isascii(), '\x7f'.isascii(), ''.isascii())
