# CPython removes __main__.__file__ once the program has run: code that runs at exit
# (weakref.finalize with atexit) no longer sees it; during the program it is there.
import weakref


class Resource:
    pass


def report():
    print("at exit, __file__ defined:", "__file__" in globals())


resource = Resource()
weakref.finalize(resource, report)
print("during the program, __file__ defined:", "__file__" in globals())
print("ends with .py:", __file__.endswith(".py"))
