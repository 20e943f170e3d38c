# Attribute loads and stores on exception instances go through the inline caches; every
# way of changing what an attribute resolves to must still be seen.


class AppError(Exception):
    def __init__(self, code, msg="app"):
        super().__init__(msg)
        self.code = code


class Exit(SystemExit):
    def __init__(self, code):
        super().__init__(code)
        self.code = code * 2


def codes():
    total = 0
    for i in range(50):
        try:
            raise AppError(i)
        except AppError as e:
            total += e.code
            e.code += 1
            total += e.code
    return total


def shadowing():
    e = AppError(1)
    seen = []
    for round in range(3):
        seen.append(e.code)
        if round == 0:
            del e.code
            try:
                e.code
            except AttributeError as err:
                seen.append(str(err))
            e.__dict__["code"] = "via dict"
        if round == 1:
            AppError.code = property(lambda self: "property wins")
    del AppError.code
    seen.append(e.code)
    return seen


def system_exit_members():
    out = []
    for i in range(3):
        x = Exit(i)
        out.append((x.code, x.args, "code" in x.__dict__))
    return out


def many_types():
    class A(Exception):
        pass

    class B(Exception):
        pass

    out = []
    for i in range(6):
        e = (A if i % 2 else B)(i)
        e.tag = i * 10
        out.append((type(e).__name__, e.tag, e.args, sorted(e.__dict__)))
    return out


print(codes())
print(shadowing())
print(system_exit_members())
print(many_types())
