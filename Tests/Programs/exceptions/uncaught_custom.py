# Uncaught custom exception without a message, propagating through a finally block
class Fatal(Exception):
    pass

class NotFatal(Exception):
    pass

def step(n):
    print("step", n)
    if n == 1:
        raise NotFatal("recoverable")
    if n == 3:
        raise Fatal

try:
    for n in range(5):
        try:
            step(n)
        except NotFatal as e:
            print("recovered from", repr(e))
finally:
    print("finally runs before the traceback")
