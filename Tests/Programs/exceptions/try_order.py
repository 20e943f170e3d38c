# Execution order of try / except / else / finally
def run(label, action):
    print("--", label)
    try:
        print("try start")
        action()
        print("try end")
    except ValueError as e:
        print("except ValueError:", e)
    except (KeyError, IndexError) as e:
        print("except lookup:", type(e).__name__)
    else:
        print("else")
    finally:
        print("finally")
    print("after")
def ok():
    pass
def value_error():
    raise ValueError("v")
def key_error():
    {}["k"]
run("no exception", ok)
run("ValueError", value_error)
run("KeyError", key_error)
print("-- unhandled passes through finally")
try:
    try:
        raise TypeError("not handled here")
    except ValueError:
        print("never")
    else:
        print("never")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
print("-- exception inside else is not caught by the same try")
try:
    try:
        pass
    except ZeroDivisionError:
        print("never")
    else:
        print("else raising")
        1 / 0
    finally:
        print("finally still runs")
except ZeroDivisionError as e:
    print("outer caught", e)
print("-- try/finally in a loop with continue and break")
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("-- return in try, function")
def f():
    try:
        print("in try")
        return "value"
    except Exception:
        print("never")
    else:
        print("else is skipped by return")
    finally:
        print("finally before return completes")
print(f())
print("-- first matching except wins")
try:
    raise KeyError("x")
except LookupError:
    print("LookupError handler")
except KeyError:
    print("never: KeyError handler after LookupError")
