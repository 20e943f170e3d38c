# A __del__ that raises while the module's globals are torn down at exit: the report's traceback
# has no source lines there (CPython can no longer read source files at that stage), while one
# raised earlier, during the program, shows them.
class Raiser:
    def __init__(self, when):
        self.when = when

    def __call__(self):
        raise KeyError(self.when)

    def __repr__(self):
        return "<raiser>"


class Early:
    __del__ = Raiser("during the program")


class Late:
    __del__ = Raiser("at exit")


e = Early()
del e
late = Late()
print("end of program")
