def f1():
    try:
        return "try"
    finally:
        print("f1 finally")


def f2():
    try:
        return "try"
    finally:
        return "finally"


def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    else:
        print("no else")
    return i


def f4():
    while True:
        try:
            raise ValueError("lost")
        finally:
            break
    return "exception swallowed by break"


def f5():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            continue
    return f"continued {i}"


def f6():
    result = []
    try:
        try:
            result.append("inner try")
            raise TypeError("t")
        except TypeError:
            result.append("inner except")
            raise ValueError("v")
        else:
            result.append("inner else")
        finally:
            result.append("inner finally")
    except ValueError as e:
        result.append(f"outer except {e}")
    else:
        result.append("outer else")
    finally:
        result.append("outer finally")
    return result


def f7(x):
    try:
        value = 10 / x
    except ZeroDivisionError:
        return "div by zero"
    else:
        return f"value {value}"
    finally:
        print(f"f7({x}) cleanup")


def f8():
    count = 0
    try:
        for i in range(3):
            try:
                count += 1
                if i == 2:
                    return count
            finally:
                count += 10
    finally:
        print("f8 outer finally, count =", count)


def f9():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("f9 x set to", x)


def f10():
    try:
        try:
            1 / 0
        finally:
            print("f10 inner finally runs during propagation")
    except ZeroDivisionError:
        return "caught after finally"


def f11():
    for i in range(3):
        try:
            pass
        finally:
            if i == 1:
                return f"returned from finally at {i}"


def f12():
    log = []
    i = 0
    while i < 4:
        i += 1
        try:
            if i % 2:
                continue
            log.append(i)
        except Exception:
            log.append("never")
        else:
            log.append(f"else{i}")
        finally:
            log.append(f"fin{i}")
    return log


def f13():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError as k:
            print("inner", repr(k), "context", repr(k.__context__))
        print("still handling ValueError")
        return "done"


def f14():
    try:
        return [1]
    finally:
        print("f14: finally before the caller sees the value")


def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


for fn in (f1, f2, f3, f4, f5, f6, f8, f9, f10, f11, f12, f13, f14):
    print(fn.__name__, "->", fn())
print(f7(2), f7(0))
for v in gen_finally():
    print("got", v)
    break
print("after break")
g = gen_finally()
next(g)
del g
print("after del")


def nested_loops():
    for i in range(3):
        for j in range(3):
            if j == 2:
                break
            if (i + j) % 2:
                continue
            print("pair", i, j)
        else:
            print("inner else never")
    else:
        print("outer else runs")


nested_loops()
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("never")
print("n =", n)
for x in []:
    pass
else:
    print("for-else on empty")
try:
    pass
except Exception:
    pass
else:
    print("try-else")
finally:
    print("try-finally")
