# finally overriding return values and exceptions
def return_override():
    try:
        return "try"
    finally:
        return "finally"
print(return_override())
def exception_swallowed():
    try:
        raise ValueError("lost forever")
    finally:
        return "finally swallowed the exception"
print(exception_swallowed())
def except_return_overridden():
    try:
        raise KeyError("k")
    except KeyError:
        return "except"
    finally:
        return "finally"
print(except_return_overridden())
def finally_without_return():
    try:
        return "try value kept"
    finally:
        print("finally runs, no return")
print(finally_without_return())

# break in finally discards the exception
def break_in_finally():
    for i in range(3):
        try:
            raise RuntimeError("discarded")
        finally:
            break
    return "loop exited via break, i=%d" % i
print(break_in_finally())

# continue in finally (allowed since 3.8)
def continue_in_finally():
    log = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("discarded by continue")
            log.append(i)
        finally:
            continue
    return log
print(continue_in_finally())
