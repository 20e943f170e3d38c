# No markers when the failing expression is the whole line; markers after comments and for unary operators
def fail():
    raise RuntimeError("boom")

def negate(x):
    return -x   # unary minus on a str

try:
    fail()
except RuntimeError:
    pass
print(negate(3))
print(negate("three"))
