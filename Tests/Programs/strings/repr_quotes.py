# repr() and str() of strings: quote selection and escaping
tests = ['plain', "it's", 'say "hi"', 'both \' and "', '', ' ', 'tab\there',
         'new\nline', 'back\\slash', 'cr\rlf', '\x00\x01\x1f', '\x7f\x80\x9f\xa0',
         'é ü ñ', '日本', '😀', '\u200b', '\u2028', '\ufeff', '\ud7ff', 'a\'"b',
         "'", '"', "''", '""', '\'"', '\\', '\\\'', 'nul\0end', '\a\b\f\v', '\xad\xff']
for t in tests:
    print(repr(t), len(t), len(repr(t)))
print(str('x\ny'), str("it's"))
print(['a', "b'", 'c"', 'd\n'])
print(('tuple', "it's"), {'k': 'v\t'}, {"'": '"'})
print(repr(repr('x')), repr(str('x')), str(repr('x')))
print(repr(['nested', ['list', "qu'ote"]]))
class Named:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Named(%r)' % self.name
    def __str__(self):
        return 'Named called ' + self.name
n = Named("o'brien")
print(n, repr(n), [n], str([n]), f'{n}', f'{n!r}', '%s|%r' % (n, n))
class OnlyRepr:
    def __repr__(self):
        return '<OnlyRepr>'
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()], f'{OnlyRepr()}')
print(ascii('é'), ascii(['ü', 'x']), ascii('😀\n'))
