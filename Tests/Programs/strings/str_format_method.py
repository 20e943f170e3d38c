# str.format: positional, keyword, indexing, attributes, conversions, nesting
print('{} {}'.format('a', 'b'), '{1} {0}'.format('a', 'b'), '{0}{1}{0}'.format('ab', 'cd'))
print('{name} is {age}'.format(name='Bob', age=42), '{0} {x}'.format(1, x=2))
print('{0[0]} {0[1]} {1[key]}'.format(['p', 'q'], {'key': 'val'}))
print('{0[1][0]}'.format([[1], [2, 3]]), '{d[a]}'.format(d={'a': 'A'}))
class Pt:
    def __init__(self):
        self.x, self.y = 3, 4
    def __repr__(self):
        return 'Pt()'
    def __str__(self):
        return 'point'
p = Pt()
print('{0.x},{0.y}'.format(p), '{p.x}'.format(p=p), '{!r} {!s} {}'.format(p, p, p))
print('{!r}'.format('quoted'), '{!a}'.format('é'), '{0!r:>10}'.format('r'))
print('{{literal}} {}'.format(1), '{{}}'.format(), '{{{}}}'.format('x'))
print('{:>8}|{:<8}|{:^8}|'.format('r', 'l', 'c'), '{:*^9}'.format('mid'))
print('{:{width}}|'.format('w', width=5), '{:{fill}{align}{w}}'.format('n', fill='.', align='>', w=4))
print('{:.{prec}f}'.format(3.14159, prec=2), '{0:{1}}|'.format('ab', 6))
print('{:d} {:5d} {:<5d}| {:+d} {:,d} {:_d}'.format(1, 2, 3, 4, 1234567, 7654321))
print('{:x} {:X} {:#x} {:o} {:#o} {:b} {:#b} {:08b}'.format(255, 255, 255, 8, 8, 5, 5, 5))
print('{:c}'.format(97), '{:s}'.format('str'), '{:%}'.format(0.5), '{:.1%}'.format(1 / 3))
print('{:e}'.format(1234.5), '{:g}'.format(1234.5), '{:.2g}'.format(1234.5))
print('{0:>{1}}'.format(7, 3), '{:>5}'.format(True), '{}'.format(True), '{:d}'.format(True))
print('{:=+8}'.format(-42), '{:0=8}'.format(-42), '{:08}'.format(-4.5), '{:+08.2f}'.format(3.14159))
print('{:10}|{:<10}|'.format(42, 42), '{:10}|'.format('s'), '{:10}|'.format(1.5))
print('{}'.format(None), '{}'.format([1, 'a']), '{}'.format({'k': (1,)}))
print('{0}'.format(*['first']), '{a}-{b}'.format(**{'a': 1, 'b': 2}))
fmt = '{:<6}{:>6}'
for row in [('id', 'qty'), (1, 10), (22, 300)]:
    print(fmt.format(*row))
errors = [lambda: '{}'.format(), lambda: '{1}'.format('a'), lambda: '{x}'.format(y=1),
          lambda: '{} {0}'.format(1, 2), lambda: '{:d}'.format('s'), lambda: '{:s}'.format(1),
          lambda: '{'.format(1), lambda: '}'.format(1), lambda: '{0[5]}'.format([1]),
          lambda: '{0.nope}'.format(1), lambda: '{:x}'.format(1.5), lambda: '{!z}'.format(1),
          lambda: '{:,s}'.format('a'), lambda: '{:=}'.format('s')]
for f in errors:
    try:
        print(f())
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
