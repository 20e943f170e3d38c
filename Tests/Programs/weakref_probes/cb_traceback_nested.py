# Traceback printed for a callback raising from nested calls, triggered by a del inside a function
import weakref
class A: pass
def helper(n):
    if n == 0:
        raise ValueError("deep")
    helper(n - 1)
def cb(w):
    print("cb start")
    helper(2)
def work():
    a = A()
    r = weakref.ref(a, cb)
    print("dropping inside work")
    a = None
    print("work continues")
    return r
r = work()
print("main continues", r())
