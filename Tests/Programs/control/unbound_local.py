# UnboundLocalError and NameError situations
x = 10
def assign_after_use():
    print(x)
    x = 5
try:
    assign_after_use()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def augmented():
    x += 1
try:
    augmented()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def conditional(flag):
    if flag:
        value = 'set'
    return value
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
def deleted():
    y = 1
    del y
    return y
try:
    deleted()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def loop_never_runs():
    for item in []:
        pass
    return item
try:
    loop_never_runs()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def closure_unbound():
    def inner():
        return z
    try:
        return inner()
    except NameError as e:
        return f'{type(e).__name__}: {e}'
    z = 1
print(closure_unbound())
def except_var_cleared():
    try:
        raise ValueError('boom')
    except ValueError as err:
        pass
    return err
try:
    except_var_cleared()
except UnboundLocalError as e:
    print(type(e).__name__, e)
print(issubclass(UnboundLocalError, NameError))
try:
    undefined_function()
except NameError as e:
    print(type(e).__name__, e, e.name if hasattr(e, 'name') else '')
def global_missing():
    global never_defined
    return never_defined
try:
    global_missing()
except NameError as e:
    print(type(e).__name__, e)
class K:
    try:
        print(class_level_missing)
    except NameError as e:
        print(type(e).__name__, e)
