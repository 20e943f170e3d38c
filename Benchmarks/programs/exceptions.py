# Raising and catching exceptions in a loop, try/except/else/finally, custom classes.


class AppError(Exception):
    def __init__(self, code, msg="app"):
        super().__init__(msg)
        self.code = code


class NotFound(AppError):
    pass


def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise NotFound(key % 100, "missing")


def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1


def guarded(i, log):
    try:
        if i % 3 == 0:
            raise ValueError(i)
        return i
    finally:
        log[0] += 1


def nested_raise(depth, i):
    if depth == 0:
        raise AppError(i)
    try:
        return nested_raise(depth - 1, i)
    finally:
        pass


def run(n):
    d = {i: i * 2 for i in range(0, n, 2)}
    found = 0
    missing = 0
    for i in range(n):
        try:
            found += lookup(d, i)
        except NotFound as e:
            missing += e.code

    strs = [str(i) if i % 4 else "x" + str(i) for i in range(n)]
    parsed = 0
    for s in strs:
        parsed += parse(s)

    log = [0]
    caught = 0
    for i in range(n):
        try:
            guarded(i, log)
        except ValueError as e:
            caught += e.args[0] & 1
        else:
            caught += 2

    deep = 0
    for i in range(n // 10):
        try:
            nested_raise(5, i)
        except AppError as e:
            deep += e.code & 7

    zero = 0
    for i in range(n):
        try:
            zero += 100 // (i % 5)
        except ZeroDivisionError:
            zero -= 1
    return found, missing, parsed, log[0], caught, deep, zero


def main():
    totals = [0] * 7
    for r in range(9):
        for k, v in enumerate(run(150_000 + r)):
            totals[k] += v
    print("exceptions:", *totals)


main()
