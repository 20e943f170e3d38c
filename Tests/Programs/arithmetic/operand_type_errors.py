# TypeError messages for unsupported operand combinations
five, abc, lst, tup, none = 5, 'abc', [1, 2], (1, 2), None
cases = [
    ('1 + "a"', lambda: 1 + 'a'),
    ('"a" + 1', lambda: 'a' + 1),
    ('"a" - "b"', lambda: 'a' - 'b'),
    ('[1] + (2,)', lambda: [1] + (2,)),
    ('(1,) + [2]', lambda: (1,) + [2]),
    ('None * 2', lambda: None * 2),
    ('"a" * "b"', lambda: 'a' * 'b'),
    ('"a" * 2.0', lambda: 'a' * 2.0),
    ('[1] * 1.5', lambda: [1] * 1.5),
    ('{} + {}', lambda: {} + {}),
    ('{1} + {2}', lambda: {1} + {2}),
    ('1 / "2"', lambda: 1 / '2'),
    ('"5" // 2', lambda: '5' // 2),
    ('[] - []', lambda: [] - []),
    ('-"a"', lambda: -'a'),
    ('+[1]', lambda: +[1]),
    ('~None', lambda: ~None),
    ('1 @ 2', lambda: 1 @ 2),
    ('len(5)', lambda: len(5)),
    ('5()', lambda: five()),
    ('"abc"[1.0]', lambda: abc[1.0]),
    ('[1, 2]["0"]', lambda: lst['0']),
    ('(1, 2)[None]', lambda: tup[None]),
    ('1[0]', lambda: five[0]),
    ('None[0]', lambda: none[0]),
    ('sum(["a", "b"])', lambda: sum(['a', 'b'])),
    ('sum([[1]], [])', lambda: sum([[1]], [])),
    ('"%d" % "x"', lambda: '%d' % 'x'),
    ('"%s %s" % (1,)', lambda: '%s %s' % (1,)),
    ('"%s" % (1, 2)', lambda: '%s' % (1, 2)),
    ('int() < str', lambda: 3 < 'x'),
    ('[1] > 1', lambda: [1] > 1),
    ('1 + [1]', lambda: 1 + [1]),
    ('1.5 + None', lambda: 1.5 + None),
    ('True + "x"', lambda: True + 'x'),
    ('1 % []', lambda: 1 % []),
]
for text, fn in cases:
    try:
        print(text, '->', repr(fn()))
    except TypeError as e:
        print(text, '->', type(e).__name__ + ':', e)
print('a' * 3, 3 * 'a', [0] * 3, 'a' * -1, [1] * 0, 'ab' * True)
