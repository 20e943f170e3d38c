# A suspended generator held by a global is closed at exit: its finally block runs and sees the globals
def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally, globals intact:", LABEL)

LABEL = "label"
gen = numbers()
print(next(gen))
print("main code finished")
