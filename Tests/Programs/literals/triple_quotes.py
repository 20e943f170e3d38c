# Triple quoted strings
s = """line one
line two
line three"""
print(s)
print(repr(s))
print(len(s.splitlines()))
t = '''single 'quotes' and "double" inside'''
print(t)
u = """ends with quote\""""
print(u, repr(u))
v = '''contains ''' + "'''"
print(v)
w = """
starts and ends with newline
"""
print(repr(w))
x = """a\
b\
c"""
print(x, len(x))
y = """tab\there
esc\\aped"""
print(y)
print(repr(y))
z = '''  indented
    more
  back'''
print(z)
def f():
    """Docstring of f."""
    return 1
print(f.__doc__, f())
def g():
    '''
    Multi-line
    docstring.
    '''
print(repr(g.__doc__))
print(g.__doc__.strip().splitlines())
class C:
    """Class doc."""
print(C.__doc__)
def h():
    pass
print(h.__doc__)
e = """"""
print(repr(e), repr(''''''))
q = """He said "hi" ""and"" left"""
print(q)
print(repr('''It's'''), repr("""He said "x\""""))
