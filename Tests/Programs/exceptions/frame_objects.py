# Frame objects: sys._getframe(), f_back, f_lineno, f_locals, and tb_frame
import sys

def f():
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name, fr.f_back.f_lineno)
    x = 5
    print(sorted(fr.f_locals))
    return fr

fr = f()
# A frame that has returned keeps its last line and its locals.
print(fr.f_lineno, fr.f_locals['x'], fr.f_back is sys._getframe())
print(repr(fr).startswith('<frame at 0x'), repr(fr).endswith("line 9, code f>"), type(fr).__name__)

def g():
    return sys._getframe(1)
print(g() is sys._getframe(), g().f_globals is globals(), sys._getframe().f_back)
print(sys._getframe().f_locals is globals(), sys._getframe().f_builtins is __builtins__.__dict__)

def h(a, b=2):
    c = a + b
    def inner():
        return c
    raise ValueError(c)

try:
    h(1)
except ValueError as e:
    tb = e.__traceback__
    out = []
    while tb:
        names = sorted(k for k in tb.tb_frame.f_locals if not k.startswith('__'))
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_frame.f_lineno, names))
        tb = tb.tb_next
    print(out)
    print(e.__traceback__.tb_frame is sys._getframe())
    print(e.__traceback__.tb_next.tb_frame.f_back is sys._getframe())
    print(e.__traceback__.tb_next.tb_frame.f_locals['c'])
    print(e.__traceback__.tb_frame is e.__traceback__.tb_frame)

try:
    sys._getframe(100)
except ValueError as e:
    print(e)

class C:
    y = 1
    frame = sys._getframe()
    print(frame.f_code.co_name, sorted(k for k in frame.f_locals if not k.startswith('__')))

# Who called me: the classic use of f_back.
def who_called():
    return sys._getframe(1).f_code.co_name
def caller_one():
    return who_called()
def caller_two():
    return [who_called() for _ in range(1)]
print(caller_one(), caller_two())

# Walking the whole stack from a nested call.
def depth():
    n, frame = 0, sys._getframe()
    while frame is not None:
        n += 1
        frame = frame.f_back
    return n
def nest(k):
    return depth() if k == 0 else nest(k - 1)
print(nest(0), nest(5))

# Generators: the frame's caller is whoever resumed it.
def gen():
    yield sys._getframe().f_back.f_code.co_name
    yield sys._getframe().f_lineno
def consume():
    return list(gen())
print(consume())

# A frame object keeps its locals alive after the call, until the frame object goes.
class Noisy:
    def __del__(self):
        print("Noisy freed")
def keep():
    n = Noisy()
    return sys._getframe()
kept = keep()
print("after call", type(kept.f_locals['n']).__name__)
del kept
print("after del")
