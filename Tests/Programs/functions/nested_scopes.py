# Scoping rules: class bodies, comprehensions, nested functions
x = "global x"
class C:
    x = "class x"
    y = x + " seen in class body"
    def method(self):
        return x          # class scope is NOT enclosing for methods
    def method2(self):
        return self.x
    squares = [i * i for i in range(3)]
    try:
        from_comp = [x for _ in range(1)]   # comprehension can't see class x
    except NameError:
        from_comp = "NameError"
print(C.y)
print(C().method())
print(C().method2())
print(C.squares)
print(C.from_comp)

# The first iterable of a comprehension is evaluated in the enclosing scope
class D:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
print(D.doubled)
def enclosing():
    x = "enclosing x"
    def inner():
        return x
    class Local:
        def get(self):
            return x
    return inner(), Local().get()
print(enclosing())

# Lookup order: local, enclosing, global, builtins
def lookup_order():
    print_name = "local"
    def inner():
        return print_name, x, abs(-1)
    return inner()
print(lookup_order())

# Variables defined inside if/for blocks belong to the function
def block_scope(flag):
    if flag:
        value = "set in if"
    for k in range(2):
        last = k
    try:
        return value, last
    except UnboundLocalError as e:
        return "error: " + str(e)
print(block_scope(True))
print(block_scope(False))

# except target is deleted after the handler
def except_var():
    e = "before"
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(except_var())

# Walrus in comprehension binds in enclosing function
def walrus():
    data = [3, 8, 1, 9]
    hits = [last := v for v in data if v > 2]
    return hits, last
print(walrus())
