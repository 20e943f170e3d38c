# global statement, local/global resolution and UnboundLocalError
x = 10
def read_global():
    return x
def write_local():
    x = 20
    return x
def write_global():
    global x
    x = 30
    return x
print(read_global(), write_local(), x)
print(write_global(), x, read_global())
def unbound():
    print(x)
    x = 5
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
    print(isinstance(e, NameError))
def undefined():
    return not_defined_anywhere
try:
    undefined()
except NameError as e:
    print(type(e).__name__, e)

# global declared for a name that doesn't exist yet
def create():
    global brand_new
    brand_new = "created"
try:
    print(brand_new)
except NameError as e:
    print(type(e).__name__, e)
create()
print(brand_new)

# del of a local then use
def del_local():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(del_local())

# del of a global
z = 99
def del_global():
    global z
    del z
del_global()
try:
    z
except NameError as e:
    print(type(e).__name__, e)
