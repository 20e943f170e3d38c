# Name resolution order: local, enclosing, global, builtins; shadowing and restoring
print(len('abc'), max(1, 2))
len = lambda obj: 'global shadow'
print(len('abc'))
del len
print(len('abc'))
def local_shadow():
    max = 'local max'
    return max
print(local_shadow(), max(3, 4))
def enclosing():
    sum = lambda xs: 'enclosing sum'
    def inner():
        return sum([1, 2])
    return inner()
print(enclosing(), sum([1, 2]))
list = 'not a list anymore'
try:
    list('abc')
except TypeError as e:
    print(type(e).__name__, e)
del list
print(list('ab'))
try:
    del list
except NameError as e:
    print(type(e).__name__, e)
def param_shadow(str):
    return str * 2
print(param_shadow(3), str(3))
for print_ in range(1):
    pass
print(type(print).__name__)
True_ = False
print(True_, True)
original_abs = abs
abs = None
print(abs, original_abs(-1))
del abs
print(abs(-2), abs is original_abs)
x = 'global'
def reads_global():
    return x
def shadows_global():
    x = 'local'
    return x, reads_global()
print(shadows_global())
class Namespace:
    len = 5
    size = len
    def method(self):
        return len([1, 2, 3])
print(Namespace.size, Namespace().method())
def uses_later_global():
    return later_defined()
def later_defined():
    return 'defined after use site'
print(uses_later_global())
