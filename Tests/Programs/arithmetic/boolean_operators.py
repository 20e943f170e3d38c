# and / or / not return operands and short-circuit
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, 0 or 0.0, '' or [] or None)
print('a' and 'b', '' and 'b', 'a' or 'b', None or 'fallback')
print([] and 1, [0] and 1, {} or {'k': 1}, () or (1,))
print(not 0, not 1, not '', not 'x', not None, not [], not [[]])
print(type(not 5).__name__, type(5 and 6).__name__, type(0 or 'x').__name__)
log = []
def t(name, val):
    log.append(name)
    return val
r = t('a', 0) and t('b', 1)
print(r, log)
log.clear()
r = t('a', 1) and t('b', 0) and t('c', 1)
print(r, log)
log.clear()
r = t('a', 0) or t('b', '') or t('c', 'found') or t('d', 'never')
print(r, log)
log.clear()
r = t('a', 1) or t('b', 2)
print(r, log)
log.clear()
r = t('a', 0) or t('b', 1) and t('c', 0)
print(r, log)
log.clear()
r = not t('a', 0) and t('b', 'yes')
print(r, log)
print(1 or 2 and 0, (1 or 2) and 0, 0 and 1 or 2, 0 and (1 or 2))
print(not 1 or 2, not (1 or 2), not 0 and 0)
print(True and 'x', False or 0.0, None and 1 / 0)
x = 0
y = x != 0 and 10 / x
print(y)
name = ''
print(name or '<anonymous>')
vals = [0, 1, '', 'a', None, [], [1]]
print([v or 'F' for v in vals])
print([v and 'T' for v in vals])
print(all([]), any([]), all([1, 0]), any([0, '', 3]))
print(all(x > 0 for x in [1, 2, 3]), any(x > 2 for x in [1, 2, 3]))
class Weird:
    def __bool__(self):
        print('bool called')
        return False
w = Weird()
print(w or 'other')
print(not w)
print((w and 'never') is w)
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), Sized() or 'empty-len')
