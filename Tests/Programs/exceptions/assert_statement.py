# assert statement
def check(x):
    assert x > 0, "x must be positive, got %d" % x
    return x * 2

print(check(5))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)

try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args, repr(str(e)))

# The message expression is only evaluated on failure
evaluated = []
def message():
    evaluated.append(True)
    return "computed message"
assert True, message()
print("evaluated:", evaluated)
try:
    assert False, message()
except AssertionError as e:
    print(e, "evaluated:", evaluated)

# Any object can be the message
try:
    assert [], {"key": [1, 2]}
except AssertionError as e:
    print(e.args[0], type(e.args[0]).__name__)
try:
    assert None, 42
except AssertionError as e:
    print(repr(e))

# Truthiness rules apply
for value in [1, "s", [0], 0.0, "", None, ()]:
    try:
        assert value, "falsy: %r" % (value,)
        print("passed", repr(value))
    except AssertionError as e:
        print(e)

# Assertion inside nested call caught outside
def validate(items):
    for i, item in enumerate(items):
        assert isinstance(item, int), "item %d is %s" % (i, type(item).__name__)
    return sum(items)
print(validate([1, 2, 3]))
try:
    validate([1, "2", 3])
except AssertionError as e:
    print("validation failed:", e)

# AssertionError can be raised directly too
try:
    raise AssertionError("manual", 2)
except AssertionError as e:
    print(e)
print(__debug__)
