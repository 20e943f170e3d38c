# Every kind of runaway recursion is a RecursionError, and the program carries on.
import sys
def f(): f()
try:
    f()
except RecursionError as e:
    print("caught", e)
def a(n): return b(n)
def b(n): return a(n)
try:
    a(1)
except RecursionError as e:
    print("caught", e)
class R:
    def __repr__(self): return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("caught", type(e).__name__)
class E:
    def __eq__(self, o): return self == o
    def __hash__(self): return 1
d = {E(): 1}
try:
    d[E()]
except RecursionError as e:
    print("caught", e)
def key(x): return sorted([1, 2], key=key)
try:
    sorted([1, 2], key=key)
except RecursionError as e:
    print("caught", e)
class G:
    def __getattr__(self, name): return self.x
try:
    G().y
except RecursionError as e:
    print("caught", e)
class I:
    def __init__(self): I()
try:
    I()
except RecursionError as e:
    print("caught", e)
print(sum(range(10)))
