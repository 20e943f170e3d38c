# !r, !s and !a conversions, combined with format specs
s = "it's"
u = 'café ☕'
print(f'{s}|{s!s}|{s!r}|{s!a}')
print(f'{u}|{u!r}|{u!a}')
tab = 'tab\there'
print(f'{tab!r} {chr(9)!r}')
class Thing:
    def __str__(self):
        return 'str-of-thing'
    def __repr__(self):
        return 'Thing()'
    def __format__(self, spec):
        return f'formatted[{spec}]'
t = Thing()
print(f'{t}|{t!s}|{t!r}|{t!a}|{t:abc}|{t!s:>15}|{t!r:<10}|')
print(f'{42!r} {42!s} {3.5!r} {None!r} {True!s}')
print(f'{[1, "two"]!r} {[1, "two"]!s} {("x",)!a}')
print(f'{s!r:>10}|{s!r:<10}|{s!r:^10}|{s!r:*^12}|')
print(f'{"abc"!r:.3}|{"abc"!s:.2}|')
print(f'{u!a:>16}|')
print(f'{1.0!r} {1e16!s} {float("nan")!r} {-0.0!r}')
n = 255
print(f'{n!r:>6}|{n!s:x}' if False else f'{n!r:>6}|{str(n):>6}|')
try:
    print(f'{n!s:x}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{n!r:d}')
except ValueError as e:
    print(type(e).__name__, e)
words = ['alpha', "o'clock", 'say "x"']
for w in words:
    print(f'{w!r:<14}{len(w):>3}')
print(f'{chr(233)!a} {chr(0x1F600)!a}')
class Weird:
    def __repr__(self):
        return 'Wé'
print(f'{Weird()!r} {Weird()!a} {Weird()}')
print(f'{str!r} {len!s}')
