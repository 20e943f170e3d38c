# upper/lower/title/capitalize/swapcase/casefold
words = ['hello world', 'HELLO WORLD', 'hELLo wOrLD', "they're bill's friends",
         'a1b2c3', '  leading space', 'x-ray o\'neil mc-donald', '123abc', '', 'ǅungla']
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
print('ß'.upper(), 'ß'.lower(), 'ß'.casefold(), 'ß'.title(), 'ß'.capitalize())
print('İstanbul'.lower(), len('İstanbul'.lower()))
print('ΣΊΣΥΦΟΣ'.lower(), 'ὈΔΥΣΣΕΎΣ'.lower())
print('ﬀ'.upper(), 'ŉ'.upper(), 'ǰ'.upper(), len('ǰ'.upper()))
print('HELLO'.isupper(), 'Hello'.isupper(), 'hello'.islower(), '123'.islower(), 'a1'.islower())
print('Hello World'.istitle(), 'Hello world'.istitle(), 'HeLLo'.istitle(), ''.istitle(), 'A1 B2'.istitle())
print('hello'.capitalize(), 'HELLO'.capitalize(), ' hello'.capitalize(), '1st'.capitalize())
print('hello   world'.title(), 'hello_world'.title(), "it's".title(), 'ab12cd'.title())
print('ǆemal'.capitalize(), 'ǆemal'.title(), 'ǆ'.upper())
s = 'MiXeD'
print(s.lower() == 'mixed', s.upper().lower(), s.swapcase().swapcase() == s)
print('straße'.casefold() == 'STRASSE'.casefold(), 'straße'.lower() == 'strasse')
names = ['bob', 'Alice', 'carol', 'Dave']
print(sorted(names), sorted(names, key=str.lower), sorted(names, key=str.upper, reverse=True))
print([n.capitalize() for n in names])
print('ABC'.lower().upper().title())
