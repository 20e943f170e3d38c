# center/ljust/rjust/zfill/expandtabs
for w in [0, 1, 3, 4, 5, 6, 7, 10]:
    print(w, '[' + 'abc'.center(w) + ']', '[' + 'abc'.ljust(w) + ']', '[' + 'abc'.rjust(w) + ']')
for w in range(1, 9):
    print(repr('ab'.center(w, '*')), repr('abc'.center(w, '-')), repr('a'.center(w, '.')))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), '42'.zfill(1), ''.zfill(3), 'abc'.zfill(6))
print('-'.zfill(3), '+-1'.zfill(5), '3.14'.zfill(8), '-3.14'.zfill(8), '--1'.zfill(4))
print(repr('a\tb\tc'.expandtabs()), repr('a\tb'.expandtabs(4)), repr('abcd\te'.expandtabs(4)))
print(repr('\t'.expandtabs(2)), repr('x\ty\nab\tz'.expandtabs(3)), repr('a\tb'.expandtabs(0)))
print('x'.ljust(4, '0') + '|', 'x'.rjust(4, '_'), 'abc'.ljust(-1), 'abc'.rjust(2))
for bad in [lambda: 'a'.center(5, '**'), lambda: 'a'.ljust(5, ''), lambda: 'a'.rjust('5'),
            lambda: 'a'.zfill('3'), lambda: 'a'.center()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
rows = [('apple', 3, 1.5), ('kiwi', 12, 0.25), ('watermelon', 1, 12.0)]
for name, qty, price in rows:
    print(name.ljust(12) + str(qty).rjust(4) + str(price).rjust(8))
print('=' * 24)
print('TOTAL'.center(24, '~'))
print('|' + '|'.join(c.center(5) for c in 'ABC') + '|')
