# A with statement over an object that is not a context manager: CPython's traceback points at
# the with line without carets.
class A:
    pass


x = A()
with x as q:
    pass
