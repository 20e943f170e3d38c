# find/rfind/index/rindex/count/replace
s = 'the cat sat on the mat'
print(s.find('at'), s.rfind('at'), s.find('dog'), s.rfind('dog'))
print(s.find('the', 1), s.find('at', 6, 10), s.find('at', 6, 9), s.find('', 5), s.find('', 100))
print(s.find('t', -5), s.rfind('t', 0, -5), s.find('at', -100))
print(s.index('sat'), s.rindex('the'), s.index('t', 1))
for call in [lambda: s.index('dog'), lambda: s.rindex('x'), lambda: s.index('cat', 10)]:
    try:
        call()
    except ValueError as e:
        print(type(e).__name__, e)
print(s.count('at'), s.count('t'), s.count(''), s.count('at', 10), 'aaaa'.count('aa'))
print(''.count(''), 'abc'.count('', 1), 'abc'.count('abcd'))
print(s.replace('at', 'og'), s.replace('at', 'og', 1), s.replace('at', 'og', 0))
print(s.replace('the ', ''), 'aaa'.replace('a', 'aa'), 'aaaa'.replace('aa', 'b'))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'))
print('a.b.c'.replace('.', '', -1), 'hello'.replace('l', 'L', 1))
print('banana'.replace('ana', 'X'), 'banana'.find('ana', 2), 'banana'.rfind('ana'))
print('x' in s, 'cat' in s, 'Cat' in s, s.lower().find('CAT'.lower()))
try:
    s.find(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.replace('a')
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.count()
except TypeError as e:
    print(type(e).__name__, e)
text = 'one two one three one'
pos = -1
hits = []
while True:
    pos = text.find('one', pos + 1)
    if pos == -1:
        break
    hits.append(pos)
print(hits)
print(text.startswith('one'), text.endswith('one'), text.startswith('two', 4))
print(text.startswith(('x', 'o')), text.endswith(('e', 'z')), text.startswith(''))
print(text.startswith('one', 0, 2), text.endswith('one', 0, 7), text.endswith('two', 0, 7))
try:
    text.startswith(['one'])
except TypeError as e:
    print(type(e).__name__, e)
print('prefix_body'.removeprefix('prefix_'), 'body.txt'.removesuffix('.txt'), 'abc'.removeprefix('x'))
