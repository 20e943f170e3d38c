# printf-style % formatting
print('%s and %s' % ('this', 'that'))
print('%d items' % 5, '%i' % -3, '%5d|' % 42, '%-5d|' % 42, '%05d' % 42, '%+d' % 7, '% d' % 7)
print('%f' % 3.14159, '%.2f' % 3.14159, '%8.3f|' % 3.14159, '%-8.1f|' % 2.25, '%08.2f' % -1.5)
print('%e' % 12345.678, '%.1E' % 0.000123, '%g' % 1234567, '%g' % 0.0000123, '%G' % 1e20)
print('%x' % 255, '%X' % 255, '%#x' % 255, '%o' % 8, '%#o' % 8, '%08x' % 48879)
print('%c' % 65, '%c' % 'z', '%r' % 'q', '%s' % [1, 'a'], '%a' % 'é')
print('%%', '%d%%' % 50, '100%% sure')
print('%s' % (1,), '%s' % ((1, 2),), '%s %s' % (1, 2))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%(x)s %(x)r' % {'x': 'hi'})
print('%*d|' % (6, 42), '%-*s|' % (6, 'ab'), '%.*f' % (2, 3.14159))
print('%.3s' % 'abcdef', '%5.2s|' % 'abc', '%-5s|' % 'ab')
print('%d' % 3.99, '%d' % -3.99, '%d' % True, '%s' % True, '%f' % 1)
print('%x' % -255, '%o' % -8, '%d' % (10 ** 20))
print('%s' % None, '%r' % None, '%.0f' % 0.5, '%.0f' % 1.5, '%.0f' % 2.5)
print('%5s|%-5s|' % ('right', 'left'), '%s' % '')
print('%i%%' % 99.9, '%.1f%%' % 12.345)
print('[%s]' % ', '.join(['a', 'b']))
errors = [lambda: '%d' % 'x', lambda: '%s %s' % 'a', lambda: '%s' % (1, 2),
          lambda: '%(k)s' % {'j': 1}, lambda: '%z' % 1, lambda: '%c' % 'ab',
          lambda: '%x' % 1.5, lambda: '%(k)s' % 5, lambda: '%' % ()]
for f in errors:
    try:
        print(f())
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print('%s' % {'a': 1}, '%s' % [()], '%-10r|' % 'x')
