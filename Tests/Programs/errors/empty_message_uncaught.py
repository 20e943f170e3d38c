# An uncaught exception with no message prints only the class name
def validate(n):
    if n < 0:
        raise ValueError
    return n

print(validate(5))
validate(-1)
