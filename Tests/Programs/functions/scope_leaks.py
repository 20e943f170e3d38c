# Which names leak out of blocks, globals() writes, augmented assignment
# Loop variable leaks into function scope
def leak():
    for i in range(3):
        pass
    return i
print(leak())

# Comprehension variables don't leak
def no_leak():
    j = "outer j"
    squares = [j * 2 for j in range(3)]
    return j, squares
print(no_leak())

# globals() modification
globals()["dynamic"] = 123
print(dynamic)

# Augmented assignment to global without declaration
count = 0
def bump():
    count += 1
try:
    bump()
except UnboundLocalError as e:
    print(type(e).__name__, e)
