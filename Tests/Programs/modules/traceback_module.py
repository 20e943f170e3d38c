# The traceback module: print_exc, format_exc, format_exception(_only), extract_tb/stack, walk_tb, print_stack
import traceback, sys
def inner():
    return {}["key"]
def outer():
    return inner()
try:
    outer()
except KeyError:
    traceback.print_exc()
    text = traceback.format_exc()
    print(text)
    print(traceback.format_exc().splitlines()[-1])
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
except ValueError as e:
    chunks = traceback.format_exception(e)
    print(len(chunks))
    print("".join(chunks), end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception(type(e), e, e.__traceback__, chain=False))
    tb = traceback.extract_tb(e.__traceback__)
    print(tb, [tuple(f) for f in tb], tb[0].name, tb[0].lineno, tb[0].line)
    for f, n in traceback.walk_tb(e.__traceback__):
        print(f.f_code.co_name, n)
    traceback.print_exception(e, file=sys.stdout)
def show():
    traceback.print_stack(file=sys.stdout)
    print([f.name for f in traceback.extract_stack()])
    print(traceback.format_stack()[-1], end="")
def caller():
    show()
caller()
print(traceback.format_exception_only(None))
traceback.print_exc(file=sys.stdout)
