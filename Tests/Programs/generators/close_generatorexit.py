# close() and GeneratorExit
def worker():
    try:
        print("  worker start")
        while True:
            yield "working"
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
    finally:
        print("  worker cleanup")
w = worker()
print(next(w))
print(next(w))
w.close()
print("closed")
try:
    next(w)
except StopIteration:
    print("StopIteration after close")
w.close()
print("closing twice is fine")

# close() on a never-started generator does nothing
w2 = worker()
w2.close()
print("unstarted closed")

# Swallowing GeneratorExit by returning is allowed
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("  swallowing by return")
        return "ignored value"
s = swallow()
next(s)
print(s.close())

# Yielding after GeneratorExit is an error
def stubborn():
    refused = False
    while True:
        try:
            yield "again"
        except GeneratorExit:
            if refused:
                print("  giving up")
                return
            refused = True
            print("  refusing to close")
st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print(type(e).__name__, e)
st.close()
print("second close succeeded")
