# globals() and locals()
g = globals()
print(type(g).__name__, g is globals(), g["__name__"])
print("print" in g, "__builtins__" in g, "g" in g)

module_var = 10
print(g["module_var"])
g["injected"] = "hello"
print(injected)
g["module_var"] = 20
print(module_var)
del g["injected"]
try:
    injected
except NameError as e:
    print(type(e).__name__, e)

# At module level locals() is globals()
print(locals() is globals())

def func(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(func(1))

def no_locals():
    return locals()
print(no_locals())

# locals() is a snapshot in 3.11 functions: writes do not create variables
def snapshot():
    x = 1
    snap = locals()
    snap["x"] = 99
    snap["y"] = 2
    return x, "y" in snap

print(snapshot())

# Closures: free variables appear in locals()
def outer():
    captured = "cap"
    def inner():
        local_here = 1
        return sorted(locals())
    return inner()
print(outer())

# globals() inside a function is the module's dict
def read_global():
    return globals()["module_var"]
print(read_global())

def write_global_via_dict():
    globals()["created_in_function"] = [1, 2]
write_global_via_dict()
print(created_in_function)

# Names defined in the module so far (filtered, order of definition)
user_names = [k for k in globals() if not k.startswith("__")]
print(user_names)

# Class body locals
class C:
    a = 1
    b = 2
    names = sorted(k for k in locals() if not k.startswith("__"))
print(C.names)
