# Nested try statements and handlers
def level3():
    print("level3 raising")
    raise KeyError("deep")
def level2():
    try:
        level3()
    except ValueError:
        print("level2: not my exception type")
    finally:
        print("level2 finally")
def level1():
    try:
        level2()
    except KeyError as e:
        print("level1 caught", repr(e))
        return "handled"
print(level1())

# Exception raised in a handler propagates to the outer try
try:
    try:
        raise ValueError("first")
    except ValueError as e:
        print("inner handler for", e)
        raise TypeError("second")
except TypeError as e:
    print("outer caught", e, "with context", repr(e.__context__))

# Handler inside handler
try:
    raise IndexError("outer problem")
except IndexError as outer:
    try:
        raise KeyError("inner problem")
    except KeyError as inner:
        print("inner:", repr(inner), "context:", repr(inner.__context__))
    print("still handling", repr(outer))

# Deep nesting with finally order
def deep():
    try:
        try:
            try:
                raise RuntimeError("deepest")
            finally:
                print("finally 3")
        finally:
            print("finally 2")
    finally:
        print("finally 1")
try:
    deep()
except RuntimeError as e:
    print("caught", e)

# Loop with try inside try
results = []
for x in [1, 0, "a", 4]:
    try:
        try:
            results.append(10 // x)
        except ZeroDivisionError:
            results.append("zero")
    except TypeError as e:
        results.append("type: " + str(e))
print(results)

# Exception in finally replaces the original
try:
    try:
        raise ValueError("lost")
    finally:
        raise KeyError("replacement")
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
except ValueError:
    print("never")
