# Non-ASCII string literals: length, indexing, ord/chr, repr, case
s = 'héllo wörld'
print(s, len(s), s.upper(), s.title())
print(s[1], s[-4], s[::-1])
greek = 'αβγδ'
print(greek, len(greek), greek.upper(), [ord(c) for c in greek])
cjk = '日本語テキスト'
print(cjk, len(cjk), cjk[2], cjk[1:3])
emoji = 'a😀b'
print(emoji, len(emoji), emoji[1], repr(emoji[1]), ord(emoji[1]))
print(chr(0x1F600) == '😀', chr(233), chr(0x3b1), hex(ord('€')))
print(repr('é'), ascii('é'), ascii('😀'), ascii('abc'), ascii('\n'))
print('straße'.upper(), 'ǅ'.lower(), 'ﬁ'.upper(), len('ﬁ'.upper()))
print('İ'.lower(), len('İ'.lower()))
print('Σ'.lower(), 'ΣΑΣ'.lower())
print('ß'.casefold(), 'Straße'.casefold() == 'STRASSE'.casefold())
print('é' == 'e\u0301', len('e\u0301'))
print(sorted(['é', 'e', 'z', 'a', 'É', 'E']))
print('ü' < 'z', 'a' < 'á', max('héllo'))
print('\u00e9'.isalpha(), '٣'.isdigit(), '٣'.isdecimal(), '½'.isnumeric(), '½'.isdigit())
print('日本'.isalpha(), ' '.isspace(), '\u3000'.isspace(), '\xa0'.isspace())
print('Ünïcödé'.swapcase())
print('ñ'.center(5, '*'), 'ñ'.ljust(3, '.') + '|')
print('à la carte'.split(), 'naïve café'.replace('é', 'e'))
print(str('ÿ'), repr('\xff'), repr('\u0100'), repr('\uffff'))
print(repr('\u0085'), repr('\u00ad'), repr('\u0378'))
print([c for c in 'añb'])
print('€' in 'cost: 5€', 'cost: 5€'.index('€'))
print(''.join(chr(i) for i in range(945, 950)))
print('x'.join('äöü'))
print('ab\u0300c'.isprintable(), '\u200b'.isprintable(), 'é'.isprintable())
print('\N{GREEK SMALL LETTER ALPHA}', '\N{EURO SIGN}')
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord('')
except TypeError as e:
    print(type(e).__name__, e)
